/**
 * Recomputes a published 选房 order from its export (选房顺序表 .xlsx) and tells whether it is the order the named
 * algorithm gives for the published inputs (the seed, each household's 案件编号 and 签约顺序号):
 *   npm run verify:order -- 选房顺序表-20261204.xlsx
 * Prints 一致 or 不一致 with the positions that differ; the exit code is 1 when it differs (2 when the file cannot be read).
 */
import { pathToFileURL } from 'node:url';
import { readChoosingOrder } from '@app/excel';
import { ORDER_ALGORITHM, verifyOrder } from '@app/resettlement';

export interface OrderFileVerification {
  consistent: boolean;
  differingPositions: number[];
  /** What the command prints, line by line. */
  lines: string[];
}

/** The verify command's work on one file (the e2e test runs it on an exported file). */
export async function verifyOrderFile(file: string | Buffer): Promise<OrderFileVerification> {
  const sheet = await readChoosingOrder(file);
  const result = verifyOrder({ algorithm: sheet.algorithm, seed: sheet.seed, orderHash: sheet.orderHash || null, rows: sheet.rows });
  const lines = [
    `轮次：${sheet.round}\u3000安置基地：${sheet.base}\u3000参加项目：${sheet.projects}`,
    `排序算法：${sheet.algorithm}${sheet.algorithm === ORDER_ALGORITHM ? '' : `（本程序只认 ${ORDER_ALGORITHM}）`}`,
    `种子：${sheet.seed}`,
    `户数：${sheet.rows.length}`,
    `公布的顺序哈希：${sheet.orderHash || '（无）'}`,
    `重新计算的哈希：${result.recomputedHash}${result.hashMatches === false ? '（不符）' : ''}`,
  ];
  if (result.consistent) {
    lines.push('结果：一致——公布的选房顺序与按公布的种子、案件编号和签约顺序号重新计算的顺序相同');
  } else {
    lines.push('结果：不一致');
    const published = new Map(sheet.rows.map((r) => [r.position, r]));
    for (const position of result.differingPositions) {
      const p = published.get(position);
      const r = result.recomputed.find((x) => x.position === position);
      lines.push(`  第 ${position} 位：公布为 ${p ? `${p.caseRef}（签约顺序号 ${p.sequenceNo}）` : '（无）'}，重新计算应为 ${r ? `${r.caseRef}（签约顺序号 ${r.sequenceNo}）` : '（无）'}`);
    }
  }
  return { consistent: result.consistent, differingPositions: result.differingPositions, lines };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('用法：npm run verify:order -- <选房顺序表.xlsx>\n');
    process.exit(2);
  }
  try {
    const result = await verifyOrderFile(file);
    process.stdout.write(`${result.lines.join('\n')}\n`);
    process.exit(result.consistent ? 0 : 1);
  } catch (error) {
    process.stderr.write(`无法读取选房顺序表：${(error as Error).message}\n`);
    process.exit(2);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
