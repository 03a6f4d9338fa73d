import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TownWideAttachments1796383648965 implements MigrationInterface {
  name = 'TownWideAttachments1796383648965';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachment" ALTER COLUMN "projectId" DROP NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachment" ALTER COLUMN "projectId" SET NOT NULL`);
  }
}
