import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MilestoneTargets1796384382302 implements MigrationInterface {
  name = 'MilestoneTargets1796384382302';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annual_target" ADD "milestoneId" uuid`);
    await queryRunner.query(`ALTER TABLE "annual_target" ADD CONSTRAINT "FK_9ca3c14d923dcf003538a2c1fe7" FOREIGN KEY ("milestoneId") REFERENCES "milestone"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "annual_target" DROP CONSTRAINT "FK_9ca3c14d923dcf003538a2c1fe7"`);
    await queryRunner.query(`ALTER TABLE "annual_target" DROP COLUMN "milestoneId"`);
  }
}
