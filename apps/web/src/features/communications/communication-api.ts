import { api, call } from '../../api/client';
import type { ActionItemBody, ActionItemView, CommunicationView, CreateCommunicationBody, Page } from '../../api/views';

export const listCommunications = (project: string, page: number, pageSize: number) =>
  call<Page<CommunicationView>>(api.GET('/api/projects/{code}/communications', { params: { path: { code: project }, query: { page, pageSize } } }));

export const recordCommunication = (project: string, body: CreateCommunicationBody) =>
  call<CommunicationView>(api.POST('/api/projects/{code}/communications', { params: { path: { code: project } }, body }));

export const addActionItem = (communicationId: string, body: ActionItemBody) =>
  call<ActionItemView>(api.POST('/api/communications/{id}/action-items', { params: { path: { id: communicationId } }, body }));

export const updateActionItem = (item: Pick<ActionItemView, 'id' | 'version'>, status: 'open' | 'done', doneOn?: string) =>
  call<ActionItemView>(
    api.PATCH('/api/action-items/{id}', { params: { path: { id: item.id } }, body: { status, version: item.version, ...(doneOn ? { doneOn } : {}) } }),
  );

/** Action items of the user's projects: overdue ones by default. */
export const listActionItems = (query: { project?: string; state?: 'overdue' | 'open' | 'done'; page?: number; pageSize?: number }) =>
  call<Page<ActionItemView>>(api.GET('/api/action-items', { params: { query } }));

/** How many action items of the user's projects are overdue (the menu's count). */
export const overdueCount = async (): Promise<number> => (await listActionItems({ pageSize: 1 })).total;
