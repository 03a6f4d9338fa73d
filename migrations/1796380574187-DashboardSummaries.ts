import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DashboardSummaries1796380574187 implements MigrationInterface {
  name = 'DashboardSummaries1796380574187';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_summary" ("projectId" uuid NOT NULL, "parcelId" uuid NOT NULL, "subjectType" character varying(20) NOT NULL, "status" character varying(20) NOT NULL, "resettlementStatus" character varying(20) NOT NULL, "cases" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_910fa956112d47ab1e091c427cb" PRIMARY KEY ("projectId", "parcelId", "subjectType", "status", "resettlementStatus"))`);
    await queryRunner.query(`CREATE INDEX "idx_case_summary_parcel" ON "case_summary"  ("parcelId") `);
    await queryRunner.query(`CREATE TABLE "agreement_money_summary" ("projectId" uuid NOT NULL, "parcelId" uuid NOT NULL, "agreements" bigint NOT NULL DEFAULT '0', "agreedFen" bigint NOT NULL DEFAULT '0', "paidFen" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_0d97998e524e1f01ce034aae596" PRIMARY KEY ("projectId", "parcelId"))`);
    await queryRunner.query(`CREATE TABLE "company_money_summary" ("projectId" uuid NOT NULL, "settledFen" bigint NOT NULL DEFAULT '0', "receivedFen" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_6e56aeeb17bc2a9fe40e2ae6634" PRIMARY KEY ("projectId"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "company_money_summary"`);
    await queryRunner.query(`DROP TABLE "agreement_money_summary"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_summary_parcel"`);
    await queryRunner.query(`DROP TABLE "case_summary"`);
  }
}
