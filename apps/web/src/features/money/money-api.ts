import { api, call } from '../../api/client';
import type {
  AgreementPrintView,
  AgreementView,
  CalculationView,
  CaseMoneyView,
  CreateCalculationBody,
  DraftAgreementBody,
  Page,
  PaymentView,
  QueryOf,
  RecordPaymentBody,
  SchemeVersionView,
} from '../../api/views';

/** The case's money: latest calculation, live agreement, payments and balance. */
export const caseMoney = (caseId: string) => call<CaseMoneyView>(api.GET('/api/cases/{id}/money', { params: { path: { id: caseId } } }));

/** The case's calculations, newest first (each marked stale or not). */
export const listCalculations = (caseId: string) =>
  call<CalculationView[]>(api.GET('/api/cases/{id}/calculations', { params: { path: { id: caseId } } }));

/** Calculates the case under its project's published scheme as of `asOf`, with any agreed amounts (a new snapshot). */
export const calculate = (caseId: string, body: CreateCalculationBody) =>
  call<CalculationView>(api.POST('/api/cases/{id}/calculations', { params: { path: { id: caseId } }, body }));

/** The project's scheme versions, newest first (the published one is what a calculation uses). */
export const projectSchemes = (projectCode: string) =>
  call<SchemeVersionView[]>(api.GET('/api/projects/{code}/schemes', { params: { path: { code: projectCode } } }));

/** The scheme version a calculation was made under (its name and number). */
export const schemeVersion = (id: string) => call<SchemeVersionView>(api.GET('/api/schemes/{id}', { params: { path: { id } } }));

/** Drafts the case's agreement from its latest (not stale) calculation. */
export const draftAgreement = (caseId: string, body: DraftAgreementBody) =>
  call<AgreementView>(api.POST('/api/cases/{id}/agreements', { params: { path: { id: caseId } }, body }));

/** Signs the agreement on `signedOn`: the case becomes 已签约 and the agreement gets its 签约顺序号. */
export const signAgreement = (id: string, signedOn: string) =>
  call<AgreementView>(api.POST('/api/agreements/{id}/sign', { params: { path: { id } }, body: { signedOn } }));

/** Voids the agreement with a reason. */
export const voidAgreement = (id: string, reason: string) =>
  call<AgreementView>(api.POST('/api/agreements/{id}/void', { params: { path: { id } }, body: { reason } }));

/** What the print view of an agreement shows (amounts in figures and 大写). */
export const agreementPrint = (id: string) => call<AgreementPrintView>(api.GET('/api/agreements/{id}/print', { params: { path: { id } } }));

/**
 * Records a payment against a signed agreement. `key` is the submission's Idempotency-Key: sent again
 * with the same content (a retry after a lost answer), the api replays the first answer.
 */
export const recordPayment = (agreementId: string, body: RecordPaymentBody, key: string) =>
  call<PaymentView>(
    api.POST('/api/agreements/{id}/payments', { params: { path: { id: agreementId }, header: { 'Idempotency-Key': key } }, body }),
  );

/** Reverses a payment in full, with a reason. */
export const reversePayment = (payment: Pick<PaymentView, 'id' | 'amount'>, reason: string) =>
  call<PaymentView>(
    api.POST('/api/payments/{id}/reversals', { params: { path: { id: payment.id } }, body: { amount: payment.amount, reason } }),
  );

/** A page of payments and reversals, filtered by project and payment date. */
export const listPayments = (query: QueryOf<'/api/payments'>) => call<Page<PaymentView>>(api.GET('/api/payments', { params: { query } }));
