import { CASE_STATUSES, surveyFactsEditable } from '@app/cases';
import { referenceLists } from './reference.controller.js';

describe('reference lists', () => {
  it('gives the web app the statuses that lock survey facts, from the lifecycle table', () => {
    const { surveyLockedStatuses } = referenceLists();
    expect(surveyLockedStatuses).toEqual(CASE_STATUSES.filter((s) => !surveyFactsEditable(s)));
    expect(surveyLockedStatuses).toContain('signed');
    expect(surveyLockedStatuses).not.toContain('confirmed');
  });

  it('labels every value of every code list in Chinese', () => {
    const { surveyLockedStatuses: _locked, ...lists } = referenceLists();
    for (const [name, options] of Object.entries(lists)) {
      expect({ name, count: options.length > 0 }).toEqual({ name, count: true });
      for (const o of options) expect(o.label).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
