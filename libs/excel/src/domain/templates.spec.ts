import { ENTERPRISE_TEMPLATE } from './enterprise-template.js';
import { HOUSEHOLD_TEMPLATE } from './household-template.js';
import { IMPORT_TEMPLATES } from './import-templates.js';
import { PARCEL_TEMPLATE } from './parcel-template.js';
import { columnOf, IMPORT_KINDS, templateHeader } from './template-definition.js';

describe('import templates', () => {
  it('households: the columns of issue 4, in its order, with the required ones marked', () => {
    expect(HOUSEHOLD_TEMPLATE.columns.map((c) => `${c.header}${c.required ? '*' : ''}`)).toEqual([
      '户编号*',
      '项目编号*',
      '地块编号*',
      '村*',
      '组',
      '户主姓名*',
      '户主身份证号*',
      '联系电话',
      '户籍人数*',
      '宅基地面积',
      '合法建筑面积*',
      '无证建筑面积',
      '房屋结构',
      '建造年份',
      '摸底日期*',
      '备注',
      '重复户主原因',
    ]);
    expect(columnOf(HOUSEHOLD_TEMPLATE, 'structure').allowedValues).toEqual(['钢混', '砖混', '砖木', '简易']);
    expect(templateHeader(columnOf(HOUSEHOLD_TEMPLATE, 'licensedArea'))).toBe('合法建筑面积（平方米）');
  });

  it('enterprises and parcels follow the same structure', () => {
    expect(ENTERPRISE_TEMPLATE.columns.map((c) => c.header)).toEqual([
      '企业编号',
      '项目编号',
      '地块编号',
      '企业名称',
      '统一社会信用代码',
      '法定代表人',
      '占地面积',
      '建筑面积',
      '从业人数',
      '经营类型',
      '备注',
    ]);
    expect(PARCEL_TEMPLATE.columns.map((c) => c.header)).toEqual(['项目编号', '地块编号', '村', '土地权属', '面积', '状态', '备注']);
    expect(columnOf(PARCEL_TEMPLATE, 'landOwnership').allowedValues).toEqual(['集体', '国有']);
    expect(columnOf(PARCEL_TEMPLATE, 'status').allowedValues).toEqual(['摸底中', '腾地中', '已腾地', '已移交']);
  });

  it('every kind has a template; keys and headers are unique; every column explains itself', () => {
    for (const kind of IMPORT_KINDS) {
      const template = IMPORT_TEMPLATES[kind];
      expect(template.kind).toBe(kind);
      const names = template.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]);
      expect(new Set(names).size).toBe(names.length);
      expect(new Set(template.columns.map((c) => c.key)).size).toBe(template.columns.length);
      for (const c of template.columns) {
        expect(c.meaning).not.toBe('');
        expect(c.format).not.toBe('');
      }
    }
  });

  it('throws for a field the template does not have', () => {
    expect(() => columnOf(HOUSEHOLD_TEMPLATE, 'nope' as never)).toThrow('模板 households 没有字段 nope');
  });
});
