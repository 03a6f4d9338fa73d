import { ENTITY_PARAM, entityFilter } from './entity-filter.js';

describe('entityFilter (GET /api/audit?entity=)', () => {
  it('reads a type, or a type and an id', () => {
    expect(entityFilter({ entity: 'household' })).toEqual({ entityType: 'household', entityId: undefined });
    expect(entityFilter({ entity: 'case:0b7d1f3e-2c4a-4f1e-9c3b-134567890123' })).toEqual({
      entityType: 'case',
      entityId: '0b7d1f3e-2c4a-4f1e-9c3b-134567890123',
    });
    expect(entityFilter({ entity: 'user:wang.jg' })).toEqual({ entityType: 'user', entityId: 'wang.jg' });
  });

  it('combines with entityType and entityId, and matches nothing when they disagree', () => {
    expect(entityFilter({ entityType: 'project', entityId: 'x' })).toEqual({ entityType: 'project', entityId: 'x' });
    expect(entityFilter({ entity: 'project', entityId: 'x' })).toEqual({ entityType: 'project', entityId: 'x' });
    expect(entityFilter({ entity: 'project:x', entityType: 'project' })).toEqual({ entityType: 'project', entityId: 'x' });
    expect(entityFilter({ entity: 'project', entityType: 'parcel' })).toBeNull();
    expect(entityFilter({ entity: 'project:x', entityId: 'y' })).toBeNull();
    expect(entityFilter({})).toEqual({ entityType: undefined, entityId: undefined });
  });

  it('accepts only type or type:id', () => {
    for (const good of ['household', 'legacy_base', 'case:abc']) expect(ENTITY_PARAM.test(good)).toBe(true);
    for (const bad of ['', 'House', 'case:', 'case:a b', ':id', '1case']) expect(ENTITY_PARAM.test(bad)).toBe(false);
  });
});
