/** How long and how often `waitFor` polls, and what a timeout names. */
export interface WaitOptions {
  /** Named in the timeout's error. */
  what?: string;
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
    if (Date.now() > deadline) throw new Error(`等待超时：${what}（最后一次：${JSON.stringify(value)}）`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** `waitFor` for a yes/no check (the browser tests: the page renders what the api answered a moment later). */
export async function until(check: () => Promise<boolean>, what: string, timeout = 30_000): Promise<void> {
  await waitFor(check, { what, timeout });
}
