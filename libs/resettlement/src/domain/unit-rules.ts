import { HOLDING_STATUSES, UNIT_STATUS_LABELS, UNIT_STATUSES, type AllocationStatus, type UnitStatus } from './resettlement-labels.js';

/** The rules of a unit's own changes (freezing, imports); its holdings are the allocation's. */

/** Whether a unit is held by a household (reserved, allocated or delivered). */
export const isHeld = (status: UnitStatus): boolean => (HOLDING_STATUSES as readonly string[]).includes(status as AllocationStatus);

/** Why a unit in `status` may not be frozen (a Chinese message), or null: only an available unit is. */
export function freezeProblem(status: UnitStatus): string | null {
  if (status === 'frozen') return '该房源已冻结';
  if (status !== 'available') return `该房源${UNIT_STATUS_LABELS[status]}，只有可选的房源才能冻结`;
  return null;
}

/** Why a unit in `status` may not be unfrozen, or null. */
export function unfreezeProblem(status: UnitStatus): string | null {
  return status === 'frozen' ? null : `该房源${UNIT_STATUS_LABELS[status]}，未被冻结`;
}

/** What an import may set on a stored unit. */
export interface UnitFacts {
  area: string;
  resettlementPrice: string;
  marketPrice: string;
}

/** Why an import may not change a stored unit's facts (a Chinese message), or null: a held unit keeps its area and prices. */
export function unitImportLock(status: UnitStatus, stored: UnitFacts, row: UnitFacts, unitName: string): string | null {
  if (!isHeld(status)) return null;
  const changed = [
    stored.area !== row.area ? '建筑面积' : null,
    stored.resettlementPrice !== row.resettlementPrice ? '安置价' : null,
    stored.marketPrice !== row.marketPrice ? '市场价' : null,
  ].filter((f): f is string => f !== null);
  return changed.length ? `房源 ${unitName} ${UNIT_STATUS_LABELS[status]}，不能再修改${changed.join('、')}` : null;
}

/** Units per status, every status present (0 when none). */
export type StatusCounts = Record<UnitStatus, number>;

export function statusCounts(rows: Iterable<{ status: UnitStatus; units: number }>): StatusCounts {
  const counts = Object.fromEntries(UNIT_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const row of rows) counts[row.status] += row.units;
  return counts;
}

/** The column a unit takes in its floor's row: its 室号 without the floor, e.g. `1502` on floor 15 → `02`. */
export function unitPosition(unitNo: string, floor: number): string {
  const prefix = String(floor);
  return unitNo.startsWith(prefix) && unitNo.length > prefix.length ? unitNo.slice(prefix.length) : unitNo;
}

/** A building's 房源图: floors top first, each with its units in the building's column order (null where a floor has none). */
export interface UnitGrid<U> {
  columns: string[];
  floors: Array<{ floor: number; units: Array<U | null> }>;
}

export function unitGrid<U extends { unitNo: string; floor: number }>(units: readonly U[]): UnitGrid<U> {
  const columns = [...new Set(units.map((u) => unitPosition(u.unitNo, u.floor)))].sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true }));
  const byFloor = new Map<number, Map<string, U>>();
  for (const u of units) {
    const row = byFloor.get(u.floor) ?? new Map<string, U>();
    row.set(unitPosition(u.unitNo, u.floor), u);
    byFloor.set(u.floor, row);
  }
  const floors = [...byFloor.keys()].sort((a, b) => b - a).map((floor) => ({ floor, units: columns.map((c) => byFloor.get(floor)!.get(c) ?? null) }));
  return { columns, floors };
}
