import { SETTLED_STATUSES, statusesFrom } from '@app/cases';
import { validateScheme } from '@app/compensation';
import { buildDemoData } from './demo-data.js';
import { demoMoneyPlan, demoScheme } from './demo-money.js';

describe('the demo money', () => {
  const data = buildDemoData();
  const plan = demoMoneyPlan(data);
  const byCase = new Map(plan.map((p) => [p.caseId, p]));

  it('is a valid scheme marked as demo data, with swap pricing', () => {
    const scheme = demoScheme('轨交17号线');
    expect(scheme.name).toContain('演示数据');
    expect(validateScheme({ items: scheme.items })).toMatchObject({ ok: true });
    expect(scheme.swapPricing.areaPerPerson).toBe('40.00');
  });

  it('signs every case at 已签约 or beyond, at its last signing step, and pays exactly the settled ones in full', () => {
    const signed = data.cases.filter((c) => statusesFrom('signed').includes(c.status));
    expect(plan).toHaveLength(signed.length);
    for (const c of signed) {
      const entry = byCase.get(c.id)!;
      const signing = data.transitions.filter((t) => t.caseId === c.id && t.toStatus === 'signed' && t.fromStatus === 'confirmed');
      expect(entry.signedAt).toEqual(signing.map((t) => t.createdAt).sort((a, b) => a.getTime() - b.getTime()).at(-1));
      expect(entry.paidInFullOn !== null).toBe(SETTLED_STATUSES.includes(c.status));
      expect(entry.method).toBe(c.resettlementStatus === 'none' ? 'monetary' : 'swap');
      expect(entry.agreed !== undefined).toBe(c.subjectType === 'facility' || c.subjectType === 'legacy_base');
    }
  });
});
