import { api, call } from '../../api/client';
import type {
  CreateOwnershipBody,
  CreatePlanBody,
  LandUse,
  OwnerKind,
  OwnershipPage,
  OwnershipView,
  PlanStatus,
  PlanView,
  SurveyStatus,
  UpdateOwnershipBody,
} from '../../api/views';

export interface OwnershipQuery {
  village?: string;
  owner?: OwnerKind;
  status?: SurveyStatus;
  use?: LandUse;
  q?: string;
  page?: number;
  pageSize?: number;
}

export const listOwnership = (query: OwnershipQuery) => call<OwnershipPage>(api.GET('/api/land/ownership', { params: { query } }));
export const listVillages = () => call<{ villages: string[] }>(api.GET('/api/land/ownership/villages')).then((v) => v.villages);
export const createOwnership = (body: CreateOwnershipBody) => call<OwnershipView>(api.POST('/api/land/ownership', { body }));
export const updateOwnership = (id: string, body: UpdateOwnershipBody) =>
  call<OwnershipView>(api.PATCH('/api/land/ownership/{id}', { params: { path: { id } }, body }));
export const changeSurveyStatus = (id: string, body: { status: SurveyStatus; certificateNo?: string; version: number }) =>
  call<OwnershipView>(api.POST('/api/land/ownership/{id}/status', { params: { path: { id } }, body }));
export const deleteOwnership = (id: string, version: number) =>
  call<void>(api.DELETE('/api/land/ownership/{id}', { params: { path: { id } }, body: { version } }));

export const listPlans = () => call<PlanView[]>(api.GET('/api/land/consolidation-plans'));
export const getPlan = (id: string) => call<PlanView>(api.GET('/api/land/consolidation-plans/{id}', { params: { path: { id } } }));
export const createPlan = (body: CreatePlanBody) => call<PlanView>(api.POST('/api/land/consolidation-plans', { body }));
export const approvePlan = (id: string, version: number) =>
  call<PlanView>(api.POST('/api/land/consolidation-plans/{id}/approve', { params: { path: { id } }, body: { version } }));
export const completePlan = (id: string, version: number) =>
  call<PlanView>(api.POST('/api/land/consolidation-plans/{id}/complete', { params: { path: { id } }, body: { version } }));
/** Requests the 集体土地归并方案 export of a plan (202); answers the export's id. */
export const requestPlanExport = (plan: string) =>
  call<{ id: string }>(api.POST('/api/exports', { body: { kind: 'land-consolidation-plan', filters: { plan } } })).then((b) => b.id);

export const OWNER_KIND_LABELS: Record<OwnerKind, string> = { town: '镇集体', village: '村集体', group: '村民小组' };
export const LAND_USE_LABELS: Record<LandUse, string> = {
  farmland: '耕地',
  homestead: '宅基地',
  construction: '集体建设用地',
  other: '其他',
};
export const SURVEY_STATUS_LABELS: Record<SurveyStatus, string> = { unsurveyed: '未调查', surveying: '调查中', confirmed: '已确权' };
export const SURVEY_STEPS: SurveyStatus[] = ['unsurveyed', 'surveying', 'confirmed'];
export const SURVEY_COLORS: Record<SurveyStatus, string> = { unsurveyed: 'default', surveying: 'processing', confirmed: 'success' };
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { draft: '草拟', approved: '已批准', done: '已完成' };
export const PLAN_STEPS: PlanStatus[] = ['draft', 'approved', 'done'];
export const PLAN_COLORS: Record<PlanStatus, string> = { draft: 'default', approved: 'processing', done: 'success' };

/** Who keeps the registers (leaders read). */
export const LAND_WRITERS = ['admin', 'officer'];
export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
