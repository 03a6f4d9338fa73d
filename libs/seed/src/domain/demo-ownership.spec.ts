import { Dec, toDecimal } from '@app/platform';
import { buildDemoData } from './demo-data.js';
import { demoOwnershipPlan } from './demo-ownership.js';

describe('demoOwnershipPlan', () => {
  const data = buildDemoData();
  const { records, plan } = demoOwnershipPlan(data);

  it('divides every collective parcel among its owners, the areas adding up to the parcel’s exactly; state land has none', () => {
    for (const parcel of data.parcels) {
      const mine = records.filter((r) => r.parcelId === parcel.id);
      if (parcel.landOwnership === 'state') {
        expect(mine).toEqual([]);
        continue;
      }
      expect(mine.length).toBe(3);
      expect(mine.every((r) => r.village === parcel.village && r.projectId === parcel.projectId)).toBe(true);
      expect(mine.reduce((s, r) => s.plus(toDecimal(r.area)), new Dec(0)).toFixed(2)).toBe(toDecimal(parcel.area).toFixed(2));
    }
  });

  it('covers the demo villages, with unique codes and certificates, certificates exactly on the 已确权 land', () => {
    expect(new Set(records.map((r) => r.village))).toEqual(new Set(['二联村', '金联村', '光联村', '民主村', '前明村', '蟠龙村']));
    expect(new Set(records.map((r) => r.code)).size).toBe(records.length);
    const certificates = records.filter((r) => r.certificateNo).map((r) => r.certificateNo);
    expect(new Set(certificates).size).toBe(certificates.length);
    expect(records.every((r) => (r.surveyStatus === 'confirmed') === (r.certificateNo !== null))).toBe(true);
  });

  it('proposes one consolidation of 二联村 land in no project', () => {
    expect(plan.codes.length).toBe(2);
    const land = records.filter((r) => plan.codes.includes(r.code));
    expect(land.every((r) => r.village === '二联村' && r.projectId === null)).toBe(true);
  });
});
