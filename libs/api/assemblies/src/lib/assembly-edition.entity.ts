import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AssemblyEntity } from './assembly.entity';

/** One sitting of an assembly, e.g. the 16th National Health Assembly. */
@Entity('assembly_editions')
@Unique('assembly_editions_number', ['assemblyId', 'number'])
@Check('assembly_editions_positive_number', 'number > 0')
@Check('assembly_editions_ordered_dates', 'starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on')
export class AssemblyEditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'assembly_id', type: 'uuid' })
  assemblyId!: string;

  @ManyToOne(() => AssemblyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assembly_id', foreignKeyConstraintName: 'assembly_editions_assembly_fk' })
  assembly?: AssemblyEntity;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Calendar dates of the sitting, as YYYY-MM-DD strings (no time zone to get wrong). */
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;
}
