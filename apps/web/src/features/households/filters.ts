/** The households list's filters as the address carries them (also GET /api/households and POST /api/exports `filters`). */
export const LEDGER_FILTERS = ['project', 'parcel', 'village', 'status', 'q'] as const;
/** The list's filters: the ledger's, and 住房解决 within dates (the leadership figures' drill-down; not an export filter). */
export const HOUSEHOLD_FILTERS = [...LEDGER_FILTERS, 'resettledFrom', 'resettledTo'] as const;
export type HouseholdFilterKey = (typeof HOUSEHOLD_FILTERS)[number];
export type HouseholdFilters = Partial<Record<HouseholdFilterKey, string>>;

/** Fields GET /api/households sorts by (`sort=field` or `sort=-field`). */
export const HOUSEHOLD_SORTS = ['code', 'headName', 'surveyedOn', 'updatedAt'] as const;

/**
 * The filters of the households list in `search` (its query string): project, parcel, village,
 * case status and keyword, only those filled in. Paging and sorting are left out, so the result can
 * go straight into an export's `filters`.
 */
export function currentHouseholdFilters(search: URLSearchParams): HouseholdFilters {
  const filters: HouseholdFilters = {};
  for (const key of LEDGER_FILTERS) {
    const value = search.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}
