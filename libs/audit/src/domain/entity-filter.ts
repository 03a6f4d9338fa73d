/** `entity=` of GET /api/audit: an entity type (`household`), or one object as `type:id` (`case:…`, `user:officer`). */
export const ENTITY_PARAM = /^([a-z][a-z_]{0,49})(?::(\S{1,100}))?$/;

/** Which rows the object filters ask for; `null` when they contradict each other (no row can match). */
export function entityFilter(params: {
  entity?: string;
  entityType?: string;
  entityId?: string;
}): { entityType?: string; entityId?: string } | null {
  const match = params.entity ? ENTITY_PARAM.exec(params.entity) : null;
  const fromEntity = { type: match?.[1], id: match?.[2] };
  if (params.entityType && fromEntity.type && params.entityType !== fromEntity.type) return null;
  if (params.entityId && fromEntity.id && params.entityId !== fromEntity.id) return null;
  return { entityType: params.entityType ?? fromEntity.type, entityId: params.entityId ?? fromEntity.id };
}
