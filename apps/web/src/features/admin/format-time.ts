/**
 * An api time (`2013-01-22T09:30:05+08:00`) as `2013-01-22 09:30:05`: Shanghai time as the api
 * wrote it, whatever the browser's time zone; an empty value as `—`.
 */
export function formatApiTime(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(value);
  return match ? `${match[1]} ${match[2]}` : value;
}
