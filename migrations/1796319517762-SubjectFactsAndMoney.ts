import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SubjectFactsAndMoney1796319517762 implements MigrationInterface {
  name = 'SubjectFactsAndMoney1796319517762';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "scheme_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "number" integer NOT NULL, "name" character varying(100) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "effectiveOn" date NOT NULL, "items" jsonb NOT NULL, "swapPricing" jsonb, "createdBy" character varying(50) NOT NULL, "publishedAt" TIMESTAMP WITH TIME ZONE, "publishedBy" character varying(50), CONSTRAINT "PK_32f72faa6cdd55e0ba11e7b86f0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_scheme_version_published" ON "scheme_version"  ("projectId") WHERE status = 'published'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_scheme_version_number" ON "scheme_version"  ("projectId", "number") `);
    await queryRunner.query(`CREATE TABLE "calculation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "caseId" uuid NOT NULL, "projectId" uuid NOT NULL, "schemeVersionId" uuid NOT NULL, "facts" jsonb NOT NULL, "lines" jsonb NOT NULL, "totalFen" bigint NOT NULL, "createdBy" character varying(50) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_67320bae23a5bfa027f881c271b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_calculation_case" ON "calculation"  ("caseId", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "caseId" uuid NOT NULL, "projectId" uuid NOT NULL, "calculationId" uuid NOT NULL, "method" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "compensationFen" bigint NOT NULL, "agreedFen" bigint NOT NULL, "paidFen" bigint NOT NULL DEFAULT '0', "paymentDeadline" date, "movingFeeFen" bigint NOT NULL DEFAULT '0', "temporaryResettlementFeeFen" bigint NOT NULL DEFAULT '0', "transitionMethod" character varying(20), "transitionMonths" integer, "swapLocation" character varying(200), "swapArea" numeric(10,2), "entitlementArea" numeric(10,2), "swap" jsonb, "createdBy" character varying(50) NOT NULL, "signedOn" date, "signedAt" TIMESTAMP WITH TIME ZONE, "signedBy" character varying(50), "sequenceNo" integer, "voidedAt" TIMESTAMP WITH TIME ZONE, "voidedBy" character varying(50), "voidReason" character varying(200), CONSTRAINT "ck_agreement_amounts" CHECK ("agreedFen" >= 0 AND "compensationFen" >= 0), CONSTRAINT "ck_agreement_paid_only_signed" CHECK (status = 'signed' OR "paidFen" = 0), CONSTRAINT "ck_agreement_paid_within_agreed" CHECK ("paidFen" >= 0 AND "paidFen" <= "agreedFen"), CONSTRAINT "PK_e7537188219eeef56233a609753" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_agreement_project_status" ON "agreement"  ("projectId", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agreement_sequence" ON "agreement"  ("projectId", "method", "sequenceNo") WHERE "sequenceNo" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agreement_live_case" ON "agreement"  ("caseId") WHERE status <> 'voided'`);
    await queryRunner.query(`CREATE TABLE "payment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreementId" uuid NOT NULL, "caseId" uuid NOT NULL, "projectId" uuid NOT NULL, "kind" character varying(20) NOT NULL, "amountFen" bigint NOT NULL, "paidOn" date NOT NULL, "method" character varying(20) NOT NULL, "bankReference" character varying(100), "reversesId" uuid, "reason" character varying(200), "idempotencyKey" character varying(100), "requestHash" character(64), "createdBy" character varying(50) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_payment_reversal_reasoned" CHECK (kind = 'payment' OR ("reversesId" IS NOT NULL AND reason IS NOT NULL)), CONSTRAINT "ck_payment_amount_positive" CHECK ("amountFen" > 0), CONSTRAINT "PK_fcaec7df5adf9cac408c686b2ab" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_payment_idempotency_key" ON "payment"  ("idempotencyKey") `);
    await queryRunner.query(`CREATE INDEX "idx_payment_paid_on" ON "payment"  ("projectId", "paidOn") `);
    await queryRunner.query(`CREATE INDEX "idx_payment_agreement" ON "payment"  ("agreementId", "createdAt") `);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "suspensionMonths" integer`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD "monthlyLoss" numeric(14,2)`);
    await queryRunner.query(`ALTER TABLE "household" ADD "certifiedArea" numeric(12,2)`);
    await queryRunner.query(`ALTER TABLE "household" ADD "surveyedArea" numeric(12,2)`);
    await queryRunner.query(`ALTER TABLE "household" ADD "recognisedArea" numeric(12,2)`);
    await queryRunner.query(`ALTER TABLE "household" ADD "lowIncome" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "household" ADD "disabled" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "household" ADD "onlyChild" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "household_member" ADD "recognitionBasis" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "household_member" ADD "recognitionEvidence" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "scheme_version" ADD CONSTRAINT "FK_4bbbf9c2eaa1a3a052b4764c550" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calculation" ADD CONSTRAINT "FK_76f16e7582f375e7b5321815ae7" FOREIGN KEY ("caseId") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calculation" ADD CONSTRAINT "FK_24184162472d3778cccdfb931fd" FOREIGN KEY ("schemeVersionId") REFERENCES "scheme_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement" ADD CONSTRAINT "FK_926200113debe2b425d2152157e" FOREIGN KEY ("caseId") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement" ADD CONSTRAINT "FK_8785b5a8510cabcc25d0f196783" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agreement" ADD CONSTRAINT "FK_a02cb9683864fd5698b834225eb" FOREIGN KEY ("calculationId") REFERENCES "calculation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "payment" ADD CONSTRAINT "FK_b9cbb3e6f2c462ad4ffb89b3c0b" FOREIGN KEY ("agreementId") REFERENCES "agreement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "payment" ADD CONSTRAINT "FK_90b9a7c37af965be80919eefd19" FOREIGN KEY ("reversesId") REFERENCES "payment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment" DROP CONSTRAINT "FK_90b9a7c37af965be80919eefd19"`);
    await queryRunner.query(`ALTER TABLE "payment" DROP CONSTRAINT "FK_b9cbb3e6f2c462ad4ffb89b3c0b"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_a02cb9683864fd5698b834225eb"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_8785b5a8510cabcc25d0f196783"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_926200113debe2b425d2152157e"`);
    await queryRunner.query(`ALTER TABLE "calculation" DROP CONSTRAINT "FK_24184162472d3778cccdfb931fd"`);
    await queryRunner.query(`ALTER TABLE "calculation" DROP CONSTRAINT "FK_76f16e7582f375e7b5321815ae7"`);
    await queryRunner.query(`ALTER TABLE "scheme_version" DROP CONSTRAINT "FK_4bbbf9c2eaa1a3a052b4764c550"`);
    await queryRunner.query(`ALTER TABLE "household_member" DROP COLUMN "recognitionEvidence"`);
    await queryRunner.query(`ALTER TABLE "household_member" DROP COLUMN "recognitionBasis"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "onlyChild"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "disabled"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "lowIncome"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "recognisedArea"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "surveyedArea"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "certifiedArea"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "monthlyLoss"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP COLUMN "suspensionMonths"`);
    await queryRunner.query(`DROP INDEX "public"."idx_payment_agreement"`);
    await queryRunner.query(`DROP INDEX "public"."idx_payment_paid_on"`);
    await queryRunner.query(`DROP INDEX "public"."uq_payment_idempotency_key"`);
    await queryRunner.query(`DROP TABLE "payment"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agreement_live_case"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agreement_sequence"`);
    await queryRunner.query(`DROP INDEX "public"."idx_agreement_project_status"`);
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`DROP INDEX "public"."idx_calculation_case"`);
    await queryRunner.query(`DROP TABLE "calculation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_scheme_version_number"`);
    await queryRunner.query(`DROP INDEX "public"."uq_scheme_version_published"`);
    await queryRunner.query(`DROP TABLE "scheme_version"`);
  }
}
