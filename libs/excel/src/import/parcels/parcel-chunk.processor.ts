import { Injectable } from '@nestjs/common';
import {
  checkParcelChange,
  LandBulkRepository,
  LOCKED_PARCEL_STATUS,
  PARCEL_STATUS_LABELS,
  ParcelCasesRegistry,
  type ParcelCaseCounts,
  type ParcelUpsert,
  type StoredParcelFacts,
} from '@app/land';
import type { ParcelImportRecord } from '../../domain/validate-row.js';
import { countWritten, emptyOutcome, firstValidRows, importKey, inWritableProjects, planWrites, projectCodes } from '../import-chunk.js';
import type { ChunkOutcome, ChunkProcessor, PendingRow } from '../import-row.js';

/** A stored parcel, with its case counts when a row would hand it over. */
type StoredParcel = StoredParcelFacts & { cases?: ParcelCaseCounts };

/** Fields compared to tell an update from an unchanged row. */
const FACTS = ['village', 'landOwnership', 'area', 'status', 'remarks'] as const;

/** Why an import may not make `row` of `stored` (a Chinese message), or null. */
function locked(stored: StoredParcel, row: ParcelUpsert): string | null {
  if (stored.status === LOCKED_PARCEL_STATUS) return `地块 ${row.code} 已处于“${PARCEL_STATUS_LABELS[stored.status]}”状态，不能再通过导入修改`;
  if (!stored.cases) return null;
  const check = checkParcelChange(stored.status, { status: row.status }, stored.cases);
  return check.ok ? null : `地块 ${row.code}：${check.message}`;
}

/**
 * One chunk of the parcels import: upserts area, ownership, status and village of the parcels of
 * projects the uploader may write, through the land library. A blank status keeps an existing
 * parcel's status and starts a new one `surveying`; a parcel already handed over is no longer
 * changed by import, and a parcel is set 已移交 only when every case on it is settled (the rule the
 * parcel edit holds too).
 */
@Injectable()
export class ParcelChunkProcessor implements ChunkProcessor<ParcelImportRecord> {
  constructor(
    private readonly land: LandBulkRepository,
    private readonly parcelCases: ParcelCasesRegistry,
  ) {}

  keyOf(record: ParcelImportRecord): string[] {
    return [record.projectCode, record.code];
  }

  async process(rows: PendingRow<ParcelImportRecord>[], options: { dryRun: boolean }): Promise<ChunkOutcome> {
    const outcome = emptyOutcome();
    const valid = firstValidRows(rows, '地块编号', outcome);
    const scoped = inWritableProjects(valid, await this.land.projectIds(projectCodes(valid)), outcome);
    const located = scoped.map(({ row, record: { projectCode: _, ...record }, projectId }) => ({ row, write: { ...record, projectId } as ParcelUpsert }));
    const stored = await this.stored(located.map((l) => l.write));
    const plan = planWrites(
      located,
      stored,
      {
        complete: (write, current) => (write.status ? write : { ...write, status: current?.status ?? 'surveying' }),
        differs: (s, row) => FACTS.some((f) => s[f] !== row[f]),
        locked,
      },
      outcome,
    );
    if (options.dryRun) return countWritten(outcome, plan, null);
    return countWritten(outcome, plan, await this.land.upsertParcels(plan.writes));
  }

  /** The stored parcels keyed with `importKey`, with their case counts where a row would hand one over. */
  private async stored(writes: ParcelUpsert[]): Promise<Map<string, StoredParcel>> {
    const stored = new Map<string, StoredParcel>((await this.land.findParcelsByCodes(writes)).map((p) => [importKey(p.projectId, p.code), p]));
    const handingOver = new Set(writes.filter((w) => w.status === 'handed_over').map((w) => importKey(w.projectId, w.code)));
    const toCheck = [...stored].filter(([key, parcel]) => handingOver.has(key) && parcel.status !== 'handed_over').map(([, parcel]) => parcel);
    if (toCheck.length) {
      const counts = await this.parcelCases.countMany(toCheck.map((p) => p.id));
      for (const parcel of toCheck) parcel.cases = counts.get(parcel.id);
    }
    return stored;
  }
}
