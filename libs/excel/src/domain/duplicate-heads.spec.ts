import { duplicateHeadRejection, screenDuplicateHeads, type HeadCandidate } from './duplicate-heads.js';

const P = 'project-1';
const Q = 'project-2';
const row = (code: string, headHash: string, reason: string | null = null, projectId = P): HeadCandidate => ({
  projectId,
  code,
  headHash,
  reason,
});

describe('screenDuplicateHeads (一人多户 in an import chunk)', () => {
  it('rejects a new household whose head already heads a stored one of the project, naming it', () => {
    expect(
      screenDuplicateHeads(
        [row('H-3', 'a')],
        [
          { projectId: P, code: 'H-1', headHash: 'a' },
          { projectId: P, code: 'H-0', headHash: 'a' },
        ],
      ),
    ).toEqual([duplicateHeadRejection(['H-0', 'H-1'])]);
    expect(duplicateHeadRejection(['H-0', 'H-1'])).toBe(
      '户主身份证号重复：该身份证号已是本项目 2 户的户主（H-0、H-1）；如确属一人多户，请在“重复户主原因”列填写原因后重新导入',
    );
  });

  it('accepts it with a reason of at least 2 characters', () => {
    const stored = [{ projectId: P, code: 'H-1', headHash: 'a' }];
    expect(screenDuplicateHeads([row('H-3', 'a', '另有宅基地')], stored)).toEqual([null]);
    expect(screenDuplicateHeads([row('H-3', 'a', '是')], stored)).toEqual([duplicateHeadRejection(['H-1'])]);
  });

  it('rejects the later of two rows of the chunk with the same head; the first row counts', () => {
    expect(screenDuplicateHeads([row('H-1', 'a'), row('H-2', 'b'), row('H-3', 'a')], [])).toEqual([
      null,
      null,
      duplicateHeadRejection(['H-1']),
    ]);
    // An earlier row accepted with a reason still heads its household.
    expect(screenDuplicateHeads([row('H-1', 'a'), row('H-2', 'a', '两处宅基地'), row('H-3', 'a')], [])).toEqual([
      null,
      null,
      duplicateHeadRejection(['H-1', 'H-2']),
    ]);
  });

  it('leaves a household that keeps its head alone (re-import, other facts changed, recorded before the rule)', () => {
    const stored = [
      { projectId: P, code: 'H-1', headHash: 'a' },
      { projectId: P, code: 'H-2', headHash: 'a' },
    ];
    expect(screenDuplicateHeads([row('H-1', 'a'), row('H-2', 'a')], stored)).toEqual([null, null]);
  });

  it('does not count a stored household the chunk gives another head, nor households of other projects', () => {
    expect(screenDuplicateHeads([row('H-1', 'b'), row('H-2', 'a')], [{ projectId: P, code: 'H-1', headHash: 'a' }])).toEqual([null, null]);
    expect(screenDuplicateHeads([row('H-2', 'a', null, Q)], [{ projectId: P, code: 'H-1', headHash: 'a' }])).toEqual([null]);
    expect(screenDuplicateHeads([row('H-1', 'a'), row('H-1', 'a', null, Q)], [])).toEqual([null, null]);
  });
});
