import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A confirmed 结算单 and its lines never change, whatever the application does; company receipts (到账)
 * never change once written (a correction is another entry). Hand-written: triggers are not part of the entities.
 */
export class SettlementImmutable1796341000001 implements MigrationInterface {
  name = 'SettlementImmutable1796341000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION settlement_statement_confirmed_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF OLD.status = 'confirmed' THEN
          RAISE EXCEPTION '已确认的结算单不能修改或删除' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END
      $fn$`);
    await queryRunner.query(`
      CREATE FUNCTION settlement_line_confirmed_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF EXISTS (SELECT 1 FROM settlement_statement s WHERE s.id = OLD."statementId" AND s.status = 'confirmed') THEN
          RAISE EXCEPTION '已确认的结算单的结算行不能修改或删除' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END
      $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER settlement_statement_immutable BEFORE UPDATE OR DELETE ON "settlement_statement" FOR EACH ROW EXECUTE FUNCTION settlement_statement_confirmed_immutable()`,
    );
    await queryRunner.query(`CREATE TRIGGER settlement_line_immutable BEFORE UPDATE OR DELETE ON "settlement_line" FOR EACH ROW EXECUTE FUNCTION settlement_line_confirmed_immutable()`);
    await queryRunner.query(
      `CREATE TRIGGER settlement_receipt_immutable BEFORE UPDATE OR DELETE ON "settlement_receipt" FOR EACH ROW EXECUTE FUNCTION money_record_immutable('到账记录')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER settlement_receipt_immutable ON "settlement_receipt"`);
    await queryRunner.query(`DROP TRIGGER settlement_line_immutable ON "settlement_line"`);
    await queryRunner.query(`DROP TRIGGER settlement_statement_immutable ON "settlement_statement"`);
    await queryRunner.query(`DROP FUNCTION settlement_line_confirmed_immutable()`);
    await queryRunner.query(`DROP FUNCTION settlement_statement_confirmed_immutable()`);
  }
}
