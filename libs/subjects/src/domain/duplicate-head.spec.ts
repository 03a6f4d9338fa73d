import { duplicateHeadMessage, householdCodeList, isDuplicateHeadReason } from './duplicate-head.js';

describe('一人多户 (duplicate head) wording', () => {
  it('names the other households, at most five of them', () => {
    expect(duplicateHeadMessage('310229********1234', ['GJ17-0012', 'GJ17-0345'])).toBe(
      '户主身份证号 310229********1234 已是本项目 2 户的户主（GJ17-0012、GJ17-0345）；如确属一人多户，请填写原因后再提交',
    );
    const many = Array.from({ length: 25 }, (_, i) => `H-${String(i + 1).padStart(2, '0')}`);
    expect(householdCodeList(many)).toBe('H-01、H-02、H-03、H-04、H-05 等 25 户');
  });

  it('takes a reason of at least two characters after trimming', () => {
    expect(isDuplicateHeadReason('两处宅基地')).toBe(true);
    expect(isDuplicateHeadReason(' 是 ')).toBe(false);
    expect(isDuplicateHeadReason(null)).toBe(false);
    expect(isDuplicateHeadReason(undefined)).toBe(false);
  });
});
