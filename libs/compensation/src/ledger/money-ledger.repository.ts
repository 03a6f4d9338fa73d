import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { joinSubjectLabel } from '@app/subjects';
import type { AgreementMethod } from '../agreement/agreement.entity.js';
import type { PaymentKind, PaymentMethod } from '../payment/payment.entity.js';
import { maskedName } from '../domain/disclosure.js';

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

/** One signed household agreement as the 阳光征收公示表 posts it (the head's name already masked); areas m² as text. */
export interface DisclosureRow {
  projectCode: string;
  subjectCode: string;
  village: string;
  maskedHead: string;
  licensedArea: string | null;
  unlicensedArea: string | null;
  homesteadArea: string | null;
  compensationFen: bigint;
  signedOn: string;
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

/** A page of a ledger and where the next one starts (null: this was the last). */
export interface LedgerPage<R> {
  rows: R[];
  next: LedgerCursor | null;
}

/** Where a ledger's next page starts: the sort key of the last row read, opaque to the caller. */
export type LedgerCursor = readonly (string | number)[];

/** The subject of a case, whichever kind it is, through the subjects library's `subject_label` view. */
const SUBJECT = joinSubjectLabel('s', 'c');

/**
 * Reads the money ledgers the exports write (签约台账, 支付台账, 重新测算差异表), within the projects given (null: all),
 * a page at a time in a stable order (keyset on the order's columns), so a ledger of any size is never held whole.
 */
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

  /** `(a, b, …) > ($n, $n+1, …)` for the cursor, or nothing on the first page. */
  private after(columns: string, casts: readonly string[], cursor: LedgerCursor | null, params: unknown[]): string {
    if (!cursor) return '';
    const placeholders = cursor.map((value, i) => {
      params.push(value);
      return `$${params.length}::${casts[i]}`;
    });
    return `AND (${columns}) > (${placeholders.join(', ')})`;
  }

  /** Signed agreements by project, then 签约顺序号 within each method. */
  async agreementsPage(filters: { project?: string }, scope: string[] | null, cursor: LedgerCursor | null, limit: number): Promise<LedgerPage<AgreementLedgerRow>> {
    const params: unknown[] = [];
    const where = this.where(scope, filters.project, params);
    const after = this.after('p.code, a.method, a."sequenceNo"', ['text', 'text', 'int'], cursor, params);
    params.push(limit);
    const rows = await this.connection.manager.query<Array<Record<string, string | number>>>(
      `SELECT p.code AS "projectCode", a."sequenceNo", a.method, s.code AS "subjectCode", s.party,
              a."signedOn", a."compensationFen", a."agreedFen", a."paidFen"
         FROM agreement a JOIN project p ON p.id = a."projectId" JOIN case_file c ON c.id = a."caseId" ${SUBJECT}
        WHERE a.status = 'signed' ${where} ${after}
        ORDER BY p.code, a.method, a."sequenceNo"
        LIMIT $${params.length}`,
      params,
    );
    const last = rows.at(-1);
    return {
      rows: rows.map((r) => ({
        projectCode: String(r.projectCode),
        sequenceNo: Number(r.sequenceNo),
        method: r.method as AgreementMethod,
        subjectCode: String(r.subjectCode),
        party: String(r.party),
        signedOn: String(r.signedOn),
        compensationFen: BigInt(r.compensationFen!),
        agreedFen: BigInt(r.agreedFen!),
        paidFen: BigInt(r.paidFen!),
      })),
      next: last && rows.length === limit ? [String(last.projectCode), String(last.method), Number(last.sequenceNo)] : null,
    };
  }

  /**
   * 阳光征收公示: the signed household agreements by project and household code, with the areas their calculation
   * recognised (the facts it was signed on) and the compensation total. The head's name leaves this method masked.
   */
  async disclosurePage(filters: { project?: string }, scope: string[] | null, cursor: LedgerCursor | null, limit: number): Promise<LedgerPage<DisclosureRow>> {
    const params: unknown[] = [];
    const where = this.where(scope, filters.project, params);
    const after = this.after('p.code, s.code', ['text', 'text'], cursor, params);
    params.push(limit);
    const rows = await this.connection.manager.query<Array<Record<string, string | null>>>(
      `SELECT p.code AS "projectCode", s.code AS "subjectCode", COALESCE(pa.village, '') AS village, s.party,
              k.facts->'areas'->>'licensed' AS licensed, k.facts->'areas'->>'unlicensed' AS unlicensed, k.facts->'areas'->>'homestead' AS homestead,
              a."compensationFen"::text AS "compensationFen", a."signedOn"
         FROM agreement a JOIN project p ON p.id = a."projectId" JOIN case_file c ON c.id = a."caseId" ${SUBJECT}
         JOIN calculation k ON k.id = a."calculationId"
         LEFT JOIN parcel pa ON pa.id = c."parcelId"
        WHERE a.status = 'signed' AND c."subjectType" = 'household' ${where} ${after}
        ORDER BY p.code, s.code
        LIMIT $${params.length}`,
      params,
    );
    const last = rows.at(-1);
    return {
      rows: rows.map((r) => ({
        projectCode: String(r.projectCode),
        subjectCode: String(r.subjectCode),
        village: String(r.village),
        maskedHead: maskedName(String(r.party ?? '')),
        licensedArea: r.licensed,
        unlicensedArea: r.unlicensed,
        homesteadArea: r.homestead,
        compensationFen: BigInt(r.compensationFen!),
        signedOn: String(r.signedOn),
      })),
      next: last && rows.length === limit ? [String(last.projectCode), String(last.subjectCode)] : null,
    };
  }

  /** The rows of a recalculation preview, by subject code (none when the run's project is outside `scope`). */
  async recalculationDiffPage(runId: string, scope: string[] | null, cursor: LedgerCursor | null, limit: number): Promise<LedgerPage<RecalculationDiffRow>> {
    const params: unknown[] = [runId];
    const where = this.where(scope, undefined, params);
    const after = this.after('s.code, r."caseId"', ['text', 'uuid'], cursor, params);
    params.push(limit);
    const rows = await this.connection.manager.query<Array<Record<string, unknown>>>(
      `SELECT p.code AS "projectCode", s.code AS "subjectCode", s.party, r."caseId",
              r."oldTotalFen", r."newTotalFen", r."differenceFen", r.changes, r.problem
         FROM recalculation_case r JOIN case_file c ON c.id = r."caseId" JOIN project p ON p.id = c."projectId" ${SUBJECT}
        WHERE r."runId" = $1 ${where} ${after}
        ORDER BY s.code, r."caseId"
        LIMIT $${params.length}`,
      params,
    );
    const fen = (v: unknown): bigint | null => (v === null || v === undefined ? null : BigInt(v as string));
    const last = rows.at(-1);
    return {
      rows: rows.map((r) => ({
        projectCode: String(r.projectCode),
        subjectCode: String(r.subjectCode),
        party: String(r.party),
        oldTotalFen: BigInt(r.oldTotalFen as string),
        newTotalFen: fen(r.newTotalFen),
        differenceFen: fen(r.differenceFen),
        changes: r.changes as RecalculationDiffRow['changes'],
        problem: r.problem === null ? null : String(r.problem),
      })),
      next: last && rows.length === limit ? [String(last.subjectCode), String(last.caseId)] : null,
    };
  }

  /** Compensation payments and reversals by payment date, as recorded (过渡费 payments live in their fee batches). */
  async paymentsPage(filters: { project?: string }, scope: string[] | null, cursor: LedgerCursor | null, limit: number): Promise<LedgerPage<PaymentLedgerRow>> {
    const params: unknown[] = [];
    const where = this.where(scope, filters.project, params);
    const after = this.after('pay."paidOn", pay."createdAt", pay.id', ['date', 'timestamptz', 'uuid'], cursor, params);
    params.push(limit);
    const rows = await this.connection.manager.query<Array<Record<string, string | number | null>>>(
      `SELECT p.code AS "projectCode", pay."paidOn", pay.kind, s.code AS "subjectCode", s.party, a."sequenceNo",
              pay.method, pay."bankReference", pay."amountFen", pay.reason, pay.id, to_char(pay."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.USOF') AS "createdAt"
         FROM payment pay JOIN agreement a ON a.id = pay."agreementId" JOIN project p ON p.id = pay."projectId"
         JOIN case_file c ON c.id = pay."caseId" ${SUBJECT}
        WHERE pay.purpose = 'compensation' ${where} ${after}
        ORDER BY pay."paidOn", pay."createdAt", pay.id
        LIMIT $${params.length}`,
      params,
    );
    const last = rows.at(-1);
    return {
      rows: rows.map((r) => ({
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
      })),
      next: last && rows.length === limit ? [String(last.paidOn), String(last.createdAt), String(last.id)] : null,
    };
  }
}
