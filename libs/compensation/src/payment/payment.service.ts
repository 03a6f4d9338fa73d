import { createHash } from 'node:crypto';
import { BadRequestException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { canSeeProject, currentActor, noteChange, todayInShanghai, TransactionalConnection, visibleProjectIds, yuanToFen, type Page } from '@app/platform';
import { AgreementRepository } from '../agreement/agreement.repository.js';
import { paymentRequestHash } from './payment-request-hash.js';
import { checkPayment, checkReversal, type PaymentEntry } from '../domain/payment-balance.js';
import { yuanText } from '../domain/money.js';
import type { PaymentMethod, PaymentRecord } from './payment.entity.js';
import { PaymentListeners } from './payment-listeners.js';
import { PaymentRepository, type LabelledPayment } from './payment.repository.js';

export interface PaymentInput {
  amount: string;
  paidOn: string;
  method: PaymentMethod;
  bankReference?: string | null;
}

const KEY = /^[\x21-\x7e]{8,100}$/;
const entries = (payments: PaymentRecord[]): PaymentEntry[] =>
  payments.map((p) => ({ id: p.id, kind: p.kind, amountFen: p.amountFen, ...(p.reversesId ? { reverses: p.reversesId } : {}) }));

/** Disbursements (支付) against signed agreements and their reversing entries (冲正); entries never change. */
@Injectable()
export class PaymentService {
  constructor(
    private readonly payments: PaymentRepository,
    private readonly agreements: AgreementRepository,
    private readonly connection: TransactionalConnection,
    private readonly listeners: PaymentListeners,
  ) {}

  /**
   * Records a payment exactly once per Idempotency-Key: under the agreement's row lock, a key already
   * used answers its first payment when the content is the same, and 422 when it is not; otherwise the
   * payment is checked against the balance and written with the agreement's paid total in one transaction.
   */
  async record(agreementId: string, idempotencyKey: string | undefined, input: PaymentInput): Promise<PaymentRecord> {
    const key = idempotencyKey?.trim();
    if (!key || !KEY.test(key)) throw new BadRequestException('请提供 Idempotency-Key 请求头（8–100 个可见 ASCII 字符，每笔支付一个）');
    const amountFen = yuanToFen(input.amount);
    const requestHash = paymentRequestHash(agreementId, { ...input, amountFen });
    return this.connection.transaction(async () => {
      const agreement = await this.agreements.lockById(agreementId);
      if (!agreement || !canSeeProject(agreement.projectId)) throw new NotFoundException('补偿协议不存在');
      const first = await this.payments.findByKey(key);
      if (first) {
        if (first.requestHash !== requestHash) throw new UnprocessableEntityException('该 Idempotency-Key 已用于另一笔内容不同的支付，请为新的支付使用新的 Idempotency-Key');
        return first;
      }
      if (agreement.status !== 'signed') throw new UnprocessableEntityException('只有已签约的补偿协议可以支付');
      const check = checkPayment(agreement.agreedFen, [{ id: 'paid', kind: 'payment', amountFen: agreement.paidFen }], amountFen);
      if (!check.ok) throw new UnprocessableEntityException(check.message);
      const payment = await this.payments.insert({
        agreementId,
        caseId: agreement.caseId,
        projectId: agreement.projectId,
        kind: 'payment',
        purpose: 'compensation',
        amountFen,
        paidOn: input.paidOn,
        method: input.method,
        bankReference: input.bankReference ?? null,
        reversesId: null,
        reason: null,
        idempotencyKey: key,
        requestHash,
        createdBy: currentActor().username,
      });
      if (!(await this.agreements.addPaid(agreementId, amountFen))) throw new UnprocessableEntityException('只有已签约的补偿协议可以支付');
      noteChange({ entityType: 'payment', entityId: payment.id, projectId: agreement.projectId, after: { agreementId, amount: yuanText(amountFen), paidOn: input.paidOn } });
      await this.listeners.paid({ caseId: agreement.caseId, projectId: agreement.projectId, agreementId });
      return payment;
    });
  }

  /** Reverses `amount` of a payment with a reason: a new entry, the agreement's paid total lowered in the same transaction. */
  async reverse(paymentId: string, input: { amount: string; reason: string; paidOn?: string }): Promise<PaymentRecord> {
    return this.connection.transaction(async () => {
      const original = await this.payments.findById(paymentId);
      if (!original || !canSeeProject(original.projectId)) throw new NotFoundException('支付记录不存在');
      if (original.kind !== 'payment') throw new UnprocessableEntityException('冲正记录不能再冲正');
      if (original.purpose !== 'compensation') throw new UnprocessableEntityException('过渡费支付不能在此冲正，请联系管理员处理');
      const agreement = (await this.agreements.lockById(original.agreementId))!;
      const amountFen = yuanToFen(input.amount);
      const check = checkReversal(agreement.agreedFen, entries(await this.payments.listByAgreement(agreement.id)), paymentId, amountFen);
      if (!check.ok) throw new UnprocessableEntityException(check.message);
      const reversal = await this.payments.insert({
        agreementId: agreement.id,
        caseId: agreement.caseId,
        projectId: agreement.projectId,
        kind: 'reversal',
        purpose: original.purpose,
        amountFen,
        paidOn: input.paidOn ?? todayInShanghai(),
        method: original.method,
        bankReference: original.bankReference,
        reversesId: paymentId,
        reason: input.reason,
        idempotencyKey: null,
        requestHash: null,
        createdBy: currentActor().username,
      });
      if (!(await this.agreements.addPaid(agreement.id, -amountFen))) throw new UnprocessableEntityException('协议已不是签约状态，不能冲正');
      noteChange({ entityType: 'payment', entityId: reversal.id, projectId: agreement.projectId, after: { reverses: paymentId, amount: yuanText(amountFen), reason: input.reason } });
      await this.listeners.paid({ caseId: agreement.caseId, projectId: agreement.projectId, agreementId: agreement.id });
      return reversal;
    });
  }

  /** Checks a request's Idempotency-Key header (400 in Chinese when missing or malformed) and answers it trimmed. */
  static requireKey(idempotencyKey: string | undefined): string {
    const key = idempotencyKey?.trim();
    if (!key || !KEY.test(key)) throw new BadRequestException('请提供 Idempotency-Key 请求头（8–100 个可见 ASCII 字符，每笔支付一个）');
    return key;
  }

  /** The stored idempotency key of a household's 过渡费 payment under a batch request's key. */
  static transitionalFeeKey(batchKey: string, caseId: string): string {
    return `tf-${createHash('sha256').update(`${batchKey}\u0000${caseId}`).digest('hex')}`;
  }

  /** The 过渡费 payment made to a case under a batch request's key, if any. */
  findTransitionalFee(batchKey: string, caseId: string): Promise<PaymentRecord | null> {
    return this.payments.findByKey(PaymentService.transitionalFeeKey(batchKey, caseId));
  }

  /**
   * Records a 过渡费 payment (purpose `transitional_fee`) to a household under its signed agreement, once per
   * (batch request key, case): a replay answers the first payment (422 when its content differs). The
   * agreement's paid total (compensation) does not change. Call inside the fee batch's transaction.
   */
  async recordTransitionalFee(agreementId: string, batchKey: string, input: Omit<PaymentInput, 'amount'> & { amountFen: bigint }): Promise<{ payment: PaymentRecord; replayed: boolean }> {
    return this.connection.transaction(async () => {
      const agreement = await this.agreements.lockById(agreementId);
      if (!agreement || !canSeeProject(agreement.projectId)) throw new NotFoundException('补偿协议不存在');
      const key = PaymentService.transitionalFeeKey(batchKey, agreement.caseId);
      const requestHash = paymentRequestHash(agreementId, { ...input, bankReference: input.bankReference ?? null });
      const first = await this.payments.findByKey(key);
      if (first) {
        if (first.requestHash !== requestHash) throw new UnprocessableEntityException('该 Idempotency-Key 已用于另一笔内容不同的支付，请为新的支付使用新的 Idempotency-Key');
        return { payment: first, replayed: true };
      }
      if (agreement.status !== 'signed') throw new UnprocessableEntityException('只有已签约的补偿协议可以支付过渡费');
      if (input.amountFen <= 0n) throw new UnprocessableEntityException('过渡费支付金额必须大于 0');
      const payment = await this.payments.insert({
        agreementId,
        caseId: agreement.caseId,
        projectId: agreement.projectId,
        kind: 'payment',
        purpose: 'transitional_fee',
        amountFen: input.amountFen,
        paidOn: input.paidOn,
        method: input.method,
        bankReference: input.bankReference ?? null,
        reversesId: null,
        reason: null,
        idempotencyKey: key,
        requestHash,
        createdBy: currentActor().username,
      });
      noteChange({ entityType: 'payment', entityId: payment.id, projectId: agreement.projectId, after: { agreementId, purpose: 'transitional_fee', amount: yuanText(input.amountFen), paidOn: input.paidOn } });
      return { payment, replayed: false };
    });
  }

  /** The entries of an agreement, in the order recorded. */
  listByAgreement(agreementId: string): Promise<PaymentRecord[]> {
    return this.payments.listByAgreement(agreementId);
  }

  /** The entries the caller may see, by payment date (finance's list). */
  list(filters: { projectIds?: string[] | null; from?: string; to?: string; page: number; pageSize: number }): Promise<Page<LabelledPayment>> {
    const visible = visibleProjectIds();
    const wanted = filters.projectIds ?? null;
    const projectIds = visible === null ? wanted : wanted ? wanted.filter((id) => visible.includes(id)) : visible;
    return this.payments.list({ projectIds, from: filters.from, to: filters.to, skip: (filters.page - 1) * filters.pageSize, take: filters.pageSize });
  }
}
