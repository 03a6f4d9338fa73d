import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The households list in its default order walks (projectId, code, id): each project's rows come in the page's exact
 * order (code, then id) from the index alone, so the page merges the projects' walks without sorting — a page deep in
 * the list reads the index entries before it and no table rows.
 */
export class HouseholdCodeIdIndex1796400000002 implements MigrationInterface {
  name = 'HouseholdCodeIdIndex1796400000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_household_project_code_id" ON "household" ("projectId", "code", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_household_project_code_id"`);
  }
}
