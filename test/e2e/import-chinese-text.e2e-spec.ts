import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeParcel, makeProject } from '../support/factories.js';
import { ledgerText, writeLedger, type LedgerText } from '../support/household-ledger.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { finishedBatch } from '../support/wait-for.js';

const ROWS = 30_000;
const FIELDS = ['headName', 'village', 'villageGroup', 'remarks'] as const;

/**
 * ExcelJS 4.4.0's streaming reader decoded each chunk of the XML stream on its own, so a Chinese
 * character straddling a chunk boundary came back as U+FFFD. This imports a large ledger whose text
 * columns are long Chinese text (with 2-, 3- and 4-byte UTF-8 characters) through the real pipeline
 * (upload → queue → streaming reader → validation → chunked upsert) and compares every stored cell,
 * byte for byte, with what was written.
 */
describe('households import keeps Chinese text byte for byte (e2e)', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'xj-import-zh-'));

  beforeAll(async () => {
    t = await createTestApp({ DATA_DIR: join(dir, 'data') });
    await t
      .http()
      .post('/api/projects')
      .send(makeProject({ code: 'ZH' }))
      .expect(201);
    await t
      .http()
      .post('/api/projects/ZH/parcels')
      .send(makeParcel({ code: 'ZH-01' }))
      .expect(201);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`imports ${ROWS} rows of long Chinese names and addresses and stores every cell exactly as written`, async () => {
    const file = join(dir, '摸底台账-中文.xlsx');
    await writeLedger(file, { rows: ROWS, project: 'ZH', parcel: 'ZH-01', long: true, useSharedStrings: true });

    const res = await t.http().post('/api/imports').field('kind', 'households').attach('file', readFileSync(file), '摸底台账-中文.xlsx');
    expect({ status: res.status, body: res.body }).toMatchObject({ status: 202, body: { id: expect.any(String) } });
    const batch = await finishedBatch(t.http(), `/api/imports/${res.body.id}`, 480_000);
    expect(batch).toMatchObject({
      status: 'succeeded',
      total: ROWS,
      processed: ROWS,
      created: ROWS,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });

    const stored = await t.query<LedgerText>(
      `SELECT h.code, h."headName", h.village, h."villageGroup", h.remarks
         FROM household h JOIN project p ON p.id = h."projectId" WHERE p.code = 'ZH'`,
    );
    expect(stored).toHaveLength(ROWS);
    const byCode = new Map(stored.map((s) => [s.code, s]));
    const mismatches: string[] = [];
    let replacementChars = 0;
    let multiByteCells = 0;
    for (let i = 0; i < ROWS; i += 1) {
      const expected = ledgerText(i, true);
      const actual = byCode.get(expected.code);
      if (!actual) {
        mismatches.push(`${expected.code}: missing`);
        continue;
      }
      for (const field of FIELDS) {
        const want = Buffer.from(expected[field], 'utf8');
        const got = Buffer.from(actual[field] ?? '', 'utf8');
        if (want.length !== expected[field].length) multiByteCells += 1;
        if (actual[field]?.includes('\uFFFD')) replacementChars += 1;
        if (!want.equals(got) && mismatches.length < 10)
          mismatches.push(`${expected.code}.${field}: ${JSON.stringify(actual[field])} ≠ ${JSON.stringify(expected[field])}`);
      }
    }
    expect(replacementChars).toBe(0);
    expect(mismatches).toEqual([]);
    expect(multiByteCells).toBe(ROWS * FIELDS.length);
  }, 600_000);
});
