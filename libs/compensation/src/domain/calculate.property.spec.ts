import fc from 'fast-check';
import { calculate, type Calculation } from './calculate.js';
import { exampleScheme } from './example-scheme.js';
import type { SchemeItem, SchemeVersion } from './scheme.js';
import type { SubjectFacts } from './subject-facts.js';
import { validateScheme } from './validate-scheme.js';

/** Yuan or m² as text with up to two decimals, from an integer count of hundredths. */
const hundredths = (n: bigint): string => `${n / 100n}.${(n % 100n).toString().padStart(2, '0')}`;
/** Half-up division of non-negative integers, in bigint only: the reference the Dec arithmetic must match. */
const divideHalfUp = (numerator: bigint, denominator: bigint): bigint => (2n * numerator + denominator) / (2n * denominator);

function run(version: SchemeVersion, facts: SubjectFacts): Calculation {
  const validation = validateScheme(version);
  if (!validation.ok) throw new Error(validation.problems[0].message);
  const result = calculate(validation.scheme, facts);
  if (!result.ok) throw new Error(result.problems[0].message);
  return result.calculation;
}

/** A random acyclic version: per-area and per-household items, and percentages of items generated before them. */
const versions = fc
  .array(
    fc.record({
      kind: fc.constantFrom('per_area', 'per_household', 'percentage'),
      price: fc.bigInt({ min: 0n, max: 10_000_000n }),
      percent: fc.bigInt({ min: 0n, max: 100_000n }),
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((specs) =>
    specs.map((spec, i): SchemeItem => {
      const code = `I${i}`;
      const base = { code, name: `项目${i}`, appliesTo: ['household' as const] };
      if (spec.kind === 'per_area') return { ...base, rule: { kind: 'per_area', area: 'licensed', unitPrice: hundredths(spec.price) } };
      if (spec.kind === 'percentage' && i > 0) {
        const of = [...new Set(spec.picks.map((p) => `I${p % i}`))];
        return { ...base, rule: { kind: 'percentage', percent: hundredths(spec.percent), of } };
      }
      return { ...base, rule: { kind: 'per_household', amount: hundredths(spec.price) } };
    }),
  );
const areas = fc.bigInt({ min: 0n, max: 10_000_000n });
const facts = (areaHundredths: bigint): SubjectFacts => ({
  kind: 'household',
  areas: { licensed: hundredths(areaHundredths) },
  asOf: '2013-05-01',
});

describe('calculate: properties', () => {
  it('totals exactly the sum of the lines in fen', () => {
    fc.assert(
      fc.property(versions, areas, (items, area) => {
        const c = run({ items }, facts(area));
        expect(c.totalFen).toBe(c.lines.reduce((sum, l) => sum + l.amountFen, 0n));
      }),
    );
  });

  it('gives the same lines and total whatever the order of the items', () => {
    fc.assert(
      fc.property(
        versions.chain((items) =>
          fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length })),
        ),
        areas,
        ([items, shuffled], area) => {
          const amounts = (c: Calculation) => new Map(c.lines.map((l) => [l.code, [l.amountFen, l.words]]));
          const a = run({ items }, facts(area));
          const b = run({ items: shuffled }, facts(area));
          expect(b.totalFen).toBe(a.totalFen);
          expect(amounts(b)).toEqual(amounts(a));
        },
      ),
    );
  });

  it('matches integer arithmetic exactly: area × price and percentages, half-up once', () => {
    fc.assert(
      fc.property(versions, areas, (items, area) => {
        const c = run({ items }, facts(area));
        const byCode = new Map(c.lines.map((l) => [l.code, l]));
        for (const item of items) {
          const line = byCode.get(item.code)!;
          if (item.rule.kind === 'per_area') {
            // area (hundredths of m²) × price (fen) / 100 = fen.
            const priceFen = BigInt(item.rule.unitPrice.replace('.', ''));
            expect(line.amountFen).toBe(area === 0n ? 0n : divideHalfUp(area * priceFen, 100n));
          }
          if (item.rule.kind === 'percentage' && line.applicable) {
            // percent (hundredths of a percent) × base (fen) / 10 000 = fen.
            const base = item.rule.of.reduce((sum, code) => sum + byCode.get(code)!.amountFen, 0n);
            expect(line.amountFen).toBe(divideHalfUp(BigInt(item.rule.percent.replace('.', '')) * base, 10_000n));
          }
        }
      }),
    );
  });

  it('keeps the example scheme’s household total the sum of its lines for any facts', () => {
    const version = exampleScheme();
    fc.assert(
      fc.property(
        fc.record({
          licensed: areas,
          homestead: areas,
          unlicensed: areas,
          persons: fc.integer({ min: 0, max: 12 }),
          structure: fc.constantFrom('reinforced_concrete', 'brick_concrete', 'brick_wood', 'simple' as const),
          yearBuilt: fc.integer({ min: 1950, max: 2013 }),
          flags: fc.subarray(['low_income', 'disabled', 'only_child'] as const),
          signedOn: fc
            .date({ min: new Date('2013-01-01'), max: new Date('2014-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
        }),
        (f) => {
          const c = run(version, {
            kind: 'household',
            areas: { licensed: hundredths(f.licensed), homestead: hundredths(f.homestead), unlicensed: hundredths(f.unlicensed) },
            structure: f.structure,
            yearBuilt: f.yearBuilt,
            recognisedPersons: f.persons,
            flags: f.flags,
            signedOn: f.signedOn,
            asOf: f.signedOn,
          });
          expect(c.totalFen).toBe(c.lines.reduce((sum, l) => sum + l.amountFen, 0n));
          for (const l of c.lines) expect(l.amountFen >= 0n).toBe(true);
        },
      ),
    );
  });
});
