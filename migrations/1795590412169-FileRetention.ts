import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FileRetention1795590412169 implements MigrationInterface {
  name = 'FileRetention1795590412169';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "export_batch" ADD "filePurgedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "import_batch" ADD "filePurgedAt" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_batch" DROP COLUMN "filePurgedAt"`);
    await queryRunner.query(`ALTER TABLE "export_batch" DROP COLUMN "filePurgedAt"`);
  }
}
