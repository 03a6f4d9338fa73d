import { Injectable } from '@nestjs/common';
import { ProjectService } from '@app/land';
import { DISCREPANCY_KIND_LABELS } from '../domain/reconciliation.js';
import { LINE_STATUS_LABELS, STATEMENT_STATUS_LABELS } from '../domain/settlement-rules.js';
import { SettlementLabels } from './settlement-labels.js';
import { ReconciliationRepository, type LedgerTotals } from './reconciliation.repository.js';
import { SettlementService } from './settlement.service.js';

/** A statement as the company receives it, for the `settlement-statement` export. */
export interface StatementExport {
  number: string;
  projectCode: string;
  projectName: string;
  issuedOn: string;
  statusLabel: string;
  managementFeeRate: string | null;
  totalFen: bigint;
  receivedFen: bigint;
  lines: Array<{
    position: number;
    subjectCode: string;
    party: string;
    agreedFen: bigint;
    paidFen: bigint;
    feeFen: bigint;
    totalFen: bigint;
    statusLabel: string;
    disputeReason: string | null;
    live: boolean;
  }>;
}

/** A project's reconciliation for the `reconciliation` export: the ledgers and every discrepancy. */
export interface ReconciliationExport {
  projectCode: string;
  projectName: string;
  totals: LedgerTotals;
  discrepancies: Array<{ kindLabel: string; subjectCode: string | null; party: string | null; statementNumber: string | null; amountFen: bigint }>;
}

/** Read in an export job, as the user who asked for it (their project scope applies: 404 otherwise). */
@Injectable()
export class SettlementExportSource {
  constructor(
    private readonly statements: SettlementService,
    private readonly ledgers: ReconciliationRepository,
    private readonly labels: SettlementLabels,
    private readonly projects: ProjectService,
  ) {}

  /** The statement (404 when the caller may not see it). */
  async statement(id: string): Promise<StatementExport> {
    const d = await this.statements.get(id);
    const project = await this.projects.getByCode(d.projectCode);
    const labels = await this.labels.ofCases(d.lines.map((l) => l.caseId));
    return {
      number: d.statement.number,
      projectCode: project.code,
      projectName: project.name,
      issuedOn: d.statement.issuedOn,
      statusLabel: STATEMENT_STATUS_LABELS[d.statement.status],
      managementFeeRate: d.statement.managementFeeRate,
      totalFen: d.statement.totalFen,
      receivedFen: d.receivedFen,
      lines: d.lines.map((l) => ({
        position: l.position,
        subjectCode: labels.get(l.caseId)?.subjectCode ?? '',
        party: labels.get(l.caseId)?.party ?? '',
        agreedFen: l.agreedFen,
        paidFen: l.paidFen,
        feeFen: l.feeFen,
        totalFen: l.totalFen,
        statusLabel: LINE_STATUS_LABELS[l.status],
        disputeReason: l.disputeReason,
        live: l.status !== 'dropped',
      })),
    };
  }

  /** The project's three ledgers and all its discrepancies (404 when the caller may not see it). */
  async reconciliation(projectCode: string): Promise<ReconciliationExport> {
    const project = await this.projects.getByCode(projectCode);
    const r = await this.ledgers.reconcile(project.id, null, 1_000_000);
    return {
      projectCode: project.code,
      projectName: project.name,
      totals: r.totals,
      discrepancies: r.discrepancies.map((d) => ({
        kindLabel: DISCREPANCY_KIND_LABELS[d.kind],
        subjectCode: d.subjectCode,
        party: d.party,
        statementNumber: d.statementNumber,
        amountFen: d.amountFen,
      })),
    };
  }
}
