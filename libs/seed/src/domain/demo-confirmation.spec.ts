import { statusesFrom } from '@app/cases';
import { buildDemoData } from './demo-data.js';
import { demoConfirmationPlan } from './demo-confirmation.js';

describe('the demo confirmation batches', () => {
  const data = buildDemoData();
  const batches = demoConfirmationPlan(data);
  const lines = batches.flatMap((b) => b.lines);

  it('backs every case at 已确认 or beyond with exactly one confirmed, non-voided line, answered at its last confirmation step', () => {
    for (const c of data.cases.filter((x) => statusesFrom('confirmed').includes(x.status))) {
      const effective = lines.filter((l) => l.caseId === c.id && l.answer === 'confirmed' && !l.voidedAt);
      expect(effective).toHaveLength(1);
      const last = data.transitions.filter((t) => t.caseId === c.id && t.fromStatus === 'surveyed' && t.toStatus === 'confirmed').sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).at(-1)!;
      expect(effective[0]!.answeredAt).toEqual(last.createdAt);
    }
  });

  it('voids the confirmations of cases sent back to 已摸底, and closes every historical batch on the day it was submitted', () => {
    const voided = lines.filter((l) => l.voidedAt);
    expect(voided.length).toBeGreaterThan(0);
    for (const l of voided) expect(l.voidedAt!.getTime()).toBeGreaterThan(l.answeredAt!.getTime());
    for (const b of batches.filter((x) => x.state === 'closed')) {
      expect(b.lines.every((l) => l.answer !== null)).toBe(true);
      expect(b.closedAt!.getTime()).toBeGreaterThan(b.submittedAt.getTime());
    }
  });

  it('leaves open batches of surveyed cases for the company, with two rejected lines, numbered after the history', () => {
    const open = batches.filter((b) => b.state === 'open');
    expect(open.length).toBe(2);
    const status = new Map(data.cases.map((c) => [c.id, c.status]));
    for (const b of open) for (const l of b.lines) expect(status.get(l.caseId)).toBe('surveyed');
    const rejected = lines.filter((l) => l.answer === 'rejected');
    expect(rejected).toHaveLength(2);
    expect(rejected.every((l) => l.reason?.includes('演示数据'))).toBe(true);
    const pendingCases = lines.filter((l) => l.answer === null).map((l) => l.caseId);
    expect(new Set(pendingCases).size).toBe(pendingCases.length);
    for (const b of open) expect(b.number).toBe(Math.max(...batches.filter((x) => x.projectId === b.projectId).map((x) => x.number)));
  });
});
