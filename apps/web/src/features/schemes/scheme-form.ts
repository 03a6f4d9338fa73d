import type { RuleKindValue } from './scheme-labels';

/**
 * A scheme version as the editor holds it, and its conversion to and from the version the api stores
 * (the shape of libs/compensation's `SchemeItem`). The form keeps every rule kind's fields side by side
 * so switching an item's kind back and forth loses nothing; `toItems` keeps only the chosen kind's.
 */
export interface BandValues {
  fromAge?: number | null;
  toAge?: number | null;
  factor?: string;
}

export interface FactorTableValues {
  by?: 'structure' | 'age' | 'structure_age';
  name?: string;
  ageCountedToYear?: number | null;
  /** by structure: structure code → factor. */
  factors?: Record<string, string | undefined>;
  /** by age. */
  bands?: BandValues[];
  /** by structure and age: structure code → bands. */
  bandsByStructure?: Record<string, BandValues[] | undefined>;
}

export interface WindowValues {
  until?: string;
  amount?: string;
}

export interface RuleValues {
  kind?: RuleKindValue;
  area?: string;
  unitPrice?: string;
  factors?: FactorTableValues[];
  amount?: string;
  months?: number | null;
  percent?: string;
  of?: string[];
  condition?: { kind?: 'signed_by' | 'no_unlicensed_area' | 'household_flag'; windows?: WindowValues[]; amount?: string; flag?: string };
}

export interface ItemValues {
  code?: string;
  name?: string;
  appliesTo?: string[];
  /** The agreement's 搬家费 / 临时安置费, when the item is one of them. */
  role?: 'moving_fee' | 'temporary_resettlement_fee' | null;
  min?: string;
  max?: string;
  rule?: RuleValues;
}

export interface SwapValues {
  /** Whether the version offers 产权调换 at all. */
  offered?: boolean;
  areaPerPerson?: string;
  resettlementPrice?: string;
  bandsBeyond?: Array<{ width?: string; price?: string }>;
  maxBeyond?: string;
}

export interface VersionValues {
  name?: string;
  /** `YYYY-MM-DD`. */
  effectiveOn?: string;
  items: ItemValues[];
  swap?: SwapValues;
}

/** One item as the api stores it (kept loose: the api validates and answers 422 naming the item). */
export type StoredItem = Record<string, unknown> & { code: string; name: string; appliesTo: string[]; rule: Record<string, unknown> };

const text = (v: string | undefined | null) => (v ?? '').trim();
const optional = (v: string | undefined | null) => (text(v) === '' ? undefined : text(v));

function band(b: BandValues) {
  return { fromAge: b.fromAge ?? 0, ...(b.toAge === null || b.toAge === undefined ? {} : { toAge: b.toAge }), factor: text(b.factor) };
}

function factorTable(t: FactorTableValues): Record<string, unknown> {
  const base = { by: t.by, name: text(t.name) };
  if (t.by === 'structure') {
    const factors = Object.fromEntries(
      Object.entries(t.factors ?? {})
        .filter(([, f]) => text(f) !== '')
        .map(([s, f]) => [s, text(f)]),
    );
    return { ...base, factors };
  }
  if (t.by === 'age') return { ...base, ageCountedToYear: t.ageCountedToYear, bands: (t.bands ?? []).map(band) };
  const bands = Object.fromEntries(
    Object.entries(t.bandsByStructure ?? {})
      .filter(([, list]) => (list ?? []).length > 0)
      .map(([s, list]) => [s, (list ?? []).map(band)]),
  );
  return { ...base, ageCountedToYear: t.ageCountedToYear, bands };
}

function rule(r: RuleValues): Record<string, unknown> {
  switch (r.kind) {
    case 'per_area':
      return {
        kind: r.kind,
        area: r.area,
        unitPrice: text(r.unitPrice),
        ...(r.factors?.length ? { factors: r.factors.map(factorTable) } : {}),
      };
    case 'per_household':
    case 'per_person':
      return { kind: r.kind, amount: text(r.amount) };
    case 'per_person_month':
      return { kind: r.kind, amount: text(r.amount), months: r.months };
    case 'percentage':
      return { kind: r.kind, percent: text(r.percent), of: r.of ?? [] };
    case 'fixed_if': {
      const c = r.condition ?? {};
      if (c.kind === 'signed_by')
        return {
          kind: r.kind,
          condition: { kind: c.kind, windows: (c.windows ?? []).map((w) => ({ until: text(w.until), amount: text(w.amount) })) },
        };
      if (c.kind === 'household_flag') return { kind: r.kind, condition: { kind: c.kind, flag: c.flag, amount: text(c.amount) } };
      return { kind: r.kind, condition: { kind: c.kind, amount: text(c.amount) } };
    }
    default:
      return { kind: r.kind };
  }
}

/** The form's items as the api stores them, in the order shown. */
export function toItems(values: VersionValues): StoredItem[] {
  return (values.items ?? []).map((i) => ({
    code: text(i.code),
    name: text(i.name),
    appliesTo: i.appliesTo ?? [],
    ...(i.role ? { role: i.role } : {}),
    ...(optional(i.min) ? { min: optional(i.min) } : {}),
    ...(optional(i.max) ? { max: optional(i.max) } : {}),
    rule: rule(i.rule ?? {}),
  }));
}

/** Stored items are read loosely: the api validated them when they were saved. */
type Loose = Record<string, any>;

function bandValues(list: unknown): BandValues[] {
  return Array.isArray(list) ? list.map((b: Loose) => ({ fromAge: b.fromAge ?? null, toAge: b.toAge ?? null, factor: b.factor })) : [];
}

function tableValues(t: Loose): FactorTableValues {
  if (t.by === 'structure') return { by: 'structure', name: t.name, factors: { ...(t.factors ?? {}) } };
  if (t.by === 'age') return { by: 'age', name: t.name, ageCountedToYear: t.ageCountedToYear, bands: bandValues(t.bands) };
  const byStructure = Object.fromEntries(Object.entries((t.bands ?? {}) as Loose).map(([s, list]) => [s, bandValues(list)]));
  return { by: 'structure_age', name: t.name, ageCountedToYear: t.ageCountedToYear, bandsByStructure: byStructure };
}

/** A stored version's items as the form holds them. */
export function fromItems(items: ReadonlyArray<Loose>): ItemValues[] {
  return items.map((i) => {
    const r = (i.rule ?? {}) as Loose;
    return {
      code: i.code,
      name: i.name,
      appliesTo: i.appliesTo ?? [],
      role: i.role ?? undefined,
      min: i.min ?? undefined,
      max: i.max ?? undefined,
      rule: {
        kind: r.kind,
        area: r.area,
        unitPrice: r.unitPrice,
        factors: Array.isArray(r.factors) ? r.factors.map(tableValues) : [],
        amount: r.amount,
        months: r.months ?? null,
        percent: r.percent,
        of: r.of ?? [],
        condition: r.condition ? { ...r.condition, windows: r.condition.windows ?? [] } : undefined,
      },
    };
  });
}

/** The version's 产权调换 pricing as the api stores it, or null when none is offered. */
export function toSwapPricing(v: SwapValues | undefined): Record<string, unknown> | null {
  if (!v?.offered) return null;
  return {
    areaPerPerson: text(v.areaPerPerson),
    resettlementPrice: text(v.resettlementPrice),
    bandsBeyond: (v.bandsBeyond ?? []).map((b) => ({ width: optional(b.width) ?? null, price: text(b.price) })),
    ...(optional(v.maxBeyond) ? { maxBeyond: optional(v.maxBeyond) } : {}),
  };
}

/** Stored swap pricing as the form holds it. */
export function fromSwapPricing(p: Loose | null | undefined): SwapValues {
  if (!p) return { offered: false, bandsBeyond: [] };
  return {
    offered: true,
    areaPerPerson: p.areaPerPerson,
    resettlementPrice: p.resettlementPrice,
    bandsBeyond: Array.isArray(p.bandsBeyond) ? p.bandsBeyond.map((b: Loose) => ({ width: b.width ?? undefined, price: b.price })) : [],
    maxBeyond: p.maxBeyond ?? undefined,
  };
}

/** A new item's starting values: a per-household amount for households. */
export function newItem(): ItemValues {
  return { code: '', name: '', appliesTo: ['household'], rule: { kind: 'per_household', amount: '' } };
}

/**
 * The api's validation problems by item index (0-based), from a 422's details: each names its item by
 * a field path `items[N]` (or `items.N`, or an `itemIndex`). Problems of the version as a whole (no item,
 * are under -1, those of its 产权调换 pricing under SWAP_PROBLEMS.
 */
export const SWAP_PROBLEMS = -2;

export function problemsByItem(details: unknown): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!Array.isArray(details)) return out;
  for (const d of details as Array<Loose | null>) {
    if (typeof d?.message !== 'string') continue;
    let index = typeof d.itemIndex === 'number' ? d.itemIndex : -1;
    const path = typeof d.field === 'string' ? /^items(?:\.|\[)(\d+)/.exec(d.field) : null;
    if (index < 0 && path) index = Number(path[1]);
    if (index < 0 && typeof d.field === 'string' && d.field.startsWith('swapPricing')) index = SWAP_PROBLEMS;
    out.set(index, [...(out.get(index) ?? []), d.message]);
  }
  return out;
}
