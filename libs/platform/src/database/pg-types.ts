import pg from 'pg';

/**
 * Calendar dates stay `YYYY-MM-DD` strings (a JS Date would shift them by the server's zone);
 * numerics and bigints stay strings so no value passes through floating point.
 */
export function installPgTypeParsers(): void {
  pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
}
