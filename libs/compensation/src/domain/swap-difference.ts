import { Dec } from '@app/platform';
import { formatDecimal, formatYuan, roundToFen, type Fen } from './money.js';
import type { Yuan } from './scheme.js';

/** A price band for area beyond the entitlement: `width` m² (the last may be unlimited: null) at `price` 元/m². */
export interface SwapBand {
  width: string | null;
  price: Yuan;
}

/** Swap (产权调换) pricing, scheme data: entitlement per recognised person and the prices. */
export interface SwapPricing {
  /** 人均安置面积, m². */
  areaPerPerson: string;
  /** 安置价, 元/m², for area within the entitlement. */
  resettlementPrice: Yuan;
  /** Bands beyond the entitlement, in order (e.g. first 15 m² at a mark-up, the next 15 m² higher, then market price). */
  bandsBeyond: SwapBand[];
  /** The most area beyond the entitlement a household may take, m²; the bands' total width when absent and all are finite. */
  maxBeyond?: string | null;
}

export interface SwapLine {
  label: string;
  area: string;
  price: string;
  /** `90.00 m² × 6,000.00 元/m²`. */
  words: string;
  amountFen: Fen;
}

export interface SwapDifference {
  entitlementArea: string;
  housingArea: string;
  beyondArea: string;
  lines: SwapLine[];
  housingValueFen: Fen;
  compensationFen: Fen;
  /** Compensation − housing value: positive is payable to the household, negative by the household. */
  differenceFen: Fen;
  direction: 'to_household' | 'by_household' | 'none';
  /** `应付被征收户差价 12,345.67 元` / `被征收户应补交差价 …` / `差价为零`. */
  summary: string;
}

export type SwapResult = { ok: true; swap: SwapDifference } | { ok: false; message: string };

/**
 * The allocated units' own prices (元/m², to the fen): the 安置价 prices the area within the entitlement instead of
 * the scheme's resettlement price, and the 市场价 prices the last, unlimited band beyond it. Several units' prices
 * are averaged by area first (see `unitPrices`).
 */
export interface SwapUnitPrices {
  resettlementPrice: Yuan;
  marketPrice: Yuan;
}

const AREA = /^\d+(\.\d+)?$/;
const PRICE = /^\d+(\.\d{1,2})?$/;
const m2 = (area: Dec): string => `${formatDecimal(area)} m²`;

function pricingProblem(pricing: SwapPricing): string | null {
  if (!AREA.test(pricing.areaPerPerson?.trim() ?? '') || new Dec(pricing.areaPerPerson.trim()).isZero())
    return `人均安置面积无效：${String(pricing.areaPerPerson)}`;
  if (!PRICE.test(pricing.resettlementPrice?.trim() ?? '')) return `安置价无效：${String(pricing.resettlementPrice)}`;
  for (const [i, band] of pricing.bandsBeyond.entries()) {
    if (!PRICE.test(band.price?.trim() ?? '')) return `超面积第${i + 1}档价格无效：${String(band.price)}`;
    if (band.width === null && i < pricing.bandsBeyond.length - 1) return `只有最后一档超面积可以不限面积`;
    if (band.width !== null && (!AREA.test(band.width.trim()) || new Dec(band.width.trim()).isZero()))
      return `超面积第${i + 1}档面积无效：${band.width}`;
  }
  if (pricing.maxBeyond != null && !AREA.test(pricing.maxBeyond.trim())) return `超面积上限无效：${pricing.maxBeyond}`;
  return null;
}

function summaryOf(differenceFen: Fen): Pick<SwapDifference, 'direction' | 'summary'> {
  if (differenceFen > 0n) return { direction: 'to_household', summary: `应付被征收户差价 ${formatYuan(differenceFen)} 元` };
  if (differenceFen < 0n) return { direction: 'by_household', summary: `被征收户应补交差价 ${formatYuan(-differenceFen)} 元` };
  return { direction: 'none', summary: '差价为零' };
}

/**
 * The 产权调换 差价: entitlement = recognised persons × area per person; the housing taken is priced at
 * the resettlement price within the entitlement and band by band beyond it, each band line rounded
 * half-up to the fen; taking more beyond the entitlement than the cap allows is refused.
 */
export function swapDifference(
  pricing: SwapPricing,
  input: { compensationFen: Fen; recognisedPersons: number; housingArea: string; unitPrices?: SwapUnitPrices | null },
): SwapResult {
  if (input.unitPrices) {
    const { resettlementPrice, marketPrice } = input.unitPrices;
    if (!PRICE.test(resettlementPrice?.trim() ?? '')) return { ok: false, message: `房源安置价无效：${String(resettlementPrice)}` };
    if (!PRICE.test(marketPrice?.trim() ?? '')) return { ok: false, message: `房源市场价无效：${String(marketPrice)}` };
    const last = pricing.bandsBeyond.length - 1;
    pricing = {
      ...pricing,
      resettlementPrice: resettlementPrice.trim(),
      bandsBeyond: pricing.bandsBeyond.map((band, i) => (i === last && band.width === null ? { ...band, price: marketPrice.trim() } : band)),
    };
  }
  const problem = pricingProblem(pricing);
  if (problem) return { ok: false, message: problem };
  if (!Number.isInteger(input.recognisedPersons) || input.recognisedPersons < 0)
    return { ok: false, message: `认定人口无效：${input.recognisedPersons}` };
  if (!AREA.test(input.housingArea?.trim() ?? '') || new Dec(input.housingArea.trim()).isZero())
    return { ok: false, message: `安置房面积无效：${input.housingArea}` };

  const housing = new Dec(input.housingArea.trim());
  const entitlement = new Dec(pricing.areaPerPerson.trim()).times(input.recognisedPersons);
  const within = Dec.min(housing, entitlement);
  const beyond = Dec.max(housing.minus(entitlement), 0);
  const widths = pricing.bandsBeyond.map((b) => (b.width === null ? null : new Dec(b.width.trim())));
  const bandsCap = widths.includes(null) ? null : widths.reduce<Dec>((sum, w) => sum.plus(w!), new Dec(0));
  const cap = pricing.maxBeyond != null ? new Dec(pricing.maxBeyond.trim()) : bandsCap;
  if (cap !== null && beyond.greaterThan(cap)) {
    return { ok: false, message: `安置房面积 ${m2(housing)} 超出应安置面积 ${m2(entitlement)} 共 ${m2(beyond)}，超过允许的 ${m2(cap)}` };
  }
  if (bandsCap !== null && beyond.greaterThan(bandsCap)) {
    return { ok: false, message: `超出应安置面积 ${m2(beyond)}，超过各档超面积合计 ${m2(bandsCap)}` };
  }

  const line = (label: string, area: Dec, price: string): SwapLine => ({
    label,
    area: area.toFixed(),
    price,
    words: `${m2(area)} × ${formatYuan(roundToFen(new Dec(price)))} 元/m²`,
    amountFen: roundToFen(area.times(price)),
  });
  const lines: SwapLine[] = [];
  if (within.greaterThan(0)) lines.push(line('应安置面积内', within, pricing.resettlementPrice.trim()));
  let from = new Dec(0);
  for (const [i, band] of pricing.bandsBeyond.entries()) {
    if (!beyond.greaterThan(from)) break;
    const width = widths[i];
    const to = width === null ? beyond : Dec.min(beyond, from.plus(width));
    const label =
      width === null
        ? `超出应安置面积 ${formatDecimal(from, 0)} m² 以上`
        : `超出应安置面积 ${formatDecimal(from, 0)}–${formatDecimal(from.plus(width), 0)} m²`;
    lines.push(line(label, to.minus(from), band.price.trim()));
    from = to;
  }
  const housingValueFen = lines.reduce((sum, l) => sum + l.amountFen, 0n);
  const differenceFen = input.compensationFen - housingValueFen;
  return {
    ok: true,
    swap: {
      entitlementArea: entitlement.toFixed(),
      housingArea: housing.toFixed(),
      beyondArea: beyond.toFixed(),
      lines,
      housingValueFen,
      compensationFen: input.compensationFen,
      differenceFen,
      ...summaryOf(differenceFen),
    },
  };
}

/**
 * The prices several allocated units are priced at together: each price averaged over the units weighted by
 * their areas, rounded half-up to the fen (one unit: its own prices).
 */
export function unitPrices(units: ReadonlyArray<{ area: string; resettlementPrice: Yuan; marketPrice: Yuan }>): SwapUnitPrices | null {
  if (!units.length) return null;
  const area = units.reduce((sum, u) => sum.plus(u.area), new Dec(0));
  if (area.isZero()) return null;
  const average = (pick: (u: (typeof units)[number]) => string): string =>
    units.reduce((sum, u) => sum.plus(new Dec(u.area).times(pick(u))), new Dec(0)).dividedBy(area).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
  return { resettlementPrice: average((u) => u.resettlementPrice), marketPrice: average((u) => u.marketPrice) };
}
