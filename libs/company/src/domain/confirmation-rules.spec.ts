import { answerProblem, batchClosed, batchHash, canonicalJson, figureTotals, lineDifference, lineState, snapshotHash, submissionProblem, type ConfirmationSnapshot } from './confirmation-rules.js';

const snapshot: ConfirmationSnapshot = {
  subjectType: 'household',
  subjectCode: 'GJ17-0001',
  party: '张三',
  facts: { kind: 'household', areas: { licensed: '120.50', recognised: '118.00' }, recognisedPersons: 3, structure: 'brick_concrete' },
  calculation: { id: 'c1', totalFen: '19039138', lines: [{ code: 'A', name: '房屋补偿', amountFen: '19039138' }] },
};

describe('confirmation rules', () => {
  it('hashes the snapshot by its content, whatever the key order', () => {
    const reordered = { calculation: snapshot.calculation, facts: { structure: 'brick_concrete', recognisedPersons: 3, areas: { recognised: '118.00', licensed: '120.50' }, kind: 'household' }, party: '张三', subjectCode: 'GJ17-0001', subjectType: 'household' };
    expect(snapshotHash(reordered)).toBe(snapshotHash(snapshot));
    expect(snapshotHash(snapshot)).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshotHash({ ...snapshot, facts: { ...snapshot.facts, recognisedPersons: 4 } })).not.toBe(snapshotHash(snapshot));
    expect(canonicalJson({ b: 1, a: [{ d: null, c: undefined }] })).toBe('{"a":[{"d":null}],"b":1}');
  });

  it('hashes a batch over its lines in order', () => {
    const lines = [{ caseId: 'a', contentHash: '1' }, { caseId: 'b', contentHash: '2' }];
    expect(batchHash(lines)).toBe(batchHash([...lines]));
    expect(batchHash(lines)).not.toBe(batchHash([...lines].reverse()));
  });

  it('tells the state of a line and refuses a second answer or answering a voided one', () => {
    expect(lineState({ answer: null, voidedAt: null })).toBe('pending');
    expect(lineState({ answer: 'rejected', voidedAt: null })).toBe('rejected');
    expect(lineState({ answer: 'confirmed', voidedAt: new Date() })).toBe('voided');
    expect(answerProblem({ answer: null, voidedAt: null })).toBeNull();
    expect(answerProblem({ answer: 'confirmed', voidedAt: null })).toBe('该案件已答复（已确认），不能重复答复');
    expect(answerProblem({ answer: 'confirmed', voidedAt: '2013-06-01' })).toBe('该确认已失效，不能再答复');
  });

  it('closes a batch when every line has an answer', () => {
    expect(batchClosed([{ answer: 'confirmed', voidedAt: null }, { answer: null, voidedAt: null }])).toBe(false);
    expect(batchClosed([{ answer: 'confirmed', voidedAt: null }, { answer: 'rejected', voidedAt: null }])).toBe(true);
    expect(batchClosed([])).toBe(false);
  });

  it('names every case that cannot be submitted', () => {
    const label = (s: string) => ({ surveying: '摸底中', confirmed: '已确认' })[s] ?? s;
    expect(submissionProblem([{ code: 'A', status: 'surveyed', inOpenLine: false, otherProject: false }], label)).toBeNull();
    expect(
      submissionProblem(
        [
          { code: 'A', status: 'surveying', inOpenLine: false, otherProject: false },
          { code: 'B', status: 'surveyed', inOpenLine: true, otherProject: false },
          { code: 'C', status: 'surveyed', inOpenLine: false, otherProject: true },
        ],
        label,
      ),
    ).toBe('A 处于“摸底中”状态，只有“已摸底”的案件可以提交确认；B 已在待确认的批次中；C 不属于本项目');
  });

  it('computes differences and totals to the fen', () => {
    expect(lineDifference({ townFen: 10000n, companyFen: 9050n })).toBe(-950n);
    expect(lineDifference({ townFen: 10000n, companyFen: null })).toBeNull();
    expect(lineDifference({ townFen: null, companyFen: 5n })).toBeNull();
    expect(figureTotals([{ townFen: 10001n, companyFen: 9050n }, { townFen: 20000n, companyFen: null }, { townFen: null, companyFen: null }])).toEqual({
      townFen: 30001n,
      companyFen: 29050n,
      differenceFen: -951n,
    });
  });
});
