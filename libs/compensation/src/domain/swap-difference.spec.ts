import fc from 'fast-check';
import { swapDifference, unitPrices, type SwapPricing } from './swap-difference.js';

const pricing: SwapPricing = {
  areaPerPerson: '30',
  resettlementPrice: '6000.00',
  bandsBeyond: [
    { width: '15', price: '8000.00' },
    { width: '15', price: '10000.00' },
    { width: null, price: '18000.00' },
  ],
  maxBeyond: '40',
};
const swap = (housingArea: string, compensationFen = 54813213n, recognisedPersons = 3, p: SwapPricing = pricing) =>
  swapDifference(p, { compensationFen, recognisedPersons, housingArea });

describe('swapDifference', () => {
  it('prices within the entitlement and band by band beyond it, and the household pays the difference', () => {
    const result = swap('120.5');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.swap.lines.map((l) => [l.label, l.words, l.amountFen])).toEqual([
      ['应安置面积内', '90.00 m² × 6,000.00 元/m²', 54000000n],
      ['超出应安置面积 0–15 m²', '15.00 m² × 8,000.00 元/m²', 12000000n],
      ['超出应安置面积 15–30 m²', '15.00 m² × 10,000.00 元/m²', 15000000n],
      ['超出应安置面积 30 m² 以上', '0.50 m² × 18,000.00 元/m²', 900000n],
    ]);
    expect(result.swap).toMatchObject({
      entitlementArea: '90',
      beyondArea: '30.5',
      housingValueFen: 81900000n,
      differenceFen: -27086787n,
      direction: 'by_household',
      summary: '被征收户应补交差价 270,867.87 元',
    });
  });

  it('pays the household when the housing is worth less than the compensation', () => {
    const result = swap('80');
    expect(result.ok && [result.swap.lines.length, result.swap.differenceFen, result.swap.summary]).toEqual([
      1,
      6813213n,
      '应付被征收户差价 68,132.13 元',
    ]);
    expect(swap('90', 54000000n).ok && swap('90', 54000000n)).toMatchObject({
      swap: { differenceFen: 0n, direction: 'none', summary: '差价为零' },
    });
  });

  it('stops a band part-way and rounds each band line half-up to the fen', () => {
    const result = swap('97.3333');
    expect(result.ok && result.swap.lines.map((l) => [l.words, l.amountFen])).toEqual([
      ['90.00 m² × 6,000.00 元/m²', 54000000n],
      ['7.3333 m² × 8,000.00 元/m²', 5866640n],
    ]);
    const half = swap('90.00005', 0n, 3, { ...pricing, bandsBeyond: [{ width: null, price: '100.00' }] });
    expect(half.ok && half.swap.lines[1].amountFen).toBe(1n);
  });

  it('refuses area beyond the cap, or beyond finite bands', () => {
    expect(swap('131')).toEqual({ ok: false, message: '安置房面积 131.00 m² 超出应安置面积 90.00 m² 共 41.00 m²，超过允许的 40.00 m²' });
    expect(swap('130').ok).toBe(true);
    const finite = { ...pricing, bandsBeyond: pricing.bandsBeyond.slice(0, 2), maxBeyond: null };
    expect(swap('120', 0n, 3, finite).ok).toBe(true);
    expect(swap('120.01', 0n, 3, finite)).toEqual({
      ok: false,
      message: '安置房面积 120.01 m² 超出应安置面积 90.00 m² 共 30.01 m²，超过允许的 30.00 m²',
    });
    expect(swap('125', 0n, 3, { ...finite, maxBeyond: '50' })).toEqual({
      ok: false,
      message: '超出应安置面积 35.00 m²，超过各档超面积合计 30.00 m²',
    });
    expect(swap('91', 0n, 3, { ...pricing, bandsBeyond: [], maxBeyond: null })).toEqual({
      ok: false,
      message: '安置房面积 91.00 m² 超出应安置面积 90.00 m² 共 1.00 m²，超过允许的 0.00 m²',
    });
  });

  it('refuses bad pricing and inputs', () => {
    expect(swap('80', 0n, 3, { ...pricing, areaPerPerson: '0' })).toEqual({ ok: false, message: '人均安置面积无效：0' });
    expect(swap('80', 0n, 3, { ...pricing, resettlementPrice: '-1' })).toEqual({ ok: false, message: '安置价无效：-1' });
    expect(
      swap('80', 0n, 3, {
        ...pricing,
        bandsBeyond: [
          { width: null, price: '1' },
          { width: '5', price: '2' },
        ],
      }),
    ).toEqual({ ok: false, message: '只有最后一档超面积可以不限面积' });
    expect(swap('80', 0n, 3, { ...pricing, bandsBeyond: [{ width: '0', price: '1' }] })).toEqual({
      ok: false,
      message: '超面积第1档面积无效：0',
    });
    expect(swap('80', 0n, 3, { ...pricing, bandsBeyond: [{ width: '5', price: '1.001' }] })).toEqual({
      ok: false,
      message: '超面积第1档价格无效：1.001',
    });
    expect(swap('80', 0n, 3, { ...pricing, maxBeyond: 'x' })).toEqual({ ok: false, message: '超面积上限无效：x' });
    expect(swap('80', 0n, -1)).toEqual({ ok: false, message: '认定人口无效：-1' });
    expect(swap('0')).toEqual({ ok: false, message: '安置房面积无效：0' });
  });

  it('reads areas with surrounding spaces', () => {
    const result = swap(' 80 ', 0n, 3, { ...pricing, areaPerPerson: ' 30 ', bandsBeyond: [{ width: ' 15 ', price: ' 8000 ' }] });
    expect(result.ok && result.swap.housingValueFen).toBe(48000000n);
  });

  it('with no recognised persons, prices everything beyond the entitlement', () => {
    const result = swap('20', 0n, 0);
    expect(result.ok && result.swap.lines.map((l) => l.label)).toEqual(['超出应安置面积 0–15 m²', '超出应安置面积 15–30 m²']);
  });

  it('is exact: value is the sum of band lines, each matching integer arithmetic; difference is compensation − value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 13_000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.bigInt({ min: 0n, max: 10n ** 10n }),
        (hundredths, persons, compensationFen) => {
          const area = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
          const result = swap(area, compensationFen, persons);
          const beyond = hundredths - persons * 3000;
          if (beyond > 4000) return expect(result.ok).toBe(false);
          if (!result.ok) throw new Error(result.message);
          const lineFen = (areaHundredths: number, priceYuan: bigint) => BigInt(areaHundredths) * priceYuan; // whole-yuan prices: exact fen
          const expected =
            lineFen(Math.min(hundredths, persons * 3000), 6000n) +
            lineFen(Math.min(Math.max(beyond, 0), 1500), 8000n) +
            lineFen(Math.min(Math.max(beyond - 1500, 0), 1500), 10000n) +
            lineFen(Math.max(beyond - 3000, 0), 18000n);
          expect(result.swap.housingValueFen).toBe(expected);
          expect(result.swap.housingValueFen).toBe(result.swap.lines.reduce((sum, l) => sum + l.amountFen, 0n));
          expect(result.swap.differenceFen).toBe(compensationFen - expected);
        },
      ),
    );
  });

  it('never values more area at less', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_300_000 }), fc.integer({ min: 1, max: 1_300_000 }), (a, b) => {
        const value = (n: number) => {
          const r = swap(`${Math.floor(n / 10_000)}.${String(n % 10_000).padStart(4, '0')}`, 0n, 3, {
            ...pricing,
            resettlementPrice: '6123.45',
            maxBeyond: null,
          });
          return r.ok ? r.swap.housingValueFen : -1n;
        };
        const [small, large] = a < b ? [a, b] : [b, a];
        expect(value(large) >= value(small)).toBe(true);
      }),
    );
  });

  describe('with the allocated units\' own prices', () => {
    it('prices the entitlement at the unit\'s 安置价 and the last, unlimited band at its 市场价; the bands between stay scheme data', () => {
      const result = swapDifference(pricing, { compensationFen: 0n, recognisedPersons: 3, housingArea: '125', unitPrices: { resettlementPrice: '5500.00', marketPrice: '20000.00' } });
      expect(result.ok && result.swap.lines.map((l) => [l.words, l.amountFen])).toEqual([
        ['90.00 m² × 5,500.00 元/m²', 49500000n],
        ['15.00 m² × 8,000.00 元/m²', 12000000n],
        ['15.00 m² × 10,000.00 元/m²', 15000000n],
        ['5.00 m² × 20,000.00 元/m²', 10000000n],
      ]);
    });

    it('keeps the cap: taking more beyond the entitlement than the scheme allows is refused in Chinese', () => {
      const result = swapDifference(pricing, { compensationFen: 0n, recognisedPersons: 3, housingArea: '131', unitPrices: { resettlementPrice: '5500.00', marketPrice: '20000.00' } });
      expect(result).toEqual({ ok: false, message: expect.stringContaining('超过允许的 40.00 m²') });
    });

    it('refuses a unit price that is not 元 to the fen', () => {
      expect(swapDifference(pricing, { compensationFen: 0n, recognisedPersons: 3, housingArea: '90', unitPrices: { resettlementPrice: '5500.001', marketPrice: '1' } })).toEqual({
        ok: false,
        message: '房源安置价无效：5500.001',
      });
    });

    it('averages several units\' prices by area, to the fen', () => {
      expect(unitPrices([])).toBeNull();
      expect(unitPrices([{ area: '80', resettlementPrice: '6000.00', marketPrice: '30000.00' }])).toEqual({ resettlementPrice: '6000.00', marketPrice: '30000.00' });
      expect(
        unitPrices([
          { area: '80', resettlementPrice: '6000.00', marketPrice: '30000.00' },
          { area: '40', resettlementPrice: '6300.00', marketPrice: '31000.01' },
        ]),
      ).toEqual({ resettlementPrice: '6100.00', marketPrice: '30333.34' });
    });
  });
});
