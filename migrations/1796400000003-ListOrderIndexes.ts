import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finance's payment list is in the order (paidOn DESC, createdAt DESC, id DESC — the entries of one transaction share
 * their instant): its pages walk an index in exactly that order — every project's payments, or one project's — instead
 * of sorting every payment in scope on every page. A user's import history (createdAt DESC, id DESC) walks
 * (userId, createdAt, id) the same way.
 */
export class ListOrderIndexes1796400000003 implements MigrationInterface {
  name = 'ListOrderIndexes1796400000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_payment_paid_on"`);
    await queryRunner.query(`CREATE INDEX "idx_payment_project_paid_on" ON "payment" ("projectId", "paidOn", "createdAt", "id") `);
    await queryRunner.query(`CREATE INDEX "idx_payment_paid_on" ON "payment" ("paidOn", "createdAt", "id") `);
    await queryRunner.query(`DROP INDEX "public"."idx_import_batch_user"`);
    await queryRunner.query(`CREATE INDEX "idx_import_batch_user" ON "import_batch" ("userId", "createdAt", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_import_batch_user"`);
    await queryRunner.query(`CREATE INDEX "idx_import_batch_user" ON "import_batch" ("userId", "createdAt") `);
    await queryRunner.query(`DROP INDEX "public"."idx_payment_paid_on"`);
    await queryRunner.query(`DROP INDEX "public"."idx_payment_project_paid_on"`);
    await queryRunner.query(`CREATE INDEX "idx_payment_paid_on" ON "payment" ("projectId", "paidOn") `);
  }
}
