import type { BaseStage, BaseStageDates, UnitKind, UnitStatus } from '@app/resettlement';
import { DEMO_LAYOUTS, DEMO_RESETTLEMENT_PRICE } from './demo-layouts.js';
import { seedUuid } from './seed-ids.js';

/** Which of DEMO_LAYOUTS each column of a floor holds (0 一室户 40 m², 1 两室一厅 80 m², 2 三室两厅 120 m²). */
type Columns = ReadonlyArray<0 | 1 | 2>;

interface BuildingSpec {
  code: string;
  floors: number;
  /** Null: a planned building whose units are not yet known. */
  columns: Columns | null;
}

interface BaseSpec {
  code: string;
  name: string;
  address: string;
  stage: BaseStage;
  stageDates: BaseStageDates;
  plannedDeliveryOn: string | null;
  /** 市场价, 元/m² (area beyond a household's entitlement). */
  marketPrice: string;
  kind: UnitKind;
  remarks: string | null;
  buildings: BuildingSpec[];
}

const A: Columns = [2, 1, 1, 2];
const B: Columns = [1, 0, 0, 1];
const C: Columns = [0, 2, 0];
const dates = (d: Partial<Record<BaseStage, [string | null, string | null]>>): BaseStageDates =>
  Object.fromEntries(Object.entries(d).map(([stage, [planned, actual]]) => [stage, { planned, actual }])) as BaseStageDates;
const buildings = (from: number, floors: number[], columns: Columns | null): BuildingSpec[] => floors.map((f, i) => ({ code: `${from + i}号楼`, floors: f, columns }));

/**
 * The demo's 安置基地. Two completed bases with built (现房) flats to choose and deliver — 徐泾北城 (交付中) and
 * 西虹桥一期 (交付中), sized at more than three times the flats the demo's swap households could need of each
 * layout —; 二联 under construction with off-plan (期房) flats due 2014-12-31; 明珠家园拓展区 in planning with two
 * planned buildings; 金联 in its preliminary procedures. Stage dates are completion dates (domain/base-stage).
 */
export const DEMO_BASES: readonly BaseSpec[] = [
  {
    code: 'BC',
    name: '徐泾北城安置基地',
    address: '徐泾镇华徐公路以北、徐乐路以东',
    stage: 'delivering',
    stageDates: dates({
      planning: ['2008-06-30', '2008-05-16'],
      preliminary: ['2009-06-30', '2009-09-08'],
      construction: ['2011-12-31', '2012-03-26'],
      completed: ['2012-06-30', '2012-07-20'],
      delivering: ['2014-12-31', null],
    }),
    plannedDeliveryOn: '2012-09-01',
    marketPrice: '32000.00',
    kind: 'built',
    remarks: '现房，分批交付中',
    buildings: [...buildings(1, [18, 18, 18, 17, 17, 16], A), ...buildings(7, [14, 14], B)],
  },
  {
    code: 'XH',
    name: '西虹桥安置一期',
    address: '徐泾镇龙联路 88 弄',
    stage: 'delivering',
    stageDates: dates({
      planning: ['2006-12-31', '2006-11-30'],
      preliminary: ['2008-06-30', '2008-08-22'],
      construction: ['2011-06-30', '2011-09-30'],
      completed: ['2012-03-31', '2012-05-18'],
      delivering: ['2014-06-30', null],
    }),
    plannedDeliveryOn: '2012-07-01',
    marketPrice: '35000.00',
    kind: 'built',
    remarks: '现房，2012 年起交付；5、6 号楼部分房源可作周转房',
    buildings: [...buildings(1, [18, 17, 16, 15], [2, 1, 2, 1]), ...buildings(5, [11, 11], C)],
  },
  {
    code: 'EL',
    name: '二联小高层基地',
    address: '徐泾镇二联村，崧泽大道以南',
    stage: 'construction',
    stageDates: dates({
      planning: ['2010-06-30', '2010-08-30'],
      preliminary: ['2011-12-31', '2012-04-15'],
      construction: ['2014-06-30', null],
      completed: ['2014-09-30', null],
      delivering: ['2014-12-31', null],
    }),
    plannedDeliveryOn: '2014-12-31',
    marketPrice: '28000.00',
    kind: 'off_plan',
    remarks: '期房，主体结构施工中',
    buildings: buildings(1, [18, 18, 15], A),
  },
  {
    code: 'MZ',
    name: '明珠家园拓展区',
    address: '徐泾镇明珠路以西',
    stage: 'planning',
    stageDates: dates({ planning: ['2014-03-31', null], preliminary: ['2014-12-31', null], construction: ['2016-06-30', null] }),
    plannedDeliveryOn: '2016-12-31',
    marketPrice: '30000.00',
    kind: 'off_plan',
    remarks: '规划方案报批中，拟建两栋小高层',
    buildings: buildings(1, [18, 18], null),
  },
  {
    code: 'JL',
    name: '金联动迁基地',
    address: '徐泾镇金联村',
    stage: 'preliminary',
    stageDates: dates({ planning: ['2012-12-31', '2012-11-20'], preliminary: ['2014-06-30', null], construction: ['2016-12-31', null] }),
    plannedDeliveryOn: '2017-06-30',
    marketPrice: '30000.00',
    kind: 'off_plan',
    remarks: '土地征收及立项手续办理中',
    buildings: [],
  },
];

/** A few flats frozen, each with its reason: `base building unitNo`. */
const FROZEN: Record<string, string> = {
  'BC 1号楼 101': '底层卫生间渗水，维修中',
  'BC 3号楼 1804': '顶层屋面防水返修',
  'BC 7号楼 102': '留作物业管理用房，待镇里批复',
  'XH 2号楼 1602': '样板房，暂不分配',
  'XH 4号楼 101': '不动产登记信息有误，待更正',
  'EL 2号楼 1801': '设计变更，户型待定',
};

/** 周转房: on 西虹桥一期's 5 and 6 号楼, floors 2 to 4. */
const isTurnover = (base: string, building: string, floor: number) => base === 'XH' && (building === '5号楼' || building === '6号楼') && floor >= 2 && floor <= 4;

export interface DemoInventory {
  bases: Array<Omit<BaseSpec, 'buildings' | 'marketPrice' | 'kind'> & { id: string }>;
  buildings: Array<{ id: string; baseId: string; code: string; floors: number; plannedDeliveryOn: string | null }>;
  units: Array<{
    id: string;
    baseId: string;
    buildingId: string;
    unitNo: string;
    floor: number;
    layout: string;
    area: string;
    resettlementPrice: string;
    marketPrice: string;
    kind: UnitKind;
    plannedDeliveryOn: string | null;
    turnover: boolean;
    status: UnitStatus;
    frozenReason: string | null;
  }>;
}

/** The demo's bases, buildings and units, with stable ids (`resettlement-unit:BC:1号楼:1502`). */
export function demoInventoryPlan(): DemoInventory {
  const plan: DemoInventory = { bases: [], buildings: [], units: [] };
  for (const spec of DEMO_BASES) {
    const baseId = seedUuid(`resettlement-base:${spec.code}`);
    const { buildings: specs, marketPrice, kind, ...base } = spec;
    plan.bases.push({ ...base, id: baseId });
    const delivery = kind === 'off_plan' ? spec.plannedDeliveryOn : null;
    for (const b of specs) {
      const buildingId = seedUuid(`resettlement-building:${spec.code}:${b.code}`);
      plan.buildings.push({ id: buildingId, baseId, code: b.code, floors: b.floors, plannedDeliveryOn: delivery });
      if (!b.columns) continue;
      for (let floor = 1; floor <= b.floors; floor += 1) {
        b.columns.forEach((layoutIndex, column) => {
          const unitNo = `${floor}${String(column + 1).padStart(2, '0')}`;
          const layout = DEMO_LAYOUTS[layoutIndex];
          const frozenReason = FROZEN[`${spec.code} ${b.code} ${unitNo}`] ?? null;
          plan.units.push({
            id: seedUuid(`resettlement-unit:${spec.code}:${b.code}:${unitNo}`),
            baseId,
            buildingId,
            unitNo,
            floor,
            layout: layout.layout,
            area: layout.area,
            resettlementPrice: DEMO_RESETTLEMENT_PRICE,
            marketPrice,
            kind,
            plannedDeliveryOn: delivery,
            turnover: isTurnover(spec.code, b.code, floor),
            status: frozenReason ? 'frozen' : 'available',
            frozenReason,
          });
        });
      }
    }
  }
  return plan;
}
