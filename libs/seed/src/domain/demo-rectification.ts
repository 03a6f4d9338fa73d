import type { DemoData } from './demo-types.js';
import { seedUuid } from './seed-ids.js';

/** A demo violation as the rectification library loads it, with the steps it took. */
export interface DemoViolation {
  id: string;
  kind: 'illegal_land' | 'illegal_building' | 'waste_dumping';
  village: string;
  projectId: string | null;
  parcelId: string | null;
  address: string | null;
  area: string | null;
  volume: string | null;
  discoveredAt: Date;
  responsibleSubjectType: 'household' | null;
  responsibleSubjectId: string | null;
  responsibleText: string | null;
  /** Steps after 已发现: status and day (and the deadline of the notice). */
  steps: Array<{ to: 'notice_issued' | 'rectifying' | 'rectified' | 'demolished'; on: string; deadline?: string; note?: string }>;
}

const at = (day: string) => new Date(`${day}T09:00:00+08:00`);
const DAYS = [
  '2011-08-15',
  '2012-03-20',
  '2012-06-11',
  '2012-09-03',
  '2012-11-27',
  '2013-01-14',
  '2013-02-26',
  '2013-04-09',
  '2013-05-22',
  '2013-07-08',
  '2013-09-16',
  '2013-11-05',
];

/** Closing steps by how far a violation got: 0 found, 1 noticed, 2 rectifying, 3 closed. */
function stepsFor(found: string, stage: number, demolish: boolean): DemoViolation['steps'] {
  const plus = (days: number) => new Date(Date.parse(`${found}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const steps: DemoViolation['steps'] = [];
  // Stock found before 2013 is noticed early in 2013; a new case a fortnight after it was found.
  const noticed = found < '2013-01-01' ? '2013-01-08' : plus(14);
  if (stage >= 1)
    steps.push({
      to: 'notice_issued',
      on: noticed,
      deadline: plus(found < '2013-01-01' ? 600 : 75),
      note: '徐泾镇综合整治办下达限期整改通知',
    });
  if (stage >= 2) steps.push({ to: 'rectifying', on: found < '2013-01-01' ? '2013-02-20' : plus(30) });
  if (stage >= 3)
    steps.push({
      to: demolish ? 'demolished' : 'rectified',
      on: found < '2013-01-01' ? `2013-0${3 + (found.charCodeAt(6) % 6)}-18` : plus(60),
    });
  return steps;
}

/**
 * The demo's 综合整治 register of 2013: stock found before 2013 and new cases found in it, on the demo projects' parcels
 * still being cleared (never on one already handed over or waiting for the company: a violation open there would
 * make a false record, and none would be registered there after the handover) and on land in no project; three
 * illegal buildings are charged to households whose survey is not yet confirmed, so their 无证面积 proposal is for
 * the officer to confirm.
 */
export function demoRectificationPlan(data: DemoData): DemoViolation[] {
  const settledParcels = new Set(data.cases.filter((c) => c.status === 'settled' || c.status === 'handed_over').map((c) => c.parcelId));
  const parcels = data.parcels.filter((p) => p.status !== 'handed_over' && !settledParcels.has(p.id));
  const openCase = new Map(
    data.cases
      .filter((c) => c.subjectType === 'household' && (c.status === 'surveying' || c.status === 'surveyed'))
      .map((c) => [c.subjectId, c]),
  );
  const households = data.households.filter((h) => openCase.has(h.id) && parcels.some((p) => p.id === h.parcelId)).slice(0, 3);
  const plan: DemoViolation[] = [];
  households.forEach((h, i) => {
    plan.push({
      id: seedUuid(`violation:household:${h.code}`),
      kind: 'illegal_building',
      village: h.village,
      projectId: h.projectId,
      parcelId: h.parcelId,
      address: `${h.village}${h.group ?? ''}（${h.code} 宅基地内）`,
      area: ['32.50', '18.00', '45.80'][i]!,
      volume: null,
      discoveredAt: at(DAYS[i * 4]!),
      responsibleSubjectType: 'household',
      responsibleSubjectId: h.id,
      responsibleText: null,
      steps: stepsFor(DAYS[i * 4]!, i, false),
    });
  });
  const kinds = ['illegal_land', 'illegal_building', 'waste_dumping'] as const;
  parcels.slice(0, 9).forEach((p, i) => {
    const found = DAYS[(i * 5 + 1) % DAYS.length]!;
    const kind = kinds[i % 3]!;
    plan.push({
      id: seedUuid(`violation:parcel:${p.code}`),
      kind,
      village: p.village,
      projectId: p.projectId,
      parcelId: p.id,
      address: null,
      area: kind === 'waste_dumping' ? null : `${120 + i * 37}.00`,
      volume: kind === 'waste_dumping' ? `${80 + i * 25}.00` : null,
      discoveredAt: at(found),
      responsibleSubjectType: null,
      responsibleSubjectId: null,
      responsibleText: ['某某建材经营部', '徐泾某物流公司', '个人（姓名待核实）'][i % 3]!,
      steps: stepsFor(found, i % 4, kind === 'illegal_building'),
    });
  });
  // Land in no project: the villages' roadsides and fields.
  const villages = [...new Set(data.parcels.map((p) => p.village))];
  villages.forEach((village, i) => {
    for (let k = 0; k < 2; k += 1) {
      const found = DAYS[(i * 3 + k * 7) % DAYS.length]!;
      const kind = kinds[(i + k) % 3]!;
      plan.push({
        id: seedUuid(`violation:village:${village}:${k}`),
        kind,
        village,
        projectId: null,
        parcelId: null,
        address: `${village} ${k ? '村道旁空地' : '农田边'}`,
        area: kind === 'waste_dumping' ? null : `${60 + i * 11 + k * 5}.00`,
        volume: kind === 'waste_dumping' ? `${150 + i * 20}.00` : null,
        discoveredAt: at(found),
        responsibleSubjectType: null,
        responsibleSubjectId: null,
        responsibleText: '待查',
        steps: stepsFor(found, (i + k) % 4, k === 1),
      });
    }
  });
  return plan;
}
