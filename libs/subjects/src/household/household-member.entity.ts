import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MemberRelation } from '../domain/subject-values.js';
import { Household } from './household.entity.js';

/** 家庭成员. */
@Entity('household_member')
@Index('idx_household_member_household', ['householdId'])
export class HouseholdMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  householdId: string;

  @ManyToOne(() => Household, (h) => h.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'householdId' })
  household?: Household;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumber: string | null;

  @Column({ type: 'varchar', length: 20 })
  relation: MemberRelation;

  /** Order within the household as entered. */
  @Column({ type: 'int', default: 0 })
  position: number;
}
