import { api, call } from '../../api/client';
import type { RecalculationApplyView, RecalculationCasePage, RecalculationRunView } from '../../api/views';

/** Starts a recalculation preview of a published version (202); answers the queued run. */
export const startRecalculation = (schemeVersionId: string) =>
  call<RecalculationRunView>(api.POST('/api/schemes/{id}/recalculations', { params: { path: { id: schemeVersionId } } }));

/** The version's previews, newest first, with their totals. */
export const listRecalculations = (schemeVersionId: string) =>
  call<RecalculationRunView[]>(api.GET('/api/schemes/{id}/recalculations', { params: { path: { id: schemeVersionId } } }));

export const getRecalculation = (id: string) =>
  call<RecalculationRunView>(api.GET('/api/recalculations/{id}', { params: { path: { id } } }));

/** One page of the preview's cases, the largest difference first. */
export const getRecalculationCases = (id: string, page: number, pageSize: number) =>
  call<RecalculationCasePage>(api.GET('/api/recalculations/{id}/cases', { params: { path: { id }, query: { page, pageSize } } }));

export const applyRecalculation = (id: string) =>
  call<RecalculationApplyView>(api.POST('/api/recalculations/{id}/apply', { params: { path: { id } } }));

/** Still being calculated: keep polling. */
export const isRunning = (run: Pick<RecalculationRunView, 'status'>): boolean => run.status === 'queued' || run.status === 'running';

/** Requests the 重新测算差异表 of a preview through the export pipeline (202); answers the export's id. */
export const requestDiffExport = (runId: string) =>
  call<{ id: string }>(api.POST('/api/exports', { body: { kind: 'recalculation-diff', filters: { recalculation: runId } } })).then(
    (b) => b.id,
  );
