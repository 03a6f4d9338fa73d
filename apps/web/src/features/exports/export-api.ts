import { api, call, download } from '../../api/client';
import type { CaseStatus, ExportBatch, ExportFilters, ExportKind, Page, ParcelView, ProjectView } from '../../api/views';

/** Requests an export (202) and answers its id; the file is written in the background. */
export async function requestExport(kind: ExportKind, filters: ExportFilters): Promise<string> {
  const body = await call<{ id: string }>(
    // The status comes from a select or the address; the api checks it is a case status.
    api.POST('/api/exports', { body: { kind, filters: { ...filters, status: filters.status as CaseStatus | undefined } } }),
  );
  return body.id;
}

export const getExport = (id: string): Promise<ExportBatch> =>
  call<ExportBatch>(api.GET('/api/exports/{id}', { params: { path: { id } } }));

/** The caller's latest exports (the api keeps the newest 50 in this list). */
export const listExports = (): Promise<ExportBatch[]> => call<{ items: ExportBatch[] }>(api.GET('/api/exports')).then((b) => b.items);

/** Saves the finished file under the api's Chinese name (e.g. `动迁户台账-20131231.xlsx`). */
export const downloadExport = (id: string): Promise<void> =>
  download(api.GET('/api/exports/{id}/file', { params: { path: { id } }, parseAs: 'blob' }), 'export.xlsx');

/** Projects the user may see (officers and company users: their assigned ones). */
export const listProjects = (): Promise<ProjectView[]> =>
  call<Page<ProjectView>>(api.GET('/api/projects', { params: { query: { page: 1, pageSize: 200 } } })).then((p) => p.items);

export const listParcels = (projectCode: string): Promise<ParcelView[]> =>
  call<Page<ParcelView>>(
    api.GET('/api/projects/{code}/parcels', { params: { path: { code: projectCode }, query: { page: 1, pageSize: 200 } } }),
  ).then((p) => p.items);

/** Still being written: keep polling. */
export const isActive = (b: Pick<ExportBatch, 'status'>): boolean => b.status === 'queued' || b.status === 'running';
