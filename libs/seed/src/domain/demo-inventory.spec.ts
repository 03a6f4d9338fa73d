import { stageDatesProblem } from '@app/resettlement';
import { buildDemoData } from './demo-data.js';
import { demoInventoryPlan } from './demo-inventory.js';
import { DEMO_LAYOUTS, DEMO_RESETTLEMENT_PRICE } from './demo-layouts.js';

describe('demoInventoryPlan', () => {
  const plan = demoInventoryPlan();
  const baseOf = (code: string) => plan.bases.find((b) => b.code === code)!;
  const unitsOf = (code: string) => plan.units.filter((u) => u.baseId === baseOf(code).id);

  it('has the five bases at their stages, each with stage dates the rules accept', () => {
    expect(plan.bases.map((b) => `${b.code} ${b.name} ${b.stage}`)).toEqual([
      'BC 徐泾北城安置基地 delivering',
      'XH 西虹桥安置一期 delivering',
      'EL 二联小高层基地 construction',
      'MZ 明珠家园拓展区 planning',
      'JL 金联动迁基地 preliminary',
    ]);
    for (const base of plan.bases) expect({ base: base.code, problem: stageDatesProblem(base.stage, base.stageDates, '2026-01-01') }).toEqual({ base: base.code, problem: null });
  });

  it('gives the completed bases built flats, 二联 off-plan flats due 2014-12-31, and the others none', () => {
    expect(unitsOf('BC').every((u) => u.kind === 'built' && u.plannedDeliveryOn === null)).toBe(true);
    expect(unitsOf('XH').every((u) => u.kind === 'built')).toBe(true);
    expect(unitsOf('EL').length).toBeGreaterThan(100);
    expect(unitsOf('EL').every((u) => u.kind === 'off_plan' && u.plannedDeliveryOn === '2014-12-31')).toBe(true);
    expect(unitsOf('MZ')).toEqual([]);
    expect(plan.buildings.filter((b) => b.baseId === baseOf('MZ').id)).toHaveLength(2);
    expect(unitsOf('JL')).toEqual([]);
  });

  it('uses only the demo layouts and resettlement price, in buildings of 11 to 18 floors with 3 or 4 flats a floor', () => {
    const layouts = new Map<string, string>(DEMO_LAYOUTS.map((l) => [l.layout, l.area]));
    for (const u of plan.units) {
      expect(layouts.get(u.layout)).toBe(u.area);
      expect(u.resettlementPrice).toBe(DEMO_RESETTLEMENT_PRICE);
      expect(Number(u.marketPrice)).toBeGreaterThanOrEqual(28000);
      expect(Number(u.marketPrice)).toBeLessThanOrEqual(35000);
    }
    for (const b of plan.buildings) {
      expect(b.floors).toBeGreaterThanOrEqual(11);
      expect(b.floors).toBeLessThanOrEqual(18);
      const perFloor = plan.units.filter((u) => u.buildingId === b.id && u.floor === 1).length;
      if (perFloor) expect([3, 4]).toContain(perFloor);
    }
    expect(new Set(plan.units.map((u) => u.id)).size).toBe(plan.units.length);
  });

  it('has a few frozen flats with reasons and a few 周转房', () => {
    const frozen = plan.units.filter((u) => u.status === 'frozen');
    expect(frozen.length).toBeGreaterThanOrEqual(3);
    expect(frozen.every((u) => u.frozenReason)).toBe(true);
    expect(plan.units.filter((u) => u.status !== 'frozen').every((u) => u.frozenReason === null)).toBe(true);
    expect(plan.units.filter((u) => u.turnover).length).toBeGreaterThanOrEqual(6);
  });

  it('holds on the completed bases more flats of each layout than the demo swap households could need, over three times their number in all', () => {
    const data = buildDemoData();
    const persons = new Map(data.households.map((h) => [h.id, h.registeredPersons]));
    const waiting = data.cases.filter((c) => c.resettlementStatus === 'transitional' || c.resettlementStatus === 'resettled');
    // The most flats of each layout one household could take: its persons × 40 m² in as few flats as make it (one, else two, else three).
    const sizes = [40, 80, 120] as const;
    const combos = (area: number, flats: number): number[][] =>
      flats === 0 ? (area === 0 ? [[]] : []) : sizes.flatMap((s) => (s <= area ? combos(area - s, flats - 1).map((rest) => [s, ...rest]) : [])).concat(combos(area, flats - 1));
    const need = { 40: 0, 80: 0, 120: 0 };
    for (const c of waiting) {
      const area = persons.get(c.subjectId)! * 40;
      const exact = (flats: number) => combos(area, flats).filter((w) => w.length === flats);
      const ways = [1, 2, 3].map(exact).find((w) => w.length) ?? [];
      for (const size of sizes) need[size] += Math.max(0, ...ways.map((w) => w.filter((f) => f === size).length));
    }
    const completed = new Set([baseOf('BC').id, baseOf('XH').id]);
    const available = (area: string) => plan.units.filter((u) => completed.has(u.baseId) && u.status === 'available' && u.area === area).length;
    expect(waiting.length).toBeGreaterThan(100);
    expect(available('120.00')).toBeGreaterThan(need[120]);
    expect(available('80.00')).toBeGreaterThan(need[80]);
    expect(available('40.00')).toBeGreaterThan(need[40]);
    expect(available('40.00') + available('80.00') + available('120.00')).toBeGreaterThan(3 * waiting.length);
  });
});
