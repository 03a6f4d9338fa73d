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

/** Each kind's table and the column naming its party — as the `subject_label` view has them. */
const LABEL_SOURCES = [
  { subjectType: 'household', table: 'household', party: '"headName"' },
  { subjectType: 'enterprise', table: 'enterprise', party: 'name' },
  { subjectType: 'facility', table: 'municipal_facility', party: '"ownerUnit"' },
  { subjectType: 'legacy_base', table: 'legacy_base', party: 'name' },
] as const;

/**
 * SQL for the first `limit` subjects of one project whose case is at one status, in code order: "subjectType",
 * "subjectId", code, party and the case's "caseId", "projectId", "parcelId" and status. `where` is a condition on the
 * subject `s` and its case `c` that every row must meet.
 *
 * Each kind walks its (projectId, caseStatus, code, id) index — the status the subject row carries, kept with the case
 * by triggers — and stops after `limit` rows that meet the condition; the walks are merged. Joining `subject_label`
 * instead would read every subject of the project (the planner cannot look up a union by id) and sort them. The case's
 * own status is not tested again inside the walk: the planner would take the two equal conditions for independent ones
 * and expect too few rows to walk the index; the caller checks it on the rows returned. Each row's case is looked up
 * by key (a LATERAL with LIMIT 1, which the planner keeps as such) rather than joined: a join let it hash every case of
 * the kind and sort, or start parallel workers for a walk that stops after a few hundred rows.
 *
 * With `parcel` (the id of one of the project's parcels) each kind walks that parcel's (parcelId, caseStatus, code, id)
 * index instead and reads only its rows: not the project's, whose condition the planner would count as independent of
 * the parcel's and then expect too few rows to walk in order. The parcel, looked up in the project by its caller, holds
 * only the project's subjects (a subject is created on a parcel of its own project).
 *
 * `project`, `parcel`, `status` and `limit` are SQL expressions (parameters such as `$1`); `kinds` narrows the kinds; `after`
 * (SQL expressions of a code and a subject id, a picker's cursor) starts each walk after that row of the merged order.
 */
export function subjectsAtCaseStatusSql(opts: {
  project: string;
  parcel?: string;
  status: string;
  limit: string;
  where?: string;
  kinds?: readonly string[];
  after?: { code: string; id: string };
}): string {
  const after = opts.after ? ` AND (s.code, s.id) > (${opts.after.code}, ${opts.after.id}::uuid)` : '';
  const branches = LABEL_SOURCES.filter((k) => !opts.kinds || opts.kinds.includes(k.subjectType)).map(
    (k) => `(SELECT '${k.subjectType}'::varchar(20) AS "subjectType", s.id AS "subjectId", s.code, s.${k.party}::varchar(200) AS party,
              c.id AS "caseId", c."projectId", c."parcelId", c.status
        FROM ${k.table} s
       CROSS JOIN LATERAL (SELECT c.id, c."projectId", c."parcelId", c.status FROM case_file c WHERE c."subjectType" = '${k.subjectType}' AND c."subjectId" = s.id LIMIT 1) c
       WHERE ${opts.parcel ? `s."parcelId" = ${opts.parcel}` : `s."projectId" = ${opts.project}`} AND s."caseStatus" = ${opts.status}${after} AND (${opts.where ?? 'TRUE'})
       ORDER BY s.code, s.id LIMIT ${opts.limit})`,
  );
  return branches.length
    ? `SELECT * FROM (${branches.join(' UNION ALL ')}) labelled ORDER BY code, "subjectId" LIMIT ${opts.limit}`
    : `SELECT NULL::varchar(20) AS "subjectType", NULL::uuid AS "subjectId", NULL::varchar AS code, NULL::varchar AS party,
              NULL::uuid AS "caseId", NULL::uuid AS "projectId", NULL::uuid AS "parcelId", NULL::varchar AS status WHERE FALSE`;
}

/**
 * A LATERAL subquery for the code and party of the subject of case `c` (a case alias with "subjectType" and
 * "subjectId"), looked up by key in its kind's table: for lists that walk another table's index in their own order
 * and need each row's label — joining `subject_label` would make PostgreSQL read every subject of every kind (it cannot
 * look up a union by id) before the walk could start. Use as `CROSS JOIN LATERAL ${subjectLabelOfCaseSql('c')} s`.
 */
export function subjectLabelOfCaseSql(c: string): string {
  const branches = LABEL_SOURCES.map(
    (k) => `SELECT x.code, x.${k.party}::varchar(200) AS party FROM ${k.table} x WHERE ${c}."subjectType" = '${k.subjectType}' AND x.id = ${c}."subjectId"`,
  );
  return `(SELECT l.code, l.party FROM (${branches.join(' UNION ALL ')}) l LIMIT 1)`;
}
