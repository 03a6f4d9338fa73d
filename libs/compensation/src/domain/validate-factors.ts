import { HOUSE_STRUCTURE_LABELS, HOUSE_STRUCTURES, type HouseStructure } from '@app/subjects';
import type { AgeBand, FactorTable } from './scheme.js';

/** A problem in a factor table, in Chinese, without the item's label (the caller adds it). */
export interface FactorProblem {
  problem: 'invalid_factor' | 'unknown_structure' | 'invalid_year' | 'empty_bands' | 'invalid_band' | 'band_overlap' | 'band_gap';
  message: string;
}

const FACTOR_TEXT = /^\d+(\.\d+)?$/;
const isWholeNumber = (value: unknown, min: number): value is number => Number.isInteger(value) && (value as number) >= min;
const yearsText = (from: number, to: number): string => (from === to ? `${from} 年` : `${from}–${to} 年`);
const bandText = (band: AgeBand): string => (band.toAge === undefined ? `${band.fromAge} 年以上` : `${band.fromAge}–${band.toAge} 年`);

/** A factor is non-negative decimal text; a negative one is named as such. */
export function factorProblem(what: string, value: unknown): FactorProblem | null {
  if (typeof value === 'string' && FACTOR_TEXT.test(value)) return null;
  if (typeof value === 'string' && /^-\d+(\.\d+)?$/.test(value))
    return { problem: 'invalid_factor', message: `${what}系数不能为负数：${value}` };
  return { problem: 'invalid_factor', message: `${what}系数不是有效的数字：${String(value)}` };
}

/**
 * Age bands must cover every age from 0 without gaps or overlaps: sorted by their first year, each
 * starts the year after the previous ends, and only the last may be open-ended.
 */
export function ageBandProblems(what: string, bands: AgeBand[] | undefined): FactorProblem[] {
  if (!Array.isArray(bands) || bands.length === 0) return [{ problem: 'empty_bands', message: `${what}没有任何年限档` }];
  const problems: FactorProblem[] = [];
  for (const band of bands) {
    if (!isWholeNumber(band.fromAge, 0) || (band.toAge !== undefined && (!isWholeNumber(band.toAge, 0) || band.toAge < band.fromAge))) {
      problems.push({ problem: 'invalid_band', message: `${what}年限档 ${band.fromAge}–${band.toAge ?? ''} 年无效` });
    }
    const factor = factorProblem(`${what}${bandText(band)}`, band.factor);
    if (factor) problems.push(factor);
  }
  if (problems.length) return problems;
  const sorted = [...bands].sort((a, b) => a.fromAge - b.fromAge);
  if (sorted[0].fromAge > 0) {
    problems.push({ problem: 'band_gap', message: `${what}缺少 ${yearsText(0, sorted[0].fromAge - 1)}的年限档` });
  }
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1];
    const band = sorted[i];
    const previousEnd = previous.toAge ?? Number.POSITIVE_INFINITY;
    if (band.fromAge <= previousEnd) {
      problems.push({ problem: 'band_overlap', message: `${what}年限档 ${bandText(band)}与 ${bandText(previous)}重叠` });
    } else if (band.fromAge > previousEnd + 1) {
      problems.push({
        problem: 'band_gap',
        message: `${what}年限档 ${bandText(previous)}与 ${bandText(band)}之间缺少 ${yearsText(previousEnd + 1, band.fromAge - 1)}`,
      });
    }
  }
  return problems;
}

function structureKeyProblems(what: string, keys: string[]): FactorProblem[] {
  if (keys.length === 0) return [{ problem: 'unknown_structure', message: `${what}没有任何房屋结构` }];
  return keys
    .filter((key) => !(HOUSE_STRUCTURES as readonly string[]).includes(key))
    .map((key) => ({ problem: 'unknown_structure' as const, message: `${what}有未知的房屋结构：${key}` }));
}

/** Every problem in one factor table. */
export function factorTableProblems(table: FactorTable): FactorProblem[] {
  const what = table.name?.trim() ? `${table.name}表` : '系数表';
  const problems: FactorProblem[] = [];
  if (table.by !== 'structure') {
    if (!isWholeNumber(table.ageCountedToYear, 1900) || table.ageCountedToYear > 2100) {
      problems.push({ problem: 'invalid_year', message: `${what}的年限计算年份无效：${String(table.ageCountedToYear)}` });
    }
  }
  switch (table.by) {
    case 'structure': {
      const keys = Object.keys(table.factors ?? {});
      problems.push(...structureKeyProblems(what, keys));
      for (const key of keys.filter((k): k is HouseStructure => (HOUSE_STRUCTURES as readonly string[]).includes(k))) {
        const factor = factorProblem(`${what}${HOUSE_STRUCTURE_LABELS[key]}`, table.factors[key]);
        if (factor) problems.push(factor);
      }
      return problems;
    }
    case 'age':
      return [...problems, ...ageBandProblems(what, table.bands)];
    case 'structure_age': {
      const keys = Object.keys(table.bands ?? {});
      problems.push(...structureKeyProblems(what, keys));
      for (const key of keys.filter((k): k is HouseStructure => (HOUSE_STRUCTURES as readonly string[]).includes(k))) {
        problems.push(...ageBandProblems(`${what}（${HOUSE_STRUCTURE_LABELS[key]}）`, table.bands[key]));
      }
      return problems;
    }
    default:
      return [{ problem: 'invalid_factor', message: `未知的系数表类型：${String((table as { by: unknown }).by)}` }];
  }
}
