import { api, call, download } from '../../api/client';
import type { ImportBatch, ImportKind, Page } from '../../api/views';

/**
 * Uploads a workbook (multipart: `kind`, `dryRun`, `file`) and answers the new batch's id (202).
 * openapi-fetch sends a FormData body as it is: the browser sets the multipart boundary, and the
 * client's middleware adds the session's bearer token as for every other call.
 */
export async function uploadImport(kind: ImportKind, dryRun: boolean, file: File): Promise<string> {
  const body = await call<{ id: string }>(
    api.POST('/api/imports', {
      body: { kind, dryRun },
      bodySerializer: (fields) => {
        const form = new FormData();
        form.append('kind', fields.kind);
        form.append('dryRun', String(fields.dryRun));
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
  return body.id;
}

export const getImport = (id: string): Promise<ImportBatch> =>
  call<ImportBatch>(api.GET('/api/imports/{id}', { params: { path: { id } } }));

export const listImports = (page: number, pageSize: number): Promise<Page<ImportBatch>> =>
  call<Page<ImportBatch>>(api.GET('/api/imports', { params: { query: { page, pageSize } } }));

/** Saves the kind's template under the api's Chinese file name (e.g. `动迁户摸底台账模板.xlsx`). */
export const downloadTemplate = (kind: ImportKind): Promise<void> =>
  download(api.GET('/api/imports/templates/{kind}', { params: { path: { kind } }, parseAs: 'blob' }), `${kind}-template.xlsx`);

/** Saves a batch's error report (`<file>-错误报告.xlsx`). */
export const downloadReport = (id: string): Promise<void> =>
  download(api.GET('/api/imports/{id}/report', { params: { path: { id } }, parseAs: 'blob' }), 'import-errors.xlsx');

/** Still being worked on: keep polling. */
export const isActive = (b: Pick<ImportBatch, 'status'>): boolean => b.status === 'queued' || b.status === 'running';
