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

/** One realistic household row (deterministic for `i`). */
export function householdRow(i: number): Array<string | number> {
  const rng = new SeededRandom(i * 2654435761);
  const year = rng.int(1935, 1985);
  const sex = rng.chance(0.8) ? 'male' : 'female';
  const birth = `${year}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const id = makeResidentId({ region: '310229', birthDate: birth, sequence: rng.int(1, 499), sex });
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
