import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import type { AgreementMethod } from '../agreement/agreement.entity.js';
import type { PaymentKind, PaymentMethod } from '../payment/payment.entity.js';

/** One signed agreement as the 签约台账 shows it; amounts are fen. */
export interface AgreementLedgerRow {
  projectCode: string;
  sequenceNo: number;
  method: AgreementMethod;
  subjectCode: string;
  party: string;
  signedOn: string;
  compensationFen: bigint;
  agreedFen: bigint;
  paidFen: bigint;
}

/** One payment or reversal as the 支付台账 shows it; a reversal's amount is negative fen. */
export interface PaymentLedgerRow {
  projectCode: string;
  paidOn: string;
  kind: PaymentKind;
  subjectCode: string;
  party: string;
  sequenceNo: number | null;
  method: PaymentMethod;
  bankReference: string | null;
  signedFen: bigint;
  reason: string | null;
}

/** One case of a recalculation preview as the 重新测算差异表 shows it; amounts are fen (new and difference null when it could not be calculated). */
export interface RecalculationDiffRow {
  projectCode: string;
  subjectCode: string;
  party: string;
  oldTotalFen: bigint;
  newTotalFen: bigint | null;
  differenceFen: bigint | null;
  /** The changed lines, fen as decimal text. */
  changes: Array<{ name: string; change: 'added' | 'removed' | 'changed'; oldAmountFen: string | null; newAmountFen: string | null; differenceFen: string }>;
  problem: string | null;
}

/** The subject of a case: its code and who the agreement is made with, whichever kind it is. */
const SUBJECT = `
  LEFT JOIN household h ON c."subjectType" = 'household' AND h.id = c."subjectId"
  LEFT JOIN enterprise e ON c."subjectType" = 'enterprise' AND e.id = c."subjectId"
  LEFT JOIN municipal_facility f ON c."subjectType" = 'facility' AND f.id = c."subjectId"
  LEFT JOIN legacy_base b ON c."subjectType" = 'legacy_base' AND b.id = c."subjectId"`;
const SUBJECT_CODE = 'COALESCE(h.code, e.code, f.code, b.code)';
const PARTY = `COALESCE(h."headName", e.name, f."ownerUnit", b.name)`;

/** Reads the money ledgers the exports write (签约台账, 支付台账), within the projects given (null: all). */
@Injectable()
export class MoneyLedgerRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private where(scope: string[] | null, projectCode: string | undefined, params: unknown[]): string {
    const clauses: string[] = [];
    if (scope) {
      params.push(scope);
      clauses.push(`p.id = ANY($${params.length}::uuid[])`);
    }
    if (projectCode) {
      params.push(projectCode);
      clauses.push(`p.code = $${params.length}`);
    }
    return clauses.length ? `AND ${clauses.join(' AND ')}` : '';
  }

  /** Signed agreements by project, then 签约顺序号 within each method. */
  async agreements(filters: { project?: string }, scope: string[] | null): Promise<AgreementLedgerRow[]> {
    const params: unknown[] = [];
    const rows = await this.connection.manager.query<Array<Record<string, string | number>>>(
      `SELECT p.code AS "projectCode", a."sequenceNo", a.method, ${SUBJECT_CODE} AS "subjectCode", ${PARTY} AS party,
              a."signedOn", a."compensationFen", a."agreedFen", a."paidFen"
         FROM agreement a JOIN project p ON p.id = a."projectId" JOIN case_file c ON c.id = a."caseId" ${SUBJECT}
        WHERE a.status = 'signed' ${this.where(scope, filters.project, params)}
        ORDER BY p.code, a.method, a."sequenceNo"`,
      params,
    );
    return rows.map((r) => ({
      projectCode: String(r.projectCode),
      sequenceNo: Number(r.sequenceNo),
      method: r.method as AgreementMethod,
      subjectCode: String(r.subjectCode),
      party: String(r.party),
      signedOn: String(r.signedOn),
      compensationFen: BigInt(r.compensationFen!),
      agreedFen: BigInt(r.agreedFen!),
      paidFen: BigInt(r.paidFen!),
    }));
  }

  /** The rows of a recalculation preview, by subject code (none when the run's project is outside `scope`). */
  async recalculationDiff(runId: string, scope: string[] | null): Promise<RecalculationDiffRow[]> {
    const params: unknown[] = [runId];
    const rows = await this.connection.manager.query<Array<Record<string, unknown>>>(
      `SELECT p.code AS "projectCode", ${SUBJECT_CODE} AS "subjectCode", ${PARTY} AS party,
              r."oldTotalFen", r."newTotalFen", r."differenceFen", r.changes, r.problem
         FROM recalculation_case r JOIN case_file c ON c.id = r."caseId" JOIN project p ON p.id = c."projectId" ${SUBJECT}
        WHERE r."runId" = $1 ${this.where(scope, undefined, params)}
        ORDER BY ${SUBJECT_CODE}`,
      params,
    );
    const fen = (v: unknown): bigint | null => (v === null || v === undefined ? null : BigInt(v as string));
    return rows.map((r) => ({
      projectCode: String(r.projectCode),
      subjectCode: String(r.subjectCode),
      party: String(r.party),
      oldTotalFen: BigInt(r.oldTotalFen as string),
      newTotalFen: fen(r.newTotalFen),
      differenceFen: fen(r.differenceFen),
      changes: r.changes as RecalculationDiffRow['changes'],
      problem: r.problem === null ? null : String(r.problem),
    }));
  }

  /** Payments and reversals by payment date, as recorded. */
  async payments(filters: { project?: string }, scope: string[] | null): Promise<PaymentLedgerRow[]> {
    const params: unknown[] = [];
    const rows = await this.connection.manager.query<Array<Record<string, string | number | null>>>(
      `SELECT p.code AS "projectCode", pay."paidOn", pay.kind, ${SUBJECT_CODE} AS "subjectCode", ${PARTY} AS party, a."sequenceNo",
              pay.method, pay."bankReference", pay."amountFen", pay.reason
         FROM payment pay JOIN agreement a ON a.id = pay."agreementId" JOIN project p ON p.id = pay."projectId"
         JOIN case_file c ON c.id = pay."caseId" ${SUBJECT}
        WHERE TRUE ${this.where(scope, filters.project, params)}
        ORDER BY pay."paidOn", pay."createdAt"`,
      params,
    );
    return rows.map((r) => ({
      projectCode: String(r.projectCode),
      paidOn: String(r.paidOn),
      kind: r.kind as PaymentKind,
      subjectCode: String(r.subjectCode),
      party: String(r.party),
      sequenceNo: r.sequenceNo === null ? null : Number(r.sequenceNo),
      method: r.method as PaymentMethod,
      bankReference: r.bankReference === null ? null : String(r.bankReference),
      signedFen: r.kind === 'reversal' ? -BigInt(r.amountFen!) : BigInt(r.amountFen!),
      reason: r.reason === null ? null : String(r.reason),
    }));
  }
}
