import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HouseholdDuplicateHeadReason1796308408794 implements MigrationInterface {
  name = 'HouseholdDuplicateHeadReason1796308408794';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "duplicateHeadReason" character varying(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "duplicateHeadReason"`);
  }
}
