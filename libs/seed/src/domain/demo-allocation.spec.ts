import { choosingOrder, orderHash } from '@app/resettlement';
import { Dec } from '@app/platform';
import {
  DEMO_RESERVATION_POSITION,
  DEMO_RESERVATION_REASON,
  DEMO_ROUND_CHOSEN,
  DEMO_ROUND_SEED,
  demoAllocationPlan,
  unitsFor,
  type DemoSwapHousehold,
  type DemoUnit,
} from './demo-allocation.js';
import { DEMO_LAST_DAY } from './demo-plan.js';

const PRICE = '3200.00';
let n = 0;
const unit = (baseId: string, baseName: string, baseStage: string, area: string, o: Partial<DemoUnit> = {}): DemoUnit => ({
  id: `u${++n}`,
  baseId,
  baseName,
  baseStage,
  buildingCode: '1号楼',
  unitNo: String(100 + n),
  area,
  resettlementPrice: PRICE,
  kind: baseStage === 'construction' ? 'off_plan' : 'built',
  turnover: false,
  ...o,
});
const household = (i: number, o: Partial<DemoSwapHousehold>): DemoSwapHousehold => ({
  caseId: `c${i}`,
  projectId: o.projectCode === 'GJ17' ? 'p17' : 'p18',
  projectCode: 'GJ18',
  agreementId: `a${i}`,
  caseRef: `H-${i}`,
  sequenceNo: i,
  swapArea: '120.00',
  entitlementArea: '120.00',
  track: 'resettled',
  vacatedOn: '2013-09-01',
  signedBy: 'officer',
  ...o,
});

describe('demo allocation plan', () => {
  const units = [
    ...Array.from({ length: 6 }, () => unit('bc', '徐泾北城安置基地', 'completed', '80.00')),
    ...Array.from({ length: 6 }, () => unit('bc', '徐泾北城安置基地', 'completed', '40.00')),
    ...Array.from({ length: 4 }, () => unit('bc', '徐泾北城安置基地', 'completed', '120.00')),
    ...Array.from({ length: 3 }, () => unit('el', '二联小高层基地', 'construction', '120.00')),
    unit('bc', '徐泾北城安置基地', 'completed', '160.00', { resettlementPrice: '5000.00' }),
    unit('bc', '徐泾北城安置基地', 'completed', '160.00', { turnover: true }),
  ];
  const households = [
    household(1, { swapArea: '160.00' }),
    household(2, { swapArea: '120.00' }),
    household(3, { swapArea: '80.00', vacatedOn: '2013-12-26' }),
    ...[4, 5, 6].map((i) => household(i, { track: 'transitional' })),
    ...[7, 8, 9, 10, 11].map((i) =>
      household(i, { track: 'transitional', projectCode: 'GJ17', sequenceNo: i - 6, swapArea: i === 7 ? '80.00' : '120.00' }),
    ),
  ];
  const plan = demoAllocationPlan(households, units, PRICE);
  const byCase = (caseId: string) => plan.allocations.filter((a) => a.caseId === caseId);
  const areaOf = (ids: string[]) => ids.reduce((sum, id) => sum.plus(units.find((u) => u.id === id)!.area), new Dec(0)).toFixed(2);

  it('finds one or two units summing exactly to an area', () => {
    expect(unitsFor(units.slice(0, 12), '160')?.map((u) => u.area)).toEqual(['80.00', '80.00']);
    expect(unitsFor(units, '120')?.map((u) => u.area)).toEqual(['120.00']);
    expect(unitsFor(units, '35')).toBeNull();
  });

  it("delivers the resettled households flats of exactly their agreed area at the scheme price, after moving out, by the demo's last day", () => {
    for (const h of households.filter((x) => x.track === 'resettled' && x.vacatedOn < '2013-12-25')) {
      const held = byCase(h.caseId);
      expect(held.length).toBeGreaterThan(0);
      expect(areaOf(held.map((a) => a.unitId))).toBe(h.swapArea);
      for (const a of held) {
        const u = units.find((x) => x.id === a.unitId)!;
        expect([u.baseStage, u.kind, u.resettlementPrice, u.turnover]).toEqual(['completed', 'built', PRICE, false]);
        expect(a.deliveredOn! > h.vacatedOn && a.deliveredOn! <= DEMO_LAST_DAY).toBe(true);
        expect(a.allocatedOn <= a.deliveredOn!).toBe(true);
      }
    }
    // Moved out the day before the end: no time left to be handed keys.
    expect(byCase('c3')).toEqual([]);
    expect(new Set(plan.allocations.map((a) => a.unitId)).size).toBe(plan.allocations.length);
  });

  it('gives every third transitional household outside the round project a 期房 on 二联, not delivered', () => {
    const erlian = plan.allocations.filter((a) => a.baseId === 'el');
    expect(erlian).toHaveLength(1);
    expect(erlian[0]).toMatchObject({ deliveredOn: null, inRound: false });
  });

  it("publishes the round project's transitional households in the xj-order-v1 order, the first few having chosen", () => {
    const waiting = households.filter((h) => h.projectCode === 'GJ17');
    const order = choosingOrder(DEMO_ROUND_SEED, waiting);
    expect(plan.round!.entries.map((e) => e.household.caseId)).toEqual(order.map((e) => e.item.caseId));
    expect(plan.round!.orderHash).toBe(
      orderHash(
        'xj-order-v1',
        DEMO_ROUND_SEED,
        order.map((e) => ({ position: e.position, caseRef: e.item.caseRef, sequenceNo: e.item.sequenceNo })),
      ),
    );
    expect(plan.round!.entries.map((e) => e.done)).toEqual([true, true, true, false, false].slice(0, waiting.length));
    for (const e of plan.round!.entries.slice(0, DEMO_ROUND_CHOSEN)) {
      const held = byCase(e.household.caseId);
      expect(areaOf(held.map((a) => a.unitId))).toBe(e.household.swapArea);
      expect(held.every((a) => a.inRound && a.deliveredOn === null && a.baseId === plan.round!.baseId)).toBe(true);
    }
    expect(plan.locations.length).toBe(new Set(plan.allocations.filter((a) => !a.reserveReason).map((a) => a.agreementId)).size);
  });

  it('reserves flats of its area for one household further down the order, on the round base, named in no agreement', () => {
    const entry = plan.round!.entries.find((e) => e.position === DEMO_RESERVATION_POSITION)!;
    expect(entry.done).toBe(false);
    const held = byCase(entry.household.caseId);
    expect(held.length).toBeGreaterThan(0);
    for (const a of held)
      expect(a).toMatchObject({ reserveReason: DEMO_RESERVATION_REASON, inRound: false, deliveredOn: null, baseId: plan.round!.baseId });
    expect(areaOf(held.map((a) => a.unitId))).toBe(entry.household.swapArea);
    expect(plan.locations.some((l) => l.agreementId === entry.household.agreementId)).toBe(false);
    expect(new Set(plan.allocations.map((a) => a.unitId)).size).toBe(plan.allocations.length);
  });

  it('does nothing without units', () => {
    expect(demoAllocationPlan(households, [], PRICE)).toEqual({ allocations: [], locations: [], round: null });
  });
});
