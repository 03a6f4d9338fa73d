import { CASE_STATUSES, checkTransition, type CaseStatus, type Role } from '@app/cases';
import { buildDemoData, DEMO_DUPLICATE_HEAD } from './demo-data.js';
import type { DemoData } from './demo-types.js';

// Written here again, independently of the generator's own checks.
function validIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const realDate = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return realDate && '10X98765432'[sum % 11] === id[17];
}

function validCreditCode(code: string): boolean {
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  if (code.length !== 18 || [...code].some((c) => !charset.includes(c))) return false;
  const sum = weights.reduce((acc, w, i) => acc + w * charset.indexOf(code[i]), 0);
  return charset[(31 - (sum % 31)) % 31] === code[17];
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

const birthYear = (id: string) => Number(id.slice(6, 10));
const isMale = (id: string) => Number(id[16]) % 2 === 1;

describe('buildDemoData', () => {
  let data: DemoData;
  beforeAll(() => {
    data = buildDemoData();
  });

  it('is deterministic', () => {
    expect(buildDemoData()).toEqual(data);
  });

  it('holds the four 2013 projects and their parcels', () => {
    expect(data.projects.map((p) => p.code)).toEqual(['GJ17', 'SYQH', 'LXYQ', 'G318']);
    expect(
      data.projects.every((p) => p.acquirer === '西虹桥公司' && p.status === 'in_progress' && p.plannedStartOn!.startsWith('2013')),
    ).toBe(true);
    expect(data.parcels.map((p) => p.code)).toEqual(['GJ17-01', 'GJ17-02', 'GJ17-03', 'SYQH-01', 'SYQH-02', 'LXYQ-01', 'G318-01', 'GJ17-04']);
    for (const project of data.projects) {
      expect(data.households.filter((h) => h.projectId === project.id).length).toBeGreaterThanOrEqual(250);
      expect(data.enterprises.filter((e) => e.projectId === project.id).length).toBeGreaterThanOrEqual(5);
    }
    expect(data.legacyBases.map((b) => b.name)).toContain('原徐泾镇工业区遗留基地');
  });

  it('gives every row a unique id and every subject a unique code within its project', () => {
    const all = Object.values(data).flat() as Array<{ id: string }>;
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const rows of [data.households, data.enterprises, data.facilities, data.legacyBases]) {
      const keys = rows.map((r) => `${r.projectId}/${r.code}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    const projectCode = new Map(data.projects.map((p) => [p.id, p.code]));
    expect(data.households.every((h) => new RegExp(`^${projectCode.get(h.projectId)}-\\d{4}$`).test(h.code))).toBe(true);
  });

  it('issues valid, unique 身份证号 to every head and member (but the one deliberate 一人多户), some ending in X', () => {
    const ids = data.members.map((m) => m.idNumber!);
    expect(ids.every(validIdNumber)).toBe(true);
    expect(data.households.every((h) => validIdNumber(h.headIdNumber))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length - 1);
    expect(ids.filter((id) => id.endsWith('X')).length).toBeGreaterThan(50);
    expect(data.households.every((h) => /^310(229|118)/.test(h.headIdNumber))).toBe(true);
    expect(data.households.every((h) => birthYear(h.headIdNumber) >= 1930 && birthYear(h.headIdNumber) <= 1990)).toBe(true);
  });

  it('has one head of two households in a project, deliberately, with its reason marked as demo data', () => {
    const byHead = groupBy(data.households, (h) => `${h.projectId}/${h.headIdNumber}`);
    const clusters = [...byHead.values()].filter((households) => households.length > 1);
    expect(clusters.map((households) => households.map((h) => h.code))).toEqual([[DEMO_DUPLICATE_HEAD.first, DEMO_DUPLICATE_HEAD.second]]);
    expect(clusters[0]!.map((h) => h.duplicateHeadReason ?? null)).toEqual([null, expect.stringMatching(/^演示数据：/)]);
    expect(data.households.filter((h) => h.duplicateHeadReason).length).toBe(1);
  });

  it('registers families whose relations and ages fit together', () => {
    const byHousehold = groupBy(data.members, (m) => m.householdId);
    for (const h of data.households) {
      const members = byHousehold.get(h.id)!;
      expect(members.length).toBeGreaterThanOrEqual(1);
      expect(members.length).toBeLessThanOrEqual(6);
      expect(members.map((m) => m.position)).toEqual(members.map((_, i) => i));
      expect(members[0]).toMatchObject({ relation: 'head', name: h.headName, idNumber: h.headIdNumber });
      expect(h.registeredPersons).toBeGreaterThanOrEqual(members.length);
      expect(h.registeredPersons).toBeLessThanOrEqual(7);
      const head = birthYear(h.headIdNumber);
      const spouse = members.find((m) => m.relation === 'spouse');
      if (spouse) {
        expect(isMale(spouse.idNumber!)).toBe(!isMale(h.headIdNumber));
        expect(Math.abs(birthYear(spouse.idNumber!) - head)).toBeLessThanOrEqual(6);
      }
      const eldestParent = Math.min(head, spouse ? birthYear(spouse.idNumber!) : head);
      for (const m of members.slice(1)) {
        const year = birthYear(m.idNumber!);
        expect(year).toBeLessThanOrEqual(2012);
        if (m.relation === 'child') expect(year - eldestParent).toBeGreaterThanOrEqual(18);
        if (m.relation === 'parent') expect(head - year).toBeGreaterThanOrEqual(18);
        if (m.relation === 'grandchild') expect(year - head).toBeGreaterThanOrEqual(36);
      }
    }
    const relations = new Set(data.members.map((m) => m.relation));
    expect([...relations].sort()).toEqual(['child', 'grandchild', 'head', 'parent', 'spouse']);
  });

  it('records survey facts within realistic ranges', () => {
    const area = (text: string | null) => {
      expect(text).toMatch(/^\d+\.\d{2}$/);
      return Number(text);
    };
    for (const h of data.households) {
      expect(area(h.homesteadArea)).toBeGreaterThanOrEqual(80);
      expect(area(h.homesteadArea)).toBeLessThanOrEqual(250);
      expect(area(h.licensedArea)).toBeGreaterThanOrEqual(120);
      expect(area(h.licensedArea)).toBeLessThanOrEqual(450);
      expect(area(h.unlicensedArea)).toBeLessThanOrEqual(150);
      expect(h.yearBuilt).toBeGreaterThanOrEqual(1975);
      expect(h.yearBuilt).toBeLessThanOrEqual(2008);
      expect(h.surveyedOn! >= '2012-10-01' && h.surveyedOn! <= '2013-06-30').toBe(true);
      expect(h.group).toMatch(/^([1-9]|1[0-2])组$/);
      if (h.phone !== null) expect(h.phone).toMatch(/^1[358]\d{9}$/);
    }
  });

  it('gives enterprises valid, unique 统一社会信用代码 and facilities their owner units', () => {
    const codes = data.enterprises.map((e) => e.creditCode);
    expect(codes.every(validCreditCode)).toBe(true);
    expect(codes.every((c) => c.startsWith('91310118'))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(data.enterprises.map((e) => e.name)).size).toBe(codes.length);
    expect(data.facilities.map((f) => f.ownerUnit)).toEqual(expect.arrayContaining(['国网上海青浦供电公司']));
  });

  it('opens exactly one case per subject, on the subject’s project and parcel', () => {
    const subjects = [
      ...data.households.map((s) => ['household', s] as const),
      ...data.enterprises.map((s) => ['enterprise', s] as const),
      ...data.facilities.map((s) => ['facility', s] as const),
      ...data.legacyBases.map((s) => ['legacy_base', s] as const),
    ];
    expect(data.cases).toHaveLength(subjects.length);
    const cases = new Map(data.cases.map((c) => [`${c.subjectType}:${c.subjectId}`, c]));
    for (const [type, s] of subjects) {
      expect(cases.get(`${type}:${s.id}`)).toMatchObject({ projectId: s.projectId, parcelId: s.parcelId });
    }
  });

  it('writes every history along the lifecycle table, dated in order through 2013', () => {
    const byCase = groupBy(data.transitions, (t) => t.caseId);
    const projectCreated = new Map(data.projects.map((p) => [p.id, p.createdAt]));
    const parcelHandedOver = new Map(data.parcels.map((p) => [p.id, p.status === 'handed_over']));
    for (const c of data.cases) {
      const history = byCase.get(c.id)!;
      expect(history[0]).toMatchObject({ fromStatus: null, toStatus: 'surveying', kind: 'open' });
      for (let i = 1; i < history.length; i++) {
        const step = history[i];
        expect(step.fromStatus).toBe(history[i - 1].toStatus);
        expect(step.createdAt.getTime()).toBeGreaterThan(history[i - 1].createdAt.getTime());
        const check = checkTransition(step.fromStatus!, step.toStatus, {
          reason: step.reason,
          roles: [step.actor as Role],
          guards: { surveyComplete: null, parcelHandedOver: parcelHandedOver.get(c.parcelId) ? null : '所在地块尚未移交' },
          record: step.record,
        });
        expect(check).toMatchObject({ ok: true });
        if (check.ok) expect(check.rule.kind === 'forward' ? 'forward' : 'reversal').toBe(step.kind === 'system' ? 'reversal' : step.kind);
        if (step.kind === 'forward') expect(step.reason).toBeNull();
      }
      const last = history[history.length - 1];
      expect(c.status).toBe(last.toStatus);
      expect(c.statusChangedAt).toEqual(last.createdAt);
      expect(history[0].createdAt >= new Date('2012-09-30T16:00:00Z')).toBe(true);
      expect(history[0].createdAt > projectCreated.get(c.projectId)!).toBe(true);
      expect(last.createdAt < new Date('2013-12-27T16:00:00Z')).toBe(true);
    }
    const reversals = data.transitions.filter((t) => t.kind === 'reversal' || t.kind === 'system');
    expect(reversals.length).toBeGreaterThanOrEqual(4);
    expect(reversals.every((t) => t.reason && t.reason.length > 4)).toBe(true);
  });

  it('spreads cases over the lifecycle, handed over only on the handed-over parcel', () => {
    const statuses = new Set(data.cases.map((c) => c.status));
    expect([...statuses].sort()).toEqual([...CASE_STATUSES].sort());
    for (const project of data.projects) {
      expect(new Set(data.cases.filter((c) => c.projectId === project.id).map((c) => c.status)).size).toBeGreaterThanOrEqual(3);
    }
    const parcelStatus = new Map(data.parcels.map((p) => [p.id, p.status]));
    for (const c of data.cases) {
      expect(c.status === 'handed_over').toBe(parcelStatus.get(c.parcelId) === 'handed_over');
    }
    const count = (s: CaseStatus) => data.cases.filter((c) => c.status === s).length;
    for (const s of ['surveying', 'surveyed', 'confirmed', 'signed', 'vacated', 'settled'] as const)
      expect(count(s)).toBeGreaterThanOrEqual(50);
  });

  it('puts only moved-out households on the resettlement track', () => {
    const movedOut = new Set<CaseStatus>(['vacated', 'settled', 'handed_over']);
    for (const c of data.cases) {
      if (c.resettlementStatus !== 'none') {
        expect(c.subjectType).toBe('household');
        expect(movedOut.has(c.status)).toBe(true);
      }
    }
    expect(data.cases.filter((c) => c.resettlementStatus === 'transitional').length).toBeGreaterThan(50);
    expect(data.cases.filter((c) => c.resettlementStatus === 'resettled').length).toBeGreaterThan(20);
  });
});
