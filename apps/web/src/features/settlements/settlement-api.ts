import { api, call } from '../../api/client';
import { PICKER_PAGE } from '../../lib/use-picker';
import type {
  Page,
  ReconciliationView,
  RecordReceiptBody,
  SettlementCandidatePage,
  SettlementFiguresView,
  SettlementReceiptView,
  StatementSummaryView,
  StatementView,
  UpdateFiguresBody,
} from '../../api/views';

export const listStatements = (project: string, page: number, pageSize: number) =>
  call<Page<StatementSummaryView>>(api.GET('/api/projects/{code}/settlement-statements', { params: { path: { code: project }, query: { page, pageSize } } }));

/** A page of the new statement's picker, by subject code; `after`: the previous page's `next`. */
export const listCandidates = (project: string, after?: string) =>
  call<SettlementCandidatePage>(
    api.GET('/api/projects/{code}/settlement-candidates', { params: { path: { code: project }, query: { pageSize: PICKER_PAGE, ...(after ? { after } : {}) } } }),
  );

export const issueStatement = (project: string, caseIds: string[], issuedOn?: string) =>
  call<StatementView>(api.POST('/api/projects/{code}/settlement-statements', { params: { path: { code: project } }, body: { caseIds, ...(issuedOn ? { issuedOn } : {}) } }));

export const getStatement = (id: string) => call<StatementView>(api.GET('/api/settlement-statements/{id}', { params: { path: { id } } }));

export const confirmLine = (line: { id: string; version: number }) =>
  call<StatementView>(api.POST('/api/settlement-lines/{id}/confirm', { params: { path: { id: line.id } }, body: { version: line.version } }));

export const disputeLine = (line: { id: string; version: number }, reason: string) =>
  call<StatementView>(api.POST('/api/settlement-lines/{id}/dispute', { params: { path: { id: line.id } }, body: { version: line.version, reason } }));

export const dropLine = (line: { id: string; version: number }) =>
  call<StatementView>(api.POST('/api/settlement-lines/{id}/drop', { params: { path: { id: line.id } }, body: { version: line.version } }));

/** Records a receipt under the key the dialog generated when it opened: a repeated click is the same receipt. */
export const recordReceipt = (statementId: string, key: string, body: RecordReceiptBody) =>
  call<SettlementReceiptView>(
    api.POST('/api/settlement-statements/{id}/receipts', { params: { path: { id: statementId }, header: { 'Idempotency-Key': key } }, body }),
  );

export const getFigures = (project: string) =>
  call<SettlementFiguresView>(api.GET('/api/projects/{code}/settlement-figures', { params: { path: { code: project } } }));

export const updateFigures = (project: string, body: UpdateFiguresBody) =>
  call<SettlementFiguresView>(api.PUT('/api/projects/{code}/settlement-figures', { params: { path: { code: project } }, body }));

export const projectReconciliation = (project: string) =>
  call<ReconciliationView>(api.GET('/api/projects/{code}/reconciliation', { params: { path: { code: project } } }));

export const statementReconciliation = (id: string) =>
  call<ReconciliationView>(api.GET('/api/settlement-statements/{id}/reconciliation', { params: { path: { id } } }));

/** Requests the 结算单 or 三账对账表 export (202); the file is written in the background and downloaded from 导出. */
export const requestSettlementExport = (kind: 'settlement-statement' | 'reconciliation', filters: { statement?: string; project?: string }) =>
  call<{ id: string }>(api.POST('/api/exports', { body: { kind, filters } }));
