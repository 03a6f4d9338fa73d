import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompanyConfirmations1796340000000 implements MigrationInterface {
  name = 'CompanyConfirmations1796340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "confirmation_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "number" integer NOT NULL, "state" character varying(20) NOT NULL DEFAULT 'open', "note" character varying(500), "contentHash" character(64) NOT NULL, "submittedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "submittedBy" character varying(50) NOT NULL, "closedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_687cb1f2c1cf0afea61fa33a24c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_confirmation_batch_project_number" ON "confirmation_batch"  ("projectId", "number") `);
    await queryRunner.query(`CREATE TABLE "confirmation_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "batchId" uuid NOT NULL, "position" integer NOT NULL, "caseId" uuid NOT NULL, "projectId" uuid NOT NULL, "snapshot" jsonb NOT NULL, "contentHash" character(64) NOT NULL, "townFigureFen" bigint, "answer" character varying(20), "reason" character varying(500), "companyFigureFen" bigint, "answeredBy" character varying(50), "answeredAt" TIMESTAMP WITH TIME ZONE, "voidedAt" TIMESTAMP WITH TIME ZONE, "voidReason" character varying(200), CONSTRAINT "PK_09d1ab644e90ae9a7d62fb31b0c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_confirmation_line_case_open" ON "confirmation_line"  ("caseId") WHERE answer IS NULL`);
    await queryRunner.query(`CREATE INDEX "idx_confirmation_line_case" ON "confirmation_line"  ("caseId", "createdAt") `);
    await queryRunner.query(`CREATE INDEX "idx_confirmation_line_batch" ON "confirmation_line"  ("batchId", "position") `);
    await queryRunner.query(`ALTER TABLE "confirmation_batch" ADD CONSTRAINT "FK_745256e6b0e18aeaf6bb33ceb22" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "confirmation_line" ADD CONSTRAINT "FK_7adc513e78586cb2b6dd805df28" FOREIGN KEY ("batchId") REFERENCES "confirmation_batch"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "confirmation_line" ADD CONSTRAINT "FK_18a46e2809e2403f29e6f12742d" FOREIGN KEY ("caseId") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "confirmation_line" DROP CONSTRAINT "FK_18a46e2809e2403f29e6f12742d"`);
    await queryRunner.query(`ALTER TABLE "confirmation_line" DROP CONSTRAINT "FK_7adc513e78586cb2b6dd805df28"`);
    await queryRunner.query(`ALTER TABLE "confirmation_batch" DROP CONSTRAINT "FK_745256e6b0e18aeaf6bb33ceb22"`);
    await queryRunner.query(`DROP INDEX "public"."idx_confirmation_line_batch"`);
    await queryRunner.query(`DROP INDEX "public"."idx_confirmation_line_case"`);
    await queryRunner.query(`DROP INDEX "public"."uq_confirmation_line_case_open"`);
    await queryRunner.query(`DROP TABLE "confirmation_line"`);
    await queryRunner.query(`DROP INDEX "public"."uq_confirmation_batch_project_number"`);
    await queryRunner.query(`DROP TABLE "confirmation_batch"`);
  }
}
