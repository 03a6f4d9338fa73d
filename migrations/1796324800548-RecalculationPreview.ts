import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecalculationPreview1796324800548 implements MigrationInterface {
  name = 'RecalculationPreview1796324800548';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "recalculation_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "projectId" uuid NOT NULL, "schemeVersionId" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'queued', "total" integer, "processed" integer NOT NULL DEFAULT '0', "message" text, "createdBy" character varying(50) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "startedAt" TIMESTAMP WITH TIME ZONE, "finishedAt" TIMESTAMP WITH TIME ZONE, "appliedAt" TIMESTAMP WITH TIME ZONE, "appliedBy" character varying(50), "appliedCount" integer, "skippedCount" integer, CONSTRAINT "PK_94160b4d2a0f616cb49f40f185c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_recalculation_run_version" ON "recalculation_run"  ("schemeVersionId", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "recalculation_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "runId" uuid NOT NULL, "caseId" uuid NOT NULL, "basedOnCalculationId" uuid NOT NULL, "facts" jsonb NOT NULL, "lines" jsonb, "oldTotalFen" bigint NOT NULL, "newTotalFen" bigint, "differenceFen" bigint, "changes" jsonb NOT NULL DEFAULT '[]', "problem" text, CONSTRAINT "PK_ffed4c93fdbe2b75e8d715ceeaf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_recalculation_case" ON "recalculation_case"  ("runId", "caseId") `);
    await queryRunner.query(`ALTER TABLE "recalculation_run" ADD CONSTRAINT "FK_98d69e1b1593886beded98e0e99" FOREIGN KEY ("schemeVersionId") REFERENCES "scheme_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recalculation_case" ADD CONSTRAINT "FK_c0f8eb69eb11d5cb4531b7e3fd7" FOREIGN KEY ("runId") REFERENCES "recalculation_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recalculation_case" DROP CONSTRAINT "FK_c0f8eb69eb11d5cb4531b7e3fd7"`);
    await queryRunner.query(`ALTER TABLE "recalculation_run" DROP CONSTRAINT "FK_98d69e1b1593886beded98e0e99"`);
    await queryRunner.query(`DROP INDEX "public"."uq_recalculation_case"`);
    await queryRunner.query(`DROP TABLE "recalculation_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_recalculation_run_version"`);
    await queryRunner.query(`DROP TABLE "recalculation_run"`);
  }
}
