import { Dec, toDecimal } from '@app/platform';
import type { LandUse, OwnerKind, OwnershipUpsert, SurveyStatus } from '@app/land-admin';
import type { DemoData, ParcelRow } from './demo-types.js';

/** Short codes of the demo villages in 登记编号 (EL-JT-001: 二联村, 集体土地, first record). */
const VILLAGE_CODES: Record<string, string> = { 二联村: 'EL', 金联村: 'JL', 光联村: 'GL', 民主村: 'MZ', 前明村: 'QM', 蟠龙村: 'PL' };

/** How a parcel's collective land divides among its owners (the shares of the parcel's area; the last takes the rest). */
const SPLIT: ReadonlyArray<{ share: string; ownerKind: OwnerKind; owner: (village: string) => string; landUse: LandUse }> = [
  { share: '0.55', ownerKind: 'village', owner: (v) => `${v}农民集体`, landUse: 'farmland' },
  { share: '0.30', ownerKind: 'group', owner: (v) => `${v}第一村民小组`, landUse: 'homestead' },
  { share: 'rest', ownerKind: 'village', owner: (v) => `${v}农民集体`, landUse: 'construction' },
];

/** Land of the demo villages that is in no project yet (the 集体土地所有权调查 covers it too). */
const LOOSE: ReadonlyArray<{
  village: string;
  location: string;
  ownerKind: OwnerKind;
  owner: string;
  area: string;
  landUse: LandUse;
  status: SurveyStatus;
}> = [
  {
    village: '二联村',
    location: '二联村委会以东、北横港以南',
    ownerKind: 'village',
    owner: '二联村农民集体',
    area: '18620.00',
    landUse: 'construction',
    status: 'surveying',
  },
  {
    village: '二联村',
    location: '二联村原村办厂地块',
    ownerKind: 'group',
    owner: '二联村第三村民小组',
    area: '6450.50',
    landUse: 'other',
    status: 'surveying',
  },
  {
    village: '金联村',
    location: '金联村沪青平公路北侧',
    ownerKind: 'village',
    owner: '金联村农民集体',
    area: '32400.00',
    landUse: 'farmland',
    status: 'unsurveyed',
  },
  {
    village: '光联村',
    location: '光联村诸光路西侧',
    ownerKind: 'town',
    owner: '徐泾镇农民集体',
    area: '15200.75',
    landUse: 'construction',
    status: 'confirmed',
  },
  {
    village: '前明村',
    location: '前明村明珠路以南',
    ownerKind: 'village',
    owner: '前明村农民集体',
    area: '27880.40',
    landUse: 'farmland',
    status: 'unsurveyed',
  },
];

/** A parcel's survey status follows the relocation: certified where the land has been cleared or handed over. */
function statusOf(parcel: ParcelRow): SurveyStatus {
  if (parcel.status === 'handed_over' || parcel.status === 'cleared') return 'confirmed';
  return parcel.status === 'clearing' ? 'surveying' : 'unsurveyed';
}

export interface DemoOwnershipPlan {
  records: OwnershipUpsert[];
  /** The demo's 归并方案 (a draft awaiting the admin's approval) and the 登记编号 of its land. */
  plan: { name: string; targetOwnerKind: OwnerKind; targetOwnerName: string; targetUse: LandUse; remarks: string; codes: string[] };
}

/**
 * The demo's 集体土地所有权 register: each collective parcel of the demo projects divided among its owners (the areas add
 * up to the parcel's, to the hundredth of a m²), state land left out, and land of the same villages in no project yet;
 * and one consolidation proposal for the 二联小高层基地 land.
 */
export function demoOwnershipPlan(data: DemoData): DemoOwnershipPlan {
  const records: OwnershipUpsert[] = [];
  const seq = new Map<string, number>();
  const codeOf = (village: string) => {
    const n = (seq.get(village) ?? 0) + 1;
    seq.set(village, n);
    return `${VILLAGE_CODES[village] ?? 'XJ'}-JT-${String(n).padStart(3, '0')}`;
  };
  let certificates = 0;
  const certificate = () => `青集有(2013)第${String(++certificates).padStart(4, '0')}号`;
  const parcels = [...data.parcels].filter((p) => p.landOwnership === 'collective').sort((a, b) => (a.code < b.code ? -1 : 1));
  for (const parcel of parcels) {
    const total = toDecimal(parcel.area);
    let left = total;
    const status = statusOf(parcel);
    for (const part of SPLIT) {
      const area = part.share === 'rest' ? left : total.times(part.share).toDecimalPlaces(2, Dec.ROUND_DOWN);
      left = left.minus(area);
      records.push({
        code: codeOf(parcel.village),
        village: parcel.village,
        projectId: parcel.projectId,
        parcelId: parcel.id,
        location: null,
        ownerKind: part.ownerKind,
        ownerName: part.owner(parcel.village),
        certificateNo: status === 'confirmed' ? certificate() : null,
        area: area.toFixed(2),
        landUse: part.landUse,
        surveyStatus: status,
        remarks: null,
      });
    }
  }
  const loose: string[] = [];
  for (const l of LOOSE) {
    const code = codeOf(l.village);
    if (l.village === '二联村') loose.push(code);
    records.push({
      code,
      village: l.village,
      projectId: null,
      parcelId: null,
      location: l.location,
      ownerKind: l.ownerKind,
      ownerName: l.owner,
      certificateNo: l.status === 'confirmed' ? certificate() : null,
      area: l.area,
      landUse: l.landUse,
      surveyStatus: l.status,
      remarks: null,
    });
  }
  return {
    records,
    plan: {
      name: '二联村集体建设用地归并方案（二联小高层基地周边）',
      targetOwnerKind: 'town',
      targetOwnerName: '徐泾镇农民集体',
      targetUse: 'construction',
      remarks: '结合集体土地所有权调查，将二联村北横港以南的村、组集体土地归并为镇集体建设用地，供二联小高层基地配套使用',
      codes: loose,
    },
  };
}
