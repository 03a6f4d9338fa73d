import { formatHundredths, hashSeed, SeededRandom } from './random.js';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    expect(new SeededRandom(43).next()).not.toBe(first[0]);
  });

  it('streams by name are stable and independent', () => {
    expect(hashSeed('parcel:GJ17-01')).toBe(hashSeed('parcel:GJ17-01'));
    expect(SeededRandom.forName('parcel:GJ17-01').next()).not.toBe(SeededRandom.forName('parcel:GJ17-02').next());
  });

  it('draws integers within both bounds and hits each of them', () => {
    const rng = new SeededRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 9);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(9);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('follows weights roughly and never draws a zero-weight key', () => {
    const rng = new SeededRandom(11);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++) counts[rng.weighted({ a: 1, b: 3, c: 0 })]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.5);
    expect(counts.b / counts.a).toBeLessThan(3.5);
  });

  it('samples distinct items', () => {
    const picked = new SeededRandom(5).sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
  });

  it('writes decimals with exactly two places', () => {
    expect(formatHundredths(12345)).toBe('123.45');
    expect(formatHundredths(8000)).toBe('80.00');
    expect(formatHundredths(7)).toBe('0.07');
    expect(new SeededRandom(1).decimal(100, 200)).toMatch(/^[12]\.\d{2}$/);
  });
});
