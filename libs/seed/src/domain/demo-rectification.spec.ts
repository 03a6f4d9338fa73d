import { classifyViolation, stepProblem, VIOLATION_TRANSITIONS } from '@app/land-admin';
import { buildDemoData } from './demo-data.js';
import { demoHandoverPlan } from './demo-handover.js';
import { demoRectificationPlan } from './demo-rectification.js';

describe('demoRectificationPlan', () => {
  const data = buildDemoData();
  const plan = demoRectificationPlan(data);
  const handovers = demoHandoverPlan(data);

  it('holds 2013’s stock and new cases, on parcels, on land in no project and charged to households', () => {
    const origins = plan.map((v) => classifyViolation(v.discoveredAt, 2013));
    expect(origins.filter((o) => o === 'stock').length).toBeGreaterThan(3);
    expect(origins.filter((o) => o === 'new').length).toBeGreaterThan(3);
    expect(origins).not.toContain(null);
    expect(plan.filter((v) => v.parcelId).length).toBeGreaterThan(3);
    expect(plan.filter((v) => !v.projectId).length).toBeGreaterThan(3);
    expect(plan.filter((v) => v.responsibleSubjectType === 'household')).toHaveLength(3);
    expect(new Set(plan.map((v) => v.id)).size).toBe(plan.length);
  });

  it('keeps off parcels handed over or waiting for the company (an open violation there would be false)', () => {
    const held = new Set([...data.parcels.filter((p) => p.status === 'handed_over').map((p) => p.id), ...handovers.map((h) => h.parcelId)]);
    expect(plan.filter((v) => v.parcelId && held.has(v.parcelId))).toEqual([]);
  });

  it('charges illegal buildings only to households whose survey is not yet confirmed, on the household’s own parcel', () => {
    for (const v of plan.filter((x) => x.responsibleSubjectType === 'household')) {
      const household = data.households.find((h) => h.id === v.responsibleSubjectId)!;
      const caseFile = data.cases.find((c) => c.subjectId === household.id)!;
      expect(['surveying', 'surveyed']).toContain(caseFile.status);
      expect(v).toMatchObject({ kind: 'illegal_building', parcelId: household.parcelId, village: household.village });
    }
  });

  it('takes only steps of the transition table, in order and in the past, and measures by kind', () => {
    for (const v of plan) {
      const found = v.discoveredAt.toISOString().slice(0, 10);
      let status: keyof typeof VIOLATION_TRANSITIONS = 'found';
      let last = found;
      for (const step of v.steps) {
        expect(
          stepProblem(
            { to: step.to, on: step.on, deadline: step.deadline ?? null },
            { status, discoveredOn: found, lastStepOn: last, today: '2013-12-31' },
          ),
        ).toBeNull();
        status = step.to;
        last = step.on;
      }
      if (v.kind === 'waste_dumping') expect(v).toMatchObject({ area: null, volume: expect.stringMatching(/^\d+\.00$/) });
      else expect(v).toMatchObject({ volume: null, area: expect.stringMatching(/^\d+\.\d{2}$/) });
    }
  });
});
