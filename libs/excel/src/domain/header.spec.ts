import { columnLetter, detectHeader, parseHeader, rowCells, type SheetRow } from './header.js';
import { HOUSEHOLD_TEMPLATE } from './household-template.js';
import { PARCEL_TEMPLATE } from './parcel-template.js';
import { templateHeader } from './template-definition.js';

/** ExcelJS `row.values`: 1-based, index 0 unused. */
const row = (rowNumber: number, cells: unknown[]): SheetRow => ({ rowNumber, values: [undefined, ...cells] });
const TEMPLATE_HEADERS = HOUSEHOLD_TEMPLATE.columns.map(templateHeader);

describe('columnLetter', () => {
  it('names columns the way Excel does', () => {
    expect([1, 16, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'P', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('parseHeader', () => {
  it.each([
    ['合法建筑面积（平方米）', '合法建筑面积', '平方米'],
    ['合法建筑面积(㎡)', '合法建筑面积', '㎡'],
    ['合法建筑面积(m²)', '合法建筑面积', 'm²'],
    ['合法建筑面积（m2）', '合法建筑面积', 'm2'],
    ['合法建筑面积㎡', '合法建筑面积', '㎡'],
    ['合法建筑\n面积\n（平方米）', '合法建筑面积', '平方米'],
    ['  户 编 号 * ', '户编号', null],
    ['户主身份证号【必填】', '户主身份证号', '必填'],
    ['ＧＰＳ编号', 'gps编号', null],
  ])('%j → %s', (text, name, unit) => {
    expect(parseHeader(text)).toEqual({ name, unit });
  });
});

describe('detectHeader', () => {
  it('finds the header under a merged title row and maps every column', () => {
    const rows = [
      row(1, ['徐泾镇轨交17号线动迁户摸底台账', '徐泾镇轨交17号线动迁户摸底台账']),
      row(2, []),
      row(3, TEMPLATE_HEADERS),
      row(4, ['GJ17-0001']),
    ];
    const result = detectHeader(HOUSEHOLD_TEMPLATE, rows);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.headerRow).toBe(3);
    expect(result.columns).toEqual(Object.fromEntries(HOUSEHOLD_TEMPLATE.columns.map((c, i) => [c.key, i + 1])));
    expect(result.notices).toEqual([]);
  });

  it('tolerates unit suffixes, spaces, full-width characters, line breaks and another column order', () => {
    const headers = [
      '户 编 号',
      '项目编号',
      '地块编号',
      '村',
      '户主姓名',
      '户主身份证号码',
      '户籍人数（人）',
      '合法建筑\n面积（㎡）',
      '摸底日期',
      '无证建筑面积(m²)',
      'ＧＰＳ坐标',
    ];
    const result = detectHeader(HOUSEHOLD_TEMPLATE, [row(1, ['说明：请勿修改表头']), row(2, headers)]);
    expect(result).toMatchObject({
      ok: true,
      headerRow: 2,
      columns: { code: 1, headIdNumber: 6, registeredPersons: 7, licensedArea: 8, surveyedOn: 9, unlicensedArea: 10 },
    });
    if (!result.ok) return;
    expect(result.notices).toEqual([
      '以下列不在模板中，已忽略：K 列「GPS坐标」',
      '文件中没有以下可选列，按空白处理：组、联系电话、宅基地面积、房屋结构、建造年份、备注、重复户主原因',
    ]);
  });

  it('names the missing required columns', () => {
    const headers = TEMPLATE_HEADERS.filter((h) => !h.startsWith('户主身份证号') && !h.startsWith('摸底日期'));
    expect(detectHeader(HOUSEHOLD_TEMPLATE, [row(1, headers)])).toEqual({
      ok: false,
      message: '缺少必填列：户主身份证号、摸底日期',
      missing: ['户主身份证号', '摸底日期'],
    });
  });

  it('refuses a field appearing in two columns', () => {
    const result = detectHeader(HOUSEHOLD_TEMPLATE, [row(1, [...TEMPLATE_HEADERS, '身份证号'])]);
    expect(result).toMatchObject({ ok: false, message: '「户主身份证号」列出现了 2 次（G 列、R 列），请只保留一列' });
  });

  it('refuses an area column in 亩 instead of reading it as square metres', () => {
    const headers = ['项目编号', '地块编号', '村', '土地权属', '面积（亩）'];
    expect(detectHeader(PARCEL_TEMPLATE, [row(1, headers)])).toMatchObject({
      ok: false,
      message: 'E 列「面积（亩）」的单位是亩，请换算成平方米后填写，并把表头改为「面积（平方米）」',
    });
  });

  it('looks only at the first 10 rows', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(i + 1, [`第 ${i + 1} 行说明`]));
    rows.push(row(11, TEMPLATE_HEADERS));
    const result = detectHeader(HOUSEHOLD_TEMPLATE, rows);
    expect(result).toMatchObject({
      ok: false,
      missing: ['户编号', '项目编号', '地块编号', '村', '户主姓名', '户主身份证号', '户籍人数', '合法建筑面积', '摸底日期'],
    });
    expect(result.ok || result.message).toMatch(/^前 10 行中没有找到「动迁户摸底台账」的表头/);
  });

  it('prefers the row matching the most columns, and the upper one on a tie', () => {
    const rows = [row(1, ['户编号', '备注']), row(2, TEMPLATE_HEADERS), row(3, TEMPLATE_HEADERS)];
    expect(detectHeader(HOUSEHOLD_TEMPLATE, rows)).toMatchObject({ ok: true, headerRow: 2 });
  });

  it('reads header cells written as rich text', () => {
    const headers: unknown[] = [...TEMPLATE_HEADERS];
    headers[0] = {
      richText: [
        { text: '户编号', font: { bold: true } },
        { text: '*', font: { color: { argb: 'FFFF0000' } } },
      ],
    };
    expect(detectHeader(HOUSEHOLD_TEMPLATE, [row(1, headers)])).toMatchObject({ ok: true, columns: { code: 1 } });
  });
});

describe('rowCells', () => {
  it('picks and normalises the mapped cells of a data row', () => {
    expect(rowCells({ code: 2, headName: 4 }, [undefined, '忽略', ' ＧＪ１７－０００１ ', 'x', '张建国'])).toEqual({
      code: { kind: 'text', text: 'GJ17－0001' },
      headName: { kind: 'text', text: '张建国' },
    });
  });
});
