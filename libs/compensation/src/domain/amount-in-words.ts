import type { Fen } from './money.js';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const PLACES = ['', '拾', '佰', '仟'];

/** 1–9999 in capitals, with one 零 for each run of inner zeros and none at the end (1010 → 壹仟零壹拾). */
function fourDigits(n: number): string {
  let text = '';
  let zeroPending = false;
  for (let place = 3; place >= 0; place -= 1) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      zeroPending = text !== '';
      continue;
    }
    if (zeroPending) text += '零';
    zeroPending = false;
    text += DIGITS[digit] + PLACES[place];
  }
  return text;
}

/** A positive whole number of yuan: groups of four digits under 万, groups of eight under 亿 (so 万亿 reads naturally). */
function wholeYuan(n: bigint): string {
  if (n >= 100_000_000n) {
    const high = n / 100_000_000n;
    const low = n % 100_000_000n;
    if (low === 0n) return `${wholeYuan(high)}亿`;
    // A zero between the 亿 and the rest when the rest does not fill all eight places.
    return `${wholeYuan(high)}亿${low < 10_000_000n ? '零' : ''}${wholeYuan(low)}`;
  }
  const value = Number(n);
  const high = Math.floor(value / 10_000);
  const low = value % 10_000;
  if (high === 0) return fourDigits(low);
  if (low === 0) return `${fourDigits(high)}万`;
  return `${fourDigits(high)}万${low < 1000 ? '零' : ''}${fourDigits(low)}`;
}

/**
 * Fen → 人民币大写 as written on agreements and vouchers (《支付结算办法》's rules): 壹拾 is written in
 * full; one 零 stands for each run of zeros inside the yuan, including across 万 and 亿; 整 follows 元
 * when there are neither 角 nor 分 (nothing follows 角); 元零X分 when 角 is zero but 分 is not; no 零
 * is written between 元 and a 角; amounts under one yuan start at 角 or 分; negative amounts begin
 * with 负. Examples: 12345678 → 壹拾贰万叁仟肆佰伍拾陆元柒角捌分, 0 → 零元整, 1000001 → 壹万元零壹分.
 */
export function toChineseCapital(fen: Fen | number): string {
  const value = BigInt(fen);
  if (value < 0n) return `负${toChineseCapital(-value)}`;
  if (value === 0n) return '零元整';
  const yuan = value / 100n;
  const jiao = Number((value / 10n) % 10n);
  const cents = Number(value % 10n);
  const head = yuan > 0n ? `${wholeYuan(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${head}整`;
  const jiaoText = jiao > 0 ? `${DIGITS[jiao]}角` : yuan > 0n ? '零' : '';
  const fenText = cents > 0 ? `${DIGITS[cents]}分` : '';
  return head + jiaoText + fenText;
}
