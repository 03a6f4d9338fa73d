import { stageChangeProblem, stageDatesProblem, stageSteps } from './base-stage.js';
import type { BaseStageDates } from './resettlement-labels.js';

const today = '2026-06-30';
const dates: BaseStageDates = {
  planning: { planned: '2021-06-30', actual: '2021-05-20' },
  preliminary: { planned: '2022-12-31', actual: '2023-02-10' },
  construction: { planned: '2027-06-30', actual: null },
  completed: { planned: '2027-09-30', actual: null },
  delivering: { planned: '2027-12-31', actual: null },
};

describe('stageDatesProblem', () => {
  it('accepts a base under construction with its earlier stages finished', () => {
    expect(stageDatesProblem('construction', dates, today)).toBeNull();
  });

  it('refuses an actual date after today', () => {
    expect(stageDatesProblem('construction', { ...dates, planning: { planned: null, actual: '2026-07-01' } }, today)).toBe('「规划」的实际完成日期 2026-07-01 不能晚于今天');
  });

  it('needs every earlier stage finished before a base moves on', () => {
    expect(stageDatesProblem('completed', dates, today)).toBe('进入「竣工」前，须先填写「在建」的实际完成日期');
  });

  it('refuses an actual date on a stage not reached yet or on the unfinished current stage', () => {
    expect(stageDatesProblem('preliminary', dates, today)).toBe('当前阶段「前期手续」尚未结束，不能填写实际完成日期；如已完成，请将阶段推进到下一阶段');
    expect(stageDatesProblem('planning', { planning: { planned: null, actual: null }, completed: { planned: null, actual: '2020-01-01' } }, today)).toBe('尚未进入「竣工」，不能填写它的实际完成日期');
  });

  it('lets the last stage carry its actual date', () => {
    const delivered = { ...dates, construction: { planned: null, actual: '2024-01-01' }, completed: { planned: null, actual: '2024-06-01' }, delivering: { planned: null, actual: '2025-01-01' } };
    expect(stageDatesProblem('delivering', delivered, today)).toBeNull();
  });

  it('keeps actual and planned dates in the stages’ order', () => {
    expect(stageDatesProblem('construction', { ...dates, preliminary: { planned: null, actual: '2021-01-01' } }, today)).toBe('「前期手续」的实际完成日期 2021-01-01 不能早于「规划」的 2021-05-20');
    expect(stageDatesProblem('construction', { ...dates, completed: { planned: '2027-01-01', actual: null } }, today)).toBe('「竣工」的计划完成日期 2027-01-01 不能早于「在建」的 2027-06-30');
  });
});

describe('stageChangeProblem', () => {
  it('refuses a move back unless an admin corrects it', () => {
    const back = { from: 'construction' as const, to: 'preliminary' as const, dates: { ...dates, preliminary: { planned: null, actual: null } }, today };
    expect(stageChangeProblem({ ...back, mayMoveBack: false })).toBe('阶段不能从「在建」退回「前期手续」；如确属录入错误，请联系管理员更正');
    expect(stageChangeProblem({ ...back, mayMoveBack: true })).toBeNull();
  });

  it('moves forward when the finished stage has its actual date', () => {
    const finished = { ...dates, construction: { planned: '2027-06-30', actual: '2026-05-01' } };
    expect(stageChangeProblem({ from: 'construction', to: 'completed', dates: finished, today, mayMoveBack: false })).toBeNull();
    expect(stageChangeProblem({ from: 'construction', to: 'completed', dates, today, mayMoveBack: false })).toBe('进入「竣工」前，须先填写「在建」的实际完成日期');
  });
});

describe('stageSteps', () => {
  it('marks done, current and waiting stages and a passed plan as late', () => {
    const steps = stageSteps('construction', dates, '2027-07-01');
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'current', 'waiting', 'waiting']);
    expect(steps.map((s) => s.late)).toEqual([false, false, true, false, false]);
    expect(steps[2]).toMatchObject({ label: '在建', planned: '2027-06-30', actual: null });
  });
});
