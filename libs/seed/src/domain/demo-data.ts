import type { CaseStatus, SubjectType } from '@app/cases';
import { fromDay, shanghaiInstant, toDay } from './calendar.js';
import { drawResettlement, handoverEntry, planCaseHistory, type HistoryEntry, type ReversalPlan } from './case-history.js';
import { DEMO_ACQUIRER, DEMO_LAST_DAY, PARCEL_PLANS, PROJECT_PLANS, STATUS_PROFILES, type ParcelPlan } from './demo-plan.js';
import type { CaseRow, DemoData, HouseholdRow, MemberRow } from './demo-types.js';
import type { MemberRelation } from '@app/subjects';
import { ResidentIdRegistry } from './family.js';
import { drawHousehold } from './household-draw.js';
import { drawEnterprise, drawFacilities } from './other-subjects.js';
import { SeededRandom } from './random.js';
import { seedUuid } from './seed-ids.js';

/** Shared across parcels while building: unique IDs, names and per-project code counters. */
interface BuildContext {
  data: DemoData;
  residentIds: ResidentIdRegistry;
  enterpriseKeys: Set<string>;
  counters: Map<string, Record<'household' | 'enterprise' | 'facility' | 'legacy', number>>;
}

/** A subject whose case is being planned; the case row is written once the history is complete. */
interface PendingCase {
  subjectType: SubjectType;
  subjectId: string;
  code: string;
  history: HistoryEntry[];
  /** The subject's row, whose `updatedAt` follows the last history entry. */
  subject?: { updatedAt: Date };
}

/** A steady trickle of reversals: about one household in 53 had a step undone and retaken, one in 71 waits where it was sent back. */
const reversalFor = (seq: number): ReversalPlan => (seq % 53 === 17 ? 'mid' : seq % 71 === 29 ? 'end' : 'none');

/**
 * Builds the whole demo: the four 2013 projects, their parcels, a few hundred households per
 * project with families, enterprises, facilities, legacy bases, and one case per subject with its
 * dated history. Pure and deterministic: the same call always returns the same rows.
 */
export function buildDemoData(): DemoData {
  const ctx: BuildContext = {
    data: {
      projects: [],
      parcels: [],
      households: [],
      members: [],
      enterprises: [],
      facilities: [],
      legacyBases: [],
      cases: [],
      transitions: [],
    },
    residentIds: new ResidentIdRegistry(),
    enterpriseKeys: new Set(),
    counters: new Map(),
  };
  for (const plan of PROJECT_PLANS) {
    const createdAt = shanghaiInstant(toDay(plan.createdOn), 10 * 60);
    ctx.data.projects.push({
      id: seedUuid(`project:${plan.code}`),
      code: plan.code,
      name: plan.name,
      zone: plan.zone,
      acquirer: DEMO_ACQUIRER,
      status: 'in_progress',
      plannedStartOn: plan.plannedStartOn,
      plannedEndOn: plan.plannedEndOn,
      remarks: plan.remarks,
      createdAt,
      updatedAt: createdAt,
    });
    ctx.counters.set(plan.code, { household: 0, enterprise: 0, facility: 0, legacy: 0 });
  }
  for (const plan of PARCEL_PLANS) buildParcel(ctx, plan);
  recordDemoDuplicateHead(ctx.data);
  return ctx.data;
}

/**
 * The demo's one deliberate 一人多户 (every other head is a person of their own: ResidentIdRegistry),
 * so 一人多户核查 has something real to show: the head of the first household also heads the second,
 * recorded with the officer's reason; the second household's family is the head alone.
 */
export const DEMO_DUPLICATE_HEAD = {
  first: 'LXYQ-0001',
  second: 'LXYQ-0002',
  reason: '演示数据：户主另有一处宅基地，两处房屋分别登记，经村委会核实',
} as const;

function recordDemoDuplicateHead(data: DemoData): void {
  const first = data.households.find((h) => h.code === DEMO_DUPLICATE_HEAD.first);
  const second = data.households.find((h) => h.code === DEMO_DUPLICATE_HEAD.second);
  if (!first || !second || first.projectId !== second.projectId) throw new Error('demo plan lacks the 一人多户 households');
  second.headName = first.headName;
  second.headIdNumber = first.headIdNumber;
  second.duplicateHeadReason = DEMO_DUPLICATE_HEAD.reason;
  data.members = data.members.filter((m) => m.householdId !== second.id);
  data.members.push({
    id: seedUuid(`member:${second.code}:0`),
    householdId: second.id,
    name: first.headName,
    idNumber: first.headIdNumber,
    relation: 'head',
    ...recognition('head'),
    position: 0,
  });
}

function nextCode(ctx: BuildContext, projectCode: string, kind: 'household' | 'enterprise' | 'facility' | 'legacy'): string {
  const counter = ctx.counters.get(projectCode);
  if (!counter) throw new Error(`parcel of unknown project ${projectCode}`);
  const n = ++counter[kind];
  if (kind === 'household') return `${projectCode}-${String(n).padStart(4, '0')}`;
  const prefix = { enterprise: 'QY', facility: 'SZ', legacy: 'YL' }[kind];
  return `${projectCode}-${prefix}${String(n).padStart(2, '0')}`;
}

function buildParcel(ctx: BuildContext, plan: ParcelPlan): void {
  const rng = SeededRandom.forName(`parcel:${plan.code}`);
  const { data } = ctx;
  const projectId = seedUuid(`project:${plan.projectCode}`);
  const parcelId = seedUuid(`parcel:${plan.code}`);
  const project = data.projects.find((p) => p.id === projectId)!;
  const handedOver = plan.status === 'handed_over';
  const profile = STATUS_PROFILES[plan.profile];
  const from = toDay(plan.surveyFrom);
  const to = toDay(plan.surveyTo);
  const pending: PendingCase[] = [];

  /** Plans the subject's case history; returns the subject's id and timestamps (opened, last changed). */
  const planCase = (subjectType: SubjectType, code: string, target: CaseStatus, surveyedOn: string, reversal: ReversalPlan) => {
    const history = planCaseHistory(rng, { target: target === 'handed_over' ? 'settled' : target, surveyedOn, reversal });
    const id = seedUuid(`${subjectType}:${code}`);
    pending.push({ subjectType, subjectId: id, code, history });
    return { id, projectId, parcelId, code, createdAt: history[0].at, updatedAt: history[history.length - 1].at };
  };
  const attach = <T extends { updatedAt: Date }>(row: T): T => {
    pending[pending.length - 1].subject = row;
    return row;
  };
  const drawStatus = (): CaseStatus => rng.weighted<CaseStatus>(profile);
  // Cases still being surveyed were visited in the last two months of the window.
  const surveyDate = (status: CaseStatus) => fromDay(rng.int(status === 'surveying' ? Math.max(from, to - 60) : from, to));

  for (let i = 0; i < plan.households; i++) {
    const code = nextCode(ctx, plan.projectCode, 'household');
    const target = drawStatus();
    const surveyedOn = surveyDate(target);
    const draw = drawHousehold(rng, ctx.residentIds);
    const subject = planCase('household', code, target, surveyedOn, reversalFor(Number(code.slice(-4))));
    const household: HouseholdRow = {
      ...subject,
      remarks: draw.remarks,
      village: plan.village,
      group: `${plan.groups[Math.floor((i * plan.groups.length) / plan.households)]}组`,
      headName: draw.people[0].name,
      headIdNumber: draw.people[0].idNumber,
      phone: draw.phone,
      registeredPersons: draw.registeredPersons,
      homesteadArea: draw.homesteadArea,
      licensedArea: draw.licensedArea,
      unlicensedArea: draw.unlicensedArea,
      structure: draw.structure,
      yearBuilt: draw.yearBuilt,
      surveyedOn,
    };
    data.households.push(attach(household));
    draw.people.forEach((person, position) => {
      data.members.push({
        id: seedUuid(`member:${code}:${position}`),
        householdId: subject.id,
        name: person.name,
        idNumber: person.idNumber,
        relation: person.relation,
        ...recognition(person.relation),
        position,
      });
    });
  }

  for (let i = 0; i < plan.enterprises; i++) {
    const code = nextCode(ctx, plan.projectCode, 'enterprise');
    const draw = drawEnterprise(rng, plan.village, ctx.enterpriseKeys);
    const target = drawStatus();
    const subject = planCase('enterprise', code, target, surveyDate(target), 'none');
    data.enterprises.push(attach({ ...subject, remarks: null, ...draw }));
  }

  for (const draw of drawFacilities(rng, plan.facilities)) {
    const code = nextCode(ctx, plan.projectCode, 'facility');
    const target = drawStatus();
    const subject = planCase('facility', code, target, surveyDate(target), 'none');
    data.facilities.push(attach({ ...subject, remarks: null, ...draw }));
  }

  for (const base of plan.legacyBases) {
    const code = nextCode(ctx, plan.projectCode, 'legacy');
    const target: CaseStatus = handedOver ? 'handed_over' : rng.weighted<CaseStatus>({ surveyed: 2, confirmed: 1 });
    const subject = planCase('legacy_base', code, target, surveyDate(target), 'none');
    data.legacyBases.push(attach({ ...subject, ...base }));
  }

  // The parcel is handed over once its last case is settled; every case on it follows that day.
  let parcelUpdatedAt = project.createdAt;
  if (handedOver) {
    const handoverDay = Math.max(...pending.map((c) => c.history[c.history.length - 1].day)) + rng.int(5, 20);
    for (const c of pending) {
      const entry = handoverEntry(rng, handoverDay);
      c.history.push(entry);
      if (c.subject) c.subject.updatedAt = entry.at;
    }
    parcelUpdatedAt = shanghaiInstant(handoverDay, 17 * 60);
  }

  data.parcels.push({
    id: parcelId,
    projectId,
    code: plan.code,
    village: plan.village,
    landOwnership: plan.landOwnership,
    area: plan.area,
    status: plan.status,
    remarks: plan.remarks,
    createdAt: project.createdAt,
    updatedAt: parcelUpdatedAt,
  });
  for (const c of pending) writeCase(ctx, c, projectId, parcelId, rng);
}

/** How a demo member was recognised (认定人口): a spouse by 婚入 with the marriage certificate, everyone else by 户籍. */
function recognition(relation: MemberRelation): Pick<MemberRow, 'recognitionBasis' | 'recognitionEvidence'> {
  return relation === 'spouse' ? { recognitionBasis: 'marriage', recognitionEvidence: '结婚证' } : { recognitionBasis: 'household_register', recognitionEvidence: '户口簿' };
}

function writeCase(ctx: BuildContext, c: PendingCase, projectId: string, parcelId: string, rng: SeededRandom): void {
  const caseId = seedUuid(`case:${c.subjectType}:${c.code}`);
  const last = c.history[c.history.length - 1];
  if (last.day > toDay(DEMO_LAST_DAY)) throw new Error(`demo plan runs past ${DEMO_LAST_DAY}: ${c.code}`);
  const row: CaseRow = {
    id: caseId,
    subjectType: c.subjectType,
    subjectId: c.subjectId,
    projectId,
    parcelId,
    status: last.toStatus,
    resettlementStatus: c.subjectType === 'household' ? drawResettlement(rng, last.toStatus) : 'none',
    statusChangedAt: last.at,
    createdAt: c.history[0].at,
    updatedAt: last.at,
  };
  ctx.data.cases.push(row);
  c.history.forEach((entry, index) => {
    ctx.data.transitions.push({
      id: seedUuid(`transition:${c.subjectType}:${c.code}:${index}`),
      caseId,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      kind: entry.kind,
      reason: entry.reason,
      actor: entry.actor,
      ...(entry.record ? { record: entry.record } : {}),
      createdAt: entry.at,
    });
  });
}
