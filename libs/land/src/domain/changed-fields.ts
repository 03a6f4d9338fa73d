/**
 * The fields of `next` whose value differs from `current` (`undefined` = not given, left as is),
 * with both sides as the audit trail records them.
 */
export function changedFields<T extends object>(current: T, next: Partial<T>): { changes: Partial<T>; before: Partial<T>; after: Partial<T> } {
  const changes: Partial<T> = {};
  const before: Partial<T> = {};
  for (const key of Object.keys(next) as Array<keyof T>) {
    const value = next[key];
    if (value === undefined || value === current[key]) continue;
    changes[key] = value;
    before[key] = current[key];
  }
  return { changes, before, after: { ...changes } };
}
