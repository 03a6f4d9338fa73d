import { confirmedChangeProblem, SURVEY_STATUSES, surveyStatusProblem } from './ownership-rules.js';

describe('ownership rules', () => {
  it('moves the survey forward only; 已确权 needs a certificate', () => {
    expect(surveyStatusProblem('unsurveyed', 'surveying', null)).toBeNull();
    expect(surveyStatusProblem('surveying', 'confirmed', '沪集有001')).toBeNull();
    expect(surveyStatusProblem('unsurveyed', 'confirmed', '沪集有001')).toBeNull();
    expect(surveyStatusProblem('surveying', 'confirmed', null)).toBe('已确权的土地须填写所有权证书编号');
    expect(surveyStatusProblem('confirmed', 'surveying', 'x')).toBe('调查状态不能从“已确权”改为“调查中”');
    expect(surveyStatusProblem('surveying', 'unsurveyed', null)).toBe('调查状态不能从“调查中”改为“未调查”');
    for (const s of SURVEY_STATUSES) expect(surveyStatusProblem(s, s, 'x')).toBeNull();
  });

  it('a confirmed record keeps its owner, certificate, area and use', () => {
    expect(confirmedChangeProblem('surveying', ['area'])).toBeNull();
    expect(confirmedChangeProblem('confirmed', ['remarks', 'location'])).toBeNull();
    expect(confirmedChangeProblem('confirmed', ['ownerName'])).toContain('已确权的土地不能修改');
  });
});
