import { checkHistory, type RecordedStep } from './case-history.js';
import { CASE_TRANSITIONS } from './case-lifecycle.js';

const at = (day: number) => new Date(Date.UTC(2013, 0, day, 2));
const open: RecordedStep = { fromStatus: null, toStatus: 'surveying', kind: 'open', reason: '建档', actor: 'officer', createdAt: at(1) };
const steps: RecordedStep[] = [
  open,
  { fromStatus: 'surveying', toStatus: 'surveyed', kind: 'forward', reason: null, actor: 'officer', createdAt: at(5) },
  { fromStatus: 'surveyed', toStatus: 'confirmed', kind: 'forward', reason: null, actor: 'company', record: 'confirmation', createdAt: at(9) },
  { fromStatus: 'confirmed', toStatus: 'surveyed', kind: 'system', reason: '摸底信息变更，原确认失效', actor: 'officer', createdAt: at(12) },
  { fromStatus: 'surveyed', toStatus: 'confirmed', kind: 'forward', reason: null, actor: 'company', record: 'confirmation', createdAt: at(15) },
  { fromStatus: 'confirmed', toStatus: 'signed', kind: 'forward', reason: null, actor: 'officer', record: 'agreement', createdAt: at(20) },
];
const ending = (history: RecordedStep[]) => ({ status: history.at(-1)!.toStatus, statusChangedAt: history.at(-1)!.createdAt });

describe('checkHistory: a loaded history goes through the lifecycle table', () => {
  it('accepts a history along the table, with a voided confirmation', () => {
    expect(checkHistory(steps, ending(steps))).toBeNull();
  });

  it('refuses a skipped step, a wrong role, a missing reason, a system step other than the void, and a wrong kind', () => {
    const skip = [open, { ...steps[2]!, fromStatus: 'surveying' as const, createdAt: at(5) }];
    expect(checkHistory(skip, ending(skip))).toMatch(/案件不能从“摸底中”变更为“已确认”/);
    const role = [open, { ...steps[1]!, actor: 'company' }];
    expect(checkHistory(role, ending(role))).toMatch(/当前角色不能执行“完成摸底”/);
    const reasonless = [...steps.slice(0, 3), { ...steps[3]!, kind: 'reversal' as const, reason: null }];
    expect(checkHistory(reasonless, ending(reasonless))).toMatch(/必须填写原因/);
    const system = [...steps.slice(0, 2), { ...steps[2]!, kind: 'system' as const }];
    expect(checkHistory(system, ending(system))).toMatch(/a system step/);
    const kind = [open, { ...steps[1]!, kind: 'reversal' as const, reason: '原因' }];
    expect(checkHistory(kind, ending(kind))).toMatch(/recorded as reversal/);
  });

  it('refuses a history that does not open, runs back in time, or does not end where the case is, at that instant', () => {
    expect(checkHistory(steps.slice(1), ending(steps))).toMatch(/opening entry/);
    const late = [open, { ...steps[1]!, createdAt: at(1) }];
    expect(checkHistory(late, ending(late))).toMatch(/not later/);
    expect(checkHistory(steps, { status: 'confirmed', statusChangedAt: at(20) })).toMatch(/ends at signed/);
    expect(checkHistory(steps, { status: 'signed', statusChangedAt: at(21) })).toMatch(/another instant/);
  });

  it('refuses a step only a record causes unless the record is named', () => {
    // Signing is caused by the agreement in the table: without the record the history is refused.
    const unrecorded = [...steps.slice(0, -1), { ...steps.at(-1)!, record: undefined }];
    expect(checkHistory(unrecorded, ending(unrecorded), CASE_TRANSITIONS)).toMatch(/须通过补偿协议办理/);
    expect(checkHistory(steps, ending(steps), CASE_TRANSITIONS)).toBeNull();
  });
});
