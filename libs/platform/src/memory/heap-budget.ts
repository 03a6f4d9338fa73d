import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = () => void;

let collect: Collect | null | undefined;

/**
 * V8's full collection, reached without starting Node with `--expose-gc` (the flag is set at run
 * time and the function taken from a fresh context, as Jest's leak detector does). Null if refused.
 */
function collector(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as Collect;
  } catch {
    collect = null;
  }
  return collect;
}

/**
 * Keeps a long streaming job's memory flat. V8 lets garbage pile up in the old generation until
 * its (large) limit before collecting it: a job that reads and writes a 100 000-row workbook holds
 * only a few thousand rows at a time, yet the process grew by hundreds of megabytes of dead rows.
 * `check()` after each unit of work runs a full collection once the heap has grown `budgetMb`
 * beyond what it was when the job began — every few chunks, costing a few tens of milliseconds each.
 */
export class HeapBudget {
  private readonly limit: number;

  /** `budgetMb` 0 (or less): never collect, leave it to V8. */
  constructor(budgetMb: number) {
    this.limit = budgetMb > 0 ? getHeapStatistics().used_heap_size + budgetMb * 1024 * 1024 : Infinity;
  }

  /** Collects if the heap is over budget; true if it did. */
  check(): boolean {
    if (getHeapStatistics().used_heap_size <= this.limit) return false;
    const gc = collector();
    if (!gc) return false;
    gc();
    return true;
  }
}
