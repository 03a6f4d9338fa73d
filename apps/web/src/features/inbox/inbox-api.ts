import { api, call } from '../../api/client';
import type { InboxPage } from '../../api/views';

/** What waits for 西虹桥公司 in the user's projects (or one project), the most urgent first. */
export const listInbox = (query: { project?: string; page?: number; pageSize?: number }) => call<InboxPage>(api.GET('/api/company/inbox', { params: { query } }));

/** How many things wait for the company (the menu's count). */
export const inboxCount = async (): Promise<number> => (await listInbox({ pageSize: 1 })).total;
