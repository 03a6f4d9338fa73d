import { api, call } from '../../api/client';
import type {
  CreateViolationBody,
  RectificationSummaryView,
  UnlicensedProposalView,
  ViolationPageView,
  ViolationStepBody,
  ViolationView,
} from '../../api/views';

export interface ViolationFilters {
  year?: number;
  village?: string;
  kind?: ViolationView['kind'];
  status?: ViolationView['status'];
  householdId?: string;
  overdue?: 'true';
  page?: number;
  pageSize?: number;
}

export const listViolations = (query: ViolationFilters) =>
  call<ViolationPageView>(api.GET('/api/rectification/violations', { params: { query } }));
export const getViolation = (id: string) =>
  call<ViolationView>(api.GET('/api/rectification/violations/{id}', { params: { path: { id } } }));
export const createViolation = (body: CreateViolationBody) => call<ViolationView>(api.POST('/api/rectification/violations', { body }));
export const stepViolation = (id: string, body: ViolationStepBody) =>
  call<ViolationView>(api.POST('/api/rectification/violations/{id}/steps', { params: { path: { id } }, body }));
export const getRectificationSummary = (year?: number) =>
  call<RectificationSummaryView>(api.GET('/api/rectification/summary', { params: { query: { year } } }));
export const listRectificationVillages = () => call<{ villages: string[] }>(api.GET('/api/rectification/villages'));
export const getUnlicensedProposal = (id: string) =>
  call<UnlicensedProposalView>(api.GET('/api/rectification/households/{id}/unlicensed-area', { params: { path: { id } } }));
export const confirmUnlicensedArea = (id: string, householdVersion: number, area: string) =>
  call<UnlicensedProposalView>(
    api.POST('/api/rectification/households/{id}/unlicensed-area/confirm', { params: { path: { id } }, body: { householdVersion, area } }),
  );

export const KIND_OPTIONS = [
  { value: 'illegal_land', label: '违法用地' },
  { value: 'illegal_building', label: '违法建筑' },
  { value: 'waste_dumping', label: '渣土乱倒' },
] as const;

export const STATUS_OPTIONS = [
  { value: 'found', label: '已发现' },
  { value: 'notice_issued', label: '已下达整改通知' },
  { value: 'rectifying', label: '整改中' },
  { value: 'rectified', label: '已整改' },
  { value: 'demolished', label: '已拆除' },
] as const;

export const STATUS_COLOR: Record<string, string> = {
  found: 'red',
  notice_issued: 'orange',
  rectifying: 'gold',
  rectified: 'green',
  demolished: 'green',
};
