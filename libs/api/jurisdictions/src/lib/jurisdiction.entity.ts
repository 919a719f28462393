import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { JurisdictionLevel, WhoRegion } from '@canopy/domain';

@Entity('jurisdictions')
@Check('jurisdictions_country_codes', `(level = 'COUNTRY') = (iso2 IS NOT NULL AND iso3 IS NOT NULL)`)
@Check('jurisdictions_country_is_root', `(level = 'COUNTRY') = (parent_id IS NULL AND country_id IS NULL)`)
@Index('jurisdictions_name_order', ['name', 'id'])
@Index('jurisdictions_country_level', ['countryId', 'level'])
@Index('jurisdictions_parent', ['parentId'])
export class JurisdictionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: JurisdictionLevel, enumName: 'jurisdiction_level' })
  level!: JurisdictionLevel;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'jurisdictions_parent_fk' })
  parent?: JurisdictionEntity;

  /** The country a jurisdiction lies in; null for a country itself. Kept so filters by country need no recursion. */
  @Column({ name: 'country_id', type: 'uuid', nullable: true })
  countryId!: string | null;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_id', foreignKeyConstraintName: 'jurisdictions_country_fk' })
  country?: JurisdictionEntity;

  @Index('jurisdictions_iso2', { unique: true })
  @Column({ type: 'char', length: 2, nullable: true })
  iso2!: string | null;

  @Index('jurisdictions_iso3', { unique: true })
  @Column({ type: 'char', length: 3, nullable: true })
  iso3!: string | null;

  @Column({ name: 'who_region', type: 'enum', enum: WhoRegion, enumName: 'who_region', nullable: true })
  whoRegion!: WhoRegion | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
