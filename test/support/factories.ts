/**
 * Payload builders for the HTTP API: valid by default, every field overridable.
 * Sequences make codes and identity numbers unique within a test file.
 */
let sequence = 0;
const next = () => ++sequence;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid 身份证号: region (青浦区 310118 by default), birth date, 3-digit sequence, MOD 11-2 check digit. */
export function makeIdNumber(options: { region?: string; birth?: string; seq?: number } = {}): string {
  const n = options.seq ?? next();
  const region = options.region ?? '310118';
  const birth = options.birth ?? `19${String(50 + (n % 40)).padStart(2, '0')}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}`;
  const first17 = `${region}${birth}${String(n % 1000).padStart(3, '0')}`;
  const sum = [...first17].reduce((acc, c, i) => acc + Number(c) * ID_WEIGHTS[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** A valid 统一社会信用代码 (GB 32100-2015) for an enterprise registered in 青浦区. */
export function makeCreditCode(seq: number = next()): string {
  const body = `91310118MA1${String(seq).padStart(6, '0')}`;
  const sum = [...body].reduce((acc, c, i) => acc + USCC_CHARS.indexOf(c) * USCC_WEIGHTS[i]!, 0);
  return body + USCC_CHARS[(31 - (sum % 31)) % 31];
}

export function makeProject(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { code: `P${n}`, name: `测试项目${n}`, zone: '两线一圈', ...overrides };
}

export function makeParcel(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { code: `DK-${String(n).padStart(2, '0')}`, village: '二联村', landOwnership: 'collective', area: '12500.50', ...overrides };
}

/** A household whose survey is complete (it may move on to 已摸底). */
export function makeHousehold(overrides: Record<string, unknown> = {}) {
  const n = next();
  const headIdNumber = makeIdNumber();
  return {
    code: `H-${String(n).padStart(4, '0')}`,
    village: '二联村',
    group: '3组',
    headName: `张建国${n}`,
    headIdNumber,
    phone: '13812345678',
    registeredPersons: 3,
    homesteadArea: '150.00',
    licensedArea: '120.50',
    unlicensedArea: '20',
    structure: 'brick_concrete',
    yearBuilt: 1995,
    surveyedOn: '2013-03-01',
    members: [
      { name: `张建国${n}`, idNumber: headIdNumber, relation: 'head' },
      { name: `李秀英${n}`, idNumber: makeIdNumber(), relation: 'spouse' },
      { name: `张伟${n}`, idNumber: makeIdNumber({ birth: '19900315' }), relation: 'child' },
    ],
    ...overrides,
  };
}

export function makeEnterprise(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    code: `QY-${String(n).padStart(3, '0')}`,
    name: `上海徐泾五金制品厂${n}`,
    creditCode: makeCreditCode(),
    legalRepresentative: '王明',
    landArea: '2500.00',
    buildingArea: 1800,
    employees: 35,
    businessType: '制造业',
    ...overrides,
  };
}

export function makeFacility(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { code: `SZ-${String(n).padStart(3, '0')}`, kind: 'power', ownerUnit: '国网上海市北供电公司', description: '10kV 架空线路', quantity: '12', unit: '根', ...overrides };
}

export function makeLegacyBase(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { code: `YL-${String(n).padStart(3, '0')}`, name: `318国道遗留地块${n}`, originalProject: '318国道拓宽工程', area: '3500.00', householdsRemaining: 4, ...overrides };
}
