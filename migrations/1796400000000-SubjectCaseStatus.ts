import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each kind of subject, by the `subjectType` its cases carry, and its table. */
const SUBJECT_TABLES = [
  ['household', 'household'],
  ['enterprise', 'enterprise'],
  ['facility', 'municipal_facility'],
  ['legacy_base', 'legacy_base'],
] as const;

/** The index names the entities declare (`idx_<kind>_project_case_status`). */
const indexOf = (kind: string) => `idx_${kind}_project_case_status`;

/**
 * Lists filtered by case status walk an index: every subject table carries its case's status (`caseStatus`, null
 * without a case) with an index (projectId, caseStatus, code, id), kept by statement-level triggers on `case_file` —
 * in the same statement as every change of a case (a transition, an import's set-based upsert, a reversal, a delete),
 * once per statement rather than once per row, and only where the status really changed. The backfill runs in the same
 * transaction as the triggers' creation, with the cases locked against writes, so no change is missed.
 * Hand-written: triggers are not part of the entities.
 */
export class SubjectCaseStatus1796400000000 implements MigrationInterface {
  name = 'SubjectCaseStatus1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [, table] of SUBJECT_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "caseStatus" character varying(20)`);
    }
    const set = (rows: 'new_rows' | 'old_rows', value: string, extra = '') =>
      SUBJECT_TABLES.map(
        ([kind, table]) => `
          UPDATE "${table}" s SET "caseStatus" = ${value} FROM ${rows} r
           WHERE r."subjectType" = '${kind}' AND s.id = r."subjectId" AND s."caseStatus" IS DISTINCT FROM ${value}${extra};`,
      ).join('');
    await queryRunner.query(`
      CREATE FUNCTION subject_case_status_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          ${set('old_rows', 'NULL')}
        ELSE
          IF TG_OP = 'UPDATE' THEN
            -- A case moved to another subject leaves its old one without a case.
            ${set('old_rows', 'NULL', ` AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n."subjectType" = r."subjectType" AND n."subjectId" = r."subjectId")`)}
          END IF;
          ${set('new_rows', 'r.status')}
        END IF;
        RETURN NULL;
      END
      $fn$`);
    // A trigger with transition tables fires on one event only: three of them.
    await queryRunner.query(
      `CREATE TRIGGER case_file_subject_status_insert AFTER INSERT ON "case_file" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_case_status_apply()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER case_file_subject_status_update AFTER UPDATE ON "case_file" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_case_status_apply()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER case_file_subject_status_delete AFTER DELETE ON "case_file" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_case_status_apply()`,
    );
    await queryRunner.query(`LOCK TABLE case_file IN SHARE MODE`);
    for (const [kind, table] of SUBJECT_TABLES) {
      await queryRunner.query(
        `UPDATE "${table}" s SET "caseStatus" = c.status FROM case_file c WHERE c."subjectType" = '${kind}' AND c."subjectId" = s.id`,
      );
      await queryRunner.query(`CREATE INDEX "${indexOf(kind)}" ON "${table}" ("projectId", "caseStatus", "code", "id") `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER case_file_subject_status_${op} ON "case_file"`);
    await queryRunner.query(`DROP FUNCTION subject_case_status_apply()`);
    for (const [kind, table] of SUBJECT_TABLES) {
      await queryRunner.query(`DROP INDEX "public"."${indexOf(kind)}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "caseStatus"`);
    }
  }
}
