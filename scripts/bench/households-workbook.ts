import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { drawName, makeResidentId, SeededRandom } from '@app/seed';

export const BENCH_PROJECT = 'BENCH';
export const BENCH_PARCELS = ['BENCH-01', 'BENCH-02', 'BENCH-03', 'BENCH-04', 'BENCH-05'];
const VILLAGES = ['二联村', '金联村', '光联村', '民主村', '徐南村', '前明村', '蟠龙村'];
const STRUCTURES = ['钢混', '砖混', '砖木', '简易'];
export const HEADERS = [
  '户编号', '项目编号', '地块编号', '村', '组', '户主姓名', '户主身份证号', '联系电话', '户籍人数',
  '宅基地面积（平方米）', '合法建筑面积（平方米）', '无证建筑面积（平方米）', '房屋结构', '建造年份', '摸底日期', '备注',
];

/** Birth dates the heads are spread over (1935-01-01 on, one day each), and the first of them. */
const BIRTH_DAYS = 18_600;
const FIRST_BIRTH = Date.UTC(1935, 0, 1);

/**
 * One realistic household row (deterministic for `i`). Each row's head has an ID number of its own (birth date and
 * sequence follow from `i`): a head ID already in the ledger needs a 重复户主原因 the workbook does not have.
 */
export function householdRow(i: number): Array<string | number> {
  const rng = new SeededRandom(i * 2654435761);
  const born = new Date(FIRST_BIRTH + (i % BIRTH_DAYS) * 86_400_000).toISOString().slice(0, 10);
  const year = Number(born.slice(0, 4));
  const sex = rng.chance(0.8) ? 'male' : 'female';
  const id = makeResidentId({ region: '310229', birthDate: born.replaceAll('-', ''), sequence: 1 + Math.floor(i / BIRTH_DAYS), sex });
  const area = (min: number, max: number) => (rng.int(min * 100, max * 100) / 100).toFixed(2);
  return [
    `BH-${String(i + 1).padStart(6, '0')}`,
    BENCH_PROJECT,
    BENCH_PARCELS[i % BENCH_PARCELS.length]!,
    VILLAGES[i % VILLAGES.length]!,
    `${(i % 12) + 1}组`,
    drawName(rng, sex, year),
    id,
    `13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
    rng.int(1, 7),
    area(80, 250),
    area(120, 450),
    area(0, 150),
    STRUCTURES[rng.int(0, 3)]!,
    rng.int(1975, 2008),
    `2013-0${rng.int(1, 6)}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    i % 10 === 0 ? '有附属用房，需现场复核' : '',
  ];
}

/** Writes a households import workbook (title row, header, `rows` rows) with the streaming writer. */
export async function writeHouseholdsWorkbook(file: string, rows: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(file), useSharedStrings: false });
  const sheet = writer.addWorksheet('摸底台账');
  sheet.addRow(['徐泾镇动迁户摸底台账（基准测试）']).commit();
  sheet.addRow(HEADERS).commit();
  for (let i = 0; i < rows; i += 1) sheet.addRow(householdRow(i)).commit();
  await writer.commit();
}
