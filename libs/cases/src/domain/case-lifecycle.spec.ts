import {
  CASE_STATUSES,
  CASE_TRANSITIONS,
  checkTransition,
  isCaseStatus,
  nextSteps,
  checkOpening,
  forwardPath,
  HANDED_OVER_STATUSES,
  SETTLED_STATUSES,
  statusesFrom,
  SURVEY_LOCKED_STATUSES,
  surveyFactsEditable,
  surveyIncomplete,
  type TransitionRule,
  type CaseStatus,
  type Role,
} from './case-lifecycle.js';

const FORWARD_LINE: CaseStatus[] = ['surveying', 'surveyed', 'confirmed', 'signed', 'vacated', 'settled', 'handed_over'];
const ALL_ROLES: Role[] = ['admin', 'officer', 'finance', 'leader', 'company'];
/** Facts under which every guard passes, so a test sees only what it is about. */
const GUARDS_PASS = { surveyComplete: null, parcelHandedOver: null };
/** The record a step needs when only a record may cause it (signing and its reversal: the agreement). */
const recordOf = (from: CaseStatus, to: CaseStatus) => CASE_TRANSITIONS.find((r) => r.from === from && r.to === to)?.causedBy?.record;

describe('case lifecycle', () => {
  it('has the statuses of the domain, in lifecycle order', () => {
    expect([...CASE_STATUSES]).toEqual(FORWARD_LINE);
  });

  describe('forward steps', () => {
    it.each(FORWARD_LINE.slice(0, -1).map((from, i) => [from, FORWARD_LINE[i + 1]!] as const))(
      '%s → %s is allowed without a reason',
      (from, to) => {
        const check = checkTransition(from, to, { guards: GUARDS_PASS, record: recordOf(from, to) });
        expect(check).toMatchObject({ ok: true, rule: { from, to, kind: 'forward', reasonRequired: false } });
      },
    );

    it('are exactly the steps along the line, one at a time', () => {
      const forward = CASE_TRANSITIONS.filter((r) => r.kind === 'forward').map((r) => [r.from, r.to]);
      expect(forward).toEqual(FORWARD_LINE.slice(0, -1).map((from, i) => [from, FORWARD_LINE[i + 1]]));
    });
  });

  describe('reversals', () => {
    const reversals = FORWARD_LINE.slice(1).map((from, i) => [from, FORWARD_LINE[i]!] as const);

    it('are exactly one step back from every status after the first', () => {
      expect(CASE_TRANSITIONS.filter((r) => r.kind === 'reversal').map((r) => [r.from, r.to])).toEqual(reversals);
    });

    it.each(reversals)('%s → %s requires a reason', (from, to) => {
      for (const reason of [undefined, null, '', '   ']) {
        expect(checkTransition(from, to, { reason, record: recordOf(from, to) })).toEqual({
          ok: false,
          code: 'reason_required',
          message: expect.stringMatching(/必须填写原因$/),
        });
      }
      expect(checkTransition(from, to, { reason: '户主提供了新的产证', record: recordOf(from, to) })).toMatchObject({
        ok: true,
        rule: { kind: 'reversal', reasonRequired: true },
      });
    });

    it('names the step in the missing-reason message', () => {
      expect(checkTransition('confirmed', 'surveyed')).toMatchObject({ message: '“撤销确认”必须填写原因' });
    });
  });

  describe('refusals', () => {
    it('refuses skipping a step (surveying → confirmed) with a Chinese message', () => {
      expect(checkTransition('surveying', 'confirmed', { guards: GUARDS_PASS })).toEqual({
        ok: false,
        code: 'not_allowed',
        message: '案件不能从“摸底中”变更为“已确认”',
      });
    });

    it('refuses going back more than one step even with a reason', () => {
      expect(checkTransition('signed', 'surveying', { reason: '重新摸底' })).toMatchObject({ ok: false, code: 'not_allowed' });
    });

    it('refuses an unknown status', () => {
      expect(checkTransition('surveying', 'archived')).toEqual({ ok: false, code: 'unknown_status', message: '未知的案件状态：archived' });
      expect(checkTransition('surveying', '')).toMatchObject({ ok: false, code: 'unknown_status' });
      expect(checkTransition('surveying', 'toString')).toMatchObject({ ok: false, code: 'unknown_status' });
    });

    it('refuses moving to the status the case already has', () => {
      for (const status of CASE_STATUSES) {
        expect(checkTransition(status, status, { reason: 'x', guards: GUARDS_PASS })).toMatchObject({ ok: false, code: 'same_status' });
      }
      expect(checkTransition('signed', 'signed')).toMatchObject({ message: '案件已处于“已签约”状态' });
    });
  });

  it('allows a pair of statuses exactly when the table has it (exhaustive)', () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        const inTable = CASE_TRANSITIONS.some((r) => r.from === from && r.to === to);
        const check = checkTransition(from, to, { reason: '原因', roles: ['admin'], guards: GUARDS_PASS, record: recordOf(from, to) });
        expect({ from, to, ok: check.ok }).toEqual({ from, to, ok: inTable });
        if (!check.ok) expect(check.code).toBe(from === to ? 'same_status' : 'not_allowed');
      }
    }
  });

  it('has at most one rule per pair and only known statuses and roles', () => {
    const pairs = CASE_TRANSITIONS.map((r) => `${r.from}>${r.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const rule of CASE_TRANSITIONS) {
      expect(isCaseStatus(rule.from) && isCaseStatus(rule.to)).toBe(true);
      expect(rule.roles.length).toBeGreaterThan(0);
      for (const role of rule.roles) expect(ALL_ROLES).toContain(role);
      expect(rule.label).toMatch(/[\u4e00-\u9fa5]/);
      expect(rule.reasonRequired).toBe(rule.kind === 'reversal');
    }
  });

  describe('roles', () => {
    it('lets the company confirm and not the officer', () => {
      expect(checkTransition('surveyed', 'confirmed', { roles: ['company'], record: 'confirmation' })).toMatchObject({ ok: true });
      expect(checkTransition('surveyed', 'confirmed', { roles: ['officer'] })).toEqual({
        ok: false,
        code: 'role_forbidden',
        message: '当前角色不能执行“公司确认”',
      });
    });

    it('lets a 结算单 settle for finance or the company (whose confirmation may complete it), never the officer', () => {
      expect(checkTransition('vacated', 'settled', { roles: ['finance'], record: 'settlement' })).toMatchObject({ ok: true });
      expect(checkTransition('vacated', 'settled', { roles: ['company'], record: 'settlement' })).toMatchObject({ ok: true });
      expect(checkTransition('vacated', 'settled', { roles: ['officer'], record: 'settlement' })).toMatchObject({ ok: false, code: 'role_forbidden' });
      expect(checkTransition('vacated', 'settled', { roles: ['finance'] })).toEqual({
        ok: false,
        code: 'record_required',
        message: '“完成结算”须通过结算单办理，不能直接变更案件状态',
      });
      expect(checkTransition('settled', 'vacated', { roles: ['finance'], reason: '结算单有误' })).toMatchObject({ ok: true });
    });

    it('lets leadership read but never change a status', () => {
      for (const rule of CASE_TRANSITIONS) {
        expect(checkTransition(rule.from, rule.to, { roles: ['leader'], reason: '原因', guards: GUARDS_PASS })).toMatchObject({
          ok: false,
          code: 'role_forbidden',
        });
      }
    });

    it('lets the administrator take every step', () => {
      for (const rule of CASE_TRANSITIONS) {
        expect(checkTransition(rule.from, rule.to, { roles: ['admin'], reason: '原因', guards: GUARDS_PASS, record: rule.causedBy?.record })).toMatchObject({ ok: true });
      }
    });

    it('accepts a user holding several roles when any of them may take the step', () => {
      expect(checkTransition('surveyed', 'confirmed', { roles: ['officer', 'company'], record: 'confirmation' })).toMatchObject({ ok: true });
    });

    it('refuses a user with no roles', () => {
      expect(checkTransition('surveyed', 'confirmed', { roles: [] })).toMatchObject({ ok: false, code: 'role_forbidden' });
    });

    it('refuses a forbidden user before asking for a reason', () => {
      expect(checkTransition('signed', 'confirmed', { roles: ['leader'] })).toMatchObject({ ok: false, code: 'role_forbidden' });
    });

    it('lets only the administrator undo a handover', () => {
      expect(checkTransition('handed_over', 'settled', { roles: ['company'], reason: '误操作' })).toMatchObject({
        ok: false,
        code: 'role_forbidden',
      });
      expect(checkTransition('handed_over', 'settled', { roles: ['admin'], reason: '误操作' })).toMatchObject({ ok: true });
    });
  });

  describe('guards', () => {
    it('refuses completing the survey while facts are missing, listing them', () => {
      expect(checkTransition('surveying', 'surveyed', { guards: { surveyComplete: surveyIncomplete(['户主身份证号', '合法建筑面积']) } })).toEqual({
        ok: false,
        code: 'guard_failed',
        message: '摸底信息不完整，缺少：户主身份证号、合法建筑面积',
      });
    });

    it('completes the survey when nothing is missing', () => {
      expect(checkTransition('surveying', 'surveyed', { guards: { surveyComplete: surveyIncomplete([]) } })).toMatchObject({ ok: true });
    });

    it('fails closed: a guard whose check no library registered refuses the step', () => {
      expect(checkTransition('surveying', 'surveyed')).toEqual({
        ok: false,
        code: 'guard_failed',
        message: '无法核验“摸底信息完整”，不能执行“完成摸底”',
      });
      expect(checkTransition('settled', 'handed_over', { guards: { surveyComplete: null }, record: 'handover' })).toMatchObject({
        ok: false,
        message: '无法核验“所在地块已移交”，不能执行“完成移交”',
      });
    });

    it('refuses handing a case over until its parcel is handed over', () => {
      const refused = { ok: false, code: 'guard_failed', message: '所在地块尚未移交，案件不能标记为已移交' };
      expect(checkTransition('settled', 'handed_over', { guards: { parcelHandedOver: refused.message }, record: 'handover' })).toEqual(refused);
      expect(checkTransition('settled', 'handed_over', { guards: { parcelHandedOver: null }, record: 'handover' })).toMatchObject({ ok: true });
    });

    it('checks the role before the guards, so a forbidden user learns nothing about the facts', () => {
      expect(checkTransition('surveying', 'surveyed', { roles: ['company'], guards: { surveyComplete: surveyIncomplete(['户主姓名']) } })).toMatchObject({
        code: 'role_forbidden',
      });
    });

    it('applies guards only to the steps that declare them', () => {
      expect(
        checkTransition('surveyed', 'confirmed', { guards: { surveyComplete: surveyIncomplete(['户主姓名']), parcelHandedOver: '未移交' }, record: 'confirmation' }),
      ).toMatchObject({ ok: true });
    });
  });

  describe('nextSteps', () => {
    it('lists every step out of a status without roles', () => {
      expect(nextSteps('surveying').map((r) => r.to)).toEqual(['surveyed']);
      expect(nextSteps('confirmed').map((r) => [r.to, r.kind])).toEqual([
        ['signed', 'forward'],
        ['surveyed', 'reversal'],
      ]);
      expect(nextSteps('handed_over').map((r) => r.to)).toEqual(['settled']);
    });

    it('lists only the steps the roles may take', () => {
      expect(nextSteps('surveyed', ['company']).map((r) => r.to)).toEqual(['confirmed']);
      expect(nextSteps('surveyed', ['officer']).map((r) => r.to)).toEqual(['surveying']);
      expect(nextSteps('confirmed', ['company']).map((r) => r.to)).toEqual(['surveyed']);
      expect(nextSteps('vacated', ['finance']).map((r) => r.to)).toEqual(['settled']);
      expect(nextSteps('vacated', ['company']).map((r) => r.to)).toEqual(['settled']);
      expect(nextSteps('handed_over', ['company'])).toEqual([]);
      expect(nextSteps('signed', ['leader'])).toEqual([]);
      expect(nextSteps('settled', ['admin']).map((r) => r.to)).toEqual(['handed_over', 'vacated']);
    });

    it('agrees with checkTransition for every status and role', () => {
      for (const from of CASE_STATUSES) {
        for (const role of ALL_ROLES) {
          const offered = nextSteps(from, [role]).map((r) => r.to);
          const allowed = CASE_STATUSES.filter((to) => checkTransition(from, to, { roles: [role], reason: '原因', guards: GUARDS_PASS, record: recordOf(from, to) }).ok);
          expect({ from, role, offered: [...offered].sort() }).toEqual({ from, role, offered: [...allowed].sort() });
        }
      }
    });
  });

  it('lets survey facts change only before the agreement is signed', () => {
    const editable = CASE_STATUSES.filter(surveyFactsEditable);
    expect(editable).toEqual(['surveying', 'surveyed', 'confirmed']);
  });

  it('recognises case statuses', () => {
    expect(isCaseStatus('settled')).toBe(true);
    expect(isCaseStatus('SETTLED')).toBe(false);
    expect(isCaseStatus(undefined)).toBe(false);
    expect(isCaseStatus(3)).toBe(false);
  });

  describe('steps only a record causes', () => {
    // Signing is record-only in today's table; the spec keeps its own copy so it reads on its own.
    const SIGN_BY_AGREEMENT: TransitionRule[] = CASE_TRANSITIONS.map((r) =>
      r.from === 'confirmed' && r.to === 'signed' ? { ...r, causedBy: { record: 'agreement', label: '补偿协议' } } : r,
    );

    it('are refused without their record, naming it in Chinese, whoever asks', () => {
      expect(checkTransition('confirmed', 'signed', { roles: ['admin'] }, SIGN_BY_AGREEMENT)).toEqual({
        ok: false,
        code: 'record_required',
        message: '“签订协议”须通过补偿协议办理，不能直接变更案件状态',
      });
      expect(checkTransition('confirmed', 'signed', { record: 'statement' }, SIGN_BY_AGREEMENT)).toMatchObject({ code: 'record_required' });
    });

    it('are allowed when their record causes them, still subject to the role', () => {
      expect(checkTransition('confirmed', 'signed', { roles: ['officer'], record: 'agreement' }, SIGN_BY_AGREEMENT)).toMatchObject({ ok: true });
      expect(checkTransition('confirmed', 'signed', { roles: ['company'], record: 'agreement' }, SIGN_BY_AGREEMENT)).toMatchObject({
        code: 'role_forbidden',
      });
    });

    it('cannot be skipped by opening a case past them', () => {
      expect(checkOpening('vacated', { guards: GUARDS_PASS }, SIGN_BY_AGREEMENT)).toMatchObject({ ok: false, code: 'record_required' });
      expect(checkOpening('confirmed', { guards: GUARDS_PASS }, SIGN_BY_AGREEMENT)).toMatchObject({ ok: false, message: '“公司确认”须通过确认批次办理，案件不能直接以“已确认”建档' });
      expect(checkOpening('surveyed', { guards: GUARDS_PASS }, SIGN_BY_AGREEMENT)).toEqual({ ok: true });
    });

    it('are the company\'s confirmation (by a confirmation batch), signing and its reversal (by the agreement), settling (by the 结算单), handing over (by the 移交单)', () => {
      expect(CASE_TRANSITIONS.filter((r) => r.causedBy).map((r) => [r.from, r.to, r.causedBy!.record])).toEqual([
        ['surveyed', 'confirmed', 'confirmation'],
        ['confirmed', 'signed', 'agreement'],
        ['vacated', 'settled', 'settlement'],
        ['settled', 'handed_over', 'handover'],
        ['signed', 'confirmed', 'agreement'],
      ]);
    });

    it('hand a case over only through the 移交单; its reversal stays a plain admin step', () => {
      expect(checkTransition('settled', 'handed_over', { roles: ['admin'], guards: GUARDS_PASS })).toEqual({
        ok: false,
        code: 'record_required',
        message: '“完成移交”须通过移交单办理，不能直接变更案件状态',
      });
      expect(checkTransition('handed_over', 'settled', { roles: ['admin'], reason: '误操作' })).toMatchObject({ ok: true });
    });
  });

  describe('opening a case', () => {
    it('opens in the first status without any guard', () => {
      expect(forwardPath('surveying')).toEqual([]);
      expect(checkOpening('surveying')).toEqual({ ok: true });
    });

    it('opens further along only when every guard on the way holds, and fails closed', () => {
      expect(forwardPath('confirmed').map((r) => r.to)).toEqual(['surveyed', 'confirmed']);
      expect(checkOpening('surveyed', { guards: { surveyComplete: null } })).toEqual({ ok: true });
      expect(checkOpening('surveyed', { guards: { surveyComplete: surveyIncomplete(['户主姓名']) } })).toMatchObject({
        ok: false,
        message: '摸底信息不完整，缺少：户主姓名',
      });
      expect(checkOpening('surveyed')).toMatchObject({ ok: false, code: 'guard_failed' });
      expect(checkOpening('confirmed', { guards: {} })).toMatchObject({ ok: false, code: 'guard_failed' });
      // Past the signing no case opens at all: only the agreement signs.
      expect(checkOpening('handed_over', { guards: GUARDS_PASS })).toMatchObject({ ok: false, code: 'record_required' });
    });
  });

  it('derives the statuses rules need from the table', () => {
    expect(statusesFrom('signed')).toEqual(['signed', 'vacated', 'settled', 'handed_over']);
    expect(SURVEY_LOCKED_STATUSES).toEqual(['signed', 'vacated', 'settled', 'handed_over']);
    expect(SETTLED_STATUSES).toEqual(['settled', 'handed_over']);
    expect(HANDED_OVER_STATUSES).toEqual(['handed_over']);
  });
});
