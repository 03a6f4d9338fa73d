/** The words of resettlement housing (安置房): stages, unit and allocation states, tracks, as data the screens and messages share. */

export const BASE_STAGES = ['planning', 'preliminary', 'construction', 'completed', 'delivering'] as const;
export type BaseStage = (typeof BASE_STAGES)[number];
export const BASE_STAGE_LABELS: Record<BaseStage, string> = {
  planning: '规划',
  preliminary: '前期手续',
  construction: '在建',
  completed: '竣工',
  delivering: '交付中',
};

/** A stage's planned and actual dates (`YYYY-MM-DD`, null when not known yet). */
export interface StageDates {
  planned: string | null;
  actual: string | null;
}
export type BaseStageDates = Partial<Record<BaseStage, StageDates>>;

export const UNIT_STATUSES = ['available', 'reserved', 'allocated', 'delivered', 'frozen'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const UNIT_STATUS_LABELS: Record<UnitStatus, string> = {
  available: '可选',
  reserved: '已预留',
  allocated: '已分配',
  delivered: '已交房',
  frozen: '冻结',
};

/** 现房 (built) or 期房 (off-plan, with a planned delivery date). */
export const UNIT_KINDS = ['built', 'off_plan'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = { built: '现房', off_plan: '期房' };

/** What a household holds a unit for: its resettlement flat, or a 周转房 during the transition. */
export const ALLOCATION_PURPOSES = ['resettlement', 'turnover'] as const;
export type AllocationPurpose = (typeof ALLOCATION_PURPOSES)[number];
export const ALLOCATION_PURPOSE_LABELS: Record<AllocationPurpose, string> = { resettlement: '安置房', turnover: '周转房' };

/** A holding: reserved or allocated, delivered (keys handed over), or released (the unit is free again). */
export const ALLOCATION_STATUSES = ['reserved', 'allocated', 'delivered', 'released'] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];
export const ALLOCATION_STATUS_LABELS: Record<AllocationStatus, string> = {
  reserved: '已预留',
  allocated: '已分配',
  delivered: '已交房',
  released: '已释放',
};
/** The statuses in which an allocation holds its unit; the database lets one holding per unit be in them. */
export const HOLDING_STATUSES: readonly AllocationStatus[] = ['reserved', 'allocated', 'delivered'];

/** A household's resettlement track: none → transitional (过渡户, from its vacating date) → resettled (住房问题解决). */
export const RESETTLEMENT_TRACKS = ['none', 'transitional', 'resettled'] as const;
export type ResettlementTrack = (typeof RESETTLEMENT_TRACKS)[number];
export const RESETTLEMENT_TRACK_LABELS: Record<ResettlementTrack, string> = { none: '未过渡', transitional: '过渡中', resettled: '已安置' };

export const CHOOSING_ROUND_STATUSES = ['published', 'closed'] as const;
export type ChoosingRoundStatus = (typeof CHOOSING_ROUND_STATUSES)[number];
export const CHOOSING_ROUND_STATUS_LABELS: Record<ChoosingRoundStatus, string> = { published: '已公布', closed: '已结束' };

export const FEE_BATCH_STATUSES = ['draft', 'paid'] as const;
export type FeeBatchStatus = (typeof FEE_BATCH_STATUSES)[number];
export const FEE_BATCH_STATUS_LABELS: Record<FeeBatchStatus, string> = { draft: '待支付', paid: '已支付' };
