import { api, call } from '../../api/client';
import { PICKER_PAGE } from '../../lib/use-picker';
import type { ConfirmationBatchSummary, ConfirmationBatchView, ConfirmationCandidateList, ConfirmationLineView, Page } from '../../api/views';

export type BatchScope = 'pending' | 'closed' | 'all';

/** Batches of the user's projects (or one project): those waiting for the company by default. */
export const listBatches = (query: { project?: string; state?: BatchScope; page?: number; pageSize?: number }) =>
  call<Page<ConfirmationBatchSummary>>(api.GET('/api/confirmation-batches', { params: { query } }));

export const getBatch = (id: string) => call<ConfirmationBatchView>(api.GET('/api/confirmation-batches/{id}', { params: { path: { id } } }));

/** A page of the new batch's picker, by subject code; `after`: the previous page's `next`. */
export const listCandidates = (project: string, query: { subjectType?: 'household' | 'enterprise' | 'facility' | 'legacy_base'; parcel?: string }, after?: string) =>
  call<ConfirmationCandidateList>(
    api.GET('/api/projects/{code}/confirmation-candidates', { params: { path: { code: project }, query: { ...query, pageSize: PICKER_PAGE, ...(after ? { after } : {}) } } }),
  );

export const submitBatch = (project: string, caseIds: string[], note?: string) =>
  call<ConfirmationBatchView>(api.POST('/api/projects/{code}/confirmation-batches', { params: { path: { code: project } }, body: { caseIds, ...(note ? { note } : {}) } }));

export const confirmLine = (line: Pick<ConfirmationLineView, 'id' | 'version'>) =>
  call<ConfirmationLineView>(api.POST('/api/confirmation-lines/{id}/confirm', { params: { path: { id: line.id } }, body: { version: line.version } }));

export const rejectLine = (line: Pick<ConfirmationLineView, 'id' | 'version'>, reason: string, companyFigure?: string) =>
  call<ConfirmationLineView>(
    api.POST('/api/confirmation-lines/{id}/reject', { params: { path: { id: line.id } }, body: { version: line.version, reason, ...(companyFigure ? { companyFigure } : {}) } }),
  );

export const linesOfCase = (caseId: string) => call<{ items: ConfirmationLineView[] }>(api.GET('/api/cases/{id}/confirmation-lines', { params: { path: { id: caseId } } }));

/** How many batches wait for the company (the menu's count, for the company). */
export const pendingCount = async (): Promise<number> => (await listBatches({ pageSize: 1 })).total;
