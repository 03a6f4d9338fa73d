import { fromDay, shanghaiDay, shanghaiInstant, toDay } from './calendar.js';
import type { DemoData } from './demo-types.js';
import { seedUuid } from './seed-ids.js';

/** A demo 移交单 as the company library loads it. */
export interface DemoHandover {
  id: string;
  projectId: string;
  parcelId: string;
  handedOverOn: string;
  area: string;
  townPeople: string;
  companyPeople: string;
  remarks: string | null;
  status: 'accepted' | 'submitted';
  createdBy: string;
  answeredBy: string | null;
  answeredAt: Date | null;
  createdAt: Date;
}

const TOWN_PEOPLE = '王建国（动迁办经办人）、陈志强（分管领导）';
const COMPANY_PEOPLE = '张敏（西虹桥公司联络员）';
/** The earliest day a waiting demo 移交单 is dated. */
const SUBMITTED_FROM = '2013-12-16';

/**
 * The 移交单 behind the demo: an accepted one for every handed-over parcel, dated on the day its cases took
 * their handing-over step (recorded by the town an hour before the company accepted it), and a submitted one
 * for every parcel whose cases are all settled — waiting for the company.
 */
export function demoHandoverPlan(data: DemoData): DemoHandover[] {
  const casesByParcel = new Map<string, string[]>();
  for (const c of data.cases) casesByParcel.set(c.parcelId, [...(casesByParcel.get(c.parcelId) ?? []), c.id]);
  const statusOf = new Map(data.cases.map((c) => [c.id, c]));
  const handingOver = new Map<string, Date>();
  for (const step of data.transitions) {
    if (step.toStatus !== 'handed_over' || step.kind !== 'forward') continue;
    const seen = handingOver.get(step.caseId);
    if (!seen || step.createdAt < seen) handingOver.set(step.caseId, step.createdAt);
  }
  const plans: DemoHandover[] = [];
  for (const parcel of data.parcels) {
    const caseIds = casesByParcel.get(parcel.id) ?? [];
    const base = { projectId: parcel.projectId, parcelId: parcel.id, area: parcel.area, townPeople: TOWN_PEOPLE, companyPeople: COMPANY_PEOPLE, createdBy: 'officer' };
    if (parcel.status === 'handed_over') {
      const steps = caseIds.map((id) => handingOver.get(id)).filter((at): at is Date => at !== undefined);
      const acceptedAt = steps.length ? new Date(Math.min(...steps.map((at) => at.getTime()))) : parcel.updatedAt;
      plans.push({
        ...base,
        id: seedUuid(`handover:${parcel.code}`),
        handedOverOn: fromDay(shanghaiDay(acceptedAt)),
        remarks: '演示数据：地块整体移交，地上物已清除',
        status: 'accepted',
        answeredBy: 'company',
        answeredAt: acceptedAt,
        createdAt: new Date(acceptedAt.getTime() - 60 * 60_000),
      });
      continue;
    }
    const cases = caseIds.map((id) => statusOf.get(id)!);
    if (!cases.length || !cases.every((c) => c.status === 'settled')) continue;
    // Recorded lately, at the end of the demo year: a record waiting since early in the year would look forgotten.
    const lastSettled = Math.max(toDay(SUBMITTED_FROM) - 1, ...cases.map((c) => shanghaiDay(c.statusChangedAt)));
    plans.push({
      ...base,
      id: seedUuid(`handover:${parcel.code}`),
      handedOverOn: fromDay(lastSettled + 1),
      remarks: '演示数据：腾地、结算均已完成，待西虹桥公司接收',
      status: 'submitted',
      answeredBy: null,
      answeredAt: null,
      createdAt: shanghaiInstant(lastSettled + 1, 10 * 60),
    });
  }
  return plans;
}
