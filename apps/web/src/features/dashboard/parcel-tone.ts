import type { ParcelProgressView } from '../../api/views';

/** The parcel grid's colour steps, lightest (nothing vacated) to darkest (handed over), with their legend. */
export const PARCEL_TONES = [
  { key: 'empty', label: '无民房', background: '#fafafa', color: '#595959' },
  { key: 'p0', label: '腾地 < 25%', background: '#fff1f0', color: '#1f1f1f' },
  { key: 'p25', label: '腾地 25%–50%', background: '#fff7e6', color: '#1f1f1f' },
  { key: 'p50', label: '腾地 50%–75%', background: '#fcffe6', color: '#1f1f1f' },
  { key: 'p75', label: '腾地 ≥ 75%', background: '#d9f7be', color: '#1f1f1f' },
  { key: 'done', label: '已移交', background: '#389e0d', color: '#ffffff' },
] as const;

export type ParcelTone = (typeof PARCEL_TONES)[number];

/** A parcel's tone: handed over, else by its households' vacating rate. */
export function parcelTone(parcel: Pick<ParcelProgressView, 'status' | 'vacating'>): ParcelTone {
  if (parcel.status === 'handed_over') return PARCEL_TONES[5];
  const rate = parcel.vacating.rate;
  if (rate === null) return PARCEL_TONES[0];
  if (rate < 0.25) return PARCEL_TONES[1];
  if (rate < 0.5) return PARCEL_TONES[2];
  if (rate < 0.75) return PARCEL_TONES[3];
  return PARCEL_TONES[4];
}
