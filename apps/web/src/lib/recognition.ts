import type { RecognitionBasis } from '../api/views';

/** How a household member came to be recognised (认定人口): the basis the api records, in Chinese. */
export const RECOGNITION_BASIS_LABELS: Record<RecognitionBasis, string> = {
  household_register: '户籍',
  marriage: '婚入',
  birth: '新生',
  other: '其他',
};

export const RECOGNITION_BASIS_OPTIONS = Object.entries(RECOGNITION_BASIS_LABELS).map(([value, label]) => ({
  value: value as RecognitionBasis,
  label,
}));

/** A member's recognition as one phrase: `户籍（户口簿）`, or 未认定. */
export function recognitionText(basis: RecognitionBasis | null | undefined, evidence?: string | null): string {
  if (!basis) return '未认定';
  return `${RECOGNITION_BASIS_LABELS[basis]}${evidence ? `（${evidence}）` : ''}`;
}
