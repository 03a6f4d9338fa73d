import { Dec } from '@app/platform';

/** The Chinese messages of allocation (one place, shared by the service and the tests). */
export const ALLOCATION_MESSAGES = {
  taken: '该房源已被其他家庭选定',
  reservedForOther: '该房源已为其他家庭预留',
  alreadyReserved: '该房源已为该户预留',
  reservedNotDelivered: '预留的房源须先分配给该户，才能交房',
  frozen: (reason: string) => `该房源已冻结：${reason}`,
  notAvailable: '该房源当前不可选',
  notTurnover: '该房源不能作为周转房',
  turnoverOnly: '该房源为周转房，不能作为安置房分配',
  notTurnoverHousehold: '只有选择“周转房过渡”的产权调换户可以分配周转房',
  notSwap: '只有已签约的产权调换户可以选房',
  notYourTurn: (next: string) => `还未轮到该户选房，当前应由第 ${next} 号选房`,
  entryDone: '该户在本轮已完成选房',
  roundClosed: '该选房轮次已结束',
  inOpenRound: '该户在已公布的选房轮次中，须按选房顺序在该轮次中选房',
  wrongBase: '该房源不属于本轮次的安置基地',
  belowPaid: (agreed: string, paid: string) => `按所选房源重新计算后应付金额 ${agreed} 元，低于已支付的 ${paid} 元，不能分配`,
  released: '该分配已释放',
  deliveredNoRelease: '已交房的房源不能释放',
  alreadyDelivered: '该房源已交房',
  receiptMissing: '请先上传该分配的交房签收单',
  deliveredBeforeAllocated: '交房日期不能早于分配日期',
} as const;

/** A held unit as the agreement names it. */
export interface HeldUnit {
  baseName: string;
  buildingCode: string;
  unitNo: string;
  area: string;
}

/** The agreement's 安置房地点 and area from the household's held units: `徐泾北城安置基地 3号楼 1502室；…` and their total area. */
export function promisedHousing(units: readonly HeldUnit[]): { location: string; area: string } | null {
  if (!units.length) return null;
  const sorted = [...units].sort(
    (a, b) =>
      a.baseName.localeCompare(b.baseName) ||
      a.buildingCode.localeCompare(b.buildingCode, 'zh-CN', { numeric: true }) ||
      a.unitNo.localeCompare(b.unitNo, 'zh-CN', { numeric: true }),
  );
  const location = sorted.map((u) => `${u.baseName} ${u.buildingCode} ${u.unitNo}室`).join('；');
  const area = sorted.reduce((sum, u) => sum.plus(u.area), new Dec(0)).toFixed(2);
  return { location, area };
}

/** A round's entry as the turn rule sees it. */
export interface TurnEntry {
  id: string;
  position: number;
  done: boolean;
}

/** The entry whose turn it is: the first in order not done, or null when everyone is done. */
export function nextEntry<T extends TurnEntry>(entries: readonly T[]): T | null {
  return [...entries].sort((a, b) => a.position - b.position).find((e) => !e.done) ?? null;
}

/** Why `entryId` may not choose now (null when it may): only the household whose turn it is chooses. */
export function turnProblem(entries: readonly TurnEntry[], entryId: string): string | null {
  const entry = entries.find((e) => e.id === entryId);
  if (!entry) return ALLOCATION_MESSAGES.notSwap;
  if (entry.done) return ALLOCATION_MESSAGES.entryDone;
  const next = nextEntry(entries);
  if (next && next.id !== entryId) return ALLOCATION_MESSAGES.notYourTurn(String(next.position));
  return null;
}

/** A household has chosen enough when its held area reaches its entitlement (it may also finish earlier). */
export function entitlementUsed(heldArea: string, entitlementArea: string): boolean {
  return new Dec(heldArea).greaterThanOrEqualTo(entitlementArea);
}
