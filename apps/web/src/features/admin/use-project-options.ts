import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import type { Page, ProjectView } from '../../api/views';

export interface ProjectOption {
  value: string;
  label: string;
}

/** The projects as select options (`GJ17 轨交17号线`), loaded once per page. */
export function useProjectOptions(): { options: ProjectOption[]; loading: boolean } {
  const [options, setOptions] = useState<ProjectOption[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let live = true;
    call<Page<ProjectView>>(api.GET('/api/projects', { params: { query: { pageSize: 200 } } }))
      .then((page) => live && setOptions(page.items.map((p) => ({ value: p.code, label: `${p.code} ${p.name}` }))))
      .catch(() => undefined)
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, []);
  return { options, loading };
}
