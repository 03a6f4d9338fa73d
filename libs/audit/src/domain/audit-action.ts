/** HTTP methods that change something: every request with one of them is audited. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

/**
 * The action of a route without `@AuditAction`: `<controller>.<handler>` in snake case,
 * e.g. `LegacyBaseController.createParcel` → `legacy_base.create_parcel`.
 */
export function defaultAuditAction(controllerName: string, handlerName: string): string {
  return `${snake(controllerName.replace(/Controller$/, ''))}.${snake(handlerName)}`;
}

/** The entity type an action is about: its part before the first dot (`household.update` → `household`). */
export function actionEntityType(action: string): string {
  return action.split('.')[0]!;
}
