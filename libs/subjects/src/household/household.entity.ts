import { Column, Entity, Index, OneToMany } from 'typeorm';
import { encryptedColumn } from '@app/platform';
import type { HouseStructure } from '../domain/subject-values.js';
import { SubjectBase } from '../shared/subject-base.entity.js';
import { HouseholdMember } from './household-member.entity.js';

/** 户 (民房): the main kind of subject. */
@Entity('household')
@Index('uq_household_project_code', ['projectId', 'code'], { unique: true })
// The list's orders within a project (or parcel) walk these indexes (see SubjectRepository.findPage).
@Index('idx_household_parcel', ['parcelId', 'code', 'id'])
@Index('idx_household_project_code_id', ['projectId', 'code', 'id'])
@Index('idx_household_project_village', ['projectId', 'village', 'code', 'id'])
@Index('idx_household_project_head_name', ['projectId', 'headName', 'code', 'id'])
@Index('idx_household_project_updated', ['projectId', 'updatedAt', 'code', 'id'])
@Index('idx_household_project_surveyed', ['projectId', 'surveyedOn', 'code', 'id'])
@Index('idx_household_project_case_status', ['projectId', 'caseStatus', 'code', 'id'])
@Index('idx_household_parcel_case_status', ['parcelId', 'caseStatus', 'code', 'id'])
/** Trigram indexes (migration `ListsAtScale`): `q` as a fragment of the head's name or of the code. */
@Index('idx_household_head_name_trgm', { synchronize: false })
@Index('idx_household_code_trgm', { synchronize: false })
@Index('idx_household_head_id_hash', ['headIdNumberHash'])
@Index('idx_household_phone_hash', ['phoneHash'])
export class Household extends SubjectBase {
  @Column({ type: 'varchar', length: 50 })
  village: string;

  /** 村民小组, e.g. `3组`. */
  @Column({ name: 'villageGroup', type: 'varchar', length: 30, nullable: true })
  group: string | null;

  @Column({ type: 'varchar', length: 50 })
  headName: string;

  /**
   * 户主身份证号, normalised (uppercase X). Plaintext in memory only: the column holds its
   * AES-GCM ciphertext. Search by `headIdNumberHash`, never by this property.
   */
  @Column({ name: 'headIdNumberEncrypted', type: 'text', transformer: encryptedColumn })
  headIdNumber: string;

  /** Keyed hash of `headIdNumber` (exact search); written by HouseholdRepository with it. */
  @Column({ type: 'char', length: 64 })
  headIdNumberHash: string;

  /** 联系电话; encrypted like `headIdNumber`. */
  @Column({ name: 'phoneEncrypted', type: 'text', nullable: true, transformer: encryptedColumn })
  phone: string | null;

  /** Keyed hash of the phone's digits (exact search), null without a phone. */
  @Column({ type: 'char', length: 64, nullable: true })
  phoneHash: string | null;

  /** 户籍人数. */
  @Column({ type: 'int' })
  registeredPersons: number;

  /** 宅基地面积 m². */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  homesteadArea: string | null;

  /** 合法（有证）建筑面积 m². */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  licensedArea: string;

  /** 无证建筑面积 m². */
  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 })
  unlicensedArea: string;

  /** 证载面积 m² (the area on the title), kept apart from the surveyed and recognised ones. */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  certifiedArea: string | null;

  /** 测绘面积 m². */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  surveyedArea: string | null;

  /** 认定面积 m². */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  recognisedArea: string | null;

  /** 低保户. */
  @Column({ type: 'boolean', default: false })
  lowIncome: boolean;

  /** 家中有残疾人. */
  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  /** 独生子女户. */
  @Column({ type: 'boolean', default: false })
  onlyChild: boolean;

  @Column({ type: 'varchar', length: 30, nullable: true })
  structure: HouseStructure | null;

  @Column({ type: 'int', nullable: true })
  yearBuilt: number | null;

  /**
   * Why this head may also head other households of the project (一人多户, see domain/duplicate-head.ts):
   * the officer's reason for overriding the warning; null when none was needed or given.
   */
  @Column({ type: 'varchar', length: 200, nullable: true })
  duplicateHeadReason: string | null;

  /** 摸底日期. */
  @Column({ type: 'date', nullable: true })
  surveyedOn: string | null;

  @OneToMany(() => HouseholdMember, (m) => m.household, { cascade: false })
  members?: HouseholdMember[];
}
