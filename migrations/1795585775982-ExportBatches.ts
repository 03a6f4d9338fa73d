import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExportBatches1795585775982 implements MigrationInterface {
  name = 'ExportBatches1795585775982';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "export_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(40) NOT NULL, "filters" jsonb NOT NULL DEFAULT '{}', "status" character varying(20) NOT NULL DEFAULT 'queued', "total" integer, "processed" integer NOT NULL DEFAULT '0', "fileName" character varying(200) NOT NULL, "storedPath" text, "userId" uuid NOT NULL, "username" character varying(50) NOT NULL, "unmasked" boolean NOT NULL DEFAULT false, "startedAt" TIMESTAMP WITH TIME ZONE, "finishedAt" TIMESTAMP WITH TIME ZONE, "message" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_73d543eb90b511c9c57c90a2a3c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_export_batch_user" ON "export_batch"  ("userId", "createdAt") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_export_batch_user"`);
    await queryRunner.query(`DROP TABLE "export_batch"`);
  }
}
