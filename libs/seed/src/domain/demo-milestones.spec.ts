import { buildDemoData } from './demo-data.js';
import { demoInventoryPlan } from './demo-inventory.js';
import { demoMilestonePlan } from './demo-milestones.js';

describe('demoMilestonePlan', () => {
  const data = buildDemoData();
  const bases = demoInventoryPlan().bases.filter((b) => ['EL', 'JL', 'MZ'].includes(b.code));
  const plan = demoMilestonePlan(data, bases, { id: 'officer-id', projectCodes: ['GJ17', 'LXYQ'] });
  const assigned = new Set(data.projects.filter((p) => ['GJ17', 'LXYQ'].includes(p.code)).map((p) => p.id));
  const named = (name: string) => plan.find((m) => m.name === name)!;

  it('gives each of the four projects its nodes and the three new bases theirs, each owned by exactly one', () => {
    expect(new Set(plan.filter((m) => m.projectId).map((m) => m.projectId))).toEqual(new Set(data.projects.map((p) => p.id)));
    expect(new Set(plan.filter((m) => m.baseId).map((m) => m.baseId))).toEqual(new Set(bases.map((b) => b.id)));
    expect(plan.every((m) => (m.projectId === null) !== (m.baseId === null))).toBe(true);
    expect(new Set(plan.map((m) => m.id)).size).toBe(plan.length);
  });

  it('dates done nodes and only those, puts every dependency before its dependent and never after it is done', () => {
    const index = new Map(plan.map((m, i) => [m.id, i]));
    for (const m of plan) {
      expect(m.status === 'done').toBe(m.actualOn !== null);
      if (!m.dependsOnId) continue;
      expect(index.get(m.dependsOnId)!).toBeLessThan(index.get(m.id)!);
      if (m.status === 'done') expect(plan[index.get(m.dependsOnId)!]!.status).toBe('done');
    }
  });

  it('reads the base nodes from the bases’ stages: 二联 started, 金联’s procedures under way, 明珠 planning', () => {
    expect(named('二联小高层基地开工建设')).toMatchObject({ status: 'done', actualOn: '2012-04-15' });
    expect(named('二联小高层基地主体结构封顶')).toMatchObject({ status: 'in_progress', actualOn: null, plannedOn: '2014-06-30' });
    expect(named('金联动迁基地规划选址')).toMatchObject({ status: 'done', actualOn: '2012-11-20', responsibleUnit: '规划所' });
    expect(named('金联动迁基地前期手续办理')).toMatchObject({ status: 'in_progress', plannedOn: '2013-12-31' });
    expect(named('明珠家园拓展区规划方案编制报批')).toMatchObject({ status: 'in_progress', responsibleUnit: '规划所' });
  });

  it('makes the officer responsible for the town office’s nodes of their projects and of the bases only', () => {
    const theirs = (m: (typeof plan)[number]) => m.responsibleUnit === '动迁办' && (m.projectId === null || assigned.has(m.projectId));
    expect(plan.filter(theirs).length).toBeGreaterThan(3);
    expect(plan.filter(theirs).every((m) => m.responsibleUserId === 'officer-id' && m.responsibleName === '王建国')).toBe(true);
    expect(plan.filter((m) => !theirs(m)).every((m) => m.responsibleUserId === null)).toBe(true);
  });
});
