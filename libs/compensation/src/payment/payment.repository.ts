import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
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
  constructor(private readonly connection: TransactionalConnection) {}

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
    const query = this.payments.createQueryBuilder('p').orderBy('p.paidOn', 'DESC').addOrderBy('p.createdAt', 'DESC').skip(filters.skip).take(filters.take);
    if (filters.projectIds) query.andWhere('p.projectId = ANY(:ids)', { ids: filters.projectIds });
    if (filters.from) query.andWhere('p.paidOn >= :from', { from: filters.from });
    if (filters.to) query.andWhere('p.paidOn <= :to', { to: filters.to });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }
}
