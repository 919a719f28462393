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

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-cased; null once the account is deleted. */
  @Index('users_email', { unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** Where the person says they live: it scopes who may verify them and, later, which charters they sign. */
  @Column({ name: 'residence_jurisdiction_id', type: 'uuid', nullable: true })
  residenceJurisdictionId!: string | null;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'residence_jurisdiction_id', foreignKeyConstraintName: 'users_residence_fk' })
  residence?: JurisdictionEntity;

  @Column({ name: 'identity_verified_at', type: 'timestamptz', nullable: true })
  identityVerifiedAt!: Date | null;

  /** Who verified the identity: `secretariat:<user id>`, `admin:<user id>` or `provider:<name>`. */
  @Column({ name: 'identity_verified_by', type: 'varchar', length: 200, nullable: true })
  identityVerifiedBy!: string | null;

  @Column({ name: 'platform_admin', type: 'boolean', default: false })
  platformAdmin!: boolean;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
