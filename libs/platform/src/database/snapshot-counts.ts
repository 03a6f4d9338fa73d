import { SnapshotCache } from '../domain/snapshot-cache.js';
import type { TransactionalConnection } from './transactional-connection.js';

/**
 * Exact counts for the totals of paged lists, each kept while the database's snapshot is the one it was counted in
 * (see SnapshotCache): the pages of a list that nothing has written to since count it once, however many clients read
 * them; the first read after any commit counts again, so a total is never stale. Inside a transaction it counts every
 * time (its own writes are in no snapshot).
 */
export class SnapshotCounts {
  private readonly cache: SnapshotCache<number>;

  constructor(
    private readonly connection: TransactionalConnection,
    capacity = 128,
  ) {
    this.cache = new SnapshotCache<number>(capacity);
  }

  /** `sql` is one statement answering one row with one number (e.g. `SELECT count(*) FROM t WHERE …`). */
  async count(sql: string, params: readonly unknown[] = []): Promise<number> {
    const { value } = await this.cache.resolve(JSON.stringify([sql, params]), await this.connection.currentSnapshot(), async () => {
      const [row] = await this.connection.manager.query<Array<{ snapshot: string; at: Date; n: string | number }>>(
        `SELECT pg_current_snapshot()::text AS snapshot, now() AS at, (${sql}) AS n`,
        [...params],
      );
      return { snapshot: row!.snapshot, at: row!.at, value: Number(row!.n) };
    });
    return value;
  }
}
