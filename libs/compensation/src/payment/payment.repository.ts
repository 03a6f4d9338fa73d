import { Injectable } from '@nestjs/common';
import type { SubjectType } from '@app/cases';
import { entityRowReader, SnapshotCounts, TransactionalConnection } from '@app/platform';
import { subjectLabelOfCaseSql } from '@app/subjects';
import type { SubjectLabel } from '../shared/subject-labels.js';
import { PaymentRecord } from './payment.entity.js';

export interface PaymentFilters {
  projectIds: string[] | null;
  from?: string;
  to?: string;
  skip: number;
  take: number;
}

/** A payment entry of the list with its project's code and its subject's label (null if the subject is gone). */
export interface LabelledPayment {
  payment: PaymentRecord;
  projectCode: string;
  subject: SubjectLabel | null;
}

/** Database access for payment entries: insert and read, never update. */
@Injectable()
export class PaymentRepository {
  /** The list's totals, counted once per database snapshot. */
  private readonly counts: SnapshotCounts;

  constructor(private readonly connection: TransactionalConnection) {
    this.counts = new SnapshotCounts(connection);
  }

  private get payments() {
    return this.connection.getRepository(PaymentRecord);
  }

  findByKey(idempotencyKey: string): Promise<PaymentRecord | null> {
    return this.payments.findOneBy({ idempotencyKey });
  }

  findById(id: string): Promise<PaymentRecord | null> {
    return this.payments.findOneBy({ id });
  }

  listByAgreement(agreementId: string): Promise<PaymentRecord[]> {
    return this.payments.find({ where: { agreementId }, order: { createdAt: 'ASC' } });
  }

  insert(row: Omit<PaymentRecord, 'id' | 'createdAt' | 'agreement' | 'reverses'>): Promise<PaymentRecord> {
    return this.payments.save(this.payments.create(row));
  }

  /** Reads the list's rows (column names as keys) into entries, transformers applied (made once). */
  private readRow: ((row: Record<string, unknown>) => PaymentRecord) | undefined;

  /**
   * Entries by payment date (then as recorded, then by id), within the projects given (null: all), each with its project's code and
   * its subject's label — one statement for the page, and the total counted once per database snapshot beside it.
   */
  async list(filters: PaymentFilters): Promise<{ items: LabelledPayment[]; total: number }> {
    const [page, pageParams] = this.pageStatement(filters);
    const [count, countParams] = this.countStatement(filters);
    const [rows, total] = await Promise.all([
      this.connection.manager.query<Array<Record<string, unknown>>>(page, pageParams),
      this.counts.count(count, countParams),
    ]);
    this.readRow ??= entityRowReader<PaymentRecord>(this.payments.metadata);
    const items = rows.map((row) => ({
      payment: this.readRow!(row),
      projectCode: String(row.__projectCode ?? ''),
      subject: row.__subjectCode == null ? null : { subjectType: row.__subjectType as SubjectType, subjectCode: String(row.__subjectCode), party: String(row.__party) },
    }));
    return { items, total };
  }

  /**
   * One page of the list: it walks idx_payment_paid_on (or idx_payment_project_paid_on) in the list's order and stops
   * at the page; only the page's rows then get their project's code and their subject's label, looked up by key.
   */
  pageStatement(filters: PaymentFilters): [string, unknown[]] {
    const params: unknown[] = [];
    const where = this.where(filters, params);
    params.push(filters.take, filters.skip);
    const sql = `SELECT p.*, pr.code AS "__projectCode", c."subjectType" AS "__subjectType", s.code AS "__subjectCode", s.party AS "__party"
         FROM (SELECT * FROM payment p WHERE ${where}
                ORDER BY p."paidOn" DESC, p."createdAt" DESC, p.id DESC LIMIT $${params.length - 1} OFFSET $${params.length}) p
         JOIN project pr ON pr.id = p."projectId"
         JOIN case_file c ON c.id = p."caseId"
         LEFT JOIN LATERAL ${subjectLabelOfCaseSql('c')} s ON TRUE
        ORDER BY p."paidOn" DESC, p."createdAt" DESC, p.id DESC`;
    return [sql, params];
  }

  private countStatement(filters: PaymentFilters): [string, unknown[]] {
    const params: unknown[] = [];
    return [`SELECT count(*) FROM payment p WHERE ${this.where(filters, params)}`, params];
  }

  private where(filters: PaymentFilters, params: unknown[]): string {
    const conditions = ['TRUE'];
    if (filters.projectIds?.length === 1) {
      params.push(filters.projectIds[0]);
      conditions.push(`p."projectId" = $${params.length}::uuid`);
    } else if (filters.projectIds) {
      params.push(filters.projectIds);
      conditions.push(`p."projectId" = ANY($${params.length}::uuid[])`);
    }
    if (filters.from) {
      params.push(filters.from);
      conditions.push(`p."paidOn" >= $${params.length}::date`);
    }
    if (filters.to) {
      params.push(filters.to);
      conditions.push(`p."paidOn" <= $${params.length}::date`);
    }
    return conditions.join(' AND ');
  }
}
