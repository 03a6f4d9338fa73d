import type { FacilityKind } from '@app/subjects';
import { drawName } from './chinese-names.js';
import { makeCreditCode } from './credit-code.js';
import type { SeededRandom } from './random.js';
import { formatHundredths } from './random.js';

/** An enterprise's survey facts, before ids and places are attached. */
export interface EnterpriseDraw {
  name: string;
  creditCode: string;
  legalRepresentative: string;
  landArea: string;
  buildingArea: string;
  employees: number;
  suspensionMonths: number;
  monthlyLoss: string;
  businessType: string;
}

const BRANDS = [
  '宏达',
  '鑫源',
  '华丰',
  '永利',
  '金盛',
  '恒通',
  '振兴',
  '新峰',
  '博达',
  '联华',
  '瑞祥',
  '利民',
  '东升',
  '兴旺',
  '万和',
  '嘉泰',
  '申虹',
  '青泾',
  '佳禾',
  '天琪',
];
const TRADES: ReadonlyArray<{ trade: string; businessType: string }> = [
  { trade: '五金制品', businessType: '制造业' },
  { trade: '塑料制品', businessType: '制造业' },
  { trade: '服饰', businessType: '制造业' },
  { trade: '包装材料', businessType: '制造业' },
  { trade: '汽车配件', businessType: '制造业' },
  { trade: '印务', businessType: '制造业' },
  { trade: '物流', businessType: '交通运输业' },
  { trade: '仓储', businessType: '仓储业' },
  { trade: '建材', businessType: '批发零售业' },
  { trade: '餐饮管理', businessType: '住宿餐饮业' },
];

/**
 * Enterprises on one parcel: small manufacturers, logistics yards and shops typical of a village
 * industrial area, with GB 32100 credit codes. `used` keeps names and codes unique across the demo.
 */
export function drawEnterprise(rng: SeededRandom, village: string, used: Set<string>): EnterpriseDraw {
  for (;;) {
    const { trade, businessType } = rng.pick(TRADES);
    const villageWorkshop = businessType === '制造业' && rng.chance(0.25);
    const name = villageWorkshop ? `上海青浦徐泾${village.replace('村', '')}${trade}厂` : `上海${rng.pick(BRANDS)}${trade}有限公司`;
    const creditCode = makeCreditCode(String(rng.int(10_000_000, 99_999_999)));
    if (used.has(name) || used.has(creditCode)) continue;
    used.add(name);
    used.add(creditCode);
    const land = rng.int(80_000, 2_000_000);
    const legalBirthYear = rng.int(1950, 1980);
    const legalRepresentative = drawName(rng, rng.chance(0.8) ? 'male' : 'female', legalBirthYear);
    const buildingArea = formatHundredths(Math.round((land * rng.int(40, 120)) / 100));
    const employees = rng.int(5, 300);
    return {
      name,
      creditCode,
      legalRepresentative,
      landArea: formatHundredths(land),
      buildingArea,
      employees,
      businessType,
      // 停产停业: derived from the draws above (no new draw, so the rest of the demo data stays as it was).
      suspensionMonths: 3 + (employees % 10),
      monthlyLoss: `${employees * 600}.00`,
    };
  }
}

/** A municipal facility's survey facts. */
export interface FacilityDraw {
  kind: FacilityKind;
  ownerUnit: string;
  description: string;
  quantity: string;
  unit: string;
}

const FACILITY_CATALOGUE: ReadonlyArray<{
  kind: FacilityKind;
  ownerUnit: string;
  description: string;
  unit: string;
  min: number;
  max: number;
}> = [
  { kind: 'power', ownerUnit: '国网上海青浦供电公司', description: '10千伏架空线路及电杆', unit: '根', min: 8, max: 60 },
  { kind: 'power', ownerUnit: '国网上海青浦供电公司', description: '箱式变电站', unit: '座', min: 1, max: 3 },
  { kind: 'telecom', ownerUnit: '上海电信青浦分公司', description: '通信杆路及光缆', unit: '米', min: 200, max: 2_500 },
  { kind: 'telecom', ownerUnit: '中国移动上海青浦分公司', description: '移动通信基站', unit: '座', min: 1, max: 2 },
  { kind: 'water', ownerUnit: '青浦自来水公司', description: 'DN300给水管道', unit: '米', min: 150, max: 1_800 },
  { kind: 'drainage', ownerUnit: '徐泾镇市政管理所', description: '雨污水管道及窨井', unit: '米', min: 100, max: 1_200 },
  { kind: 'gas', ownerUnit: '青浦燃气公司', description: '中压燃气管道', unit: '米', min: 100, max: 900 },
  { kind: 'road', ownerUnit: '徐泾镇市政管理所', description: '村级水泥道路', unit: '米', min: 200, max: 1_500 },
  { kind: 'bridge', ownerUnit: '徐泾镇市政管理所', description: '河道农桥', unit: '座', min: 1, max: 2 },
];

/** `count` different facilities for one parcel. */
export function drawFacilities(rng: SeededRandom, count: number): FacilityDraw[] {
  return rng.sample(FACILITY_CATALOGUE, count).map((f) => ({
    kind: f.kind,
    ownerUnit: f.ownerUnit,
    description: f.description,
    quantity: formatHundredths(rng.int(f.min, f.max) * 100),
    unit: f.unit,
  }));
}
