/** Replaces the database name in a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The database name in a PostgreSQL URL. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/**
 * How a PostgreSQL URL reaches its server, for the benchmarks' headers: the Unix socket a `host=` folder names
 * (`?host=/var/run/postgresql`), or the TCP host and port.
 */
export function databaseTransport(url: string): string {
  const u = new URL(url);
  const port = u.port || '5432';
  const folder = u.searchParams.get('host');
  if (folder?.startsWith('/')) return `Unix socket ${folder.replace(/\/$/, '')}/.s.PGSQL.${port}`;
  return `TCP ${folder || u.hostname || 'localhost'}:${port}`;
}
