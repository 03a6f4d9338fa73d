import { normalizeCell } from './normalize.js';
import { excelSerialToDate, parseDateCell, parseDateText } from './parse-date.js';

const TODAY = '2013-06-30';
const survey = { label: '摸底日期', earliest: '1949-10-01', latest: TODAY };

describe('excelSerialToDate', () => {
  it('converts 1900-system serial numbers', () => {
    expect(excelSerialToDate(41296)).toBe('2013-01-22');
    expect(excelSerialToDate(41296.75)).toBe('2013-01-22'); // 18:00 the same day
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
  });

  it('refuses serial 60, the 1900-02-29 that only Excel believes in', () => {
    expect(excelSerialToDate(60)).toBeNull();
  });

  it('converts 1904-system serial numbers', () => {
    expect(excelSerialToDate(39834, { date1904: true })).toBe('2013-01-22');
  });

  it('refuses serials outside 1900 … 2099', () => {
    expect(excelSerialToDate(0)).toBeNull();
    expect(excelSerialToDate(-5)).toBeNull();
    expect(excelSerialToDate(73051)).toBeNull();
    expect(excelSerialToDate(Number.NaN)).toBeNull();
  });
});

describe('parseDateText', () => {
  it.each([
    ['2013-01-22'],
    ['2013-1-22'],
    ['2013.01.22'],
    ['2013.1.22'],
    ['2013/01/22'],
    ['2013/1/22'],
    ['2013年1月22日'],
    ['2013年01月22日'],
    ['2013年1月22'],
    ['20130122'],
    ['２０１３－０１－２２'],
    ['２０１３年１月２２日'],
    ['２０１３．０１．２２'],
    [' 2013-01-22 00:00:00 '],
    ['2013 年 1 月 22 日'],
  ])('reads %s as 2013-01-22', (text) => {
    expect(parseDateText(text)).toEqual({ ok: true, date: '2013-01-22' });
  });

  it('refuses impossible dates', () => {
    expect(parseDateText('2013-02-30', '摸底日期')).toEqual({ ok: false, message: '摸底日期「2013-02-30」不是有效日期' });
    expect(parseDateText('2013-13-01', '摸底日期').ok).toBe(false);
    expect(parseDateText('20130230', '摸底日期').ok).toBe(false);
    expect(parseDateText('2012-02-29')).toEqual({ ok: true, date: '2012-02-29' });
  });

  it('refuses mixed separators, two-digit years and words', () => {
    expect(parseDateText('2013-01/22', '摸底日期')).toEqual({
      ok: false,
      message: '摸底日期「2013-01/22」无法识别，请填写如 2013-01-22 的日期',
    });
    expect(parseDateText('13-1-22', '摸底日期')).toEqual({ ok: false, message: '摸底日期的年份请写 4 位（如 2013-01-22）' });
    expect(parseDateText('一月下旬', '摸底日期').ok).toBe(false);
  });
});

describe('parseDateCell', () => {
  it('takes an Excel date cell without shifting it by the time zone', () => {
    expect(parseDateCell(normalizeCell(new Date(Date.UTC(2013, 0, 22))), survey)).toEqual({ ok: true, date: '2013-01-22' });
  });

  it('takes a serial number cell', () => {
    expect(parseDateCell(normalizeCell(41296), survey)).toEqual({ ok: true, date: '2013-01-22' });
  });

  it('takes an 8-digit number or text as YYYYMMDD, not as a serial', () => {
    expect(parseDateCell(normalizeCell(20130122), survey)).toEqual({ ok: true, date: '2013-01-22' });
    expect(parseDateCell(normalizeCell('20130122'), survey)).toEqual({ ok: true, date: '2013-01-22' });
    expect(parseDateCell(normalizeCell(20130230), survey)).toEqual({ ok: false, message: '摸底日期「20130230」不是有效日期' });
  });

  it('takes text dates, full-width too', () => {
    expect(parseDateCell(normalizeCell('２０１３年１月２２日'), survey)).toEqual({ ok: true, date: '2013-01-22' });
    expect(parseDateCell(normalizeCell('2013.01.22'), survey)).toEqual({ ok: true, date: '2013-01-22' });
  });

  it('refuses a date after the latest allowed (today in Shanghai)', () => {
    expect(parseDateCell(normalizeCell('2013-07-01'), survey)).toEqual({
      ok: false,
      message: '摸底日期不能晚于 2013-06-30（当前 2013-07-01）',
    });
    expect(parseDateCell(normalizeCell(new Date(Date.UTC(2014, 0, 1))), survey).ok).toBe(false);
  });

  it('refuses a date before the earliest allowed', () => {
    expect(parseDateCell(normalizeCell('1900-01-01'), survey)).toEqual({
      ok: false,
      message: '摸底日期不能早于 1949-10-01（当前 1900-01-01）',
    });
  });

  it('refuses half-typed dates and numbers that are no date', () => {
    expect(parseDateCell(normalizeCell('2013.1'), survey)).toEqual({
      ok: false,
      message: '摸底日期「2013.1」无法识别，请填写如 2013-01-22 的日期',
    });
    expect(parseDateCell(normalizeCell(123456789), survey)).toEqual({
      ok: false,
      message: '摸底日期「123456789」不是日期，请填写如 2013-01-22 的日期',
    });
  });

  it('refuses formulas, error values and booleans with a reason', () => {
    expect(parseDateCell(normalizeCell({ formula: 'TODAY()', result: new Date() }), survey)).toEqual({
      ok: false,
      message: '摸底日期不接受公式，请粘贴为数值',
    });
    expect(parseDateCell(normalizeCell({ error: '#VALUE!' }), survey)).toEqual({
      ok: false,
      message: '摸底日期单元格是错误值 #VALUE!，请改为日期',
    });
    expect(parseDateCell(normalizeCell(true), survey).ok).toBe(false);
    expect(parseDateCell(normalizeCell(null), survey)).toEqual({ ok: false, message: '摸底日期不能为空' });
  });
});
