import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { JurisdictionEntity } from '@canopy/api/jurisdictions';
import { AssemblyKind, VerificationLevel } from '@canopy/domain';

@Entity('assemblies')
@Index('assemblies_name_order', ['name', 'id'])
@Index('assemblies_jurisdiction', ['jurisdictionId'])
export class AssemblyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Index('assemblies_kind')
  @Column({ type: 'enum', enum: AssemblyKind, enumName: 'assembly_kind' })
  kind!: AssemblyKind;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_id', foreignKeyConstraintName: 'assemblies_jurisdiction_fk' })
  jurisdiction?: JurisdictionEntity;

  /** What a citizen must have proven to vote in this assembly's consultations. */
  @Column({
    name: 'voting_level',
    type: 'enum',
    enum: VerificationLevel,
    enumName: 'verification_level',
    default: VerificationLevel.EMAIL_VERIFIED,
  })
  votingLevel!: VerificationLevel;

  /** What its resolutions are numbered with ("NHA" in "NHA 16.2"); null uses the name's initials. */
  @Column({ name: 'resolution_prefix', type: 'varchar', length: 20, nullable: true })
  resolutionPrefix!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
