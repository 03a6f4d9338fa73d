import { fromDay, shanghaiDay } from './calendar.js';
import { buildDemoData } from './demo-data.js';
import { demoHandoverPlan } from './demo-handover.js';

describe('demoHandoverPlan', () => {
  const data = buildDemoData();
  const plan = demoHandoverPlan(data);
  const parcel = (id: string) => data.parcels.find((p) => p.id === id)!;

  it('gives every handed-over parcel an accepted 移交单 dated on its cases’ handing-over step', () => {
    const handedOver = data.parcels.filter((p) => p.status === 'handed_over');
    const accepted = plan.filter((h) => h.status === 'accepted');
    expect(accepted.map((h) => h.parcelId).sort()).toEqual(handedOver.map((p) => p.id).sort());
    for (const h of accepted) {
      const caseIds = new Set(data.cases.filter((c) => c.parcelId === h.parcelId).map((c) => c.id));
      const days = data.transitions.filter((t) => caseIds.has(t.caseId) && t.toStatus === 'handed_over').map((t) => fromDay(shanghaiDay(t.createdAt)));
      expect(days).toContain(h.handedOverOn);
      expect(h).toMatchObject({ area: parcel(h.parcelId).area, answeredBy: 'company' });
      expect(h.createdAt < h.answeredAt!).toBe(true);
    }
  });

  it('has one ready parcel whose 移交单 waits for the company', () => {
    const submitted = plan.filter((h) => h.status === 'submitted');
    expect(submitted).toHaveLength(1);
    const cases = data.cases.filter((c) => c.parcelId === submitted[0]!.parcelId);
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.every((c) => c.status === 'settled')).toBe(true);
    expect(parcel(submitted[0]!.parcelId).status).not.toBe('handed_over');
    expect(submitted[0]!.handedOverOn >= '2013-12-16' && submitted[0]!.handedOverOn < '2014-01-01').toBe(true);
  });
});
