import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calculation snapshots and payment entries never change once written, whatever the application does:
 * UPDATE and DELETE are refused in the database itself (a correction is a new snapshot, or a reversing
 * entry). Hand-written: triggers are not part of the entities.
 */
export class MoneyRecordsImmutable1796319517763 implements MigrationInterface {
  name = 'MoneyRecordsImmutable1796319517763';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION money_record_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION '%不能修改或删除', TG_ARGV[0] USING ERRCODE = 'insufficient_privilege';
      END
      $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER calculation_immutable BEFORE UPDATE OR DELETE ON "calculation" FOR EACH ROW EXECUTE FUNCTION money_record_immutable('补偿测算快照')`,
    );
    await queryRunner.query(`CREATE TRIGGER payment_immutable BEFORE UPDATE OR DELETE ON "payment" FOR EACH ROW EXECUTE FUNCTION money_record_immutable('支付记录')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER payment_immutable ON "payment"`);
    await queryRunner.query(`DROP TRIGGER calculation_immutable ON "calculation"`);
    await queryRunner.query(`DROP FUNCTION money_record_immutable()`);
  }
}
