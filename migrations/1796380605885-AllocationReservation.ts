import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AllocationReservation1796380605885 implements MigrationInterface {
  name = 'AllocationReservation1796380605885';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unit_allocation" ADD "reservedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "unit_allocation" ADD "reservedBy" character varying(50)`);
    await queryRunner.query(`ALTER TABLE "unit_allocation" ADD "reserveReason" character varying(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unit_allocation" DROP COLUMN "reserveReason"`);
    await queryRunner.query(`ALTER TABLE "unit_allocation" DROP COLUMN "reservedBy"`);
    await queryRunner.query(`ALTER TABLE "unit_allocation" DROP COLUMN "reservedAt"`);
  }
}
