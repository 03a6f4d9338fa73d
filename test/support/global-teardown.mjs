import pg from 'pg';

/** Drops this run's template and any database a crashed test file left behind; stops the embedded server. */
export default async function globalTeardown() {
  const url = process.env.XJ_TEST_ADMIN_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const run = process.env.XJ_TEST_RUN;
    const leftovers = await client.query(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
      [`xj\\_t\\_${run}\\_%`, process.env.XJ_TEST_TEMPLATE],
    );
    for (const { datname } of leftovers.rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  }
  await globalThis.__XJ_EMBEDDED__?.stop();
}
