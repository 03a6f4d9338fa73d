import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The same URL on another database. (Not @app/platform's: the floor phases load nothing of the application.) */
function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A throwaway database on DATABASE_URL's server, the local one on 5432, or an embedded one. */
export async function scratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  let server = process.env.DATABASE_URL ? withDatabase(process.env.DATABASE_URL, 'postgres') : 'postgres://postgres@127.0.0.1:5432/postgres';
  let stop = async () => undefined as void;
  if (!(await reachable(server))) {
    const { startEmbeddedPostgres } = await import('@app/platform');
    const embedded = await startEmbeddedPostgres('.data/bench');
    server = embedded.url;
    stop = () => embedded.stop();
  }
  const name = `xj_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabase(server, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      await stop();
    },
  };
}
