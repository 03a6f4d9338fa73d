import pg from 'pg';

/**
 * The plan PostgreSQL runs `sql` by when it is prepared and on its generic plan (made without the values: what a
 * prepared statement may switch to after five executions), with ANALYZE when `analyze`; EXPLAIN's JSON plan root.
 */
export async function genericPlan<P>(url: string, sql: string, params: unknown[], analyze = false): Promise<P> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET plan_cache_mode = force_generic_plan');
    await client.query(`PREPARE generic_statement AS ${sql}`);
    const literal = (v: unknown) =>
      v === null ? 'NULL' : typeof v === 'number' ? String(v) : client.escapeLiteral(Array.isArray(v) ? `{${v.map((x) => `"${String(x)}"`).join(',')}}` : String(v));
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: P }> }>(
      `EXPLAIN (${analyze ? 'ANALYZE, ' : ''}FORMAT JSON) EXECUTE generic_statement${params.length ? `(${params.map(literal).join(', ')})` : ''}`,
    );
    return rows[0]!['QUERY PLAN'][0]!.Plan;
  } finally {
    await client.end();
  }
}
