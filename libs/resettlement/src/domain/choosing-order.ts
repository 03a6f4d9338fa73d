import { createHash } from 'node:crypto';

/** The name of the ordering algorithm, printed with every published order. */
export const ORDER_ALGORITHM = 'xj-order-v1';

/** What the algorithm does, in the words printed on the published list and in its export. */
export const ORDER_ALGORITHM_DESCRIPTION =
  '按签约顺序号从小到大排列；签约顺序号相同（不同项目各自编号）时，按“SHA-256(种子 + \':\' + 案件编号)”的十六进制值从小到大排列。' +
  '种子在选房轮次创建时即固定并公布，任何人可用公布的种子、案件编号和签约顺序号重新计算顺序；顺序哈希为对算法名、种子和全部顺序行的 SHA-256。';

/** One household's published inputs to the order. */
export interface OrderInput {
  /** 案件编号 (the household's 户编号). */
  caseRef: string;
  /** 签约顺序号. */
  sequenceNo: number;
}

export interface OrderedEntry<T extends OrderInput> {
  position: number;
  item: T;
  /** The tie-breaking key: SHA-256(seed + ':' + caseRef), hex. */
  tieKey: string;
}

const SEED = /^[0-9A-Za-z_-]{1,128}$/;

/** Why a seed cannot be used (null when it can): 1–128 letters, digits, `-` or `_` (e.g. a lottery number or 64 hex digits). */
export function seedProblem(seed: string): string | null {
  return SEED.test(seed) ? null : '种子只能由 1–128 位字母、数字、“-”或“_”组成';
}

/** SHA-256(seed + ':' + caseRef) as 64 lower-case hex digits. */
export function tieKey(seed: string, caseRef: string): string {
  return createHash('sha256').update(`${seed}:${caseRef}`, 'utf8').digest('hex');
}

/**
 * `xj-order-v1`: by 签约顺序号 ascending; equal numbers (from different projects) by the tie key ascending, and
 * (never expected) equal keys by case ref. Positions are 1-based. Pure: the same inputs give the same order.
 */
export function choosingOrder<T extends OrderInput>(seed: string, participants: readonly T[]): Array<OrderedEntry<T>> {
  const keyed = participants.map((item) => ({ item, tieKey: tieKey(seed, item.caseRef) }));
  keyed.sort(
    (a, b) =>
      a.item.sequenceNo - b.item.sequenceNo ||
      (a.tieKey < b.tieKey ? -1 : a.tieKey > b.tieKey ? 1 : 0) ||
      (a.item.caseRef < b.item.caseRef ? -1 : a.item.caseRef > b.item.caseRef ? 1 : 0),
  );
  return keyed.map((k, i) => ({ position: i + 1, item: k.item, tieKey: k.tieKey }));
}

/** A row of a published order. */
export interface PublishedRow extends OrderInput {
  position: number;
}

/**
 * SHA-256 over the canonical published inputs and the order: the algorithm's name, the seed, then one line per
 * position `position|caseRef|sequenceNo`, joined by newlines (UTF-8).
 */
export function orderHash(algorithm: string, seed: string, rows: readonly PublishedRow[]): string {
  const sorted = [...rows].sort((a, b) => a.position - b.position);
  const text = [algorithm, seed, ...sorted.map((r) => `${r.position}|${r.caseRef}|${r.sequenceNo}`)].join('\n');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface OrderVerification {
  /** True when the published order is the one the algorithm gives and the hash (when given) matches. */
  consistent: boolean;
  /** Positions whose published household differs from the recomputed one. */
  differingPositions: number[];
  recomputedHash: string;
  hashMatches: boolean | null;
  recomputed: PublishedRow[];
}

/** Recomputes a published order from its inputs (seed, case refs, 签约顺序号) and compares it row by row. */
export function verifyOrder(published: { algorithm: string; seed: string; orderHash?: string | null; rows: readonly PublishedRow[] }): OrderVerification {
  const recomputed = choosingOrder(published.seed, published.rows).map((e) => ({ position: e.position, caseRef: e.item.caseRef, sequenceNo: e.item.sequenceNo }));
  const byPosition = new Map(published.rows.map((r) => [r.position, r]));
  const differingPositions: number[] = [];
  for (const r of recomputed) {
    const p = byPosition.get(r.position);
    if (!p || p.caseRef !== r.caseRef || p.sequenceNo !== r.sequenceNo) differingPositions.push(r.position);
  }
  for (const p of published.rows) if (p.position < 1 || p.position > recomputed.length) differingPositions.push(p.position);
  const recomputedHash = orderHash(published.algorithm, published.seed, recomputed);
  const hashMatches = published.orderHash ? published.orderHash === recomputedHash : null;
  const algorithmKnown = published.algorithm === ORDER_ALGORITHM;
  return {
    consistent: algorithmKnown && differingPositions.length === 0 && hashMatches !== false,
    differingPositions: [...new Set(differingPositions)].sort((a, b) => a - b),
    recomputedHash,
    hashMatches,
    recomputed,
  };
}
