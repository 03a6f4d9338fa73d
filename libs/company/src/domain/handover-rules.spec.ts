import { handoverAnswerProblem, blockersMessage, casesToHandOver, handoverBlockers, handoverInputProblem, handoverSummary, type ParcelCase } from './handover-rules.js';

const c = (status: ParcelCase['status'], subject: string, excludedReason: string | null = null): ParcelCase => ({ caseId: subject, status, subject, excludedReason });

describe('handover rules', () => {
  it('names every unsettled case that is not excluded', () => {
    const cases = [c('settled', '民房 A-1 张三'), c('vacated', '民房 A-2 李四'), c('signed', '企业 A-3 某厂', '长期无法联系，领导批示'), c('handed_over', '民房 A-4 王五')];
    const blockers = handoverBlockers(cases);
    expect(blockers).toEqual([{ caseId: '民房 A-2 李四', status: 'vacated', statusLabel: '已腾地', subject: '民房 A-2 李四', message: '民房 A-2 李四：案件已腾地，尚未结算' }]);
    expect(blockersMessage('A-01', blockers)).toBe('地块 A-01 还有 1 件案件未结算，不能移交：民房 A-2 李四：案件已腾地，尚未结算');
    expect(blockersMessage('A-01', [])).toBeNull();
    expect(casesToHandOver(cases).map((x) => x.subject)).toEqual(['民房 A-1 张三']);
  });

  it('checks the date and the area against the parcel', () => {
    const context = { today: '2014-01-01', parcelArea: '1000.50' };
    expect(handoverInputProblem({ handedOverOn: '2013-12-31', area: '1000.50' }, context)).toBeNull();
    expect(handoverInputProblem({ handedOverOn: '2014-01-02', area: '10' }, context)).toBe('移交日期 2014-01-02 不能晚于今天');
    expect(handoverInputProblem({ handedOverOn: '2013-12-31', area: '0' }, context)).toBe('移交面积必须大于 0');
    expect(handoverInputProblem({ handedOverOn: '2013-12-31', area: '1000.51' }, context)).toBe('移交面积 1000.51 平方米超过地块面积 1000.50 平方米');
  });

  it('answers a record only while it waits for the company', () => {
    expect(handoverAnswerProblem('submitted', 'accept')).toBeNull();
    expect(handoverAnswerProblem('accepted', 'return')).toBe('移交单已接收，不能再退回');
    expect(handoverAnswerProblem('returned', 'accept')).toBe('移交单已退回，不能再接收');
  });

  it('sums the handed-over area exactly', () => {
    const summary = handoverSummary([
      { area: '0.10', status: 'handed_over' },
      { area: '0.20', status: 'handed_over' },
      { area: '99.70', status: 'cleared' },
    ]);
    expect(summary).toEqual({ totalArea: '100.00', handedOverArea: '0.30', percent: 0.3, parcelsByStatus: { handed_over: 2, cleared: 1 } });
    expect(handoverSummary([])).toMatchObject({ totalArea: '0.00', handedOverArea: '0.00', percent: 0 });
  });
});
