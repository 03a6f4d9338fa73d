import ExcelJS from 'exceljs';
import { makeIdNumber } from './factories.js';

/** The households template's columns, in order. */
export const LEDGER_HEADERS = [
  '户编号',
  '项目编号',
  '地块编号',
  '村',
  '组',
  '户主姓名',
  '户主身份证号',
  '联系电话',
  '户籍人数',
  '宅基地面积',
  '合法建筑面积',
  '无证建筑面积',
  '房屋结构',
  '建造年份',
  '摸底日期',
  '备注',
];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '周',
  '吴',
  '徐',
  '孙',
  '朱',
  '马',
  '胡',
  '郭',
  '林',
  '沈',
  '顾',
  '陆',
  '欧阳',
  '司马',
  '诸葛',
];
const GIVEN = '建国秀英志强敏伟芳娟磊军洋勇艳杰涛明超兰霞平刚桂珍淑华玉梅德龙凤琴龚𠮷𡈼';
const VILLAGES = ['二联村', '金联村', '光联村', '民主村', '徐南村', '前明村', '陆家角村', '蟠龙村'];
const STRUCTURES = ['钢混', '砖混', '砖木', '简易'];

/** What the import stores for a row's text columns. */
export interface LedgerText {
  code: string;
  headName: string;
  village: string;
  villageGroup: string;
  remarks: string;
}

const pick = (s: string, i: number, n: number) => [...s][(i * n) % [...s].length]!;

/**
 * Row `i` (0-based) of a generated ledger. `long` packs the text columns with long Chinese text
 * (including 4-byte CJK Extension B characters and the 2-byte `·`) so the XML stream's chunk
 * boundaries fall inside multi-byte characters again and again.
 */
export function ledgerText(i: number, long = false): LedgerText {
  const surname = SURNAMES[i % SURNAMES.length]!;
  const given = pick(GIVEN, i, 7) + (i % 3 ? pick(GIVEN, i, 13) : '');
  const village = VILLAGES[i % VILLAGES.length]!;
  if (!long) {
    return {
      code: `HH-${String(i + 1).padStart(6, '0')}`,
      headName: surname + given,
      village,
      villageGroup: `${(i % 12) + 1}组`,
      remarks: `第${i + 1}户，已摸底`,
    };
  }
  const pad = (text: string, n: number) => [...text.repeat(Math.ceil(n / [...text].length))].slice(0, n).join('');
  return {
    code: `HH-${String(i + 1).padStart(6, '0')}`,
    headName: `${surname}${given}·${pad('阿卜杜热合曼买买提', 3 + (i % 17))}`,
    village: `上海市青浦区徐泾镇${village}${pad('沪青平公路北侧龙联路', 5 + (i % 23))}`,
    villageGroup: `第${(i % 12) + 1}村民小组${pad('东宅西宅南浜', i % 13)}`,
    remarks:
      `备注：动迁户第${i + 1}户，户主${surname}${given}，` +
      pad('宅基地位于河浜南侧，房屋为两层砖混结构，东侧搭建简易附房一间，𠮷𡈼𤭢家中老人年事已高需优先安置；', 40 + ((i * 37) % 300)) +
      `（登记于${2013 + (i % 10)}年）`,
  };
}

/**
 * Row `i`'s head 身份证号, distinct for every row of a ledger: makeIdNumber's sequence repeats after
 * 21 000 numbers, so each block of 21 000 rows takes another district (a repeated head would be 一人多户).
 */
const LEDGER_REGIONS = ['310118', '310229', '310104', '310105', '310106', '310107', '310109', '310110', '310112', '310113'];
function ledgerIdNumber(i: number): string {
  const region = LEDGER_REGIONS[Math.floor(i / 21_000)];
  if (!region) throw new Error(`a ledger of more than ${21_000 * LEDGER_REGIONS.length} rows needs more districts`);
  return makeIdNumber({ seq: i + 1, region });
}

/** Writes a households ledger of `rows` rows for `project` / `parcel` with the ExcelJS streaming writer. */
export async function writeLedger(
  filename: string,
  options: { rows: number; project: string; parcel: string; long?: boolean; useSharedStrings?: boolean },
): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename,
    useSharedStrings: options.useSharedStrings ?? false,
    useStyles: false,
  });
  const sheet = writer.addWorksheet('摸底台账');
  sheet.addRow(LEDGER_HEADERS).commit();
  for (let i = 0; i < options.rows; i += 1) {
    const text = ledgerText(i, options.long);
    sheet
      .addRow([
        text.code,
        options.project,
        options.parcel,
        text.village,
        text.villageGroup,
        text.headName,
        ledgerIdNumber(i),
        `138${String(10_000_000 + i).padStart(8, '0')}`,
        String(1 + (i % 6)),
        '150.5',
        String(80 + (i % 200)),
        String(i % 30),
        STRUCTURES[i % STRUCTURES.length]!,
        String(1960 + (i % 60)),
        '2013-01-22',
        text.remarks,
      ])
      .commit();
  }
  sheet.commit();
  await writer.commit();
}
