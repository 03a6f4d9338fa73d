import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The timelines find the audit rows that note a change to an object (a case moved by a confirmation answer, a parcel by a handover). */
export class AuditChangedEntitiesIndex1796343000000 implements MigrationInterface {
  name = 'AuditChangedEntitiesIndex1796343000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_audit_changed_entities" ON "audit_log" USING gin (jsonb_path_query_array("changes", '$[*].entityId'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_audit_changed_entities"`);
  }
}
