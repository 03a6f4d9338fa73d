import pg from 'pg';
import { PreparedStatements } from '../../libs/platform/src/database/prepared-statements.js';
import { createTestDatabase } from '../support/test-database.js';

/**
 * The request path's prepared statements (a request's session, a list's page) against a real PostgreSQL: one pooled
 * connection here, so what it holds prepared can be read back from `pg_prepared_statements`.
 */
describe('PreparedStatements (e2e)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: pg.Pool;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new pg.Pool({ connectionString: database.url, max: 1 });
    await pool.query(`CREATE TABLE prep_probe (id int PRIMARY KEY, name text NOT NULL)`);
    await pool.query(`INSERT INTO prep_probe SELECT g, 'n' || g FROM generate_series(1, 50) g`);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  const held = async () =>
    (
      await pool.query<{ statement: string }>(`SELECT statement FROM pg_prepared_statements WHERE NOT from_sql ORDER BY prepare_time`)
    ).rows.map((r) => r.statement);

  it('prepares a statement once per connection and runs it again with other values', async () => {
    const prepared = new PreparedStatements(pool, 10);
    const byId = 'SELECT name FROM prep_probe WHERE id = $1';
    expect(await prepared.query(byId, [7])).toEqual([{ name: 'n7' }]);
    expect(await prepared.query(byId, [8])).toEqual([{ name: 'n8' }]);
    expect(await held()).toEqual([byId]);
    // Another text, another statement; the first kept.
    const between = 'SELECT count(*)::int AS n FROM prep_probe WHERE id BETWEEN $1 AND $2';
    expect(await prepared.query(between, [1, 10])).toEqual([{ n: 10 }]);
    expect(await held()).toEqual([byId, between]);
  });

  it('holds at most its bound on a connection: past it, the connection drops them all and prepares again as used', async () => {
    await pool.query('DEALLOCATE ALL');
    const other = await pool.connect(); // node-postgres's record of the connection's statements must follow the server's
    (other as unknown as { connection: { parsedStatements: Record<string, string> } }).connection.parsedStatements = {};
    other.release();
    const prepared = new PreparedStatements(pool, 3);
    const texts = [1, 2, 3, 4].map((n) => `SELECT name, ${n} AS k FROM prep_probe WHERE id = $1`);
    for (const text of texts.slice(0, 3)) await prepared.query(text, [1]);
    expect(await held()).toHaveLength(3);
    expect(await prepared.query(texts[3]!, [2])).toEqual([{ name: 'n2', k: 4 }]);
    expect(await held()).toEqual([texts[3]]);
    // A dropped text is prepared again when it comes back, with its answer unchanged.
    expect(await prepared.query(texts[0]!, [3])).toEqual([{ name: 'n3', k: 1 }]);
    expect(await held()).toEqual([texts[3], texts[0]]);
  });

  it('answers with the new columns after a migration changed the table under a prepared statement', async () => {
    const prepared = new PreparedStatements(pool, 10);
    const whole = 'SELECT p.* FROM prep_probe p WHERE p.id = $1';
    expect(await prepared.query(whole, [5])).toEqual([{ id: 5, name: 'n5' }]);
    await pool.query(`ALTER TABLE prep_probe ADD COLUMN village text NOT NULL DEFAULT '二联村'`);
    expect(await prepared.query(whole, [5])).toEqual([{ id: 5, name: 'n5', village: '二联村' }]);
    // Prepared again from then on.
    expect(await prepared.query(whole, [6])).toEqual([{ id: 6, name: 'n6', village: '二联村' }]);
    expect(await held()).toEqual([whole]);
  });

  it("rejects with PostgreSQL's error and leaves the connection usable", async () => {
    const prepared = new PreparedStatements(pool, 10);
    await expect(prepared.query('SELECT name FROM prep_probe WHERE id = $1', ['not a number'])).rejects.toMatchObject({ code: '22P02' });
    expect(await prepared.query('SELECT name FROM prep_probe WHERE id = $1', [9])).toEqual([{ name: 'n9' }]);
    expect(pool.totalCount).toBe(1);
  });
});
