export * from './domain/scheme.js';
export * from './domain/subject-facts.js';
export { exampleScheme } from './domain/example-scheme.js';
export {
  validateScheme,
  type SchemeProblem,
  type SchemeProblemCode,
  type SchemeValidation,
  type ValidatedScheme,
} from './domain/validate-scheme.js';
export {
  calculate,
  lineYuan,
  type Calculation,
  type CalculationLine,
  type CalculationProblem,
  type CalculationResult,
} from './domain/calculate.js';
export { fenToDec, formatDecimal, formatYuan, roundToFen, yuanText, type Fen } from './domain/money.js';
export { toChineseCapital } from './domain/amount-in-words.js';
export { diffCalculations, type CalculationDiff, type LineChange, type LineChangeKind } from './domain/diff-calculations.js';
export {
  checkPayment,
  checkReversal,
  paymentBalance,
  type PaymentBalance,
  type PaymentCheck,
  type PaymentEntry,
} from './domain/payment-balance.js';
export {
  swapDifference,
  unitPrices,
  type SwapUnitPrices,
  type SwapBand,
  type SwapDifference,
  type SwapLine,
  type SwapPricing,
  type SwapResult,
} from './domain/swap-difference.js';

import { AgreementRecord } from './agreement/agreement.entity.js';
import { CalculationRecord } from './calculation/calculation.entity.js';
import { PaymentRecord } from './payment/payment.entity.js';
import { RecalculationCase, RecalculationRun } from './recalculation/recalculation-run.entity.js';
import { SchemeVersionRecord } from './scheme/scheme-version.entity.js';

/** Entities owned by the compensation library. */
export const compensationEntities = [SchemeVersionRecord, CalculationRecord, AgreementRecord, PaymentRecord, RecalculationRun, RecalculationCase];
export { CompensationModule } from './compensation.module.js';
export { MoneyInvariantsRepository, type InvariantViolation } from './payment/money-invariants.repository.js';
export { SchemeService } from './scheme/scheme.service.js';
export { CalculationService } from './calculation/calculation.service.js';
export { AgreementService } from './agreement/agreement.service.js';
export { PaymentService } from './payment/payment.service.js';
export { PaymentListeners, type PaymentEvent, type PaymentListener } from './payment/payment-listeners.js';
export { SignedHistoryLoader, type SignedCaseHistory } from './agreement/signed-history.loader.js';
export {
  MoneyLedgerRepository,
  type AgreementLedgerRow,
  type DisclosureRow,
  type LedgerCursor,
  type LedgerPage,
  type PaymentLedgerRow,
  type RecalculationDiffRow,
} from './ledger/money-ledger.repository.js';
export { maskedName } from './domain/disclosure.js';
export { RecalculationService } from './recalculation/recalculation.service.js';
export { RecalculationJobHandler } from './recalculation/recalculation-job.handler.js';
export { AGREEMENT_METHOD_LABELS, type AgreementMethod } from './agreement/agreement.entity.js';
export type { AgreementRecord } from './agreement/agreement.entity.js';
export { PAYMENT_KIND_LABELS, PAYMENT_METHOD_LABELS } from './payment/payment.entity.js';
export { SCHEME_STATUS_LABELS, SCHEME_STATUSES, type SchemeStatus } from './scheme/scheme-version.entity.js';
export { AGREEMENT_METHODS, AGREEMENT_STATUS_LABELS, AGREEMENT_STATUSES, TRANSITION_METHOD_LABELS, TRANSITION_METHODS } from './agreement/agreement.entity.js';
export { PAYMENT_KINDS, PAYMENT_METHODS, PAYMENT_PURPOSES, PAYMENT_PURPOSE_LABELS, type PaymentPurpose } from './payment/payment.entity.js';
export {
  describeTransitionalFeeRule,
  TRANSITIONAL_FEE_BASES,
  TRANSITIONAL_FEE_BASIS_LABELS,
  validateTransitionalFeeRule,
  type TransitionalFeeRule,
  type TransitionalFeeRuleProblem,
} from './domain/transitional-fee-rule.js';
export { fenColumn } from './shared/fen-column.js';
export { ProjectCodes } from './shared/project-codes.js';
