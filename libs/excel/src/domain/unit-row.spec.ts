import { normalizeCell } from './normalize.js';
import type { RowCells } from './row-reader.js';
import type { UnitField } from './unit-template.js';
import { validateUnitRow } from './validate-row.js';

const cells = (raw: Partial<Record<UnitField, unknown>>): RowCells<UnitField> =>
  Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, normalizeCell(v)])) as RowCells<UnitField>;

/** A 期房 row as the builder's ledger has it. */
const ROW: Record<UnitField, unknown> = {
  baseCode: 'el',
  buildingCode: '1号楼',
  unitNo: '1502',
  floor: '15层',
  layout: '两室一厅',
  area: '80㎡',
  resettlementPrice: 3200,
  marketPrice: '28000.5',
  kind: '期房',
  plannedDeliveryOn: '2027-12-31',
  turnover: '是',
};

describe('validateUnitRow', () => {
  it('reads a 期房 row: uppercase base code, area and prices to the fen, the planned delivery, the 周转房 flag', () => {
    expect(validateUnitRow(cells(ROW), { today: '2026-06-30' })).toEqual({
      ok: true,
      record: {
        baseCode: 'EL',
        buildingCode: '1号楼',
        unitNo: '1502',
        floor: 15,
        layout: '两室一厅',
        area: '80.00',
        resettlementPrice: '3200.00',
        marketPrice: '28000.50',
        kind: 'off_plan',
        plannedDeliveryOn: '2027-12-31',
        turnover: true,
      },
    });
  });

  it('reads a blank 可作周转房 as no, and a 现房 without a date', () => {
    const result = validateUnitRow(cells({ ...ROW, kind: '现房', plannedDeliveryOn: '', turnover: '' }), { today: '2026-06-30' });
    expect(result).toMatchObject({ ok: true, record: { kind: 'built', plannedDeliveryOn: null, turnover: false } });
  });

  it('names every problem of a row in Chinese', () => {
    const result = validateUnitRow(cells({ ...ROW, floor: 0, area: '0', marketPrice: '贵', kind: '二手房', turnover: '可以' }), { today: '2026-06-30' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.column}: ${e.message}`)).toEqual([
      '楼层: 楼层必须是 1 至 60 之间的整数（当前 0）',
      '建筑面积: 建筑面积必须大于 0',
      '市场价: 市场价必须是数字（当前：贵）',
      '房源类型: 房源类型只能是 现房、期房 之一（当前：二手房）',
      '可作周转房: 可作周转房只能是 是、否 之一（当前：可以）',
    ]);
  });

  it('wants a 期房’s planned delivery and no date on a 现房', () => {
    const offPlan = validateUnitRow(cells({ ...ROW, plannedDeliveryOn: '' }), { today: '2026-06-30' });
    expect(offPlan).toEqual({ ok: false, errors: [{ field: 'plannedDeliveryOn', column: '计划交付日期', message: '期房须填写计划交付日期' }] });
    const built = validateUnitRow(cells({ ...ROW, kind: '现房' }), { today: '2026-06-30' });
    expect(built).toEqual({ ok: false, errors: [{ field: 'plannedDeliveryOn', column: '计划交付日期', message: '现房不填计划交付日期' }] });
  });
});
