import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import type { CurrentUser, Page, ParcelView, ProjectView } from '../../api/views';

export interface Option {
  value: string;
  label: string;
}

/** Whether `user` may record and change subjects and parcels of `projectCode` (admin anywhere, officer in their projects). */
export function canWriteProject(user: CurrentUser | null, projectCode: string | null | undefined): boolean {
  if (!user) return false;
  if (user.roles.includes('admin')) return true;
  return user.roles.includes('officer') && !!projectCode && user.projects.includes(projectCode);
}

/** The projects the user may see, as select options (`GJ17 轨交17号线`). */
export function useProjects(): { projects: ProjectView[]; options: Option[]; loading: boolean } {
  const [projects, setProjects] = useState<ProjectView[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let live = true;
    call<Page<ProjectView>>(api.GET('/api/projects', { params: { query: { pageSize: 200 } } }))
      .then((page) => live && setProjects(page.items))
      .catch(() => undefined)
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, []);
  return { projects, options: projects.map((p) => ({ value: p.code, label: `${p.code} ${p.name}` })), loading };
}

/** The parcels of `projectCode` (none without a project), as select options. */
export function useParcels(projectCode: string | undefined): { parcels: ParcelView[]; options: Option[]; loading: boolean } {
  const [state, setState] = useState<{ project?: string; parcels: ParcelView[] }>({ parcels: [] });
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (!projectCode) {
      setState({ parcels: [] });
      return;
    }
    let live = true;
    setLoading(true);
    call<Page<ParcelView>>(api.GET('/api/projects/{code}/parcels', { params: { path: { code: projectCode }, query: { pageSize: 200 } } }))
      .then((page) => live && setState({ project: projectCode, parcels: page.items }))
      .catch(() => live && setState({ project: projectCode, parcels: [] }))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [projectCode]);
  const parcels = state.project === projectCode ? state.parcels : [];
  return { parcels, options: parcels.map((p) => ({ value: p.code, label: p.village ? `${p.code}（${p.village}）` : p.code })), loading };
}
