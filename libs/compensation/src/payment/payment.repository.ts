import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { SnapshotCounts, TransactionalConnection } from '@app/platform';
import { PaymentRecord } from './payment.entity.js';

export interface PaymentFilters {
  projectIds: string[] | null;
  from?: string;
  to?: string;
  skip: number;
  take: number;
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

  /** Entries by payment date (then as recorded), within the projects given (null: all). */
  async list(filters: PaymentFilters): Promise<{ items: PaymentRecord[]; total: number }> {
    const [count, params] = this.filtered(this.payments.createQueryBuilder('p').select('count(*)'), filters).getQueryAndParameters();
    const [items, total] = await Promise.all([this.pageQuery(filters).getMany(), this.counts.count(count, params)]);
    return { items, total };
  }

  /** One page of the list: it walks idx_payment_paid_on (or idx_payment_project_paid_on) in the list's order. */
  pageQuery(filters: PaymentFilters): SelectQueryBuilder<PaymentRecord> {
    return this.filtered(this.payments.createQueryBuilder('p'), filters)
      .orderBy('p.paidOn', 'DESC')
      .addOrderBy('p.createdAt', 'DESC')
      .offset(filters.skip)
      .limit(filters.take);
  }

  private filtered<T extends SelectQueryBuilder<PaymentRecord>>(query: T, filters: PaymentFilters): T {
    if (filters.projectIds) query.andWhere('p.projectId = ANY(:ids)', { ids: filters.projectIds });
    if (filters.from) query.andWhere('p.paidOn >= :from', { from: filters.from });
    if (filters.to) query.andWhere('p.paidOn <= :to', { to: filters.to });
    return query;
  }


}
