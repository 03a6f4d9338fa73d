/**
 * 一人多户: one person heading several households of one project is usually a data error (a house
 * recorded twice, a wrong number), sometimes real (a family with two homesteads). Officers are
 * warned and may go ahead only by giving a reason, which is stored on the household.
 */

/** The rule's machine-readable code (in an API refusal's `details`). */
export const DUPLICATE_HEAD_RULE = 'duplicate-head';

/** The rule's name as officers see it (the import's error report, the form). */
export const DUPLICATE_HEAD_RULE_NAME = '户主身份证号重复';

/** Limits of the override reason (characters, after trimming). */
export const DUPLICATE_HEAD_REASON_MIN = 2;
export const DUPLICATE_HEAD_REASON_MAX = 200;

/** At most this many other households are named in a message; `details` carries them all. */
const NAMED_IN_MESSAGE = 5;

/** The other households' codes as a message lists them: `GJ17-0012、GJ17-0345` or `GJ17-0001、… 等 25 户`. */
export function householdCodeList(codes: readonly string[]): string {
  const named = codes.slice(0, NAMED_IN_MESSAGE).join('、');
  return codes.length > NAMED_IN_MESSAGE ? `${named} 等 ${codes.length} 户` : named;
}

/**
 * The refusal when a head's 身份证号 (`maskedIdNumber`, never the full number) already heads the
 * households `otherCodes` of the same project, e.g.
 * `户主身份证号 310229********1234 已是本项目 2 户的户主（GJ17-0012、GJ17-0345）；如确属一人多户，请填写原因后再提交`.
 */
export function duplicateHeadMessage(maskedIdNumber: string, otherCodes: readonly string[]): string {
  return `户主身份证号 ${maskedIdNumber} 已是本项目 ${otherCodes.length} 户的户主（${householdCodeList(otherCodes)}）；如确属一人多户，请填写原因后再提交`;
}

/** Whether `reason` (trimmed, or null) is enough to record the household anyway. */
export function isDuplicateHeadReason(reason: string | null | undefined): boolean {
  return typeof reason === 'string' && reason.trim().length >= DUPLICATE_HEAD_REASON_MIN;
}
