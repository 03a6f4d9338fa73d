import {
  classifyViolation,
  isOverdue,
  stepProblem,
  VIOLATION_STATUSES,
  VIOLATION_TRANSITIONS,
  violationInputProblem,
  type ViolationStatus,
} from './violation-rules.js';

describe('classifyViolation: stock (存量) or new (新增) against the year baseline, 1 January in Asia/Shanghai', () => {
  it('2012-12-31 23:59 Shanghai is stock for 2013, 2013-01-01 00:00 Shanghai is new', () => {
    expect(classifyViolation(new Date('2012-12-31T23:59:00+08:00'), 2013)).toBe('stock');
    expect(classifyViolation(new Date('2013-01-01T00:00:00+08:00'), 2013)).toBe('new');
  });

  it('judges by the Shanghai day, not UTC: 2012-12-31T16:00Z is already 1 January in Shanghai', () => {
    expect(classifyViolation(new Date('2012-12-31T15:59:59Z'), 2013)).toBe('stock');
    expect(classifyViolation(new Date('2012-12-31T16:00:00Z'), 2013)).toBe('new');
  });

  it('the last instant of the year is new; the next year is not in the register', () => {
    expect(classifyViolation(new Date('2013-12-31T23:59:59+08:00'), 2013)).toBe('new');
    expect(classifyViolation(new Date('2014-01-01T00:00:00+08:00'), 2013)).toBeNull();
    expect(classifyViolation(new Date('2014-01-01T00:00:00+08:00'), 2014)).toBe('new');
  });
});

describe('the status steps (transition table)', () => {
  const at = (status: ViolationStatus) => ({ status, discoveredOn: '2013-01-05', lastStepOn: '2013-02-01', today: '2013-06-30' });

  it('goes found → notice_issued → rectifying → rectified | demolished, and closed ones take no step', () => {
    const allowed = Object.fromEntries(VIOLATION_STATUSES.map((s) => [s, VIOLATION_TRANSITIONS[s]]));
    expect(allowed).toEqual({
      found: ['notice_issued'],
      notice_issued: ['rectifying'],
      rectifying: ['rectified', 'demolished'],
      rectified: [],
      demolished: [],
    });
  });

  it('allows each listed step and refuses every other, in Chinese', () => {
    for (const from of VIOLATION_STATUSES) {
      for (const to of VIOLATION_STATUSES) {
        const step = { to, on: '2013-03-01', deadline: to === 'notice_issued' ? '2013-04-01' : null };
        const problem = stepProblem(step, at(from));
        if (VIOLATION_TRANSITIONS[from].includes(to)) expect(problem).toBeNull();
        else expect(problem).toMatch(/不能/);
      }
    }
  });

  it('a notice needs a deadline not before its day; other steps take none', () => {
    expect(stepProblem({ to: 'notice_issued', on: '2013-03-01' }, at('found'))).toBe('下达整改通知须填写整改期限');
    expect(stepProblem({ to: 'notice_issued', on: '2013-03-01', deadline: '2013-02-28' }, at('found'))).toMatch(/不能早于通知日期/);
    expect(stepProblem({ to: 'rectifying', on: '2013-03-01', deadline: '2013-04-01' }, at('notice_issued'))).toMatch(/只有下达整改通知/);
  });

  it('a step is not dated in the future nor before the previous one', () => {
    expect(stepProblem({ to: 'rectifying', on: '2013-07-01' }, at('notice_issued'))).toMatch(/不能晚于今天/);
    expect(stepProblem({ to: 'rectifying', on: '2013-01-31' }, at('notice_issued'))).toMatch(/不能早于上一步/);
  });
});

describe('isOverdue', () => {
  it('is open past its deadline; the deadline day itself and closed ones are not overdue', () => {
    expect(isOverdue({ status: 'notice_issued', deadline: '2013-03-31' }, '2013-04-01')).toBe(true);
    expect(isOverdue({ status: 'rectifying', deadline: '2013-04-01' }, '2013-04-01')).toBe(false);
    expect(isOverdue({ status: 'rectified', deadline: '2013-03-31' }, '2013-04-01')).toBe(false);
    expect(isOverdue({ status: 'found', deadline: null }, '2013-04-01')).toBe(false);
  });
});

describe('violationInputProblem', () => {
  const base = { parcel: true, responsibleSubject: false, responsibleText: '张三', discoveredOn: '2013-01-05' };
  it('measures 渣土 by volume and the others by area', () => {
    expect(violationInputProblem({ ...base, kind: 'waste_dumping', volume: '120.5' }, '2013-06-30')).toBeNull();
    expect(violationInputProblem({ ...base, kind: 'waste_dumping', area: '10' }, '2013-06-30')).toMatch(/方量/);
    expect(violationInputProblem({ ...base, kind: 'illegal_building', area: '0.00' }, '2013-06-30')).toMatch(/面积/);
    expect(violationInputProblem({ ...base, kind: 'illegal_land', area: '35', volume: '1' }, '2013-06-30')).toMatch(/不填方量/);
  });
  it('needs a place, a responsible party and a day not in the future', () => {
    expect(violationInputProblem({ ...base, kind: 'illegal_land', area: '35', parcel: false, address: ' ' }, '2013-06-30')).toBe(
      '请填写所在地块或地址',
    );
    expect(violationInputProblem({ ...base, kind: 'illegal_land', area: '35', responsibleText: '' }, '2013-06-30')).toBe(
      '请填写责任人或责任单位',
    );
    expect(violationInputProblem({ ...base, kind: 'illegal_land', area: '35', discoveredOn: '2013-07-01' }, '2013-06-30')).toMatch(
      /不能晚于今天/,
    );
  });
});
