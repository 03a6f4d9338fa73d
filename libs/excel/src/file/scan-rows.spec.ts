import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { normalizeText } from '../domain/normalize.js';
import { countWorksheetRows } from './count-rows.js';
import { isBlankXmlText, scanWorksheetRows } from './scan-rows.js';

/** A minimal workbook whose first worksheet is `sheetXml` (rows as other tools write them, inline strings included). */
async function handWritten(path: string, sheetXml: string, sharedStrings?: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '[Content_Types].xml',
  );
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    '_rels/.rels',
  );
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        `<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/workbook.xml',
  );
  zip.addBuffer(
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
        (sharedStrings ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : '') +
        `</Relationships>`,
    ),
    'xl/_rels/workbook.xml.rels',
  );
  if (sharedStrings) zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}">${sharedStrings}</sst>`), 'xl/sharedStrings.xml');
  zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${sheetXml}</sheetData><rowBreaks count="1"><brk id="3"/></rowBreaks></worksheet>`), 'xl/worksheets/sheet1.xml');
  zip.end();
  await finished(zip.outputStream.pipe(createWriteStream(path)));
}

describe('scanWorksheetRows: counting rows from the worksheet XML', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xj-scan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The scan must agree with the parse-based count on every file. */
  async function agrees(path: string): Promise<number> {
    const exact = await countWorksheetRows(path);
    expect(await scanWorksheetRows(path)).toEqual(exact);
    return exact.rows;
  }

  it('agrees with the parse on a ledger with shared strings, numbers, dates and formatted blank rows', async () => {
    const path = join(dir, 'shared.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
    const sheet = writer.addWorksheet('动迁户');
    sheet.addRow(['徐泾镇动迁户摸底台账']).commit();
    sheet.addRow(['户编号', '户主姓名', '合法建筑面积（平方米）', '摸底日期', '备注']).commit();
    for (let i = 1; i <= 800; i += 1) {
      sheet.addRow([`GJ17-${String(i).padStart(4, '0')}`, `王秀英${i}`, 120.5 + i, new Date(Date.UTC(2013, 0, 1 + (i % 28))), i % 7 ? null : '有附属用房'.repeat(i % 50)]).commit();
    }
    sheet.addRow([null, null, { formula: 'SUM(C3:C802)', result: 1 }]).commit();
    sheet.addRow([null, true]).commit();
    for (const blank of [' ', '\u3000', '\u200b', ' \n ', '\u00a0\u3000']) {
      const row = sheet.addRow([blank, null]);
      row.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      row.commit();
    }
    await writer.commit();
    expect(await agrees(path)).toBe(2 + 800 + 2);
  });

  it('agrees with the parse on inline strings (a text cell written without the shared table)', async () => {
    const path = join(dir, 'inline.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
    const sheet = writer.addWorksheet('台账');
    sheet.addRow(['户编号', '备注']).commit();
    // A cell larger than a whole inflated chunk, so rows straddle chunk boundaries.
    for (let i = 0; i < 300; i += 1) sheet.addRow([`H-${i}`, i === 150 ? '长备注'.repeat(40_000) : '二联村']).commit();
    sheet.addRow(['  ', '\u3000']).commit();
    sheet.addRow(['&amp; <b>', null]).commit();
    await writer.commit();
    expect(await agrees(path)).toBe(1 + 300 + 1);
  });

  it('agrees with the parse on rows as other tools write them', async () => {
    const path = join(dir, 'hand.xlsx');
    const rows = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>户编号</t></is></c></row>',
      '<row r="2"/>',
      '<row r="3" spans="1:3"><c r="A3" s="1"/><c r="B3" t="inlineStr"><is><r><t xml:space="preserve"> </t></r><r><t>张三</t></r></is></c></row>',
      '<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve">&#12288; </t></is></c></row>',
      '<row r="5"><c r="A5" t="s"><v>0</v></c></row>',
      '<row r="6"><c r="A6" t="s"><v>1</v></c></row>',
      '<row r="7"><c r="A7"><f>1+1</f></c></row>',
      '<row r="8"><c r="A8" t="e"><v>#N/A</v></c></row>',
      '<row r="9"><c r="A9" t="str"><v>&#x200B;</v></c></row>',
      '<row r="10"><c r="A10"><v>42</v></c></row>',
      '<row r="11"><c r="A11" t="s"><v>2</v></c></row>',
    ].join('');
    await handWritten(path, rows, '<si><t>李四</t></si><si><t xml:space="preserve">  </t></si><si><r><t> </t></r><rPh sb="0" eb="1"><t>リ</t></rPh></si>');
    // Rows 1, 3, 5, 7, 8 and 10 hold a value; 2 is empty, 4/6/9/11 only blank text.
    expect(await agrees(path)).toBe(6);
  });

  it('stops as soon as the count passes the limit', async () => {
    const path = join(dir, 'limit.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const sheet = writer.addWorksheet('台账');
    for (let i = 0; i < 500; i += 1) sheet.addRow([`H-${i}`]).commit();
    await writer.commit();
    expect(await scanWorksheetRows(path, { limit: 100 })).toEqual({ rows: 101, truncated: true });
    expect(await scanWorksheetRows(path, { limit: 500 })).toEqual({ rows: 500, truncated: false });
  });

  it('decides blank text exactly as cell normalisation does, for every character', () => {
    const disagreeing: string[] = [];
    for (let c = 0; c < 0x10000; c += 1) {
      const text = String.fromCharCode(c);
      if ((c >= 0xd800 && c <= 0xdfff) || text === '&' || text === '<') continue;
      if (isBlankXmlText(text) !== (normalizeText(text) === '')) disagreeing.push(c.toString(16));
    }
    expect(disagreeing).toEqual([]);
    expect(isBlankXmlText('&#12288;&#x20;')).toBe(true);
    expect(isBlankXmlText('&amp;')).toBe(false);
  });
});
