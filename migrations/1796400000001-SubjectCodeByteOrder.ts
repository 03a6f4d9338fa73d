import type { MigrationInterface, QueryRunner } from 'typeorm';

const SUBJECT_TABLES = ['household', 'enterprise', 'municipal_facility', 'legacy_base'] as const;

const SUBJECT_LABEL_VIEW = `
  CREATE VIEW "subject_label" AS
    SELECT 'household'::varchar(20) AS "subjectType", h.id AS "subjectId", h."projectId", h.code::varchar(40) AS code, h."headName"::varchar(200) AS party FROM household h
    UNION ALL
    SELECT 'enterprise'::varchar(20), e.id, e."projectId", e.code::varchar(40), e.name::varchar(200) FROM enterprise e
    UNION ALL
    SELECT 'facility'::varchar(20), f.id, f."projectId", f.code::varchar(40), f."ownerUnit"::varchar(200) FROM municipal_facility f
    UNION ALL
    SELECT 'legacy_base'::varchar(20), b.id, b."projectId", b.code::varchar(40), b.name::varchar(200) FROM legacy_base b`;

/**
 * Subject codes compare byte by byte (collation "C"), whatever the database's locale: a code is an identifier
 * (`GJ17-0001`), its order is the same on every machine, and a code prefix (`code LIKE 'GJ17-01%'`) becomes a range
 * of the (projectId, code) index that PostgreSQL walks in order — a search by code prefix reads the matching rows, not
 * every code of the project. The indexes on the column are rebuilt with it; the label view that reads it is recreated.
 */
export class SubjectCodeByteOrder1796400000001 implements MigrationInterface {
  name = 'SubjectCodeByteOrder1796400000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "subject_label"`);
    for (const table of SUBJECT_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "code" TYPE character varying(40) COLLATE "C"`);
    }
    await queryRunner.query(SUBJECT_LABEL_VIEW);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "subject_label"`);
    for (const table of SUBJECT_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "code" TYPE character varying(40) COLLATE "default"`);
    }
    await queryRunner.query(SUBJECT_LABEL_VIEW);
  }
}
