/** Who holds collective land (集体土地所有权人). */
export const OWNER_KINDS = ['town', 'village', 'group'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];
export const OWNER_KIND_LABELS: Record<OwnerKind, string> = { town: '镇集体', village: '村集体', group: '村民小组' };

/** What the land is used for (土地用途). */
export const LAND_USES = ['farmland', 'homestead', 'construction', 'other'] as const;
export type LandUse = (typeof LAND_USES)[number];
export const LAND_USE_LABELS: Record<LandUse, string> = {
  farmland: '耕地',
  homestead: '宅基地',
  construction: '集体建设用地',
  other: '其他',
};

/** The ownership survey's status (调查状态): 未调查 → 调查中 → 已确权. */
export const SURVEY_STATUSES = ['unsurveyed', 'surveying', 'confirmed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SURVEY_STATUS_LABELS: Record<SurveyStatus, string> = { unsurveyed: '未调查', surveying: '调查中', confirmed: '已确权' };

/** The survey moves forward only, one step or straight to 已确权 (a record found already certified). */
export const SURVEY_TRANSITIONS: Readonly<Record<SurveyStatus, readonly SurveyStatus[]>> = {
  unsurveyed: ['surveying', 'confirmed'],
  surveying: ['confirmed'],
  confirmed: [],
};

/** Why a record may not go from `from` to `to` (Chinese), or null. 已确权 needs the certificate number. */
export function surveyStatusProblem(from: SurveyStatus, to: SurveyStatus, certificateNo: string | null): string | null {
  if (from !== to && !SURVEY_TRANSITIONS[from].includes(to))
    return `调查状态不能从“${SURVEY_STATUS_LABELS[from]}”改为“${SURVEY_STATUS_LABELS[to]}”`;
  if (to === 'confirmed' && !certificateNo) return '已确权的土地须填写所有权证书编号';
  return null;
}

/**
 * Facts of a 已确权 record that only a consolidation plan changes (its owner and use) or nobody changes (its
 * certificate and area): a change answers this message.
 */
export function confirmedChangeProblem(status: SurveyStatus, changed: readonly string[]): string | null {
  if (status !== 'confirmed') return null;
  const fixed = changed.filter((f) => ['ownerKind', 'ownerName', 'certificateNo', 'area', 'landUse'].includes(f));
  return fixed.length ? '已确权的土地不能修改所有权人、证书编号、面积和用途（所有权人和用途通过归并方案变更）' : null;
}
