import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AgeBand, DisabilityStatus, Gender } from '@canopy/domain';
import { UserEntity } from './user.entity';

/** A voluntary self-description, kept apart from the account and used only in aggregates. */
@Entity('user_demographics')
export class DemographicsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_demographics_user_fk' })
  user?: UserEntity;

  @Column({ name: 'age_band', type: 'enum', enum: AgeBand, enumName: 'age_band', nullable: true })
  ageBand!: AgeBand | null;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender', nullable: true })
  gender!: Gender | null;

  @Column({ type: 'enum', enum: DisabilityStatus, enumName: 'disability_status', nullable: true })
  disability!: DisabilityStatus | null;

  @Column({ name: 'population_group', type: 'varchar', length: 100, nullable: true })
  populationGroup!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
