import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseProjectIdIndex1796332701871 implements MigrationInterface {
  name = 'CaseProjectIdIndex1796332701871';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_case_project_id" ON "case_file"  ("projectId", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_case_project_id"`);
  }
}
