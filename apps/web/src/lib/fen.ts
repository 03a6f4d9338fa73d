/**
 * Sums of amounts the api sends as yuan text (`"1234.50"`), done exactly in integer fen (bigint) —
 * never in floating point — for the totals rows of the money tables.
 */
export function toFen(yuan: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!match) throw new Error(`不是金额：${yuan}`);
  const [, sign, whole, fraction = ''] = match;
  const fen = BigInt(whole!) * 100n + BigInt((fraction + '00').slice(0, 2));
  return sign ? -fen : fen;
}

/** Integer fen as yuan text with two decimals (`-1234.50`), as the api writes amounts. */
export function fenToYuan(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
