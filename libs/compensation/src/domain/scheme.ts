import type { SubjectType } from '@app/cases';
import type { HouseStructure } from '@app/subjects';

/**
 * A compensation scheme version (补偿方案版本) as data: an ordered list of items, each a rule an admin
 * enters. Every rate is scheme data, never a constant in code. Amounts and prices are yuan as decimal
 * text at most to the fen (`"1850.00"`); areas are m² as decimal text; dates are `YYYY-MM-DD`.
 */
export type Yuan = string;
export type SubjectKind = SubjectType;

/** The areas a rule can price. Households carry 证载/测绘/认定 areas besides 合法/无证/宅基地. */
export const AREA_KINDS = ['certified', 'surveyed', 'recognised', 'licensed', 'unlicensed', 'homestead'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];
export const AREA_KIND_LABELS: Record<AreaKind, string> = {
  certified: '证载面积',
  surveyed: '测绘面积',
  recognised: '认定面积',
  licensed: '合法面积',
  unlicensed: '无证面积',
  homestead: '宅基地面积',
};

/** Household circumstances a fixed amount can depend on. */
export const HOUSEHOLD_FLAGS = ['low_income', 'disabled', 'only_child'] as const;
export type HouseholdFlag = (typeof HOUSEHOLD_FLAGS)[number];
export const HOUSEHOLD_FLAG_LABELS: Record<HouseholdFlag, string> = { low_income: '低保', disabled: '残疾', only_child: '独生子女' };

/** A band of building ages in whole years, both ends included; only the last band may be open (`toAge` absent). */
export interface AgeBand {
  fromAge: number;
  toAge?: number;
  factor: string;
}

/**
 * A factor table multiplied into a per-area amount: by structure (结构), by building age (成新), or by
 * both. Age is counted in whole years from the year built to `ageCountedToYear` (the scheme's 评估时点),
 * so a calculation does not change with the day it is run.
 */
export type FactorTable =
  | { by: 'structure'; name: string; factors: Partial<Record<HouseStructure, string>> }
  | { by: 'age'; name: string; ageCountedToYear: number; bands: AgeBand[] }
  | { by: 'structure_age'; name: string; ageCountedToYear: number; bands: Partial<Record<HouseStructure, AgeBand[]>> };

/** A signing window: signed on or before `until` earns `amount`; windows run earliest first, amounts decreasing. */
export interface SigningWindow {
  until: string;
  amount: Yuan;
}

export type FixedCondition =
  /** 签约奖励/早签奖励: the first window the signing date falls in. */
  | { kind: 'signed_by'; windows: SigningWindow[] }
  /** 无违建奖励: no unlicensed area. */
  | { kind: 'no_unlicensed_area'; amount: Yuan }
  /** 低保, 残疾, 独生子女. */
  | { kind: 'household_flag'; flag: HouseholdFlag; amount: Yuan };

export type SchemeRule =
  | { kind: 'per_area'; area: AreaKind; unitPrice: Yuan; factors?: FactorTable[] }
  | { kind: 'per_household'; amount: Yuan }
  /** Per recognised person (认定人口). */
  | { kind: 'per_person'; amount: Yuan }
  /** Per recognised person per month, for `months` months (临时安置费). */
  | { kind: 'per_person_month'; amount: Yuan; months: number }
  /** `percent` % (decimal text, 0–1000) of the sum of the named items' amounts (价格补贴). */
  | { kind: 'percentage'; percent: string; of: string[] }
  | { kind: 'fixed_if'; condition: FixedCondition }
  /** 停产停业损失: the enterprise's months × its monthly figure, both from its facts. */
  | { kind: 'months_x_monthly' }
  /** A fixed amount agreed for a facility or legacy base, supplied with the calculation's input. */
  | { kind: 'fixed_agreed' };

export type RuleKind = SchemeRule['kind'];

/**
 * What an item stands for in the agreement beyond its amount: the national regulation wants an agreement to
 * state the moving fee (搬家费) and the temporary-resettlement fee (临时安置费) on their own lines, so the
 * scheme marks which item is which (at most one item per role).
 */
export const ITEM_ROLES = ['moving_fee', 'temporary_resettlement_fee'] as const;
export type ItemRole = (typeof ITEM_ROLES)[number];
export const ITEM_ROLE_LABELS: Record<ItemRole, string> = { moving_fee: '搬家费', temporary_resettlement_fee: '临时安置费' };

export interface SchemeItem {
  code: string;
  name: string;
  appliesTo: SubjectKind[];
  /** The agreement's 搬家费 or 临时安置费, when the item is one of them. */
  role?: ItemRole;
  /** Bounds on the line's amount in yuan, applied before rounding to the fen. */
  min?: Yuan;
  max?: Yuan;
  rule: SchemeRule;
}

export interface SchemeVersion {
  items: SchemeItem[];
}

/** An item's name for messages: `第3项 价格补贴（JG-BT）`. */
export function itemLabel(item: Pick<SchemeItem, 'code' | 'name'>, index: number): string {
  return `第${index + 1}项 ${item.name}（${item.code}）`;
}
