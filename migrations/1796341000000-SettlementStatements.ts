import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SettlementStatements1796341000000 implements MigrationInterface {
  name = 'SettlementStatements1796341000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "settlement_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "seq" integer NOT NULL, "number" character varying(40) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'issued', "issuedOn" date NOT NULL, "managementFeeRate" numeric(7,4), "totalFen" bigint NOT NULL DEFAULT '0', "createdBy" character varying(50) NOT NULL, "confirmedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_638b5a90faea246851fa07bba58" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_settlement_statement_number" ON "settlement_statement"  ("number") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_settlement_statement_seq" ON "settlement_statement"  ("projectId", "seq") `);
    await queryRunner.query(`CREATE TABLE "settlement_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "statementId" uuid NOT NULL, "projectId" uuid NOT NULL, "caseId" uuid NOT NULL, "agreementId" uuid NOT NULL, "position" integer NOT NULL, "agreedFen" bigint NOT NULL, "paidFen" bigint NOT NULL, "feeFen" bigint NOT NULL, "totalFen" bigint NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'pending', "disputeReason" character varying(500), "answeredBy" character varying(50), "answeredAt" TIMESTAMP WITH TIME ZONE, "droppedBy" character varying(50), "droppedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_settlement_line_dispute_reasoned" CHECK (status <> 'disputed' OR "disputeReason" IS NOT NULL), CONSTRAINT "ck_settlement_line_amounts" CHECK ("agreedFen" >= 0 AND "paidFen" >= 0 AND "feeFen" >= 0 AND "totalFen" = "agreedFen" + "feeFen"), CONSTRAINT "PK_a31fbc8b0efd3c48bd30f7023db" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_settlement_line_project" ON "settlement_line"  ("projectId") `);
    await queryRunner.query(`CREATE INDEX "idx_settlement_line_statement" ON "settlement_line"  ("statementId", "position") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_settlement_line_live_case" ON "settlement_line"  ("caseId") WHERE status <> 'dropped'`);
    await queryRunner.query(`CREATE TABLE "settlement_receipt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "statementId" uuid NOT NULL, "projectId" uuid NOT NULL, "amountFen" bigint NOT NULL, "receivedOn" date NOT NULL, "bankReference" character varying(100) NOT NULL, "idempotencyKey" character varying(100) NOT NULL, "requestHash" character(64) NOT NULL, "createdBy" character varying(50) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_settlement_receipt_amount_positive" CHECK ("amountFen" > 0), CONSTRAINT "PK_ddcbe71d409ff8f5b334ab85cb6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_settlement_receipt_idempotency_key" ON "settlement_receipt"  ("idempotencyKey") `);
    await queryRunner.query(`CREATE INDEX "idx_settlement_receipt_project" ON "settlement_receipt"  ("projectId") `);
    await queryRunner.query(`CREATE INDEX "idx_settlement_receipt_statement" ON "settlement_receipt"  ("statementId") `);
    await queryRunner.query(`CREATE TABLE "project_settlement_figures" ("projectId" uuid NOT NULL, "budgetFen" bigint, "auditedFen" bigint, "auditReportRef" character varying(100), "auditReportAttachmentId" uuid, "managementFeeRate" numeric(7,4), "updatedBy" character varying(50) NOT NULL, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6dbd2201ee583b25f2252d3d524" PRIMARY KEY ("projectId"))`);
    await queryRunner.query(`ALTER TABLE "settlement_statement" ADD CONSTRAINT "FK_1a475ac96c3548b9e4b8611d020" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "settlement_line" ADD CONSTRAINT "FK_2e1933cff472dee433488d4b5a6" FOREIGN KEY ("statementId") REFERENCES "settlement_statement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "settlement_line" ADD CONSTRAINT "FK_9fc1b096f283d5ef12f809e2421" FOREIGN KEY ("caseId") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "settlement_receipt" ADD CONSTRAINT "FK_ce2d8a2f679419e14988dcf4be3" FOREIGN KEY ("statementId") REFERENCES "settlement_statement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "project_settlement_figures" ADD CONSTRAINT "FK_6dbd2201ee583b25f2252d3d524" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "project_settlement_figures" DROP CONSTRAINT "FK_6dbd2201ee583b25f2252d3d524"`);
    await queryRunner.query(`ALTER TABLE "settlement_receipt" DROP CONSTRAINT "FK_ce2d8a2f679419e14988dcf4be3"`);
    await queryRunner.query(`ALTER TABLE "settlement_line" DROP CONSTRAINT "FK_9fc1b096f283d5ef12f809e2421"`);
    await queryRunner.query(`ALTER TABLE "settlement_line" DROP CONSTRAINT "FK_2e1933cff472dee433488d4b5a6"`);
    await queryRunner.query(`ALTER TABLE "settlement_statement" DROP CONSTRAINT "FK_1a475ac96c3548b9e4b8611d020"`);
    await queryRunner.query(`DROP TABLE "project_settlement_figures"`);
    await queryRunner.query(`DROP INDEX "public"."idx_settlement_receipt_statement"`);
    await queryRunner.query(`DROP INDEX "public"."idx_settlement_receipt_project"`);
    await queryRunner.query(`DROP INDEX "public"."uq_settlement_receipt_idempotency_key"`);
    await queryRunner.query(`DROP TABLE "settlement_receipt"`);
    await queryRunner.query(`DROP INDEX "public"."uq_settlement_line_live_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_settlement_line_statement"`);
    await queryRunner.query(`DROP INDEX "public"."idx_settlement_line_project"`);
    await queryRunner.query(`DROP TABLE "settlement_line"`);
    await queryRunner.query(`DROP INDEX "public"."uq_settlement_statement_seq"`);
    await queryRunner.query(`DROP INDEX "public"."uq_settlement_statement_number"`);
    await queryRunner.query(`DROP TABLE "settlement_statement"`);
  }
}
