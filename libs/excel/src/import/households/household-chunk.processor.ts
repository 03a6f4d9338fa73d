import { Injectable } from '@nestjs/common';
import { CASE_STATUS_LABELS, type CaseStatus } from '@app/cases';
import { canWriteProject } from '@app/platform';
import { idNumberHash, missingHouseholdFacts, phoneHash } from '@app/subjects';
import { duplicateMessage } from '../../domain/first-row-wins.js';
import type { HouseholdImportRecord } from '../../domain/validate-row.js';
import type { RejectionError } from '../import-rejection.entity.js';
import type { ChunkOutcome, ChunkProcessor, PendingRow } from '../import-row.js';
import {
  householdKey,
  HouseholdImportRepository,
  LOCKED_CASE_STATUSES,
  parcelKey,
  type HouseholdWrite,
  type StoredHousehold,
} from './household-import.repository.js';

const unique = <T>(values: T[]) => [...new Set(values)];

/** Whether an import row would change the stored household (personal data compared by hash). */
function differs(stored: StoredHousehold, row: HouseholdWrite): boolean {
  return (
    stored.parcelId !== row.parcelId ||
    stored.village !== row.village ||
    stored.group !== row.group ||
    stored.headName !== row.headName ||
    stored.headIdNumberHash !== idNumberHash(row.headIdNumber) ||
    stored.phoneHash !== phoneHash(row.phone) ||
    stored.registeredPersons !== row.registeredPersons ||
    stored.homesteadArea !== row.homesteadArea ||
    stored.licensedArea !== row.licensedArea ||
    stored.unlicensedArea !== row.unlicensedArea ||
    stored.structure !== row.structure ||
    stored.yearBuilt !== row.yearBuilt ||
    stored.surveyedOn !== row.surveyedOn ||
    stored.remarks !== row.remarks
  );
}

/**
 * The status a new household's case opens in: `surveyed` when its required survey facts are all
 * there. The import carries no family members, which the survey requires, so today every imported
 * household opens `surveying`; the rule is kept here so it follows the survey-facts definition.
 */
function openingStatus(row: HouseholdWrite): CaseStatus {
  return missingHouseholdFacts({ ...row, memberCount: 0 }).length ? 'surveying' : 'surveyed';
}

/** One chunk of the households import: resolves codes, applies the rules that need the database, upserts. */
@Injectable()
export class HouseholdChunkProcessor implements ChunkProcessor<HouseholdImportRecord> {
  constructor(private readonly households: HouseholdImportRepository) {}

  keyOf(record: HouseholdImportRecord): string[] {
    return [record.projectCode, record.code];
  }

  async process(rows: PendingRow<HouseholdImportRecord>[], options: { dryRun: boolean; actor: string }): Promise<ChunkOutcome> {
    const outcome: ChunkOutcome = { created: 0, updated: 0, unchanged: 0, rejections: [] };
    const reject = (row: PendingRow<HouseholdImportRecord>, errors: RejectionError[]) =>
      outcome.rejections.push({ rowNumber: row.rowNumber, values: row.values, errors });

    const valid = rows.flatMap((row) => (row.result.ok ? [{ row, record: row.result.record }] : []));
    const projects = await this.households.projectIds(unique(valid.map((v) => v.record.projectCode)));
    const parcels = await this.households.parcelIds([...projects.values()], unique(valid.map((v) => v.record.parcelCode)));

    const resolved: Array<{ row: PendingRow<HouseholdImportRecord>; write: HouseholdWrite }> = [];
    for (const row of rows) {
      if (!row.result.ok) {
        reject(row, row.result.errors.map((e) => ({ column: e.column, message: e.message })));
        continue;
      }
      const { projectCode, parcelCode, ...record } = row.result.record;
      if (row.duplicateOf !== undefined) {
        reject(row, [{ column: '户编号', message: duplicateMessage('户编号', record.code, row.duplicateOf) }]);
        continue;
      }
      const projectId = projects.get(projectCode);
      if (!projectId) {
        reject(row, [{ column: '项目编号', message: `项目编号 ${projectCode} 不存在` }]);
        continue;
      }
      if (!canWriteProject(projectId, ['officer', 'admin'])) {
        reject(row, [{ column: '项目编号', message: `没有在项目 ${projectCode} 中导入数据的权限` }]);
        continue;
      }
      const parcelId = parcels.get(parcelKey(projectId, parcelCode));
      if (!parcelId) {
        reject(row, [{ column: '地块编号', message: `项目 ${projectCode} 中没有地块 ${parcelCode}` }]);
        continue;
      }
      resolved.push({ row, write: { ...record, projectId, parcelId } });
    }

    const stored = await this.households.existing(resolved.map((r) => r.write));
    const toWrite: HouseholdWrite[] = [];
    let created = 0;
    let updated = 0;
    for (const { row, write } of resolved) {
      const current = stored.get(householdKey(write.projectId, write.code));
      if (current && !differs(current, write)) {
        outcome.unchanged += 1;
        continue;
      }
      if (current?.caseStatus && LOCKED_CASE_STATUSES.includes(current.caseStatus)) {
        const label = CASE_STATUS_LABELS[current.caseStatus as CaseStatus];
        reject(row, [{ column: null, message: `户 ${write.code} 的案件已处于“${label}”状态，摸底信息只能通过案件办理修改，不能通过导入修改` }]);
        continue;
      }
      if (current) updated += 1;
      else created += 1;
      toWrite.push(write);
    }

    if (options.dryRun) return { ...outcome, created: outcome.created + created, updated: outcome.updated + updated };

    // One order for every import, so two imports touching the same households lock them in the same order.
    toWrite.sort((a, b) => (a.projectId + a.code < b.projectId + b.code ? -1 : 1));
    const written = await this.households.upsert(toWrite);
    const inserted = written.filter((w) => w.inserted);
    const writes = new Map(toWrite.map((w) => [householdKey(w.projectId, w.code), w]));
    const byStatus = new Map<CaseStatus, typeof inserted>();
    for (const w of inserted) {
      const status = openingStatus(writes.get(householdKey(w.projectId, w.code))!);
      byStatus.set(status, [...(byStatus.get(status) ?? []), w]);
    }
    for (const [status, households] of byStatus) await this.households.openCases(households, status, options.actor);
    await this.households.surveyFactsChanged(written.filter((w) => !w.inserted).map((w) => w.id), options.actor);
    outcome.created += inserted.length;
    outcome.updated += written.length - inserted.length;
    // Rows another import wrote meanwhile (identical, or now locked) are left alone: unchanged.
    outcome.unchanged += toWrite.length - written.length;
    return outcome;
  }
}
