/**
 * The subjects library's read contract for other areas: the view `subject_label` ("subjectType", "subjectId",
 * "projectId", code, party) holds every subject of every kind with its code and the party it is (户主 for a
 * household, the enterprise's name, a facility's owning unit, a legacy base's name). Other libraries join it
 * by (subjectType, subjectId) instead of reading household, enterprise, municipal_facility or legacy_base;
 * the migration that creates it is the subjects library's, and a new subject kind joins it there.
 */
export const SUBJECT_LABEL_VIEW = 'subject_label';

/** A join of `subject_label` as `alias` onto a row that has "subjectType" and "subjectId" (e.g. a case file). */
export function joinSubjectLabel(alias: string, on: string): string {
  return `JOIN ${SUBJECT_LABEL_VIEW} ${alias} ON ${alias}."subjectType" = ${on}."subjectType" AND ${alias}."subjectId" = ${on}."subjectId"`;
}
