import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheme items gained a `role` (the agreement's 搬家费 / 临时安置费), which agreements used to find by the
 * item's name. Versions stored before keep stating the same fees: the first item named so gets the role,
 * unless the version already marks one.
 */
export class SchemeItemRoles1796331000000 implements MigrationInterface {
  name = 'SchemeItemRoles1796331000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [role, word] of [
      ['moving_fee', '搬家'],
      ['temporary_resettlement_fee', '临时安置'],
    ]) {
      await queryRunner.query(
        `UPDATE scheme_version v
            SET items = jsonb_set(v.items, ARRAY[(f.idx - 1)::text, 'role'], to_jsonb($1::text))
           FROM (SELECT v2.id, min(e.idx) AS idx
                   FROM scheme_version v2, jsonb_array_elements(v2.items) WITH ORDINALITY AS e(item, idx)
                  WHERE e.item->>'name' LIKE '%' || $2 || '%'
                    AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v2.items) r WHERE r->>'role' = $1)
                  GROUP BY v2.id) f
          WHERE v.id = f.id`,
        [role, word],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE scheme_version SET items = (SELECT jsonb_agg(e.item - 'role' ORDER BY e.idx) FROM jsonb_array_elements(items) WITH ORDINALITY AS e(item, idx))
        WHERE jsonb_typeof(items) = 'array' AND jsonb_array_length(items) > 0`,
    );
  }
}
