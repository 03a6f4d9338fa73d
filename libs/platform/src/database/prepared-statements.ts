import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';

/** Most statements one connection keeps prepared: past it, that connection's are dropped and prepared again as used. */
export const MAX_PREPARED_PER_CONNECTION = 200;

/** What node-postgres keeps of a connection's prepared statements (name → text): it prepares a name it has not seen. */
interface PreparedRecord {
  parsedStatements: Record<string, string>;
  submittedNamedStatements?: Record<string, string>;
}

/**
 * Reads that every request sends again with other values, run as named prepared statements: each connection parses and
 * plans such a statement once and then only binds its values (PostgreSQL moves to a generic plan after five executions
 * when it costs no more than the custom ones). For a page of a list that halves what PostgreSQL spends per request —
 * planning it cost more than running it. Only for statements whose generic plan is as good as a custom one (every
 * condition an index can use as well with a parameter as with a value: equalities, ranges, arrays): a LIKE pattern is no
 * index range until its value is known, so a search stays unprepared (see the plan tests, which EXPLAIN the generic plans).
 *
 * Bounded: a connection that holds `maxPerConnection` statements drops them all (DEALLOCATE ALL) before the next. A
 * statement's name is a digest of its text, so whoever runs a text on a connection names it alike. A
 * statement whose tables changed shape since it was prepared (a migration while this process runs: PostgreSQL refuses
 * the kept plan, 0A000) is dropped and run unprepared once more.
 */
export class PreparedStatements {
  constructor(
    private readonly pool: Pool,
    private readonly maxPerConnection = MAX_PREPARED_PER_CONNECTION,
  ) {}

  /** Runs `sql` with `params` as a prepared statement on a connection of the pool; its rows. */
  async query<R>(sql: string, params: unknown[]): Promise<R[]> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      const record = (client as unknown as { connection: PreparedRecord }).connection;
      if (Object.keys(record.parsedStatements).length >= this.maxPerConnection) await forget(client, record);
      try {
        return (await client.query<R & object>({ name: nameOf(sql), text: sql, values: params })).rows;
      } catch (error) {
        if ((error as { code?: string }).code !== '0A000') throw error;
        await forget(client, record);
        return (await client.query<R & object>(sql, params)).rows;
      }
    } catch (error) {
      // An error PostgreSQL answered (it has a SQLSTATE) leaves the connection usable; any other may not.
      if (typeof (error as { code?: unknown }).code !== 'string') broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

/** The statement name of `sql`: a digest of its text (the same text, the same name; two texts, two names). */
function nameOf(sql: string): string {
  return `xj_${createHash('sha1').update(sql).digest('base64url')}`;
}

/** Drops every statement the connection has prepared, on the server and in node-postgres's record of them. */
async function forget(client: PoolClient, record: PreparedRecord): Promise<void> {
  await client.query('DEALLOCATE ALL');
  record.parsedStatements = {};
  if (record.submittedNamedStatements) record.submittedNamedStatements = {};
}
