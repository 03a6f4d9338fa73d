import { Injectable } from '@nestjs/common';
import {
  confirmedChangeProblem,
  OWNERSHIP_FACTS,
  OwnershipBulkRepository,
  surveyStatusProblem,
  type OwnershipUpsert,
  type ParcelPlace,
  type StoredOwnership,
} from '@app/land-admin';
import { currentActor } from '@app/platform';
import { duplicateMessage } from '../../domain/first-row-wins.js';
import type { LandOwnershipImportRecord } from '../../domain/validate-row.js';
import { countWritten, emptyOutcome, reject, type WritePlan } from '../import-chunk.js';
import type { ChunkOutcome, ChunkProcessor, PendingRow } from '../import-row.js';

const parcelKey = (projectCode: string, parcelCode: string) => `${projectCode}\u0000${parcelCode}`;

/**
 * One chunk of the 集体土地所有权 import: upserts records on their 登记编号 through the land administration library.
 * A row on a parcel takes the parcel's project (the uploader's, else it is reported as not existing) and must name the
 * parcel's village; a row of land in no project must lie in a village of the uploader's projects (an admin: anywhere).
 * The survey status only moves forward (the API's rule); a 已确权 record keeps its owner, certificate, area and use.
 */
@Injectable()
export class LandOwnershipChunkProcessor implements ChunkProcessor<LandOwnershipImportRecord> {
  constructor(private readonly ownership: OwnershipBulkRepository) {}

  keyOf(record: LandOwnershipImportRecord): string[] {
    return [record.code];
  }

  async process(rows: PendingRow<LandOwnershipImportRecord>[], options: { dryRun: boolean }): Promise<ChunkOutcome> {
    const outcome = emptyOutcome();
    const valid: Array<{ row: PendingRow<unknown>; record: LandOwnershipImportRecord }> = [];
    for (const row of rows) {
      if (!row.result.ok)
        reject(
          outcome,
          row,
          row.result.errors.map((e) => ({ column: e.column, message: e.message })),
        );
      else if (row.duplicateOf !== undefined)
        reject(outcome, row, [{ column: '登记编号', message: duplicateMessage('登记编号', row.result.record.code, row.duplicateOf) }]);
      else valid.push({ row, record: row.result.record });
    }
    const actor = currentActor();
    const admin = actor.roles.includes('admin');
    const pairs = valid
      .filter((v) => v.record.projectCode && v.record.parcelCode)
      .map((v) => ({ projectCode: v.record.projectCode!, parcelCode: v.record.parcelCode! }));
    const [places, stored, villages, holders] = await Promise.all([
      this.ownership.parcels(pairs),
      this.ownership.findByCodes(valid.map((v) => v.record.code)),
      admin ? Promise.resolve(null) : this.ownership.villagesOf(actor.projectIds),
      this.ownership.certificateHolders([...new Set(valid.map((v) => v.record.certificateNo).filter((c): c is string => c !== null))]),
    ]);
    const parcels = new Map<string, ParcelPlace>(places.map((p) => [parcelKey(p.projectCode, p.parcelCode), p]));
    const current = new Map<string, StoredOwnership>(stored.map((s) => [s.code, s]));
    const certificateOf = new Map(holders.map((h) => [h.certificateNo, h.code]));
    const mayWrite = (place: { projectId: string | null; village: string }) =>
      admin || (place.projectId ? actor.projectIds.includes(place.projectId) : (villages?.has(place.village) ?? false));

    const plan: WritePlan<OwnershipUpsert> = { writes: [], created: 0, updated: 0 };
    const certificatesInChunk = new Map<string, string>();
    for (const { row, record } of valid) {
      const problem = this.problem(record, parcels, current.get(record.code), mayWrite, certificateOf, certificatesInChunk);
      if (typeof problem === 'object' && 'message' in problem) {
        reject(outcome, row, [{ column: problem.column, message: problem.message }]);
        continue;
      }
      const write = problem;
      const before = current.get(record.code);
      if (before && OWNERSHIP_FACTS.every((f) => before[f] === write[f])) {
        outcome.unchanged += 1;
        continue;
      }
      if (write.certificateNo) certificatesInChunk.set(write.certificateNo, write.code);
      if (before) plan.updated += 1;
      else plan.created += 1;
      plan.writes.push(write);
    }
    plan.writes.sort((a, b) => (a.code < b.code ? -1 : 1));
    outcome.rejections.sort((a, b) => a.rowNumber - b.rowNumber);
    if (options.dryRun) return countWritten(outcome, plan, null);
    return countWritten(outcome, plan, await this.ownership.upsert(plan.writes));
  }

  /** The write a row makes, or why it may not (a column and a Chinese message). */
  private problem(
    record: LandOwnershipImportRecord,
    parcels: ReadonlyMap<string, ParcelPlace>,
    stored: StoredOwnership | undefined,
    mayWrite: (place: { projectId: string | null; village: string }) => boolean,
    certificateOf: ReadonlyMap<string, string>,
    inChunk: ReadonlyMap<string, string>,
  ): OwnershipUpsert | { column: string | null; message: string } {
    let place: { projectId: string | null; parcelId: string | null; village: string } = {
      projectId: null,
      parcelId: null,
      village: record.village,
    };
    if (record.projectCode && record.parcelCode) {
      const parcel = parcels.get(parcelKey(record.projectCode, record.parcelCode));
      const visible =
        parcel &&
        (currentActor().roles.some((r) => r === 'admin' || r === 'leader') || currentActor().projectIds.includes(parcel.projectId));
      if (!parcel || !visible)
        return { column: '地块编号', message: `地块 ${record.parcelCode} 不属于项目 ${record.projectCode} 或不存在` };
      if (parcel.village !== record.village)
        return { column: '村', message: `地块 ${parcel.parcelCode} 在${parcel.village}，与填写的村（${record.village}）不一致` };
      place = { projectId: parcel.projectId, parcelId: parcel.parcelId, village: parcel.village };
    }
    if (!mayWrite(place) || (stored && !mayWrite(stored)))
      return { column: '村', message: `没有在${place.village}登记集体土地所有权的权限` };
    const write: OwnershipUpsert = {
      code: record.code,
      ...place,
      location: record.location,
      ownerKind: record.ownerKind,
      ownerName: record.ownerName,
      certificateNo: record.certificateNo,
      area: record.area,
      landUse: record.landUse,
      surveyStatus: record.surveyStatus ?? stored?.surveyStatus ?? 'unsurveyed',
      remarks: record.remarks,
    };
    if (stored) {
      const status = surveyStatusProblem(stored.surveyStatus, write.surveyStatus, write.certificateNo);
      if (status) return { column: status.includes('证书') ? '证书编号' : '调查状态', message: `${record.code}：${status}` };
      const changed = OWNERSHIP_FACTS.filter((f) => stored[f] !== write[f]);
      const fixed = confirmedChangeProblem(stored.surveyStatus, changed);
      if (fixed) return { column: null, message: `${record.code}：${fixed}` };
    } else if (write.surveyStatus === 'confirmed' && !write.certificateNo) {
      return { column: '证书编号', message: '已确权的土地须填写所有权证书编号' };
    }
    if (write.certificateNo) {
      const holder = certificateOf.get(write.certificateNo) ?? inChunk.get(write.certificateNo);
      if (holder && holder !== write.code) return { column: '证书编号', message: `证书编号 ${write.certificateNo} 已登记在 ${holder} 上` };
    }
    return write;
  }
}
