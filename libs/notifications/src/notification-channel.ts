/** One message for one user, as every channel receives it. */
export interface OutgoingNotification {
  userId: string;
  /** What it is about, e.g. `milestone_overdue`. */
  kind: string;
  title: string;
  body: string;
  /** A path in the web app, or null. */
  link: string | null;
  /** Names the event: a channel delivers a (user, key) pair at most once. */
  dedupeKey: string;
}

/**
 * A way of reaching users. `NotificationSender` hands every message to every channel in
 * `NOTIFICATION_CHANNELS`, inside the caller's transaction.
 *
 * To add a channel (e.g. SMS): implement this interface as an `@Injectable()` provider in
 * `libs/notifications/src/channels/`, add it to the `NOTIFICATION_CHANNELS` factory in
 * `notifications.module.ts`, and keep it idempotent per (userId, dedupeKey) — the in-app channel's
 * UNIQUE index does that for the bell; an outward channel should record what it sent in its own
 * table with the same key (and send after commit, through a job, so a rolled-back transaction sends nothing).
 */
export interface NotificationChannel {
  /** Short name, e.g. `in_app`. */
  readonly name: string;
  /** Delivers the messages; answers how many were new (not delivered before). */
  deliver(messages: readonly OutgoingNotification[]): Promise<number>;
}

/** Injection token of the channels (an array of `NotificationChannel`). */
export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
