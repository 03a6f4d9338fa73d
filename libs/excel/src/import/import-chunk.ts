import { canSeeProject, canWriteProject } from '@app/platform';
import { duplicateMessage } from '../domain/first-row-wins.js';
import type { RejectionError } from './import-rejection.entity.js';
import type { ChunkOutcome, PendingRow } from './import-row.js';

/**
 * The steps every import kind takes with a chunk, as plain functions the kinds call in order:
 * keep the valid rows whose code comes first in the file, keep the rows of projects the uploader
 * may write, compare with the stored rows to decide what to write, count what was written. Each
 * step records the rows it rejects in the chunk's outcome.
 */

/** The map key of a (project id, code) pair: how every import keys stored and written rows. */
export const importKey = (projectId: string, code: string) => `${projectId}\u0000${code}`;

/** A validated row of a chunk, keyed by (project code, code) within the file. */
export interface ChunkItem<R extends { projectCode: string; code: string }> {
  row: PendingRow<R>;
  record: R;
}

/** A row resolved to what would be written, keyed by (project id, code). */
export interface ChunkWrite<W extends { projectId: string; code: string }> {
  row: PendingRow<unknown>;
  write: W;
}

/** Counts decided before the write, and the rows to write in one order for every import (two imports touching the same rows lock them alike). */
export interface WritePlan<W> {
  writes: W[];
  created: number;
  updated: number;
}

export function emptyOutcome(): ChunkOutcome {
  return { created: 0, updated: 0, unchanged: 0, rejections: [] };
}

export function reject(outcome: ChunkOutcome, row: PendingRow<unknown>, errors: RejectionError[]): void {
  outcome.rejections.push({ rowNumber: row.rowNumber, values: row.values, errors });
}

/** The valid rows whose code is the first of its kind in the file; the others are rejected. */
export function firstValidRows<R extends { projectCode: string; code: string }>(rows: PendingRow<R>[], codeHeader: string, outcome: ChunkOutcome): ChunkItem<R>[] {
  const items: ChunkItem<R>[] = [];
  for (const row of rows) {
    if (!row.result.ok) reject(outcome, row, row.result.errors.map((e) => ({ column: e.column, message: e.message })));
    else if (row.duplicateOf !== undefined) {
      reject(outcome, row, [{ column: codeHeader, message: duplicateMessage(codeHeader, row.result.record.code, row.duplicateOf) }]);
    } else items.push({ row, record: row.result.record });
  }
  return items;
}

/** The distinct project codes of `items`. */
export const projectCodes = (items: ChunkItem<{ projectCode: string; code: string }>[]) => [...new Set(items.map((i) => i.record.projectCode))];

/** The rows of projects the uploader may write, with the project's id; others are rejected as the API would answer. */
export function inWritableProjects<R extends { projectCode: string; code: string }>(
  items: ChunkItem<R>[],
  projects: Array<{ id: string; code: string }>,
  outcome: ChunkOutcome,
): Array<ChunkItem<R> & { projectId: string }> {
  const ids = new Map(projects.map((p) => [p.code, p.id]));
  const scoped: Array<ChunkItem<R> & { projectId: string }> = [];
  for (const item of items) {
    const projectId = ids.get(item.record.projectCode);
    // A project the uploader may not see is reported exactly as one that does not exist.
    if (!projectId || !canSeeProject(projectId)) reject(outcome, item.row, [{ column: '项目编号', message: `项目编号 ${item.record.projectCode} 不存在` }]);
    else if (!canWriteProject(projectId, ['officer', 'admin'])) {
      reject(outcome, item.row, [{ column: '项目编号', message: `没有在项目 ${item.record.projectCode} 中导入数据的权限` }]);
    } else scoped.push({ ...item, projectId });
  }
  return scoped;
}

/**
 * Compares each row with the stored one (keyed with `importKey`): an identical row is unchanged,
 * a row `locked` refuses is rejected, the others are to be created or updated.
 */
export function planWrites<W extends { projectId: string; code: string }, S>(
  items: ChunkWrite<W>[],
  stored: ReadonlyMap<string, S>,
  rules: { differs(stored: S, write: W): boolean; locked(stored: S, write: W): string | null; complete?(write: W, stored: S | undefined): W },
  outcome: ChunkOutcome,
): WritePlan<W> {
  const plan: WritePlan<W> = { writes: [], created: 0, updated: 0 };
  for (const { row, write: given } of items) {
    const current = stored.get(importKey(given.projectId, given.code));
    const write = rules.complete ? rules.complete(given, current) : given;
    if (current && !rules.differs(current, write)) {
      outcome.unchanged += 1;
      continue;
    }
    const lock = current ? rules.locked(current, write) : null;
    if (lock) reject(outcome, row, [{ column: null, message: lock }]);
    else {
      if (current) plan.updated += 1;
      else plan.created += 1;
      plan.writes.push(write);
    }
  }
  plan.writes.sort((a, b) => (a.projectId + a.code < b.projectId + b.code ? -1 : 1));
  outcome.rejections.sort((a, b) => a.rowNumber - b.rowNumber);
  return plan;
}

/**
 * The chunk's counts: for a dry run as planned; otherwise as written — rows another import wrote
 * meanwhile (identical, or now locked) were left alone by the upsert and count as unchanged.
 */
export function countWritten(outcome: ChunkOutcome, plan: WritePlan<unknown>, written: Array<{ inserted: boolean }> | null): ChunkOutcome {
  if (!written) return { ...outcome, created: outcome.created + plan.created, updated: outcome.updated + plan.updated };
  const inserted = written.filter((w) => w.inserted).length;
  return {
    ...outcome,
    created: outcome.created + inserted,
    updated: outcome.updated + written.length - inserted,
    unchanged: outcome.unchanged + plan.writes.length - written.length,
  };
}
