import { AppConfig } from '../config/app-config.js';
import { withDatabase } from './database-url.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ensureDatabase } from './migrate.js';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise a real embedded PostgreSQL under DATA_DIR. */
export async function resolveDatabase(config: AppConfig, log: (m: string) => void): Promise<ResolvedDatabase> {
  if (config.DATABASE_URL) {
    await ensureDatabase(config.DATABASE_URL);
    return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(config.DATA_DIR, log);
  const url = withDatabase(embedded.url, 'xujing');
  await ensureDatabase(url);
  return { url, embedded: true, stop: () => embedded.stop() };
}
