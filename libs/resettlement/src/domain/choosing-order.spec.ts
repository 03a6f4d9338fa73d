import { createHash } from 'node:crypto';
import { choosingOrder, ORDER_ALGORITHM, orderHash, seedProblem, tieKey, verifyOrder } from './choosing-order.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('xj-order-v1', () => {
  const people = [
    { caseRef: 'GJ17-0003', sequenceNo: 2 },
    { caseRef: 'GJ17-0001', sequenceNo: 1 },
    { caseRef: 'GJ18-0001', sequenceNo: 1 },
    { caseRef: 'GJ18-0009', sequenceNo: 3 },
    { caseRef: 'GJ19-0002', sequenceNo: 1 },
  ];

  it('orders by 签约顺序号 and breaks ties by SHA-256(seed:caseRef) ascending', () => {
    const seed = '2026120401';
    const order = choosingOrder(seed, people);
    expect(order.map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
    expect(order.map((e) => e.item.sequenceNo)).toEqual([1, 1, 1, 2, 3]);
    const ones = ['GJ17-0001', 'GJ18-0001', 'GJ19-0002'].sort((a, b) => (sha(`${seed}:${a}`) < sha(`${seed}:${b}`) ? -1 : 1));
    expect(order.slice(0, 3).map((e) => e.item.caseRef)).toEqual(ones);
    expect(order[0]!.tieKey).toBe(tieKey(seed, ones[0]!));
  });

  it('is the same for the same inputs whatever their given order, and another seed may reorder the ties', () => {
    const a = choosingOrder('abc', people).map((e) => e.item.caseRef);
    expect(choosingOrder('abc', [...people].reverse()).map((e) => e.item.caseRef)).toEqual(a);
    const seeds = ['s1', 's2', 's3', 's4', 's5', 's6'].map((s) => choosingOrder(s, people).slice(0, 3).map((e) => e.item.caseRef).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
    // The untied households keep their places under every seed.
    for (const s of ['s1', 's2']) expect(choosingOrder(s, people).slice(3).map((e) => e.item.caseRef)).toEqual(['GJ17-0003', 'GJ18-0009']);
  });

  it('hashes the algorithm, seed and rows canonically', () => {
    const rows = choosingOrder('x', people).map((e) => ({ position: e.position, ...e.item }));
    const text = [ORDER_ALGORITHM, 'x', ...rows.map((r) => `${r.position}|${r.caseRef}|${r.sequenceNo}`)].join('\n');
    expect(orderHash(ORDER_ALGORITHM, 'x', [...rows].reverse())).toBe(sha(text));
    expect(orderHash(ORDER_ALGORITHM, 'y', rows)).not.toBe(sha(text));
  });

  it('verifies a published order and names the positions that differ', () => {
    const rows = choosingOrder('seed', people).map((e) => ({ position: e.position, caseRef: e.item.caseRef, sequenceNo: e.item.sequenceNo }));
    const hash = orderHash(ORDER_ALGORITHM, 'seed', rows);
    expect(verifyOrder({ algorithm: ORDER_ALGORITHM, seed: 'seed', orderHash: hash, rows })).toMatchObject({ consistent: true, differingPositions: [], hashMatches: true });
    const swapped = rows.map((r) => ({ ...r }));
    [swapped[0]!.caseRef, swapped[1]!.caseRef] = [swapped[1]!.caseRef, swapped[0]!.caseRef];
    expect(verifyOrder({ algorithm: ORDER_ALGORITHM, seed: 'seed', orderHash: hash, rows: swapped })).toMatchObject({ consistent: false, differingPositions: [1, 2] });
    // A different seed claimed for the same list: the ties come out otherwise or the hash differs.
    expect(verifyOrder({ algorithm: ORDER_ALGORITHM, seed: 'other', orderHash: hash, rows }).consistent).toBe(false);
    expect(verifyOrder({ algorithm: 'xj-order-v0', seed: 'seed', orderHash: hash, rows }).consistent).toBe(false);
  });

  it('accepts lottery numbers and hex seeds only', () => {
    expect(seedProblem('2026120401')).toBeNull();
    expect(seedProblem('a'.repeat(64))).toBeNull();
    expect(seedProblem('')).not.toBeNull();
    expect(seedProblem('a:b')).not.toBeNull();
  });
});
