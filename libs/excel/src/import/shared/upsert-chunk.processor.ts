import { canSeeProject, canWriteProject } from '@app/platform';
import { duplicateMessage } from '../../domain/first-row-wins.js';
import type { RejectionError } from '../import-rejection.entity.js';
import type { ChunkOutcome, ChunkProcessor, PendingRow } from '../import-row.js';
import { importKey, type ImportLookupRepository } from './import-lookup.repository.js';

/** A validated row keyed by (project code, code) within the file. */
export interface KeyedRecord {
  projectCode: string;
  code: string;
}

/** A row ready to upsert on (project id, code). */
export interface KeyedWrite {
  projectId: string;
  code: string;
}

/** A row the upsert inserted or updated (rows it left alone are not returned). */
export interface WrittenRow {
  projectId: string;
  code: string;
  inserted: boolean;
}

/** What a record resolved to: the row to write, or why it is rejected. */
export type Resolution<W> = { write: W } | { errors: RejectionError[] };

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * One chunk of an import that upserts on (project, code): the flow every kind shares. Rejects
 * invalid rows and repeated codes (first row wins), unknown projects and projects the uploader may
 * not write; lets the kind resolve what else its rows need; compares with the stored rows to count
 * created / updated / unchanged and to refuse changes to locked rows; then (unless a dry run)
 * upserts the changed rows in one statement and lets the kind follow up on what was written.
 */
export abstract class UpsertChunkProcessor<R extends KeyedRecord, W extends KeyedWrite, S, O extends WrittenRow = WrittenRow>
  implements ChunkProcessor<R>
{
  /** The header of the code column, named in duplicate rejections (e.g. 户编号). */
  protected abstract readonly codeHeader: string;

  protected constructor(protected readonly lookups: ImportLookupRepository) {}

  keyOf(record: R): string[] {
    return [record.projectCode, record.code];
  }

  /** Resolves the records of writable projects to rows to write (e.g. parcel codes to ids), in order. */
  protected abstract resolve(items: Array<{ record: R; projectId: string }>): Promise<Array<Resolution<W>>>;

  /** The stored rows among `writes`, keyed with `importKey`. */
  protected abstract existing(writes: W[]): Promise<Map<string, S>>;

  /** Completes a row from what is stored (e.g. a blank status keeps the stored one). */
  protected complete(write: W, _stored: S | undefined): W {
    return write;
  }

  /** Whether writing `write` would change `stored`. */
  protected abstract differs(stored: S, write: W): boolean;

  /** Why `stored` may no longer be changed by an import (a Chinese message), or null. */
  protected abstract locked(stored: S, write: W): string | null;

  /**
   * Inserts new rows and updates those that differ, in one statement ordered as given, leaving
   * identical and locked rows alone (a concurrent import may have written them meanwhile).
   */
  protected abstract upsert(writes: W[]): Promise<O[]>;

  /** Follows up on the rows written, in the same transaction (open cases…). */
  protected async afterWrite(_written: O[], _writes: ReadonlyMap<string, W>, _actor: string): Promise<void> {}

  async process(rows: PendingRow<R>[], options: { dryRun: boolean; actor: string }): Promise<ChunkOutcome> {
    const outcome: ChunkOutcome = { created: 0, updated: 0, unchanged: 0, rejections: [] };
    const reject = (row: PendingRow<R>, errors: RejectionError[]) => outcome.rejections.push({ rowNumber: row.rowNumber, values: row.values, errors });

    const candidates: Array<{ row: PendingRow<R>; record: R }> = [];
    for (const row of rows) {
      if (!row.result.ok) reject(row, row.result.errors.map((e) => ({ column: e.column, message: e.message })));
      else if (row.duplicateOf !== undefined)
        reject(row, [{ column: this.codeHeader, message: duplicateMessage(this.codeHeader, row.result.record.code, row.duplicateOf) }]);
      else candidates.push({ row, record: row.result.record });
    }

    const projects = await this.lookups.projectIds(unique(candidates.map((c) => c.record.projectCode)));
    const scoped: Array<{ row: PendingRow<R>; record: R; projectId: string }> = [];
    for (const { row, record } of candidates) {
      const projectId = projects.get(record.projectCode);
      // A project the uploader may not see is reported exactly as one that does not exist.
      if (!projectId || !canSeeProject(projectId)) reject(row, [{ column: '项目编号', message: `项目编号 ${record.projectCode} 不存在` }]);
      else if (!canWriteProject(projectId, ['officer', 'admin'])) reject(row, [{ column: '项目编号', message: `没有在项目 ${record.projectCode} 中导入数据的权限` }]);
      else scoped.push({ row, record, projectId });
    }

    const resolutions = await this.resolve(scoped.map(({ record, projectId }) => ({ record, projectId })));
    const resolved: Array<{ row: PendingRow<R>; write: W }> = [];
    scoped.forEach(({ row }, i) => {
      const resolution = resolutions[i]!;
      if ('errors' in resolution) reject(row, resolution.errors);
      else resolved.push({ row, write: resolution.write });
    });

    const stored = await this.existing(resolved.map((r) => r.write));
    const toWrite: W[] = [];
    let created = 0;
    let updated = 0;
    for (const { row, write: given } of resolved) {
      const current = stored.get(importKey(given.projectId, given.code));
      const write = this.complete(given, current);
      if (current && !this.differs(current, write)) {
        outcome.unchanged += 1;
        continue;
      }
      const lock = current ? this.locked(current, write) : null;
      if (lock) {
        reject(row, [{ column: null, message: lock }]);
        continue;
      }
      if (current) updated += 1;
      else created += 1;
      toWrite.push(write);
    }
    outcome.rejections.sort((a, b) => a.rowNumber - b.rowNumber);

    if (options.dryRun) return { ...outcome, created: outcome.created + created, updated: outcome.updated + updated };

    // One order for every import, so two imports touching the same rows lock them in the same order.
    toWrite.sort((a, b) => (a.projectId + a.code < b.projectId + b.code ? -1 : 1));
    const written = await this.upsert(toWrite);
    await this.afterWrite(written, new Map(toWrite.map((w) => [importKey(w.projectId, w.code), w])), options.actor);
    const inserted = written.filter((w) => w.inserted).length;
    outcome.created += inserted;
    outcome.updated += written.length - inserted;
    // Rows another import wrote meanwhile (identical, or now locked) are left alone: unchanged.
    outcome.unchanged += toWrite.length - written.length;
    return outcome;
  }
}
