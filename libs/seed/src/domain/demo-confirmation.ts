import { statusesFrom, type SubjectType } from '@app/cases';
import { shanghaiDay, shanghaiInstant } from './calendar.js';
import type { DemoData } from './demo-types.js';
import { seedUuid } from './seed-ids.js';

/** A case as a confirmation line names it. */
export interface DemoLineSubject {
  subjectType: SubjectType;
  code: string;
  party: string;
}

export interface DemoConfirmationLine {
  id: string;
  caseId: string;
  projectId: string;
  position: number;
  subject: DemoLineSubject;
  /** The facts shown, from the demo rows; null for a line still open (the seeder reads them as the service would, so the company can confirm it). */
  facts: Record<string, unknown> | null;
  answer: 'confirmed' | 'rejected' | null;
  reason: string | null;
  companyFigureFen: bigint | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  voidedAt: Date | null;
  voidReason: string | null;
}

export interface DemoConfirmationBatch {
  id: string;
  projectId: string;
  number: number;
  state: 'open' | 'closed';
  note: string;
  submittedAt: Date;
  submittedBy: string;
  closedAt: Date | null;
  lines: DemoConfirmationLine[];
}

/** Projects whose demo has batches waiting for the company (the demo company user's), the first with two rejected lines. */
const OPEN_IN = ['GJ17', 'SYQH'] as const;
const OPEN_LINES = 6;
const REJECTIONS = [
  { reason: '无证建筑面积与现场复核不符，请核实后重新提交（演示数据）', companyFigureFen: 18_600_050n },
  { reason: '缺少宅基地使用证明，认定人口需补充材料（演示数据）', companyFigureFen: null },
];
const CONFIRMED = statusesFrom('confirmed');

/** The subject of each demo case and the facts shown of it, from the demo rows. */
function subjects(data: DemoData): Map<string, { subject: DemoLineSubject; facts: Record<string, unknown> }> {
  const persons = new Map<string, number>();
  for (const m of data.members) persons.set(m.householdId, (persons.get(m.householdId) ?? 0) + 1);
  const bySubject = new Map<string, { subject: DemoLineSubject; facts: Record<string, unknown> }>();
  for (const h of data.households) {
    const areas = Object.fromEntries(Object.entries({ licensed: h.licensedArea, unlicensed: h.unlicensedArea, homestead: h.homesteadArea }).filter(([, v]) => v !== null));
    bySubject.set(h.id, {
      subject: { subjectType: 'household', code: h.code, party: h.headName },
      facts: { kind: 'household', areas, structure: h.structure, yearBuilt: h.yearBuilt, recognisedPersons: persons.get(h.id) ?? 0, flags: [] },
    });
  }
  for (const e of data.enterprises) {
    bySubject.set(e.id, {
      subject: { subjectType: 'enterprise', code: e.code, party: e.name },
      facts: { kind: 'enterprise', areas: e.buildingArea ? { licensed: e.buildingArea } : {}, months: e.suspensionMonths, monthlyFigure: e.monthlyLoss },
    });
  }
  for (const f of data.facilities) bySubject.set(f.id, { subject: { subjectType: 'facility', code: f.code, party: f.ownerUnit }, facts: { kind: 'facility' } });
  for (const b of data.legacyBases) bySubject.set(b.id, { subject: { subjectType: 'legacy_base', code: b.code, party: b.name }, facts: { kind: 'legacy_base' } });
  return bySubject;
}

/**
 * The confirmation batches behind the demo's histories: every `surveyed → confirmed` step is a confirmed
 * line of a closed batch of its project and day (submitted that morning, closed with its last answer); a
 * later step back to `surveyed` voids it (the system's 确认失效, or 撤销确认 by hand). Then, after the
 * histories, an open batch of surveyed cases in each of OPEN_IN, the first with two rejected lines.
 */
export function demoConfirmationPlan(data: DemoData): DemoConfirmationBatch[] {
  const bySubject = subjects(data);
  const cases = new Map(data.cases.map((c) => [c.id, c]));
  const steps = [...data.transitions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.caseId.localeCompare(b.caseId));
  const groups = new Map<string, DemoConfirmationLine[]>();
  const effective = new Map<string, DemoConfirmationLine>();
  for (const step of steps) {
    const c = cases.get(step.caseId)!;
    if (step.fromStatus === 'surveyed' && step.toStatus === 'confirmed') {
      const shown = bySubject.get(c.subjectId)!;
      const line: DemoConfirmationLine = {
        id: seedUuid(`confirmation-line:${c.id}:${step.createdAt.toISOString()}`),
        caseId: c.id,
        projectId: c.projectId,
        position: 0,
        subject: shown.subject,
        facts: shown.facts,
        answer: 'confirmed',
        reason: null,
        companyFigureFen: null,
        answeredBy: 'company',
        answeredAt: step.createdAt,
        voidedAt: null,
        voidReason: null,
      };
      const key = `${c.projectId}:${shanghaiDay(step.createdAt)}`;
      groups.set(key, [...(groups.get(key) ?? []), line]);
      effective.set(c.id, line);
    } else if (step.fromStatus === 'confirmed' && step.toStatus === 'surveyed') {
      const line = effective.get(c.id)!;
      line.voidedAt = step.createdAt;
      line.voidReason = step.kind === 'system' ? step.reason : `撤销确认：${step.reason}`;
      effective.delete(c.id);
    }
  }

  const batches: DemoConfirmationBatch[] = [];
  for (const [key, lines] of groups) {
    const [projectId, day] = key.split(':') as [string, string];
    lines.forEach((l, i) => (l.position = i + 1));
    batches.push({
      id: seedUuid(`confirmation-batch:${key}`),
      projectId,
      number: 0,
      state: 'closed',
      note: '',
      submittedAt: shanghaiInstant(Number(day), 8 * 60 + 30),
      submittedBy: 'officer',
      closedAt: lines.map((l) => l.answeredAt!).sort((a, b) => b.getTime() - a.getTime())[0]!,
      lines,
    });
  }

  const lastDay = Math.max(...steps.map((s) => shanghaiDay(s.createdAt)));
  for (const [i, code] of OPEN_IN.entries()) {
    const project = data.projects.find((p) => p.code === code);
    if (!project) continue;
    const waiting = data.cases
      .filter((c) => c.projectId === project.id && c.status === 'surveyed')
      .map((c) => ({ c, shown: bySubject.get(c.subjectId)! }))
      .sort((a, b) => a.shown.subject.code.localeCompare(b.shown.subject.code))
      .slice(0, OPEN_LINES);
    const submittedAt = shanghaiInstant(lastDay + 1, 10 * 60);
    const lines = waiting.map(({ c, shown }, position): DemoConfirmationLine => {
      const rejected = i === 0 ? REJECTIONS[position] : undefined;
      return {
        id: seedUuid(`confirmation-line:open:${c.id}`),
        caseId: c.id,
        projectId: project.id,
        position: position + 1,
        subject: shown.subject,
        facts: null,
        answer: rejected ? 'rejected' : null,
        reason: rejected?.reason ?? null,
        companyFigureFen: rejected?.companyFigureFen ?? null,
        answeredBy: rejected ? 'company' : null,
        answeredAt: rejected ? shanghaiInstant(lastDay + 2, 15 * 60 + position) : null,
        voidedAt: null,
        voidReason: null,
      };
    });
    if (lines.length) {
      batches.push({ id: seedUuid(`confirmation-batch:open:${code}`), projectId: project.id, number: 0, state: 'open', note: '待西虹桥公司确认（演示数据）', submittedAt, submittedBy: 'officer', closedAt: null, lines });
    }
  }

  // Numbered per project in the order submitted.
  batches.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id.localeCompare(b.id));
  const numbers = new Map<string, number>();
  for (const b of batches) {
    const n = (numbers.get(b.projectId) ?? 0) + 1;
    numbers.set(b.projectId, n);
    b.number = n;
    if (!b.note) b.note = `第${n}批确认（演示数据）`;
  }
  for (const c of data.cases) {
    if (CONFIRMED.includes(c.status) && !effective.has(c.id)) throw new Error(`demo case ${c.id} at ${c.status} has no confirmation step`);
  }
  return batches;
}
