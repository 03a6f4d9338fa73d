/**
 * The company's 待办 inbox: what waits for 西虹桥公司 across the four mechanisms. Each mechanism
 * contributes entries (one per record waiting, e.g. a batch with its unanswered lines, not one per line);
 * this orders them and counts them by kind.
 */
export interface InboxEntry {
  /** The kind of record waiting (`action_item`, `confirmation_batch`, `settlement_statement`, `handover`, …). */
  kind: string;
  /** The kind in Chinese (待确认批次, …). */
  kindLabel: string;
  /** The record waiting. */
  refId: string;
  projectId: string;
  /** What it is, in Chinese (the batch's name, the item's content). */
  title: string;
  /** What is asked of the company, in Chinese (e.g. 12 户待答复). */
  detail: string;
  /** Since when it waits (calendar day, Shanghai). */
  since: string;
  /** The day it is due, when it has one. */
  dueOn: string | null;
  /** The web path of the screen where the company answers it. */
  link: string;
}

/** Whether an entry is past its due day. */
export function inboxOverdue(entry: Pick<InboxEntry, 'dueOn'>, today: string): boolean {
  return entry.dueOn !== null && entry.dueOn < today;
}

/** Overdue first (the longest overdue first), then the longest waiting first; ties by kind and id, so the order is stable. */
export function orderInbox<T extends InboxEntry>(entries: readonly T[], today: string): T[] {
  const key = (e: T) => [inboxOverdue(e, today) ? 0 : 1, inboxOverdue(e, today) ? e.dueOn! : e.since, e.kind, e.refId] as const;
  return [...entries].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i += 1) {
      if (ka[i]! < kb[i]!) return -1;
      if (ka[i]! > kb[i]!) return 1;
    }
    return 0;
  });
}

/** Counts by kind, in the order kinds first appear in `entries`. */
export function countByKind(entries: readonly InboxEntry[]): Array<{ kind: string; kindLabel: string; count: number }> {
  const counts = new Map<string, { kind: string; kindLabel: string; count: number }>();
  for (const e of entries) {
    const c = counts.get(e.kind);
    if (c) c.count += 1;
    else counts.set(e.kind, { kind: e.kind, kindLabel: e.kindLabel, count: 1 });
  }
  return [...counts.values()];
}
