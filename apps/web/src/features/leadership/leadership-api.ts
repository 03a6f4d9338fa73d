import { api, call } from '../../api/client';
import type { CreateProgressEntryBody, QuotaView, TargetView } from '../../api/views';

/** The quota of a year (without a year: the year the records stand in). */
export const getQuota = (year?: number) => call<QuotaView>(api.GET('/api/dashboard/quota', { params: { query: { year } } }));

export const listTargets = (year: number) => call<TargetView[]>(api.GET('/api/targets', { params: { query: { year } } }));

export const addProgressEntry = (id: string, body: CreateProgressEntryBody) => call<TargetView>(api.POST('/api/targets/{id}/entries', { params: { path: { id } }, body }));

/** The households list of those whose housing was solved within the dates (the figures' drill-down). */
export function solvedHouseholdsPath(from: string, to: string): string {
  return `/households?${new URLSearchParams({ resettledFrom: from, resettledTo: to }).toString()}`;
}

/** A month's first and last calendar day (`2013-02` → 2013-02-01, 2013-02-28). */
export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
