import dayjs from 'dayjs';

/** Dates as `YYYY-MM-DD`; an empty value as `—`. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD') : '—';
}

/** Date and time as `YYYY-MM-DD HH:mm` in the browser's (Shanghai) time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : '—';
}

const twoDecimals = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Areas as `123.45 ㎡` (the api sends decimal strings). */
export function formatArea(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = Number(value);
  return Number.isFinite(n) ? `${twoDecimals.format(n)} ㎡` : '—';
}

/** Money as `¥1,234,567.89` (the api sends decimal strings; no float arithmetic is done here). */
export function formatMoney(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = String(value).trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return '—';
  const [, sign, whole, fraction = ''] = match;
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${grouped}.${(fraction + '00').slice(0, 2)}`;
}

/** A plain count with thousands separators. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('zh-CN');
}
