import { SETTLED_STATUSES } from '@app/cases';
import { buildDemoData } from './demo-data.js';
import { demoSettlementPlan } from './demo-settlement.js';

const shanghaiDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

describe('demo settlement plan', () => {
  const data = buildDemoData();
  const plan = demoSettlementPlan(data);

  it('puts every settled (or handed-over) case on exactly one confirmed statement, dated on its settling step', () => {
    const settled = data.cases.filter((c) => SETTLED_STATUSES.includes(c.status)).map((c) => c.id).sort();
    const confirmed = plan.statements.filter((s) => s.kind === 'confirmed').flatMap((s) => s.caseIds);
    expect([...confirmed].sort()).toEqual(settled);
    expect(new Set(confirmed).size).toBe(confirmed.length);
    for (const s of plan.statements.filter((x) => x.kind === 'confirmed')) {
      for (const id of s.caseIds) {
        const step = data.transitions.filter((t) => t.caseId === id && t.fromStatus === 'vacated' && t.toStatus === 'settled').at(-1)!;
        expect(shanghaiDate(step.createdAt)).toBe(s.issuedOn);
      }
    }
  });

  it('leaves a statement waiting for the company with one disputed line of vacated cases, and lists the deliberate discrepancies', () => {
    const waiting = plan.statements.filter((s) => s.kind === 'waiting');
    expect(waiting.length).toBeGreaterThan(0);
    for (const s of waiting) {
      expect(s.disputed && s.caseIds.includes(s.disputed.caseId)).toBe(true);
      expect(s.caseIds.every((id) => data.cases.find((c) => c.id === id)!.status === 'vacated')).toBe(true);
    }
    expect(plan.discrepancies.filter((d) => d.kind === 'received_not_allocated')).toHaveLength(waiting.length);
    const onStatements = new Set(plan.statements.flatMap((s) => s.caseIds));
    for (const d of plan.discrepancies.filter((x) => x.kind === 'agreed_not_in_statement')) expect(onStatements.has(d.caseId!)).toBe(false);
    // Statement numbers run 1, 2, … per project.
    for (const project of data.projects) {
      const seqs = plan.statements.filter((s) => s.projectId === project.id).map((s) => s.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
  });

  it('is the same every time (the demo is deterministic)', () => {
    expect(demoSettlementPlan(buildDemoData())).toEqual(plan);
  });
});
