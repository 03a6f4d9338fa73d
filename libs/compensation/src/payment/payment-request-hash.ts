import { createHash } from 'node:crypto';
import { canonicalJson } from '../calculation/subject-facts.reader.js';

/** SHA-256 of what a payment request asks for: the same Idempotency-Key with another hash is another payment. */
export function paymentRequestHash(agreementId: string, input: { amountFen: bigint; paidOn: string; method: string; bankReference?: string | null }): string {
  return createHash('sha256')
    .update(canonicalJson({ agreementId, amountFen: input.amountFen.toString(), paidOn: input.paidOn, method: input.method, bankReference: input.bankReference ?? null }))
    .digest('hex');
}
