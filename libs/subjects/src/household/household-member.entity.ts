import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedColumn } from '@app/platform';
import type { MemberRelation, RecognitionBasis } from '../domain/subject-values.js';
import { Household } from './household.entity.js';

/** 家庭成员. */
@Entity('household_member')
@Index('idx_household_member_household', ['householdId'])
@Index('idx_household_member_id_hash', ['idNumberHash'])
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

  /** 身份证号: plaintext in memory, AES-GCM ciphertext in the column (see Household.headIdNumber). */
  @Column({ name: 'idNumberEncrypted', type: 'text', nullable: true, transformer: encryptedColumn })
  idNumber: string | null;

  /** Keyed hash of `idNumber` (exact search), null without one. */
  @Column({ type: 'char', length: 64, nullable: true })
  idNumberHash: string | null;

  @Column({ type: 'varchar', length: 20 })
  relation: MemberRelation;

  /** 认定依据: the member is a recognised person (认定人口) when it is set. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  recognitionBasis: RecognitionBasis | null;

  /** The evidence of the recognition (户口簿、结婚证、出生医学证明…). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  recognitionEvidence: string | null;

  /** Order within the household as entered. */
  @Column({ type: 'int', default: 0 })
  position: number;
}
