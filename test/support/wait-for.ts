import type { Http } from './test-app.js';

/** How long and how often `waitFor` polls, and what a timeout names. */
export interface WaitOptions {
  /** Named in the timeout's error (a function: read when the time is up, e.g. the last state seen). */
  what?: string | (() => string);
  /** Milliseconds before giving up (30 s). */
  timeout?: number;
  /** Milliseconds between probes (100). */
  every?: number;
}

/**
 * The tests' one polling helper: calls `probe` until it answers something truthy and answers that
 * (e.g. the batch once it has succeeded); after `timeout` it fails naming `what` and the last answer.
 */
export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, options: WaitOptions = {}): Promise<T> {
  const { what = 'condition', timeout = 30_000, every = 100 } = options;
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`等待超时：${typeof what === 'function' ? what() : what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** `waitFor` for a yes/no check (the browser tests: the page renders what the api answered a moment later). */
export async function until(check: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
  await waitFor(check, { what, timeout });
}

/**
 * Polls GET `path` of an import or export batch until it has finished (succeeded or failed) and answers
 * its body; a timeout names the state it was left in.
 */
export async function finishedBatch<T = Record<string, any>>(http: Pick<Http, 'get'>, path: string, timeout = 30_000): Promise<T> {
  let last: { status?: unknown; processed?: unknown; total?: unknown } = {};
  return waitFor(
    async () => {
      last = (await http.get(path).expect(200)).body;
      return last.status === 'succeeded' || last.status === 'failed' ? (last as T) : undefined;
    },
    { what: () => `${path} 仍为 ${String(last.status)}（${String(last.processed ?? '-')}/${String(last.total ?? '-')}）`, timeout, every: 150 },
  );
}
