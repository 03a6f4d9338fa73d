/**
 * Names for the api's answers and code lists, all generated from its OpenAPI document (schema.d.ts,
 * `npm run web:api-types`): nothing here is written by hand, so a changed view on the server fails
 * `npm run typecheck` where the web app reads it.
 */
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export type Role = Schemas['Role'];
export type CaseStatus = Schemas['CaseStatus'];
export type SubjectType = Schemas['SubjectType'];
export type BatchStatus = Schemas['BatchStatus'];
export type ImportKind = Schemas['ImportKind'];
export type ExportKind = Schemas['ExportKind'];
export type JobStatus = Schemas['JobStatus'];
export type QueueDriver = Schemas['QueueDriver'];
export type HouseStructure = Schemas['HouseStructure'];
export type MemberRelation = Schemas['MemberRelation'];
export type FacilityKind = Schemas['FacilityKind'];
export type ProjectStatus = Schemas['ProjectStatus'];
export type ParcelStatus = Schemas['ParcelStatus'];
export type LandOwnership = Schemas['LandOwnership'];
export type QueueCountState = keyof Schemas['QueueCountsView'];

export type CurrentUser = Schemas['AccountView'];
export type LoginResult = Schemas['LoginResultView'];
export type ReferenceOption = Schemas['ReferenceOption'];
export type ReferenceLists = Schemas['ReferenceLists'];

/** A page of a list answer (every `…Page` schema has this shape). */
export type Page<T> = Omit<Schemas['ProjectPage'], 'items'> & { items: T[] };
/** A page of a subject list (households, enterprises, facilities, legacy bases): `totalExact` false when the count stopped at its cap. */
export type SubjectPage<T> = Page<T> & Partial<Pick<Schemas['HouseholdPage'], 'totalExact' | 'next'>>;

export type ProjectView = Schemas['ProjectView'];
export type ParcelView = Schemas['ParcelView'];

export type HouseholdMemberView = Schemas['HouseholdMemberView'];
export type HouseholdView = Schemas['HouseholdView'];
export type HouseholdPersonalData = Schemas['HouseholdPersonalDataView'];
export type EnterpriseView = Schemas['EnterpriseView'];
export type FacilityView = Schemas['FacilityView'];
export type LegacyBaseView = Schemas['LegacyBaseView'];
/** Any of the four kinds of 征收对象. */
export type AnySubject = HouseholdView | EnterpriseView | FacilityView | LegacyBaseView;
/** The fields every kind of subject shows (identity, location codes, case, version). */
export type SubjectView = Pick<HouseholdView, keyof HouseholdView & keyof EnterpriseView & keyof FacilityView & keyof LegacyBaseView>;

export type CaseView = Schemas['CaseView'];
export type CaseNextStep = Schemas['CaseNextStepView'];
export type CaseTransitionView = Schemas['CaseTransitionView'];

export type UserView = Schemas['UserView'];
export type UserWithPassword = Schemas['UserWithPasswordView'];

export type AuditChange = Schemas['AuditChangeView'];
export type AuditEntryView = Schemas['AuditEntryView'];

export type ImportBatch = Schemas['ImportBatchView'];
export type ExportBatch = Schemas['ExportBatchView'];
/** Which rows an export holds, as an export shows them (and the export form holds them). */
export type ExportFilters = Schemas['ExportFiltersView'];

export type RecognitionBasis = Schemas['RecognitionBasis'];

/* The money (libs/compensation): schemes, calculations. */
export type SchemeStatus = Schemas['SchemeStatus'];
export type SchemeVersionView = Schemas['SchemeVersionView'];
/** One item of a scheme version, with its rule (one of the rule kinds). */
export type SchemeItem = SchemeVersionView['items'][number];
export type SwapPricing = NonNullable<SchemeVersionView['swapPricing']>;
export type CalculationView = Schemas['CalculationView'];
export type CalculationLineView = Schemas['CalculationLineView'];
export type RecalculationRunView = Schemas['RecalculationRunView'];
export type RecalculationCaseView = Schemas['RecalculationCaseView'];
export type RecalculationLineChangeView = Schemas['RecalculationLineChangeView'];
export type RecalculationCasePage = Schemas['RecalculationCasePage'];
export type RecalculationApplyView = Schemas['RecalculationApplyView'];
export type CreateSchemeVersionBody = Schemas['CreateSchemeVersionDto'];
export type UpdateSchemeVersionBody = Schemas['UpdateSchemeVersionDto'];
export type CreateCalculationBody = Schemas['CreateCalculationDto'];

/* The money: agreements and payments. */
export type AgreementMethod = Schemas['AgreementMethod'];
export type AgreementStatus = Schemas['AgreementStatus'];
export type TransitionMethod = Schemas['TransitionMethod'];
export type AgreementView = Schemas['AgreementView'];
export type SwapDifferenceView = Schemas['SwapDifferenceView'];
export type AgreementPrintView = Schemas['AgreementPrintView'];
export type PrintAmountView = Schemas['PrintAmountView'];
export type PaymentKind = Schemas['PaymentKind'];
export type PaymentMethod = Schemas['PaymentMethod'];
export type PaymentView = Schemas['PaymentView'];
export type BalanceView = Schemas['BalanceView'];
export type CaseMoneyView = Schemas['CaseMoneyView'];
export type DraftAgreementBody = Schemas['DraftAgreementDto'];
export type SignAgreementBody = Schemas['SignAgreementDto'];
export type VoidAgreementBody = Schemas['VoidAgreementDto'];
export type RecordPaymentBody = Schemas['RecordPaymentDto'];
export type ReversePaymentBody = Schemas['ReversePaymentDto'];

export type JobRecordView = Schemas['JobRecordView'];
export type QueueStateView = Schemas['QueueStateView'];

/** The query parameters of a list route, e.g. `QueryOf<'/api/households'>['sort']`. */
export type QueryOf<P extends keyof paths> = NonNullable<paths[P] extends { get: { parameters: { query?: infer Q } } } ? Q : never>;

/* Request bodies the forms build (typed field by field, so a renamed field fails the typecheck). */
export type CreateHouseholdBody = Schemas['CreateHouseholdDto'];
export type HouseholdMemberBody = Schemas['HouseholdMemberDto'];
export type CreateEnterpriseBody = Schemas['CreateEnterpriseDto'];
export type CreateFacilityBody = Schemas['CreateFacilityDto'];
export type CreateLegacyBaseBody = Schemas['CreateLegacyBaseDto'];
export type CreateProjectBody = Schemas['CreateProjectDto'];
export type CreateParcelBody = Schemas['CreateParcelDto'];

/* 沟通机制 (libs/company). */
export type CommunicationView = Schemas['CommunicationView'];
export type ActionItemView = Schemas['ActionItemView'];
export type InboxEntryView = Schemas['InboxEntryView'];
export type InboxPage = Schemas['InboxPage'];

/* 附件 and 移交机制 (libs/company). */
export type AttachmentView = Schemas['AttachmentView'];
export type HandoverView = Schemas['HandoverView'];
export type HandoverCaseView = Schemas['HandoverCaseView'];
export type HandoverReadinessView = Schemas['HandoverReadinessView'];
export type HandoverSummaryView = Schemas['HandoverSummaryView'];
export type ParcelHandoverView = Schemas['ParcelHandoverView'];
export type CreateHandoverBody = Schemas['CreateHandoverDto'];
export type CreateCommunicationBody = Schemas['CreateCommunicationDto'];
export type ActionItemBody = Schemas['ActionItemDto'];
export type ConfirmationBatchSummary = Schemas['ConfirmationBatchSummary'];
export type ConfirmationBatchView = Schemas['ConfirmationBatchView'];
export type ConfirmationLineView = Schemas['ConfirmationLineView'];
export type ConfirmationCandidateView = Schemas['ConfirmationCandidateView'];
export type ConfirmationCandidateList = Schemas['ConfirmationCandidateList'];
export type RejectConfirmationBody = Schemas['RejectDto'];

/* 结算机制 (libs/company). */
export type StatementSummaryView = Schemas['StatementSummaryView'];
export type StatementView = Schemas['StatementView'];
export type SettlementLineView = Schemas['SettlementLineView'];
export type SettlementReceiptView = Schemas['SettlementReceiptView'];
export type SettlementCandidateView = Schemas['SettlementCandidateView'];
export type SettlementCandidatePage = Schemas['SettlementCandidatePage'];
export type SettlementFiguresView = Schemas['SettlementFiguresView'];
export type ReconciliationView = Schemas['ReconciliationView'];
export type DiscrepancyView = Schemas['DiscrepancyView'];
export type RecordReceiptBody = Schemas['RecordReceiptDto'];
export type UpdateFiguresBody = Schemas['UpdateFiguresDto'];

// 选房 and allocation (libs/resettlement)
export type ChoosingRoundView = Schemas['ChoosingRoundView'];
export type ChoosingRoundDetailView = Schemas['ChoosingRoundDetailView'];
export type ChoosingEntryView = Schemas['ChoosingEntryView'];
export type UnitOptionsView = Schemas['UnitOptionsView'];
export type UnitOptionView = Schemas['UnitOptionView'];
export type ChoosingUnitView = Schemas['ChoosingUnitView'];
export type AllocationView = Schemas['AllocationView'];
export type AllocationStatus = Schemas['AllocationStatus'];
export type AllocationPurpose = Schemas['AllocationPurpose'];
export type CreateChoosingRoundBody = Schemas['CreateChoosingRoundDto'];
export type CreateAllocationBody = Schemas['CreateAllocationDto'];
export type CreateReservationBody = Schemas['CreateReservationDto'];
export type ReleaseAllocationBody = Schemas['ReleaseAllocationDto'];
export type DeliverAllocationBody = Schemas['DeliverAllocationDto'];
export type ChoosingBaseView = Schemas['ChoosingBaseView'];

/* 过渡户与过渡费 (libs/resettlement). */
export type TransitionalHouseholdView = Schemas['TransitionalHouseholdView'];
export type TransitionalPage = Schemas['TransitionalPage'];
export type TransitionalTotalsView = Schemas['TransitionalTotalsView'];
export type ClearanceView = Schemas['ClearanceView'];
export type ClearanceYearView = Schemas['ClearanceYearView'];
export type FeeMonthView = Schemas['FeeMonthView'];
export type FeeBatchView = Schemas['FeeBatchView'];
export type FeeBatchPage = Schemas['FeeBatchPage'];
export type FeeBatchDetailView = Schemas['FeeBatchDetailView'];
export type FeeBatchLineView = Schemas['FeeBatchLineView'];
export type AccrualRunView = Schemas['AccrualRunView'];
export type CreateFeeBatchBody = Schemas['CreateFeeBatchDto'];
export type PayFeeBatchBody = Schemas['PayFeeBatchDto'];

/* 安置房: bases, buildings and units (libs/resettlement). */
export type BaseView = Schemas['BaseView'];
export type BaseDetailView = Schemas['BaseDetailView'];
export type BuildingView = Schemas['BuildingView'];
export type StageStepView = Schemas['StageStepView'];
export type UnitCountsView = Schemas['UnitCountsView'];
export type UnitView = Schemas['UnitView'];
export type UnitHolderView = Schemas['UnitHolderView'];
export type UnitPage = Schemas['UnitPage'];
export type BuildingGridView = Schemas['BuildingGridView'];
export type BaseStage = Schemas['BaseStage'];
export type UnitStatus = Schemas['UnitStatus'];
export type UpdateBaseBody = Schemas['UpdateBaseDto'];
export type StageDatesBody = Schemas['StageDatesDto'];
export type CreateBuildingBody = Schemas['CreateBuildingDto'];

/* 年度目标 and the 536 quota (libs/targets). */
export type TargetView = Schemas['TargetView'];
export type TargetEntryView = Schemas['TargetEntryView'];
export type TargetMeasure = Schemas['TargetMeasure'];
export type CreateProgressEntryBody = Schemas['CreateProgressEntryDto'];
export type QuotaView = Schemas['QuotaView'];
export type QuotaMonthView = Schemas['QuotaMonthView'];
export type ForecastBasisView = Schemas['ForecastBasisView'];
/* 推进方案的时间节点 (libs/targets milestone). */
export type MilestoneView = Schemas['MilestoneView'];
export type MilestoneStatus = Schemas['MilestoneStatus'];
export type MilestoneOverdueSummaryView = Schemas['MilestoneOverdueSummaryView'];
export type CreateMilestoneBody = Schemas['CreateMilestoneDto'];
export type UpdateMilestoneBody = Schemas['UpdateMilestoneDto'];
export type ChangeMilestoneStatusBody = Schemas['ChangeMilestoneStatusDto'];

/* 站内通知 (libs/notifications). */
export type NotificationView = Schemas['NotificationView'];
export type NotificationPageView = Schemas['NotificationPageView'];
export type NotificationsReadView = Schemas['NotificationsReadView'];
// 项目进度 (libs/targets dashboard)
export type DashboardOverviewView = Schemas['DashboardOverviewView'];
export type ProjectDashboardView = Schemas['ProjectDashboardView'];
export type ProjectProgressView = Schemas['ProjectProgressView'];
export type ParcelProgressView = Schemas['ParcelProgressView'];
/** The figures a project and a parcel share. */
export type ProgressFiguresView = Omit<ProjectProgressView, 'code' | 'name'>;
export type CaseDrillView = Schemas['CaseDrillView'];
export type FunnelStepView = Schemas['FunnelStepView'];
export type RateView = Schemas['RateView'];

// 综合整治 (libs/land-admin)
export type ViolationView = Schemas['ViolationView'];
export type ViolationPageView = Schemas['ViolationPageView'];
export type RectificationSummaryView = Schemas['RectificationSummaryView'];
export type UnlicensedProposalView = Schemas['UnlicensedProposalView'];
export type HandoverHoldView = Schemas['HandoverHoldView'];
export type CreateViolationBody = Schemas['CreateViolationDto'];
export type ViolationStepBody = Schemas['ViolationStepDto'];
/* 集体土地所有权 and 归并方案 (libs/land-admin). */
export type OwnershipView = Schemas['OwnershipView'];
export type OwnershipPage = Schemas['OwnershipPage'];
export type OwnershipTotalsView = Schemas['OwnershipTotalsView'];
export type OwnerKind = Schemas['OwnerKind'];
export type LandUse = Schemas['LandUse'];
export type SurveyStatus = Schemas['SurveyStatus'];
export type CreateOwnershipBody = Schemas['CreateOwnershipDto'];
export type UpdateOwnershipBody = Schemas['UpdateOwnershipDto'];
export type PlanView = Schemas['PlanView'];
export type PlanStatus = Schemas['PlanStatus'];
export type CreatePlanBody = Schemas['CreatePlanDto'];
