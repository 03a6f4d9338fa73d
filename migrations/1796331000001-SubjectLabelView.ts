import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `subject_label`: every subject's kind, id, project, code and the party it is (户主, enterprise, owning unit,
 * base), read by other areas (the money ledgers, payment lists) instead of the subjects' own tables. The subjects
 * library owns it (`SUBJECT_LABEL_VIEW`); a subject kind added later joins it here.
 */
export class SubjectLabelView1796331000001 implements MigrationInterface {
  name = 'SubjectLabelView1796331000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW "subject_label" AS
        SELECT 'household'::varchar(20) AS "subjectType", h.id AS "subjectId", h."projectId", h.code::varchar(40) AS code, h."headName"::varchar(200) AS party FROM household h
        UNION ALL
        SELECT 'enterprise'::varchar(20), e.id, e."projectId", e.code::varchar(40), e.name::varchar(200) FROM enterprise e
        UNION ALL
        SELECT 'facility'::varchar(20), f.id, f."projectId", f.code::varchar(40), f."ownerUnit"::varchar(200) FROM municipal_facility f
        UNION ALL
        SELECT 'legacy_base'::varchar(20), b.id, b."projectId", b.code::varchar(40), b.name::varchar(200) FROM legacy_base b`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "subject_label"`);
  }
}
