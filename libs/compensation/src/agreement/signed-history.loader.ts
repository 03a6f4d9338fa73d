import { Injectable } from '@nestjs/common';
import { CaseService } from '@app/cases';
import { toShanghaiIso } from '@app/platform';
import { CalculationRepository } from '../calculation/calculation.repository.js';
import { storedLines } from '../calculation/calculation.service.js';
import { SubjectFactsReader } from '../calculation/subject-facts.reader.js';
import { calculate } from '../domain/calculate.js';
import { swapDifference, type SwapDifference } from '../domain/swap-difference.js';
import { PaymentRepository } from '../payment/payment.repository.js';
import { paymentRequestHash } from '../payment/payment-request-hash.js';
import { SchemeService } from '../scheme/scheme.service.js';
import { agreedAmount, roleAmount, storedSwap } from './agreement-terms.js';
import type { AgreementMethod } from './agreement.entity.js';
import { AgreementRepository } from './agreement.repository.js';

/** A case signed in the past (demo data, files kept on paper): when, by whom, how, and whether it is paid in full. */
export interface SignedCaseHistory {
  caseId: string;
  signedAt: Date;
  signedBy: string;
  /** Wanted method; a swap falls back to money for a subject with no recognised person. */
  method: AgreementMethod;
  /** Facilities and legacy bases: the agreed amounts by item code. */
  agreed?: Array<{ code: string; amount: string; remark?: string }>;
  /** Paid in full on this date, or null when nothing is paid yet. */
  paidInFullOn: string | null;
}

/**
 * Loads the money of cases whose signing is already in their history (CaseService.loadHistories): for
 * each, in signing order, the calculation under its project's published scheme as of the signing date,
 * the signed agreement with its 签约顺序号, and a payment of the whole amount when it was paid. The same
 * arithmetic, facts and tables as the routes, so the demo's money holds every invariant.
 */
@Injectable()
export class SignedHistoryLoader {
  constructor(
    private readonly cases: CaseService,
    private readonly schemes: SchemeService,
    private readonly facts: SubjectFactsReader,
    private readonly calculations: CalculationRepository,
    private readonly agreements: AgreementRepository,
    private readonly payments: PaymentRepository,
  ) {}

  async load(histories: readonly SignedCaseHistory[]): Promise<void> {
    const ordered = [...histories].sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime());
    const next = new Map<string, number>();
    // One published version per project, read and validated once.
    const published = new Map<string, ReturnType<SchemeService['published']>>();
    for (const h of ordered) {
      const caseFile = (await this.cases.findById(h.caseId))!;
      if (!published.has(caseFile.projectId)) published.set(caseFile.projectId, this.schemes.published(caseFile.projectId));
      const { record: version, scheme } = await published.get(caseFile.projectId)!;
      const signedOn = toShanghaiIso(h.signedAt).slice(0, 10);
      const agreed = h.agreed?.length ? { agreed: Object.fromEntries(h.agreed.map((a) => [a.code, { amount: a.amount, ...(a.remark ? { remark: a.remark } : {}) }])) } : {};
      const facts = { ...(await this.facts.read(caseFile)), asOf: signedOn, ...agreed };
      const result = calculate(scheme, facts);
      if (!result.ok) throw new Error(`case ${h.caseId}: ${result.problems.map((p) => p.message).join('; ')}`);
      const { totalFen } = result.calculation;
      let swap: SwapDifference | null = null;
      const persons = facts.recognisedPersons ?? 0;
      if (h.method === 'swap' && version.swapPricing && persons > 0) {
        const entitled = swapDifference(version.swapPricing, { compensationFen: totalFen, recognisedPersons: persons, housingArea: '1' });
        const housingArea = entitled.ok ? entitled.swap.entitlementArea : null;
        const priced = housingArea ? swapDifference(version.swapPricing, { compensationFen: totalFen, recognisedPersons: persons, housingArea }) : null;
        if (priced?.ok) swap = priced.swap;
      }
      const method: AgreementMethod = swap ? 'swap' : 'monetary';
      const key = `${caseFile.projectId}:${method}`;
      const sequenceNo = next.get(key) ?? (await this.agreements.nextSequenceNo(caseFile.projectId, method));
      next.set(key, sequenceNo + 1);
      const calculation = await this.calculations.insert({
        caseId: h.caseId,
        projectId: caseFile.projectId,
        schemeVersionId: version.id,
        facts,
        lines: storedLines(result.calculation),
        totalFen,
        createdBy: h.signedBy,
      });
      const agreedFen = agreedAmount(totalFen, swap);
      const paidFen = h.paidInFullOn ? agreedFen : 0n;
      const agreement = await this.agreements.insert({
        caseId: h.caseId,
        projectId: caseFile.projectId,
        calculationId: calculation.id,
        method,
        status: 'signed',
        compensationFen: totalFen,
        agreedFen,
        paidFen,
        movingFeeFen: roleAmount(calculation.lines, version.items, 'moving_fee'),
        temporaryResettlementFeeFen: roleAmount(calculation.lines, version.items, 'temporary_resettlement_fee'),
        transitionMethod: method === 'swap' ? 'monetary' : null,
        transitionMonths: method === 'swap' ? 24 : null,
        swapLocation: null,
        swapArea: swap?.housingArea ?? null,
        entitlementArea: swap?.entitlementArea ?? null,
        swap: swap ? storedSwap(swap) : null,
        createdBy: h.signedBy,
        signedOn,
        signedAt: h.signedAt,
        signedBy: h.signedBy,
        sequenceNo,
      });
      if (paidFen > 0n) {
        const input = { amountFen: paidFen, paidOn: h.paidInFullOn!, method: 'bank_transfer' as const, bankReference: null };
        await this.payments.insert({
          agreementId: agreement.id,
          caseId: h.caseId,
          projectId: caseFile.projectId,
          kind: 'payment',
          purpose: 'compensation',
          ...input,
          reversesId: null,
          reason: null,
          idempotencyKey: `demo:${agreement.id}`,
          requestHash: paymentRequestHash(agreement.id, input),
          createdBy: 'finance',
        });
      }
    }
  }
}
