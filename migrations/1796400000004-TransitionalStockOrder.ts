import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transitional stock (过渡户存量) is listed longest waiting first: its pages walk the stock's own rows in
 * (transitionalSince) order — every project's, or one project's — and order only the households of one day by code,
 * instead of sorting the whole stock joined with every subject's label on every page. A page's households get their fee
 * sums from an index that carries each month's amount and payment: a case's months lie on one or two index pages, where
 * the table has them on as many pages as months (each month is accrued for every household at once).
 */
export class TransitionalStockOrder1796400000004 implements MigrationInterface {
  name = 'TransitionalStockOrder1796400000004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_resettlement_track_stock" ON "resettlement_track" ("transitionalSince", "caseId") WHERE track = 'transitional' AND method = 'swap'`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_resettlement_track_project_stock" ON "resettlement_track" ("projectId", "transitionalSince", "caseId") WHERE track = 'transitional' AND method = 'swap'`,
    );
    await queryRunner.query(`CREATE INDEX "idx_transitional_fee_case_sums" ON "transitional_fee_accrual" ("caseId") INCLUDE ("amountFen", "paymentId")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_transitional_fee_case_sums"`);
    await queryRunner.query(`DROP INDEX "public"."idx_resettlement_track_project_stock"`);
    await queryRunner.query(`DROP INDEX "public"."idx_resettlement_track_stock"`);
  }
}
