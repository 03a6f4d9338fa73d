import { idNumberCheckDigit } from '@app/subjects';
import type { EnterpriseField } from './enterprise-template.js';
import type { HouseholdField } from './household-template.js';
import { normalizeCell } from './normalize.js';
import type { ParcelField } from './parcel-template.js';
import type { RowCells, RowError } from './row-reader.js';
import {
  isBlankRow,
  ROW_VALIDATORS,
  type RowResult,
  validateEnterpriseRow,
  validateHouseholdRow,
  validateParcelRow,
} from './validate-row.js';

const TODAY = '2013-06-30';
const options = { today: TODAY };

function cells<K extends string>(raw: Partial<Record<K, unknown>>): RowCells<K> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, normalizeCell(v)])) as RowCells<K>;
}

/** A row as an officer types it, with Excel's own value types. */
const HOUSEHOLD: Record<HouseholdField, unknown> = {
  code: 'GJ17-0001',
  projectCode: 'GJ17',
  parcelCode: 'GJ17-01',
  village: '二联村',
  group: '3组',
  headName: '张建国',
  headIdNumber: '11010519491231002X',
  phone: 13812345678,
  registeredPersons: 3,
  homesteadArea: 150,
  licensedArea: 120.5,
  unlicensedArea: 20,
  structure: '砖混',
  yearBuilt: 1995,
  surveyedOn: new Date(Date.UTC(2013, 2, 1)),
  remarks: '已签收摸底表',
  duplicateHeadReason: null,
};

const household = (overrides: Partial<Record<HouseholdField, unknown>> = {}) =>
  validateHouseholdRow(cells({ ...HOUSEHOLD, ...overrides }), options);
const errorsOf = (result: RowResult<unknown>): RowError[] => (result.ok ? [] : result.errors);

describe('validateHouseholdRow', () => {
  it('turns a clean row into a record ready to upsert', () => {
    expect(household()).toEqual({
      ok: true,
      record: {
        code: 'GJ17-0001',
        projectCode: 'GJ17',
        parcelCode: 'GJ17-01',
        village: '二联村',
        group: '3组',
        headName: '张建国',
        headIdNumber: '11010519491231002X',
        phone: '13812345678',
        registeredPersons: 3,
        homesteadArea: '150.00',
        licensedArea: '120.50',
        unlicensedArea: '20.00',
        structure: 'brick_concrete',
        yearBuilt: 1995,
        surveyedOn: '2013-03-01',
        remarks: '已签收摸底表',
        duplicateHeadReason: null,
      },
    });
  });

  it('reads the 一人多户 reason (重复户主原因): trimmed, blank as none, at least 2 and at most 200 characters', () => {
    expect(household({ duplicateHeadReason: ' 另有一处宅基地 ' })).toMatchObject({ ok: true, record: { duplicateHeadReason: '另有一处宅基地' } });
    expect(household({ duplicateHeadReason: '  ' })).toMatchObject({ ok: true, record: { duplicateHeadReason: null } });
    expect(errorsOf(household({ duplicateHeadReason: '是' }))).toEqual([
      { field: 'duplicateHeadReason', column: '重复户主原因', message: '重复户主原因至少 2 个字' },
    ]);
    expect(errorsOf(household({ duplicateHeadReason: '原'.repeat(201) }))[0]).toMatchObject({ column: '重复户主原因', message: expect.stringContaining('最多 200 个字') });
  });

  it('takes what real ledgers contain: text numbers, full-width digits, stray spaces, lowercase x, text dates', () => {
    const result = household({
      code: ' ＧＪ１７－０００１ ',
      projectCode: 'gj17',
      parcelCode: 'ＧＪ１７－０１',
      village: '\u3000二联村 ',
      group: 3,
      headName: '王\u3000芳',
      headIdNumber: ' 11010519491231002x ',
      phone: '021-5976 1234',
      registeredPersons: '３人',
      homesteadArea: '1,200.50',
      licensedArea: '１２０．５',
      unlicensedArea: '20㎡',
      structure: ' 砖混结构 ',
      yearBuilt: '1995年',
      surveyedOn: '2013年3月1日',
      remarks: '  第一次摸底 \n 户主不在家  ',
    });
    expect(result).toMatchObject({
      ok: true,
      record: {
        code: 'GJ17-0001',
        projectCode: 'GJ17',
        parcelCode: 'GJ17-01',
        village: '二联村',
        group: '3',
        headName: '王芳',
        headIdNumber: '11010519491231002X',
        phone: '021-59761234',
        registeredPersons: 3,
        homesteadArea: '1200.50',
        licensedArea: '120.50',
        unlicensedArea: '20.00',
        structure: 'brick_concrete',
        yearBuilt: 1995,
        surveyedOn: '2013-03-01',
        remarks: '第一次摸底\n户主不在家',
      },
    });
  });

  it('accepts dates as serial numbers, 8-digit numbers and dotted text', () => {
    expect(household({ surveyedOn: 41334 })).toMatchObject({ record: { surveyedOn: '2013-03-01' } });
    expect(household({ surveyedOn: 20130301 })).toMatchObject({ record: { surveyedOn: '2013-03-01' } });
    expect(household({ surveyedOn: '2013.03.01' })).toMatchObject({ record: { surveyedOn: '2013-03-01' } });
  });

  it('leaves optional cells blank: null, and no unlicensed area counts as 0.00', () => {
    const result = household({
      group: null,
      phone: '',
      homesteadArea: undefined,
      unlicensedArea: ' ',
      structure: null,
      yearBuilt: null,
      remarks: null,
    });
    expect(result).toMatchObject({
      ok: true,
      record: { group: null, phone: null, homesteadArea: null, unlicensedArea: '0.00', structure: null, yearBuilt: null, remarks: null },
    });
  });

  it('names every missing required value', () => {
    const result = validateHouseholdRow(cells({ code: 'GJ17-0009', projectCode: 'GJ17' }), options);
    expect(errorsOf(result).map((e) => e.message)).toEqual([
      '地块编号不能为空',
      '村不能为空',
      '户主姓名不能为空',
      '户主身份证号不能为空',
      '户籍人数不能为空',
      '合法建筑面积不能为空',
      '摸底日期不能为空',
    ]);
  });

  it('rejects an invalid ID number, in the column’s own words', () => {
    expect(errorsOf(household({ headIdNumber: '110105194912310021' }))).toEqual([
      { field: 'headIdNumber', column: '户主身份证号', message: '户主身份证号校验位不正确，请核对' },
    ]);
    expect(errorsOf(household({ headIdNumber: '1101051949123100' }))[0]?.message).toBe('户主身份证号必须是 18 位（当前 16 位）');
  });

  it('rejects an ID number stored as a number: its last digits are already gone', () => {
    const lost = '户主身份证号被存成了数字，末尾数字已丢失，请把该列设为文本格式后重新填写';
    const first17 = '31011819800101001';
    const id = first17 + idNumberCheckDigit(first17);
    expect(errorsOf(household({ headIdNumber: Number(id) }))).toEqual([{ field: 'headIdNumber', column: '户主身份证号', message: lost }]);
    expect(errorsOf(household({ headIdNumber: '1.10105E+17' }))[0]?.message).toBe(lost);
    // The same digits typed as text are fine.
    expect(household({ headIdNumber: id })).toMatchObject({ ok: true, record: { headIdNumber: id } });
  });

  it('rejects formula cells and error cells', () => {
    expect(errorsOf(household({ licensedArea: { formula: 'J2-K2', result: 100.5 } }))).toEqual([
      { field: 'licensedArea', column: '合法建筑面积', message: '合法建筑面积不接受公式，请粘贴为数值' },
    ]);
    expect(errorsOf(household({ headName: { sharedFormula: 'F2', result: '张建国' } }))[0]?.message).toBe(
      '户主姓名不接受公式，请粘贴为数值',
    );
    expect(errorsOf(household({ registeredPersons: { error: '#REF!' } }))[0]?.message).toBe('户籍人数单元格是错误值 #REF!，请改为正确的值');
  });

  it('rejects negative areas and areas with more than two decimals (never rounds)', () => {
    expect(errorsOf(household({ unlicensedArea: -5 }))[0]?.message).toBe('无证建筑面积不能为负数（当前 -5）');
    expect(errorsOf(household({ licensedArea: '120.555' }))[0]?.message).toBe('合法建筑面积最多两位小数（当前 120.555），请核实后填写');
    expect(household({ licensedArea: '120.500' })).toMatchObject({ record: { licensedArea: '120.50' } });
    expect(errorsOf(household({ homesteadArea: '约150' }))[0]?.message).toBe('宅基地面积必须是数字（当前：约150）');
    expect(errorsOf(household({ homesteadArea: 12345678901 }))[0]?.message).toBe('宅基地面积数值过大（当前 12345678901）');
  });

  it('keeps areas exact: float noise in a number cell does not leak into the record', () => {
    expect(household({ licensedArea: 0.1 + 0.2 })).toMatchObject({ record: { licensedArea: '0.30' } });
  });

  it('rejects a non-integer or too small person count', () => {
    expect(errorsOf(household({ registeredPersons: 2.5 }))[0]?.message).toBe('户籍人数必须是 1 至 99 之间的整数（当前 2.5）');
    expect(errorsOf(household({ registeredPersons: 0 }))[0]?.message).toBe('户籍人数必须是 1 至 99 之间的整数（当前 0）');
    expect(errorsOf(household({ registeredPersons: '三口' }))[0]?.message).toBe('户籍人数必须是 1 至 99 之间的整数（当前：三口）');
  });

  it('rejects an unknown structure and lists the allowed ones', () => {
    expect(errorsOf(household({ structure: '木结构' }))).toEqual([
      { field: 'structure', column: '房屋结构', message: '房屋结构只能是 钢混、砖混、砖木、简易 之一（当前：木结构）' },
    ]);
    expect(household({ structure: '钢筋混凝土' })).toMatchObject({ record: { structure: 'reinforced_concrete' } });
  });

  it('rejects a year built before 1949 or after this year', () => {
    expect(errorsOf(household({ yearBuilt: 1948 }))[0]?.message).toBe('建造年份必须是 1949 至 2013 之间的 4 位年份（当前 1948）');
    expect(errorsOf(household({ yearBuilt: 2014 }))[0]?.message).toBe('建造年份必须是 1949 至 2013 之间的 4 位年份（当前 2014）');
    expect(household({ yearBuilt: 2013 })).toMatchObject({ record: { yearBuilt: 2013 } });
  });

  it('rejects impossible and future survey dates', () => {
    expect(errorsOf(household({ surveyedOn: '2013-02-30' }))[0]?.message).toBe('摸底日期「2013-02-30」不是有效日期');
    expect(errorsOf(household({ surveyedOn: '2013-07-01' }))[0]?.message).toBe('摸底日期不能晚于今天（当前 2013-07-01）');
  });

  it('rejects bad codes and phone numbers', () => {
    expect(errorsOf(household({ projectCode: '轨交17' }))[0]?.message).toBe('项目编号只能包含字母、数字和连字符，2 至 20 位');
    expect(errorsOf(household({ code: 'GJ17-0001'.repeat(5) }))[0]?.message).toBe('户编号最多 40 个字符（当前 45 个）');
    expect(errorsOf(household({ code: 12.5 }))[0]?.message).toBe('户编号被存成了小数（12.5），请把该列设为文本格式后重新填写');
    expect(household({ code: 1001 })).toMatchObject({ record: { code: '1001' } });
    // A landline stored as a number has lost its leading 0.
    expect(errorsOf(household({ phone: 2159761234 }))[0]?.message).toBe('联系电话应为 11 位手机号或带区号的固定电话（如 021-59761234）');
  });

  it('reports every problem of a row at once', () => {
    const result = household({ headIdNumber: 110105194912310020, registeredPersons: 0, licensedArea: -1, structure: '土坯' });
    expect(errorsOf(result).map((e) => e.column)).toEqual(['户主身份证号', '户籍人数', '合法建筑面积', '房屋结构']);
  });

  it('rejects overlong text', () => {
    expect(errorsOf(household({ remarks: '很'.repeat(2001) }))[0]?.message).toBe('备注最多 2000 个字（当前 2001 个）');
  });
});

describe('validateEnterpriseRow', () => {
  const ENTERPRISE: Record<EnterpriseField, unknown> = {
    code: 'GJ17-QY-001',
    projectCode: 'GJ17',
    parcelCode: 'GJ17-01',
    name: '上海徐泾五金制品厂',
    creditCode: '91350100M000100Y43',
    legalRepresentative: '王明',
    landArea: '2500',
    buildingArea: 1800,
    employees: '35',
    businessType: '制造业',
    remarks: null,
  };

  it('turns a clean row into a record', () => {
    expect(validateEnterpriseRow(cells(ENTERPRISE), options)).toEqual({
      ok: true,
      record: {
        code: 'GJ17-QY-001',
        projectCode: 'GJ17',
        parcelCode: 'GJ17-01',
        name: '上海徐泾五金制品厂',
        creditCode: '91350100M000100Y43',
        legalRepresentative: '王明',
        landArea: '2500.00',
        buildingArea: '1800.00',
        employees: 35,
        businessType: '制造业',
        remarks: null,
      },
    });
  });

  it('normalises a lowercase credit code and rejects a wrong one', () => {
    expect(validateEnterpriseRow(cells({ ...ENTERPRISE, creditCode: ' 91350100m000100y43 ' }), options)).toMatchObject({
      record: { creditCode: '91350100M000100Y43' },
    });
    expect(errorsOf(validateEnterpriseRow(cells({ ...ENTERPRISE, creditCode: '91350100M000100Y44' }), options))).toEqual([
      { field: 'creditCode', column: '统一社会信用代码', message: '统一社会信用代码校验位不正确，请核对' },
    ]);
  });

  it('allows 0 employees but not a negative count', () => {
    expect(validateEnterpriseRow(cells({ ...ENTERPRISE, employees: 0 }), options)).toMatchObject({ record: { employees: 0 } });
    expect(errorsOf(validateEnterpriseRow(cells({ ...ENTERPRISE, employees: -3 }), options))[0]?.message).toBe(
      '从业人数必须是 0 至 1000000 之间的整数（当前 -3）',
    );
  });
});

describe('validateParcelRow', () => {
  const PARCEL: Record<ParcelField, unknown> = {
    projectCode: 'GJ17',
    code: 'gj17-01',
    village: '二联村',
    landOwnership: '集体',
    area: '12,500.50',
    status: null,
    remarks: null,
  };

  it('turns a clean row into a record', () => {
    expect(validateParcelRow(cells(PARCEL), options)).toEqual({
      ok: true,
      record: {
        projectCode: 'GJ17',
        code: 'GJ17-01',
        village: '二联村',
        landOwnership: 'collective',
        area: '12500.50',
        status: null,
        remarks: null,
      },
    });
  });

  it('accepts the long ownership labels and the status labels', () => {
    expect(validateParcelRow(cells({ ...PARCEL, landOwnership: '国有土地', status: '腾地中' }), options)).toMatchObject({
      record: { landOwnership: 'state', status: 'clearing' },
    });
  });

  it('rejects an unknown ownership', () => {
    expect(errorsOf(validateParcelRow(cells({ ...PARCEL, landOwnership: '私有' }), options))[0]?.message).toBe(
      '土地权属只能是 集体、国有 之一（当前：私有）',
    );
  });
});

describe('isBlankRow and ROW_VALIDATORS', () => {
  it('recognises the blank rows at the end of a ledger', () => {
    expect(isBlankRow(cells({ code: null, headName: ' \u3000', remarks: '' }))).toBe(true);
    expect(isBlankRow(cells({ code: null, remarks: '空户' }))).toBe(false);
  });

  it('has a validator for every import kind', () => {
    expect(ROW_VALIDATORS.households(cells(HOUSEHOLD), options).ok).toBe(true);
  });
});
