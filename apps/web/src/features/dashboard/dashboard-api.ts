import { api, call } from '../../api/client';
import type { CaseDrillView, DashboardOverviewView, ProjectDashboardView } from '../../api/views';

export const dashboardOverview = () => call<DashboardOverviewView>(api.GET('/api/dashboard/overview'));

export const projectDashboard = (code: string) => call<ProjectDashboardView>(api.GET('/api/dashboard/projects/{code}', { params: { path: { code } } }));

/** The address of the list a figure opens (`/households?project=GJ17&reached=signed`): the list's own filters. */
export function drillPath(drill: CaseDrillView): string {
  const { list, ...filters } = drill;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, String(value));
  return `/${list}?${query.toString()}`;
}

/** A share as a percentage with one decimal (`62.5%`), or — when nothing is counted. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
