import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { PreparedStatements } from './prepared-statements.js';

interface TransactionContext {
  manager: EntityManager;
  afterCommit: Array<() => Promise<unknown> | unknown>;
}

const storage = new AsyncLocalStorage<TransactionContext>();

/** Work to run as the last step of the next transaction opened (see `withBeforeCommit`). */
interface BeforeCommit {
  work: () => Promise<void>;
  ran: boolean;
}

const beforeCommit = new AsyncLocalStorage<BeforeCommit>();

/**
 * The one way repositories reach the database. Inside `transaction()` every repository call
 * joins the running transaction (carried by AsyncLocalStorage, as Vendure's TransactionalConnection
 * does), so no write silently runs outside the transaction it belongs to.
 */
@Injectable()
export class TransactionalConnection {
  private readonly logger = new Logger(TransactionalConnection.name);

  constructor(readonly dataSource: DataSource) {}

  /** The running transaction's manager, or the pool's outside a transaction. */
  get manager(): EntityManager {
    return storage.getStore()?.manager ?? this.dataSource.manager;
  }

  /**
   * A read the request path sends again and again with other values (a request's session, a list's page): outside a
   * transaction, a prepared statement planned once per connection (see PreparedStatements — only for statements whose
   * generic plan is as good as a custom one); inside one, on the transaction's connection, unprepared.
   */
  async queryPrepared<R>(sql: string, params: unknown[]): Promise<R[]> {
    if (this.inTransaction) return this.manager.query<R[]>(sql, params);
    this.prepared ??= new PreparedStatements((this.dataSource.driver as unknown as { master: Pool }).master);
    return this.prepared.query<R>(sql, params);
  }

  private prepared: PreparedStatements | undefined;

  /** A repository bound to the running transaction, if any. */
  getRepository<T extends ObjectLiteral>(target: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(target);
  }

  /**
   * The database's current snapshot (`pg_current_snapshot()`), to look up an answer kept for it (see SnapshotCache).
   * Null inside a transaction: no snapshot shows the transaction's own uncommitted writes, so the caller must compute.
   */
  async currentSnapshot(): Promise<string | null> {
    if (this.inTransaction) return null;
    const [row] = await this.dataSource.query<Array<{ snapshot: string }>>(`SELECT pg_current_snapshot()::text AS snapshot`);
    this.sawSnapshot(row!.snapshot);
    return row!.snapshot;
  }

  /**
   * The snapshot a statement outside a transaction last reported (`currentSnapshot`, or a caller's `sawSnapshot`): an
   * answer kept under another snapshot is known to be out of date (snapshots only move on), one kept under this one
   * probably is not — a caller may then use it at once and check it by the snapshot of the statement it runs.
   */
  get lastSnapshotSeen(): string | undefined {
    return this.latestSnapshot;
  }

  /** Notes the snapshot a statement outside a transaction ran in (`pg_current_snapshot()` in its answer). */
  sawSnapshot(snapshot: string): void {
    this.latestSnapshot = snapshot;
  }

  private latestSnapshot: string | undefined;

  /** True when called inside `transaction()`. */
  get inTransaction(): boolean {
    return storage.getStore() !== undefined;
  }

  /**
   * Runs `work` in one transaction. Nested calls join the outer transaction.
   * Callbacks registered with `afterCommit` run once it has committed.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (storage.getStore()) return work();
    const afterCommit: TransactionContext['afterCommit'] = [];
    const last = beforeCommit.getStore();
    const hooked = last !== undefined && !last.ran;
    if (hooked) last.ran = true;
    let result: T;
    try {
      result = await this.dataSource.transaction((manager) =>
        storage.run({ manager, afterCommit }, async () => {
          const value = await work();
          if (hooked) await last.work();
          return value;
        }),
      );
    } catch (error) {
      if (hooked) last.ran = false; // rolled back with the transaction
      throw error;
    }
    for (const callback of afterCommit) {
      try {
        await callback();
      } catch (error) {
        // The work is committed; whatever the callback failed to do (e.g. enqueue) is redone by the sweeper.
        this.logger.warn(`after-commit callback failed: ${(error as Error).message}`);
      }
    }
    return result;
  }

  /**
   * Runs `work` in a transaction of its own, even when called inside another one: what it writes
   * stays committed if the surrounding transaction rolls back (a failed login's counter, the
   * audit row of a failed request). It takes a second pooled connection while the outer one is held.
   */
  independentTransaction<T>(work: () => Promise<T>): Promise<T> {
    return storage.exit(() => beforeCommit.exit(() => this.transaction(work)));
  }

  /**
   * Runs `work` outside any transaction, holding no connection until it opens one; the first
   * transaction it opens runs `last` just before committing, so what `last` writes (an audit row)
   * commits or rolls back with `work`'s writes. Answers whether that happened: when `work` opened no
   * transaction, the caller still has to write its part.
   */
  async withBeforeCommit<T>(last: () => Promise<void>, work: () => Promise<T>): Promise<{ result: T; ranLast: boolean }> {
    const hook: BeforeCommit = { work: last, ran: false };
    const result = await storage.exit(() => beforeCommit.run(hook, work));
    return { result, ranLast: hook.ran };
  }

  /**
   * Runs `work` with one consistent view of the database: every read passed to `read` runs in the
   * same REPEATABLE READ, READ ONLY transaction on one connection, so a long read in pages (an
   * export) sees the data as it was when the first page was read, whatever is committed meanwhile.
   * Code outside `read` (progress updates…) keeps using the pool and commits at once.
   */
  async readSnapshot<T>(work: (read: <R>(query: () => Promise<R>) => Promise<R>) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      const context: TransactionContext = { manager: runner.manager, afterCommit: [] };
      const result = await work((query) => storage.run(context, query));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Runs `callback` after the running transaction commits (at once when there is none). */
  async afterCommit(callback: () => Promise<unknown> | unknown): Promise<void> {
    const context = storage.getStore();
    if (context) context.afterCommit.push(callback);
    else await callback();
  }
}
