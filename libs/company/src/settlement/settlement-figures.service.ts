import { ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { ProjectService } from '@app/land';
import { canSeeProject, canWriteProject, currentActor, fenToYuan, noteChange, toShanghaiIso, yuanToFen } from '@app/platform';
import { DISCREPANCY_KIND_LABELS, DISCREPANCY_KINDS } from '../domain/reconciliation.js';
import { figureDifferences } from '../domain/settlement-rules.js';
import type { UpdateFiguresDto } from './dto/settlement.dto.js';
import { AttachmentRepository } from '../attachment/attachment.repository.js';
import { ReconciliationRepository } from './reconciliation.repository.js';
import { SettlementRepository } from './settlement.repository.js';
import type { ReconciliationView } from './reconciliation.view.js';
import type { SettlementFiguresView } from './settlement.view.js';
import { SETTLEMENT_FINANCE, SettlementService } from './settlement.service.js';

const orNull = (fen: bigint | null): string | null => (fen === null ? null : fenToYuan(fen));
/** How many discrepancies an answer lists (the export lists them all). */
export const DISCREPANCY_LIMIT = 1000;
/** The attachments owner type of a project's audit report (its owner id is the project's id). */
export const AUDIT_REPORT_OWNER = 'audit_report';

/** A project's money with the company (预算 / 送审 / 审定) and the three-ledger reconciliation. */
@Injectable()
export class SettlementFiguresService {
  constructor(
    private readonly settlements: SettlementRepository,
    private readonly ledgers: ReconciliationRepository,
    private readonly projects: ProjectService,
    private readonly statements: SettlementService,
    private readonly attachments: AttachmentRepository,
  ) {}

  /** 预算, 送审 (derived from the statements), 审定 and their differences. */
  async figures(projectCode: string): Promise<SettlementFiguresView> {
    const project = await this.projects.getByCode(projectCode);
    const f = await this.settlements.findFigures(project.id);
    const submittedFen = await this.settlements.submittedFen(project.id);
    const budgetFen = f?.budgetFen ?? null;
    const auditedFen = f?.auditedFen ?? null;
    const d = figureDifferences({ budgetFen, submittedFen, auditedFen });
    // The audit report's file: the latest one finance attached to the project.
    const reports = await this.attachments.listByOwner(AUDIT_REPORT_OWNER, project.id);
    return {
      projectId: project.id,
      projectCode: project.code,
      budget: orNull(budgetFen),
      submitted: fenToYuan(submittedFen),
      audited: orNull(auditedFen),
      submittedLessBudget: orNull(d.submittedLessBudgetFen),
      auditedLessSubmitted: orNull(d.auditedLessSubmittedFen),
      auditedLessBudget: orNull(d.auditedLessBudgetFen),
      auditReportRef: f?.auditReportRef ?? null,
      auditReportAttachmentId: reports.at(-1)?.id ?? f?.auditReportAttachmentId ?? null,
      managementFeeRate: f?.managementFeeRate ?? null,
      updatedBy: f?.updatedBy ?? null,
      updatedAt: f ? toShanghaiIso(f.updatedAt) : null,
    };
  }

  /** Finance enters 预算, 审定 (with the audit report's reference) and the management-fee rate; a field left out stays, null clears it. */
  async update(projectCode: string, dto: UpdateFiguresDto): Promise<SettlementFiguresView> {
    const project = await this.projects.getByCode(projectCode);
    if (!canWriteProject(project.id, SETTLEMENT_FINANCE)) throw new ForbiddenException('只有财务人员可以填写预算、审定金额和管理费率');
    const current = await this.settlements.findFigures(project.id);
    const pick = <K extends keyof UpdateFiguresDto>(k: K) => (dto[k] === undefined ? undefined : dto[k]);
    const next = {
      budgetFen: pick('budget') === undefined ? (current?.budgetFen ?? null) : dto.budget === null ? null : yuanToFen(dto.budget!),
      auditedFen: pick('audited') === undefined ? (current?.auditedFen ?? null) : dto.audited === null ? null : yuanToFen(dto.audited!),
      auditReportRef: pick('auditReportRef') === undefined ? (current?.auditReportRef ?? null) : (dto.auditReportRef?.trim() ?? null),
      auditReportAttachmentId: pick('auditReportAttachmentId') === undefined ? (current?.auditReportAttachmentId ?? null) : (dto.auditReportAttachmentId ?? null),
      managementFeeRate: pick('managementFeeRate') === undefined ? (current?.managementFeeRate ?? null) : (dto.managementFeeRate ?? null),
    };
    if (next.auditedFen !== null && !next.auditReportRef) throw new UnprocessableEntityException('填写审定金额须同时填写审计报告文号');
    await this.settlements.saveFigures({ ...(current ?? {}), projectId: project.id, ...next, updatedBy: currentActor().username });
    noteChange({
      entityType: 'settlement-figures',
      entityId: project.id,
      projectId: project.id,
      before: current
        ? { budget: orNull(current.budgetFen), audited: orNull(current.auditedFen), auditReportRef: current.auditReportRef, managementFeeRate: current.managementFeeRate }
        : {},
      after: { budget: orNull(next.budgetFen), audited: orNull(next.auditedFen), auditReportRef: next.auditReportRef, managementFeeRate: next.managementFeeRate },
    });
    return this.figures(projectCode);
  }

  /** The three ledgers of a project, or of one statement's cases, and their discrepancies. */
  async reconcile(target: { projectCode: string } | { statementId: string }): Promise<ReconciliationView> {
    let projectId: string;
    let projectCode: string;
    let statement: { id: string; number: string } | null = null;
    if ('projectCode' in target) {
      const project = await this.projects.getByCode(target.projectCode);
      projectId = project.id;
      projectCode = project.code;
    } else {
      const found = await this.settlements.findById(target.statementId);
      if (!found || !canSeeProject(found.projectId)) throw new NotFoundException('结算单不存在');
      projectId = found.projectId;
      projectCode = await this.statements.codeOf(found.projectId);
      statement = found;
    }
    const r = await this.ledgers.reconcile(projectId, statement?.id ?? null, DISCREPANCY_LIMIT);
    const t = r.totals;
    const counts = DISCREPANCY_KINDS.filter((k) => r.counts[k]).map((k) => ({ kind: k, kindLabel: DISCREPANCY_KIND_LABELS[k], count: r.counts[k]! }));
    return {
      projectCode,
      statementId: statement?.id ?? null,
      statementNumber: statement?.number ?? null,
      totals: {
        agreed: fenToYuan(t.agreedFen),
        disbursed: fenToYuan(t.disbursedFen),
        received: fenToYuan(t.receivedFen),
        allocated: fenToYuan(t.allocatedFen),
        statementTotal: fenToYuan(t.statementTotalFen),
        agreedLessDisbursed: fenToYuan(t.agreedFen - t.disbursedFen),
        disbursedLessReceived: fenToYuan(t.disbursedFen - t.receivedFen),
        cases: t.cases,
      },
      balanced: counts.length === 0,
      counts,
      discrepancies: r.discrepancies.map((d) => ({
        kind: d.kind,
        kindLabel: DISCREPANCY_KIND_LABELS[d.kind],
        caseId: d.caseId,
        subjectCode: d.subjectCode,
        party: d.party,
        statementId: d.statementId,
        statementNumber: d.statementNumber,
        amount: fenToYuan(d.amountFen),
      })),
    };
  }
}
