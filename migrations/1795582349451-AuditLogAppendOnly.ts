import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes audit_log append-only in the database itself, whatever the application does:
 * UPDATE and TRUNCATE are always refused; DELETE only of rows at least 184 days old
 * (the retention period: nothing may delete a younger row; older ones may be purged).
 * Hand-written: triggers are not part of the entities.
 */
export class AuditLogAppendOnly1795582349451 implements MigrationInterface {
  name = 'AuditLogAppendOnly1795582349451';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          RAISE EXCEPTION '审计日志只能追加，不能修改' USING ERRCODE = 'insufficient_privilege';
        ELSIF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION '审计日志不能清空' USING ERRCODE = 'insufficient_privilege';
        ELSIF TG_OP = 'DELETE' AND OLD."occurredAt" > now() - interval '184 days' THEN
          RAISE EXCEPTION '审计日志保留期（184 天）内不能删除' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
      END
      $fn$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_update_or_young_delete BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await queryRunner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_update_or_young_delete ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
