import type { EntityMetadata, ValueTransformer } from 'typeorm';

type From = (value: unknown) => unknown;

function transformFrom(transformer: ValueTransformer | ValueTransformer[] | undefined): From | null {
  if (!transformer) return null;
  if (!Array.isArray(transformer)) return (value) => transformer.from(value);
  const reversed = [...transformer].reverse(); // read back in the opposite order they were applied on write
  return (value) => reversed.reduce((v, t) => t.from(v), value);
}

/**
 * Reads plain rows of an entity's table (keys: the column names, as `SELECT t.*` or `row_to_json(t)` give them) into
 * objects with the entity's property names, each column's transformer applied (e.g. decryption) — what TypeORM's
 * hydration gives for the columns, without a query builder or alias juggling per row: for the list paths that read many
 * rows on every request. Relations are not read (set them from the row's other fields).
 */
export function entityRowReader<T>(metadata: EntityMetadata): (row: Record<string, unknown>) => T {
  const columns = metadata.columns
    .filter((c) => !c.isVirtual && c.propertyName !== c.relationMetadata?.propertyName)
    .map((c) => ({ property: c.propertyName, name: c.databaseName, from: transformFrom(c.transformer) }));
  return (row) => {
    const entity: Record<string, unknown> = {};
    for (const c of columns) {
      const value = row[c.name];
      if (value === undefined) continue;
      entity[c.property] = c.from ? c.from(value) : value;
    }
    return entity as T;
  };
}
