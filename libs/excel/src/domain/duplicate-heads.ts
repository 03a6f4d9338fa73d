import { DUPLICATE_HEAD_RULE_NAME, householdCodeList, isDuplicateHeadReason } from '@app/subjects';

/** A row of one chunk about to be written: its household and the head it gives it. */
export interface HeadCandidate {
  projectId: string;
  code: string;
  /** Search hash of the head's 身份证号. */
  headHash: string;
  /** The row's 重复户主原因, or null. */
  reason: string | null;
}

/** A stored household holding one of the chunk's heads. */
export interface StoredHead {
  projectId: string;
  code: string;
  headHash: string;
}

/** Where the rule names the column. */
export const DUPLICATE_HEAD_COLUMN = '户主身份证号';

const key = (projectId: string, part: string) => `${projectId}\u0000${part}`;

/** The rejection text, e.g. `户主身份证号重复：该身份证号已是本项目 2 户的户主（GJ17-0012、GJ17-0345）；…`. */
export function duplicateHeadRejection(otherCodes: string[]): string {
  return (
    `${DUPLICATE_HEAD_RULE_NAME}：该身份证号已是本项目 ${otherCodes.length} 户的户主（${householdCodeList(otherCodes)}）；` +
    '如确属一人多户，请在“重复户主原因”列填写原因后重新导入'
  );
}

/**
 * The 一人多户 rule over one chunk (rows in file order): a row whose head already heads another
 * household of its project — stored, or given by an earlier row of the chunk — is rejected unless it
 * carries a reason. A row that keeps its own household's head is not checked (re-importing a file, or
 * changing other facts of a household recorded before the rule, changes nothing). A stored household
 * that this chunk gives another head no longer counts. Returns the message for each rejected row, null
 * for the others. Earlier chunks are written before a later one is checked, so they count as stored.
 */
export function screenDuplicateHeads(candidates: readonly HeadCandidate[], stored: readonly StoredHead[]): Array<string | null> {
  const newHead = new Map(candidates.map((c) => [key(c.projectId, c.code), c.headHash]));
  const holders = new Map<string, string[]>();
  const hold = (projectId: string, headHash: string, code: string) => {
    const list = holders.get(key(projectId, headHash));
    if (list) list.push(code);
    else holders.set(key(projectId, headHash), [code]);
  };
  for (const s of stored) {
    const moving = newHead.get(key(s.projectId, s.code));
    if (moving === undefined || moving === s.headHash) hold(s.projectId, s.headHash, s.code);
  }
  return candidates.map((c) => {
    const current = holders.get(key(c.projectId, c.headHash)) ?? [];
    if (current.includes(c.code)) return null;
    if (current.length && !isDuplicateHeadReason(c.reason)) return duplicateHeadRejection([...current].sort());
    hold(c.projectId, c.headHash, c.code);
    return null;
  });
}
