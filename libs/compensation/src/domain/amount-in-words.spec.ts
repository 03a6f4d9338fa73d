import fc from 'fast-check';
import { toChineseCapital } from './amount-in-words.js';

const DIGIT_VALUES: Record<string, bigint> = { 零: 0n, 壹: 1n, 贰: 2n, 叁: 3n, 肆: 4n, 伍: 5n, 陆: 6n, 柒: 7n, 捌: 8n, 玖: 9n };
const PLACE_VALUES: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };

/** Reads 大写 back to fen, the independent way a cashier would: for the round-trip property. */
function parseCapital(text: string): bigint {
  if (text.startsWith('负')) return -parseCapital(text.slice(1));
  const [yuanPart, rest] = text.includes('元') ? text.split('元') : ['', text];
  let total = 0n;
  let section = 0n;
  let digit = 0n;
  for (const ch of yuanPart) {
    if (ch in DIGIT_VALUES) digit = DIGIT_VALUES[ch];
    else if (ch in PLACE_VALUES) {
      section += digit * PLACE_VALUES[ch];
      digit = 0n;
    } else if (ch === '万') {
      section = (section + digit) * 10_000n;
      digit = 0n;
    } else if (ch === '亿') {
      total = (total + section + digit) * 100_000_000n;
      section = 0n;
      digit = 0n;
    } else throw new Error(`unexpected ${ch} in ${text}`);
  }
  const yuan = total + section + digit;
  const jiao = /(.)角/.exec(rest);
  const fen = /(.)分/.exec(rest);
  return yuan * 100n + (jiao ? DIGIT_VALUES[jiao[1]] * 10n : 0n) + (fen ? DIGIT_VALUES[fen[1]] : 0n);
}

describe('toChineseCapital', () => {
  it.each([
    [12345678n, '壹拾贰万叁仟肆佰伍拾陆元柒角捌分'],
    [0n, '零元整'],
    [100000n, '壹仟元整'],
    [1000001n, '壹万元零壹分'],
    [10001000000n, '壹亿零壹万元整'],
    [1000010000n, '壹仟万零壹佰元整'],
    [100n, '壹元整'],
    [1000n, '壹拾元整'],
    [1100n, '壹拾壹元整'],
    [11000n, '壹佰壹拾元整'],
    [10100n, '壹佰零壹元整'],
    [100100n, '壹仟零壹元整'],
    [101000n, '壹仟零壹拾元整'],
    [1000000n, '壹万元整'],
    [1000100n, '壹万零壹元整'],
    [1010000n, '壹万零壹佰元整'],
    [10100000n, '壹拾万壹仟元整'],
    [1010000000n, '壹仟零壹拾万元整'],
    [10700053n, '壹拾万柒仟元伍角叁分'],
    [168032n, '壹仟陆佰捌拾元叁角贰分'],
    [1640902n, '壹万陆仟肆佰零玖元零贰分'],
    [32504n, '叁佰贰拾伍元零肆分'],
    [100000000n, '壹佰万元整'],
    [100000100n, '壹佰万零壹元整'],
    [1000100000n, '壹仟万壹仟元整'],
    [10000000000n, '壹亿元整'],
    [10000000100n, '壹亿零壹元整'],
    [11000000000n, '壹亿壹仟万元整'],
    [10010000000n, '壹亿零壹拾万元整'],
    [123456789012n, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'],
    [100000000000000n, '壹万亿元整'],
    [100000001000000n, '壹万亿零壹万元整'],
    [50n, '伍角'],
    [5n, '伍分'],
    [55n, '伍角伍分'],
    [150n, '壹元伍角'],
    [105n, '壹元零伍分'],
    [19039138n, '壹拾玖万零叁佰玖拾壹元叁角捌分'],
    [-123n, '负壹元贰角叁分'],
    [-100000n, '负壹仟元整'],
  ])('%s fen → %s', (fen, words) => {
    expect(toChineseCapital(fen)).toBe(words);
  });

  it('takes a safe integer number of fen as well as bigint', () => {
    expect(toChineseCapital(12345678)).toBe('壹拾贰万叁仟肆佰伍拾陆元柒角捌分');
  });

  const amounts = fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n });

  it('reads back to the same fen', () => {
    fc.assert(fc.property(amounts, (fen) => parseCapital(toChineseCapital(fen)) === fen));
  });

  it('keeps the written form: one 零 at a time, none before a unit or 元, 整 only after 元', () => {
    fc.assert(
      fc.property(amounts, (fen) => {
        const words = toChineseCapital(fen);
        if (fen === 0n) return;
        expect(words).not.toMatch(/零零|零[元万亿拾佰仟角分]|^零[^元]|[角分]整|亿万/);
        expect(words.endsWith('整')).toBe(fen % 100n === 0n);
        expect(words.startsWith('负')).toBe(fen < 0n);
        expect(words).not.toMatch(/^负?零/);
      }),
    );
  });

  it('differs for different amounts', () => {
    fc.assert(fc.property(amounts, amounts, (a, b) => a === b || toChineseCapital(a) !== toChineseCapital(b)));
  });
});
