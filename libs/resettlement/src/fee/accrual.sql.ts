/**
 * The monthly 过渡费 accrual as one set-based statement, the SQL twin of `accrueMonth` (domain/transitional-fee.ts;
 * an e2e test holds them equal to the fen): for every property-swap household on the monetary transition that is
 * or was transitional, each month from the month after its last accrued one (or its vacating month) through `$1`
 * (a month's first day) and before its end date, with the step of the month's first day in transition, rounded
 * half-up to the fen once. `ON CONFLICT DO NOTHING` on UNIQUE (caseId, month) makes a second run accrue nothing.
 *
 * `scope` narrows the households (e.g. `AND t."projectId" = $2`); answers months, households and fen inserted.
 */
export function accrualSql(scope = ''): string {
  return `
WITH h AS MATERIALIZED (
  -- sorted, so every household's "last accrued month" is read before the first row is inserted (a look-up that ran
  -- while the statement inserts would otherwise scan the rows it is writing when the planner chose a scan)
  SELECT t."caseId", t."projectId", t."transitionalSince" AS v, t.persons, sv."transitionalFee" AS r,
         CASE WHEN t."deliveredOn" IS NULL THEN NULL
              ELSE (t."deliveredOn" + make_interval(months => (sv."transitionalFee"->>'afterDeliveryMonths')::int))::date END AS e,
         CASE WHEN t."transitionMonths" IS NULL THEN NULL
              ELSE (t."transitionalSince" + make_interval(months => t."transitionMonths"))::date END AS d,
         -- the household's last accrued month, read backwards along UNIQUE (caseId, month): one index probe
         (SELECT f.month FROM transitional_fee_accrual f WHERE f."caseId" = t."caseId" ORDER BY f."caseId" DESC, f.month DESC LIMIT 1) AS last
    FROM resettlement_track t
    JOIN agreement a ON a.id = t."agreementId"
    JOIN calculation c ON c.id = a."calculationId"
    JOIN scheme_version sv ON sv.id = c."schemeVersionId"
   WHERE t.method = 'swap' AND t."transitionMethod" = 'monetary' AND t.track IN ('transitional', 'resettled')
     AND t."transitionalSince" IS NOT NULL AND t."transitionalSince" < ($1::date + interval '1 month')
     AND jsonb_typeof(sv."transitionalFee") = 'object' ${scope}
   ORDER BY t."caseId"
), m AS (
  SELECT h.*, g.month::date AS month, (g.month + interval '1 month')::date AS next
    FROM h CROSS JOIN LATERAL generate_series(
           GREATEST(date_trunc('month', h.v::timestamp), COALESCE(h.last::timestamp + interval '1 month', '-infinity'::timestamp)),
           LEAST($1::date::timestamp, COALESCE(date_trunc('month', (h.e - 1)::timestamp), 'infinity'::timestamp)),
           interval '1 month') AS g(month)
), p AS (
  SELECT m.*, GREATEST(m.v, m.month) AS first, LEAST(COALESCE(m.e, m.next), m.next) - GREATEST(m.v, m.month) AS days, m.next - m.month AS dim
    FROM m
), s AS (
  SELECT p.*,
         CASE WHEN jsonb_typeof(p.r->'overdue') IS DISTINCT FROM 'object' OR p.d IS NULL OR p.first < p.d THEN 0::numeric
              ELSE LEAST(
                (floor(((extract(year FROM p.first) * 12 + extract(month FROM p.first)) - (extract(year FROM p.d) * 12 + extract(month FROM p.d))
                        - CASE WHEN extract(day FROM p.first) < extract(day FROM p.d) THEN 1 ELSE 0 END) / (p.r->'overdue'->>'everyMonths')::int) + 1)
                  * (p.r->'overdue'->>'percent')::numeric,
                (p.r->'overdue'->>'capPercent')::numeric) END AS step
    FROM p WHERE p.days > 0
), ins AS (
  INSERT INTO transitional_fee_accrual ("caseId", "projectId", month, days, "daysInMonth", "stepPercent", "amountFen", basis)
  SELECT "caseId", "projectId", month, days, dim, step,
         round((r->>'monthlyAmount')::numeric * CASE WHEN r->>'basis' = 'per_person' THEN persons ELSE 1 END * (100 + step) * days / dim),
         jsonb_build_object('basis', r->>'basis', 'monthlyAmount', r->>'monthlyAmount', 'persons', persons, 'vacatedOn', v, 'deadline', d, 'endOn', e)
    FROM s
  ON CONFLICT ("caseId", month) DO NOTHING
  RETURNING "caseId", "amountFen"
)
SELECT count(*)::int AS months, count(DISTINCT "caseId")::int AS households, COALESCE(sum("amountFen"), 0)::text AS "amountFen" FROM ins`;
}
