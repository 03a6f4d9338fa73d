import type { ExportFilters, ExportKind } from '../../api/views';

/**
 * The export screen opened with filters in its address, so a list can send the user here with what
 * it shows: `/exports?kind=household-ledger&project=GJ17&parcel=GJ17-02&village=金联村&status=signed&q=张`.
 *
 * The parameter names are those of GET /api/households (`project`, `parcel`, `village`, `status`, `q`),
 * which are also the names of POST /api/exports' `filters`, so a list can pass its own query string on
 * as it is; `kind` picks what to export (household-ledger 动迁户台账 | case-progress 案件进度统计 |
 * agreement-ledger 签约台账 | payment-ledger 支付台账 | public-disclosure 阳光征收公示表 | monthly-progress-report 月度推进情况报告,
 * with `month=YYYY-MM`) and defaults to the household ledger. Paging and sorting parameters (`page`, `pageSize`, `sort`) are ignored.
 */
export const FILTER_PARAMS = ['project', 'parcel', 'village', 'status', 'q', 'month'] as const;

const KINDS: readonly ExportKind[] = [
  'household-ledger',
  'case-progress',
  'agreement-ledger',
  'payment-ledger',
  'public-disclosure',
  'monthly-progress-report',
];

/** The money ledgers (签约台账, 支付台账) are filtered by project only. */
export const MONEY_LEDGERS: readonly ExportKind[] = ['agreement-ledger', 'payment-ledger'];

export function filtersFromQuery(query: URLSearchParams): { kind: ExportKind; filters: ExportFilters } {
  const kindParam = query.get('kind');
  const kind = KINDS.includes(kindParam as ExportKind) ? (kindParam as ExportKind) : 'household-ledger';
  const filters: ExportFilters = {};
  for (const name of FILTER_PARAMS) {
    const value = query.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { kind, filters };
}

/** Only what was filled in; the ledger-only filters dropped for other kinds (the api ignores them anyway). */
export function cleanFilters(kind: ExportKind, filters: ExportFilters): ExportFilters {
  const out: ExportFilters = {};
  for (const name of FILTER_PARAMS) {
    // The monthly report covers everything the user may see: only its month applies (and only to it).
    if ((kind === 'monthly-progress-report') !== (name === 'month')) continue;
    if (kind !== 'household-ledger' && (name === 'village' || name === 'status' || name === 'q')) continue;
    if ((MONEY_LEDGERS.includes(kind) || kind === 'public-disclosure') && name === 'parcel') continue;
    const value = filters[name]?.trim();
    if (value) out[name] = value;
  }
  return out;
}
