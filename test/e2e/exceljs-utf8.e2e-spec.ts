import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/**
 * ExcelJS 4.4.0's streaming reader decoded each chunk on its own, so a Chinese character split
 * across two chunks came back as U+FFFD. scripts/setup.mjs patches it; this proves the patch holds
 * on a workbook large enough for thousands of chunk boundaries, with inline and shared strings.
 */
const SURNAMES = '王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高沈顾陆钱姚蒋金俞';
const GIVEN = '建国秀英志强敏伟芳娟磊军洋勇艳杰涛明超兰霞平刚桂英';
const PLACES = ['青浦区徐泾镇二联村', '青浦区徐泾镇金联村', '青浦区徐泾镇光联村', '青浦区徐泾镇民主村', '青浦区徐泾镇徐南村'];

function cellsFor(i: number): [string, string, string] {
  const name = SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]! + GIVEN[(i * 13) % GIVEN.length]!;
  const address = `${PLACES[i % PLACES.length]}${(i % 12) + 1}组${i}号（沪青平公路${i % 900}弄）`;
  return [name, address, `备注：动迁户第${i}户，已摸底，联系人${name}`];
}

async function roundTrip(file: string, useSharedStrings: boolean, rows: number): Promise<number> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings });
  const sheet = writer.addWorksheet('摸底台账');
  for (let i = 0; i < rows; i += 1) sheet.addRow(cellsFor(i)).commit();
  await writer.commit();

  let checked = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore' });
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const expected = cellsFor(row.number - 1);
      const actual = [1, 2, 3].map((c) => row.getCell(c).value);
      if (actual.join('|') !== expected.join('|')) throw new Error(`row ${row.number}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
      checked += 1;
    }
  }
  return checked;
}

describe('ExcelJS streaming reader keeps Chinese text intact', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xj-utf8-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('inline strings: every cell of 30 000 rows comes back byte for byte', async () => {
    expect(await roundTrip(join(dir, 'inline.xlsx'), false, 30_000)).toBe(30_000);
  });

  it('shared strings: every cell of 30 000 rows comes back byte for byte', async () => {
    expect(await roundTrip(join(dir, 'shared.xlsx'), true, 30_000)).toBe(30_000);
  });
});
