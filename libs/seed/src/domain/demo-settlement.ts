import { SETTLED_STATUSES } from '@app/cases';
import type { DiscrepancyKind } from '@app/company';
import { fromDay, shanghaiDay } from './calendar.js';
import type { DemoData } from './demo-types.js';

/** Lines per demo statement at most. */
const LINES_PER_STATEMENT = 12;
/** Vacated cases per project put on the statement that waits for the company (one of them disputed). */
const WAITING_LINES = 3;
/** What finance received against the waiting statement before the company answered it: not yet allocated. */
export const DEMO_ADVANCE_FEN = 1_000_000n;

export interface DemoStatementPlan {
  projectId: string;
  projectCode: string;
  seq: number;
  issuedOn: string;
  /** confirmed: every line confirmed and the total received; waiting: lines pending, one disputed, an advance received. */
  kind: 'confirmed' | 'waiting';
  caseIds: string[];
  /** The waiting statement's disputed line. */
  disputed: { caseId: string; reason: string } | null;
  receivedOn: string;
}

/** A discrepancy the demo shows on purpose, as the reconciliation names it. */
export interface DemoDiscrepancy {
  kind: DiscrepancyKind;
  caseId: string | null;
  /** The statement (by project and sequence) for statement-level kinds. */
  statement: { projectCode: string; seq: number } | null;
  why: string;
}

export interface DemoSettlementPlan {
  statements: DemoStatementPlan[];
  /** 预算 and 审定 as a ratio of each project's 送审 (per mille), with the audit report's reference. */
  figures: Array<{ projectId: string; budgetPerMille: number; auditedPerMille: number; auditReportRef: string }>;
  discrepancies: DemoDiscrepancy[];
}

/**
 * The demo's 结算: per project, the settled (and handed-over) cases grouped by the day of their settling
 * step into confirmed statements issued, confirmed and paid in that day (so every such case has a confirmed
 * line covered by receipts); a statement of the first vacated cases waiting for the company with one line
 * disputed and an advance received that is not yet allocated; 预算 and 审定 around the statements' total.
 * The deliberate discrepancies: the advance (received but not allocated), and the vacated cases not yet on a
 * statement (agreed but in no statement).
 */
export function demoSettlementPlan(data: DemoData): DemoSettlementPlan {
  const settledOn = new Map<string, number>();
  for (const t of data.transitions) {
    if (t.fromStatus === 'vacated' && t.toStatus === 'settled') settledOn.set(t.caseId, Math.max(settledOn.get(t.caseId) ?? 0, shanghaiDay(t.createdAt)));
  }
  const statements: DemoStatementPlan[] = [];
  const discrepancies: DemoDiscrepancy[] = [];
  const figures: DemoSettlementPlan['figures'] = [];
  for (const project of data.projects) {
    const cases = data.cases.filter((c) => c.projectId === project.id).sort((a, b) => a.id.localeCompare(b.id));
    const settled = cases.filter((c) => SETTLED_STATUSES.includes(c.status) && settledOn.has(c.id));
    const byDay = new Map<number, string[]>();
    for (const c of settled) byDay.set(settledOn.get(c.id)!, [...(byDay.get(settledOn.get(c.id)!) ?? []), c.id]);
    let seq = 0;
    for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
      const ids = byDay.get(day)!;
      for (let i = 0; i < ids.length; i += LINES_PER_STATEMENT) {
        seq += 1;
        statements.push({ projectId: project.id, projectCode: project.code, seq, issuedOn: fromDay(day), kind: 'confirmed', caseIds: ids.slice(i, i + LINES_PER_STATEMENT), disputed: null, receivedOn: fromDay(day) });
      }
    }
    const vacated = cases.filter((c) => c.status === 'vacated');
    const waiting = vacated.slice(0, WAITING_LINES);
    if (waiting.length) {
      seq += 1;
      const lastDay = Math.max(...[...byDay.keys(), ...data.transitions.filter((t) => waiting.some((c) => c.id === t.caseId)).map((t) => shanghaiDay(t.createdAt))]);
      statements.push({
        projectId: project.id,
        projectCode: project.code,
        seq,
        issuedOn: fromDay(lastDay),
        kind: 'waiting',
        caseIds: waiting.map((c) => c.id),
        disputed: { caseId: waiting.at(-1)!.id, reason: '评估面积与测绘报告不符，请复核（演示数据）' },
        receivedOn: fromDay(lastDay),
      });
      discrepancies.push({ kind: 'received_not_allocated', caseId: null, statement: { projectCode: project.code, seq }, why: '公司预付款，结算行尚未确认' });
    }
    for (const c of vacated.slice(WAITING_LINES)) discrepancies.push({ kind: 'agreed_not_in_statement', caseId: c.id, statement: null, why: '已腾地，待列入下一张结算单' });
    if (seq > 0) figures.push({ projectId: project.id, budgetPerMille: 1050, auditedPerMille: 985, auditReportRef: `${project.code}审〔2014〕${String(figures.length + 1).padStart(2, '0')}号（演示数据）` });
  }
  return { statements, figures, discrepancies };
}
