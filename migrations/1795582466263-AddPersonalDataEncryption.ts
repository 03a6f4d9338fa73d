import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 1 of 3 of encrypting 身份证号 and phones at rest: the ciphertext and search-hash columns,
 * nullable until the backfill (step 2) fills them; step 3 drops the plaintext columns.
 */
export class AddPersonalDataEncryption1795582466263 implements MigrationInterface {
  name = 'AddPersonalDataEncryption1795582466263';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "headIdNumberEncrypted" text`);
    await queryRunner.query(`ALTER TABLE "household" ADD "headIdNumberHash" character(64)`);
    await queryRunner.query(`ALTER TABLE "household" ADD "phoneEncrypted" text`);
    await queryRunner.query(`ALTER TABLE "household" ADD "phoneHash" character(64)`);
    await queryRunner.query(`ALTER TABLE "household_member" ADD "idNumberEncrypted" text`);
    await queryRunner.query(`ALTER TABLE "household_member" ADD "idNumberHash" character(64)`);
    await queryRunner.query(`CREATE INDEX "idx_household_head_id_hash" ON "household" ("headIdNumberHash") `);
    await queryRunner.query(`CREATE INDEX "idx_household_phone_hash" ON "household" ("phoneHash") `);
    await queryRunner.query(`CREATE INDEX "idx_household_member_id_hash" ON "household_member" ("idNumberHash") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_household_member_id_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_phone_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_head_id_hash"`);
    await queryRunner.query(`ALTER TABLE "household_member" DROP COLUMN "idNumberHash"`);
    await queryRunner.query(`ALTER TABLE "household_member" DROP COLUMN "idNumberEncrypted"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "phoneHash"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "phoneEncrypted"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "headIdNumberHash"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "headIdNumberEncrypted"`);
  }
}
