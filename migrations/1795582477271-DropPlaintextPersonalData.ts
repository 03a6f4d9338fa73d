import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Step 3 of 3 of encrypting 身份证号 and phones at rest: the plaintext columns and their index go. */
export class DropPlaintextPersonalData1795582477271 implements MigrationInterface {
  name = 'DropPlaintextPersonalData1795582477271';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_household_head_id"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "headIdNumber"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "phone"`);
    await queryRunner.query(`ALTER TABLE "household_member" DROP COLUMN "idNumber"`);
    await queryRunner.query(`ALTER TABLE "household" ALTER COLUMN "headIdNumberEncrypted" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "household" ALTER COLUMN "headIdNumberHash" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ALTER COLUMN "headIdNumberHash" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "household" ALTER COLUMN "headIdNumberEncrypted" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "household_member" ADD "idNumber" character varying(18)`);
    await queryRunner.query(`ALTER TABLE "household" ADD "phone" character varying(20)`);
    // Nullable until the backfill's down has decrypted into it; that step restores NOT NULL.
    await queryRunner.query(`ALTER TABLE "household" ADD "headIdNumber" character varying(18)`);
    await queryRunner.query(`CREATE INDEX "idx_household_head_id" ON "household" USING btree ("headIdNumber") `);
  }
}
