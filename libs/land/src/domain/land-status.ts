/** Project status: 筹备 → 实施中 → 已完成. */
export const PROJECT_STATUSES = ['preparing', 'in_progress', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = { preparing: '筹备', in_progress: '实施中', completed: '已完成' };

/** 集体 / 国有. */
export const LAND_OWNERSHIPS = ['collective', 'state'] as const;
export type LandOwnership = (typeof LAND_OWNERSHIPS)[number];
export const LAND_OWNERSHIP_LABELS: Record<LandOwnership, string> = { collective: '集体土地', state: '国有土地' };

/** Parcel status: surveying → clearing → cleared → handed_over. */
export const PARCEL_STATUSES = ['surveying', 'clearing', 'cleared', 'handed_over'] as const;
export type ParcelStatus = (typeof PARCEL_STATUSES)[number];
export const PARCEL_STATUS_LABELS: Record<ParcelStatus, string> = { surveying: '摸底中', clearing: '腾地中', cleared: '已腾地', handed_over: '已移交' };
