import { fromDay, shanghaiDay } from './calendar.js';
import { demoHandoverPlan } from './demo-handover.js';
import type { DemoData } from './demo-types.js';
import { seedUuid } from './seed-ids.js';

type Status = 'not_started' | 'in_progress' | 'done' | 'blocked';

/** A demo time node as the targets library loads it. */
export interface DemoMilestone {
  id: string;
  projectId: string | null;
  baseId: string | null;
  name: string;
  plannedOn: string;
  responsibleUnit: string;
  responsibleUserId: string | null;
  responsibleName: string | null;
  status: Status;
  actualOn: string | null;
  dependsOnId: string | null;
  remarks: string | null;
}

/** A base as the plan needs it: its stage and each stage's planned and actual completion dates. */
export interface DemoMilestoneBase {
  id: string;
  code: string;
  stage: string;
  stageDates: Partial<Record<string, { planned: string | null; actual: string | null }>>;
}

const STAGES = ['planning', 'preliminary', 'construction', 'completed', 'delivering'];
const OFFICER_NAME = '王建国';

/**
 * The 2013 advancement plan's time nodes (推进方案, from the town's work report): for each of the four
 * expropriation projects its start, its survey (done on the day its last case was surveyed — from the
 * cases' histories), each parcel's handover (done on its accepted 移交单's date) and its clearance by the
 * project's planned end; “两线一圈” gets the plan's leading group and push plan; the bases get 二联's start
 * of construction and topping-out, 金联's preliminary procedures (the 2013 practical project) and 明珠家园拓展区's
 * planning — each base node's status and actual date read from the base's stage dates. What is not done by
 * its planned date is overdue relative to today.
 */
export function demoMilestonePlan(data: DemoData, bases: readonly DemoMilestoneBase[], officer: { id: string; projectCodes: readonly string[] } | null): DemoMilestone[] {
  const officerProjects = new Set(data.projects.filter((p) => officer?.projectCodes.includes(p.code)).map((p) => p.id));
  const out: DemoMilestone[] = [];
  const node = (key: string, fields: Omit<DemoMilestone, 'id' | 'responsibleUserId' | 'responsibleName' | 'remarks' | 'dependsOnId'> & Partial<DemoMilestone>): string => {
    const id = seedUuid(`milestone:${key}`);
    // the demo officer keeps the town office's nodes of the projects assigned to them and of the bases
    const byOfficer = fields.responsibleUnit === '动迁办' && (fields.projectId === null || officerProjects.has(fields.projectId));
    out.push({ id, responsibleUserId: byOfficer ? (officer?.id ?? null) : null, responsibleName: byOfficer ? OFFICER_NAME : null, remarks: null, dependsOnId: null, ...fields });
    return id;
  };

  const surveyed = new Map<string, Date>();
  for (const step of data.transitions) {
    if (step.toStatus !== 'surveyed' || step.kind !== 'forward') continue;
    const seen = surveyed.get(step.caseId);
    if (!seen || step.createdAt > seen) surveyed.set(step.caseId, step.createdAt);
  }
  const handovers = demoHandoverPlan(data).filter((h) => h.status === 'accepted');

  for (const project of data.projects) {
    const owner = { projectId: project.id, baseId: null };
    const start = project.plannedStartOn ?? '2013-01-31';
    const end = project.plannedEndOn ?? '2013-12-31';
    let previous: string | null = null;
    if (project.code === 'LXYQ') {
      previous = node(`${project.code}:group`, { ...owner, name: '成立推进领导小组，拟定“两线一圈”推进方案', plannedOn: '2013-01-31', responsibleUnit: '动迁办', status: 'done', actualOn: '2013-01-22' });
    }
    const startId: string = node(`${project.code}:start`, { ...owner, name: `${project.name}征收启动`, plannedOn: start, responsibleUnit: '动迁办', status: 'done', actualOn: start, dependsOnId: previous });
    const cases = data.cases.filter((c) => c.projectId === project.id);
    const times = cases.map((c) => surveyed.get(c.id));
    const allSurveyed = cases.length > 0 && times.every((t) => t !== undefined);
    const lastSurvey = allSurveyed ? fromDay(Math.max(...times.map((t) => shanghaiDay(t!)))) : null;
    const surveyId = node(`${project.code}:survey`, {
      ...owner,
      name: project.code === 'LXYQ' ? '“两线一圈”区域摸底（民房、企业、市政设施、遗留基地）' : `${project.name}摸底调查完成`,
      plannedOn: '2013-04-30',
      responsibleUnit: '动迁办',
      status: lastSurvey ? 'done' : 'in_progress',
      actualOn: lastSurvey,
      dependsOnId: startId,
      remarks: `${cases.length} 件案件${lastSurvey ? '均已完成摸底' : '中尚有未完成摸底的'}`,
    });
    const projectHandovers = handovers.filter((h) => h.projectId === project.id);
    for (const h of projectHandovers) {
      const parcel = data.parcels.find((p) => p.id === h.parcelId)!;
      node(`${project.code}:handover:${parcel.code}`, {
        ...owner,
        name: `${parcel.code} 地块移交西虹桥公司`,
        plannedOn: h.handedOverOn,
        responsibleUnit: '西虹桥公司',
        responsibleName: '张敏',
        status: 'done',
        actualOn: h.handedOverOn,
        // a parcel goes over when its own cases are done, before the rest of the project is surveyed
        dependsOnId: startId,
      });
    }
    const allHandedOver = cases.length > 0 && cases.every((c) => c.status === 'handed_over');
    node(`${project.code}:clear`, {
      ...owner,
      name: project.code === 'LXYQ' ? '“两线一圈”区域腾地、移交完成' : `${project.name}全部地块腾地移交`,
      plannedOn: end,
      responsibleUnit: '动迁办',
      status: allHandedOver ? 'done' : 'in_progress',
      actualOn: allHandedOver ? end : null,
      dependsOnId: surveyId,
    });
  }

  const baseNode = (base: DemoMilestoneBase | undefined, key: string, name: string, stage: string, responsibleUnit: string, plannedOn: string | null, dependsOnId: string | null = null) => {
    if (!base) return null;
    const passed = STAGES.indexOf(base.stage) > STAGES.indexOf(stage);
    const actualOn = passed ? (base.stageDates[stage]?.actual ?? null) : null;
    const status: Status = actualOn ? 'done' : base.stage === stage ? 'in_progress' : 'not_started';
    return node(`${base.code}:${key}`, { projectId: null, baseId: base.id, name, plannedOn: plannedOn ?? base.stageDates[stage]?.planned ?? '2013-12-31', responsibleUnit, status, actualOn, dependsOnId });
  };
  const byCode = (code: string) => bases.find((b) => b.code === code);
  // 二联: 开工 = its preliminary procedures completed; 主体封顶 = its construction stage completed
  const el = baseNode(byCode('EL'), 'start', '二联小高层基地开工建设', 'preliminary', '西虹桥公司', '2012-03-31');
  baseNode(byCode('EL'), 'topping', '二联小高层基地主体结构封顶', 'construction', '西虹桥公司', null, el);
  // 金联: the 2013 practical project 金联动迁基地前期手续办理, due by the end of 2013
  const jlPlanning = baseNode(byCode('JL'), 'planning', '金联动迁基地规划选址', 'planning', '规划所', null);
  baseNode(byCode('JL'), 'preliminary', '金联动迁基地前期手续办理', 'preliminary', '动迁办', '2013-12-31', jlPlanning);
  // 明珠家园拓展区: its planning (规划方案编制报批)
  baseNode(byCode('MZ'), 'planning', '明珠家园拓展区规划方案编制报批', 'planning', '规划所', '2013-10-31');
  return out;
}
