import { SnapshotCache } from './snapshot-cache.js';

describe('SnapshotCache', () => {
  it('serves a value only in the snapshot it was computed in', () => {
    const cache = new SnapshotCache<string>(4);
    cache.set('overview:*', '100:105:101,103', 'figures A');
    expect(cache.get('overview:*', '100:105:101,103')).toBe('figures A');
    // Transaction 103 committed: the snapshot changed, the figures may have.
    expect(cache.get('overview:*', '100:105:101')).toBeUndefined();
    expect(cache.get('overview:p1', '100:105:101,103')).toBeUndefined();
  });

  it('replaces what a key held with the newer computation', () => {
    const cache = new SnapshotCache<string>(4);
    cache.set('k', '1:1:', 'old');
    cache.set('k', '1:2:', 'new');
    expect(cache.get('k', '1:1:')).toBeUndefined();
    expect(cache.get('k', '1:2:')).toBe('new');
    expect(cache.size).toBe(1);
  });

  it('keeps at most its capacity, dropping the least recently used key', () => {
    const cache = new SnapshotCache<number>(2);
    cache.set('a', 's', 1);
    cache.set('b', 's', 2);
    expect(cache.get('a', 's')).toBe(1); // a used after b
    cache.set('c', 's', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b', 's')).toBeUndefined();
    expect(cache.get('a', 's')).toBe(1);
    expect(cache.get('c', 's')).toBe(3);
  });

  it('peeks at what a key holds in any snapshot without marking it used', () => {
    const cache = new SnapshotCache<number>(2);
    expect(cache.peek('a')).toBeUndefined();
    cache.set('a', '1:2:', 1);
    cache.set('b', '1:2:', 2);
    expect(cache.peek('a')).toEqual({ snapshot: '1:2:', value: 1 });
    // Peeking did not make `a` the most recently used: it leaves first.
    cache.set('c', '1:2:', 3);
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.peek('b')).toEqual({ snapshot: '1:2:', value: 2 });
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new SnapshotCache(0)).toThrow(RangeError);
    expect(() => new SnapshotCache(1.5)).toThrow(RangeError);
  });

  describe('resolve', () => {
    const at = new Date('2013-06-01T02:00:00Z');
    const computing = (snapshot: string, value: string) => {
      let calls = 0;
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const compute = async () => {
        calls += 1;
        await gate;
        return { snapshot, value, at };
      };
      return { compute, release: () => release(), calls: () => calls };
    };

    it('computes once for the callers who saw the same snapshot together, then serves the kept value', async () => {
      const cache = new SnapshotCache<string>(4);
      const c = computing('7:9:8', 'figures');
      const waiting = [cache.resolve('k', '7:9:8', c.compute), cache.resolve('k', '7:9:8', c.compute), cache.resolve('k', '7:9:8', c.compute)];
      c.release();
      expect(await Promise.all(waiting)).toEqual([
        { value: 'figures', at },
        { value: 'figures', at },
        { value: 'figures', at },
      ]);
      expect(c.calls()).toBe(1);
      expect(await cache.resolve('k', '7:9:8', c.compute)).toEqual({ value: 'figures' });
      expect(c.calls()).toBe(1);
    });

    it('keeps the value under the snapshot its statement ran in, and a caller who saw another snapshot computes', async () => {
      const cache = new SnapshotCache<string>(4);
      const first = computing('7:10:', 'after 8 and 9 committed');
      first.release();
      await cache.resolve('k', '7:9:8', first.compute); // looked at 7:9:8, the statement then ran in 7:10:
      expect(cache.get('k', '7:10:')).toBe('after 8 and 9 committed');
      const second = computing('10:11:', 'newer');
      second.release();
      expect(await cache.resolve('k', '10:11:', second.compute)).toEqual({ value: 'newer', at });
      expect(second.calls()).toBe(1);
    });

    it('inside a transaction (no snapshot) computes every time and keeps nothing', async () => {
      const cache = new SnapshotCache<string>(4);
      const c = computing('1:2:', 'mine');
      c.release();
      await cache.resolve('k', null, c.compute);
      await cache.resolve('k', null, c.compute);
      expect(c.calls()).toBe(2);
      expect(cache.size).toBe(0);
    });

    it('a failed computation fails its callers, is not kept, and the next caller tries again', async () => {
      const cache = new SnapshotCache<string>(4);
      let calls = 0;
      const failing = async () => {
        calls += 1;
        throw new Error('connection lost');
      };
      await expect(Promise.all([cache.resolve('k', '1:2:', failing), cache.resolve('k', '1:2:', failing)])).rejects.toThrow('connection lost');
      expect(calls).toBe(1);
      await expect(cache.resolve('k', '1:2:', failing)).rejects.toThrow('connection lost');
      expect(calls).toBe(2);
      expect(cache.size).toBe(0);
    });
  });
});
