import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists at district scale: indexes that match the households list's orders within a project (or parcel, or village),
 * so a page walks an index instead of sorting the whole scope, and trigram indexes for `q` as a fragment of the head's
 * name or of the code. The trigram indexes are hand-written (entities mark them `synchronize: false`), without GIN's
 * pending list (fastupdate off): rows an import has just written are searchable through the index at once, instead of
 * through a pending list every search would scan until the next vacuum.
 */
const AUDIT_INDEXES = [
  ['idx_audit_occurred', '"occurredAt"'],
  ['idx_audit_username', '"username", "occurredAt"'],
  ['idx_audit_action', '"action", "occurredAt"'],
  ['idx_audit_project', '"projectId", "occurredAt"'],
] as const;

export class ListsAtScale1796390000000 implements MigrationInterface {
  name = 'ListsAtScale1796390000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_household_parcel"`);
    await queryRunner.query(`CREATE INDEX "idx_household_parcel" ON "household" ("parcelId", "code", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_household_project_village" ON "household" ("projectId", "village", "code", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_household_project_head_name" ON "household" ("projectId", "headName", "code", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_household_project_updated" ON "household" ("projectId", "updatedAt", "code", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_household_project_surveyed" ON "household" ("projectId", "surveyedOn", "code", "id") `);
    // The audit log's order (occurredAt DESC, id DESC) exactly, within the whole log, a user, an action or a project.
    for (const [name, columns] of AUDIT_INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
      await queryRunner.query(`CREATE INDEX "${name}" ON "audit_log" (${columns}, "id") `);
    }
    await queryRunner.query(`CREATE INDEX "idx_import_batch_created" ON "import_batch" ("createdAt", "id") `);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "idx_household_head_name_trgm" ON "household" USING gin ("headName" gin_trgm_ops) WITH (fastupdate = off)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_household_code_trgm" ON "household" USING gin ("code" gin_trgm_ops) WITH (fastupdate = off)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_import_batch_created"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_code_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_head_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_project_surveyed"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_project_updated"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_project_head_name"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_project_village"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_parcel"`);
    await queryRunner.query(`CREATE INDEX "idx_household_parcel" ON "household" ("parcelId") `);
    for (const [name, columns] of AUDIT_INDEXES) {
      await queryRunner.query(`DROP INDEX "public"."${name}"`);
      await queryRunner.query(`CREATE INDEX "${name}" ON "audit_log" (${columns}) `);
    }
  }
}
