import { createHash } from 'node:crypto';

/**
 * Keys of the PostgreSQL advisory locks (transaction-scoped) that serialise the 一人多户 check with
 * the write it guards, so two concurrent writes of the same head cannot both pass unnoticed.
 * A single write takes the project's key shared and the (project, head) key exclusively; the import
 * takes the project's key exclusively for a chunk (one lock, whatever the number of rows).
 */
function lockKey(...parts: string[]): string {
  return createHash('sha256')
    .update(['household-head', ...parts].join('\u0000'))
    .digest()
    .readBigInt64BE(0)
    .toString();
}

/** The key every write of a household head in `projectId` takes (shared by single writes, exclusive by an import chunk). */
export const projectHeadsLockKey = (projectId: string): string => lockKey(projectId);

/** The key of one head (by its 身份证号 search hash) in `projectId`. */
export const headLockKey = (projectId: string, headIdNumberHash: string): string => lockKey(projectId, headIdNumberHash);
