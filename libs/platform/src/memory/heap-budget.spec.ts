import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { HeapBudget } from './heap-budget.js';

const MB = 1024 * 1024;
const used = () => getHeapStatistics().used_heap_size;
/** A full collection first: the test worker may hold garbage of earlier test files that V8 would collect mid-test, hiding the growth measured. */
const collectAll = () => {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
};

describe('HeapBudget', () => {
  it('collects once the heap has grown beyond the budget, and then not until it grows again', () => {
    collectAll();
    const budget = new HeapBudget(16);
    const start = used();
    expect(budget.check()).toBe(false);
    // Rows that are garbage once the function returns.
    const read = () => {
      const rows = Array.from({ length: 400_000 }, (_, n) => ({ n, name: `王建国${n}` }));
      return { peak: used(), count: rows.length };
    };
    const { peak, count } = read();
    expect(peak).toBeGreaterThan(start + 16 * MB);
    expect(count).toBe(400_000);
    expect(budget.check()).toBe(true);
    // The dead rows are gone, and the heap is back under budget.
    expect(used()).toBeLessThan(peak - 16 * MB);
    expect(budget.check()).toBe(false);
  });

  it('with a budget of 0 leaves collection to V8', () => {
    const budget = new HeapBudget(0);
    const rows = Array.from({ length: 200_000 }, (_, n) => ({ n }));
    expect(budget.check()).toBe(false);
    expect(rows.length).toBe(200_000);
  });
});
