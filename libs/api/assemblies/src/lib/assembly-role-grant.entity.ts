import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@canopy/api/identity';
import { AssemblyRole } from '@canopy/domain';
import { AssemblyEntity } from './assembly.entity';

/** A secretariat or moderator appointment, scoped to one assembly. */
@Entity('assembly_role_grants')
@Index('assembly_role_grants_user', ['userId'])
export class AssemblyRoleGrantEntity {
  @PrimaryColumn({ name: 'assembly_id', type: 'uuid' })
  assemblyId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'enum', enum: AssemblyRole, enumName: 'assembly_role' })
  role!: AssemblyRole;

  @ManyToOne(() => AssemblyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assembly_id', foreignKeyConstraintName: 'assembly_role_grants_assembly_fk' })
  assembly?: AssemblyEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'assembly_role_grants_user_fk' })
  user?: UserEntity;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}
