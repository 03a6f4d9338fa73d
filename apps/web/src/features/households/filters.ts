/** The households list's filters as the address carries them (also GET /api/households and POST /api/exports `filters`). */
export const HOUSEHOLD_FILTERS = ['project', 'parcel', 'village', 'status', 'q'] as const;
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
  for (const key of HOUSEHOLD_FILTERS) {
    const value = search.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}
