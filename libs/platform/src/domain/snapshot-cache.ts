/** A value computed by one statement, with that statement's snapshot and time. */
export interface Computed<T> {
  snapshot: string;
  value: T;
  at: Date;
}

/**
 * Answers computed from one database snapshot, served again while the database is still in that snapshot.
 *
 * A PostgreSQL snapshot (`pg_current_snapshot()`: xmin, xmax and the transactions in progress) decides by itself which
 * rows a statement sees; it changes whenever any transaction commits or aborts and at no other time. So an answer
 * computed by a statement in snapshot S is exactly what the same statement would compute now if the current snapshot is
 * still S — no figure can be stale, whatever was written and however. The first request after any commit computes
 * again. Framework-free; bounded to `capacity` keys, the least recently used leaving first.
 */
export class SnapshotCache<T> {
  private readonly entries = new Map<string, { snapshot: string; value: T }>();
  /** Computations under way, by key and the snapshot their callers saw. */
  private readonly computing = new Map<string, Promise<Computed<T>>>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
  }

  /** The value kept for `key` if it was computed in `snapshot` (the current one), else undefined. */
  get(key: string, snapshot: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.snapshot !== snapshot) return undefined;
    this.entries.delete(key); // most recently used goes last
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * What `key` holds and the snapshot it was computed in, whatever the current snapshot (not marked as used): for a
   * caller that learns the current snapshot in the same statement that uses the value, then keeps the value only if
   * the two snapshots are one (`get`).
   */
  peek(key: string): { snapshot: string; value: T } | undefined {
    const entry = this.entries.get(key);
    return entry && { snapshot: entry.snapshot, value: entry.value };
  }

  /** Keeps `value`, computed in `snapshot`, for `key` (replacing what the key held). */
  set(key: string, snapshot: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { snapshot, value });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  /**
   * The value of `key` for a caller that saw `snapshot` (the current one): the kept value if it was computed in that
   * snapshot; else the computation another caller who saw the same snapshot has under way (after a commit, many callers
   * arrive at once: one computes, the rest wait for it); else `compute()`, kept under the snapshot it ran in. A
   * computation started after the caller's look is as current as the caller needs. `at` is the computation's time when
   * the value was computed for this call or shared, absent when it was kept. `snapshot` null (the caller is inside a
   * transaction, whose own writes no snapshot shows): computed, neither shared nor kept.
   */
  async resolve(key: string, snapshot: string | null, compute: () => Promise<Computed<T>>): Promise<{ value: T; at?: Date }> {
    if (snapshot === null) {
      const computed = await compute();
      return { value: computed.value, at: computed.at };
    }
    const kept = this.get(key, snapshot);
    if (kept !== undefined) return { value: kept };
    const flight = `${key}\u0000${snapshot}`;
    let running = this.computing.get(flight);
    if (!running) {
      running = compute().then(
        (computed) => {
          this.computing.delete(flight);
          this.set(key, computed.snapshot, computed.value);
          return computed;
        },
        (error: unknown) => {
          this.computing.delete(flight);
          throw error;
        },
      );
      this.computing.set(flight, running);
    }
    const computed = await running;
    return { value: computed.value, at: computed.at };
  }

  get size(): number {
    return this.entries.size;
  }
}
