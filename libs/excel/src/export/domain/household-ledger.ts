import { CASE_STATUS_LABELS, RESETTLEMENT_STATUS_LABELS, type CaseStatus, type ResettlementStatus } from '@app/cases';
import { maskIdNumber, maskPhone } from '@app/platform';
import { HOUSE_STRUCTURE_LABELS, type HouseStructure } from '@app/subjects';
import { AREA_FORMAT, numberOrNull, type LedgerColumn } from './ledger-column.js';

/** One household as the ledger export reads it (personal data already decrypted, in memory only). */
export interface HouseholdLedgerRow {
  id: string;
  projectId: string;
  code: string;
  projectCode: string;
  parcelCode: string;
  village: string;
  group: string | null;
  headName: string;
  headIdNumber: string;
  phone: string | null;
  registeredPersons: number;
  homesteadArea: string | null;
  licensedArea: string;
  unlicensedArea: string;
  structure: HouseStructure | null;
  yearBuilt: number | null;
  surveyedOn: string | null;
  caseStatus: CaseStatus | null;
  resettlementStatus: ResettlementStatus | null;
  remarks: string | null;
}

/** 动迁户台账 columns. 身份证号 and phone are masked: an export is a copy that leaves the system. */
export const HOUSEHOLD_LEDGER_COLUMNS: readonly LedgerColumn<HouseholdLedgerRow>[] = [
  { header: '户编号', width: 14, value: (r) => r.code },
  { header: '项目编号', width: 10, value: (r) => r.projectCode },
  { header: '地块编号', width: 12, value: (r) => r.parcelCode },
  { header: '村', width: 10, value: (r) => r.village },
  { header: '组', width: 8, value: (r) => r.group },
  { header: '户主姓名', width: 12, value: (r) => r.headName },
  { header: '户主身份证号', width: 22, value: (r) => maskIdNumber(r.headIdNumber) },
  { header: '联系电话', width: 15, value: (r) => maskPhone(r.phone) },
  { header: '户籍人数（人）', width: 12, value: (r) => r.registeredPersons },
  { header: '宅基地面积（平方米）', width: 16, numFmt: AREA_FORMAT, value: (r) => numberOrNull(r.homesteadArea) },
  { header: '合法建筑面积（平方米）', width: 18, numFmt: AREA_FORMAT, value: (r) => numberOrNull(r.licensedArea) },
  { header: '无证建筑面积（平方米）', width: 18, numFmt: AREA_FORMAT, value: (r) => numberOrNull(r.unlicensedArea) },
  { header: '房屋结构', width: 10, value: (r) => (r.structure ? HOUSE_STRUCTURE_LABELS[r.structure] : null) },
  { header: '建造年份', width: 10, value: (r) => r.yearBuilt },
  { header: '摸底日期', width: 12, value: (r) => r.surveyedOn },
  { header: '案件状态', width: 10, value: (r) => (r.caseStatus ? CASE_STATUS_LABELS[r.caseStatus] : null) },
  { header: '过渡安置状态', width: 12, value: (r) => (r.resettlementStatus ? RESETTLEMENT_STATUS_LABELS[r.resettlementStatus] : null) },
  { header: '备注', width: 30, value: (r) => r.remarks },
];
