import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportBatches1795585836609 implements MigrationInterface {
  name = 'ImportBatches1795585836609';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "fileName" character varying(255) NOT NULL, "fileSize" bigint NOT NULL, "sha256" character(64) NOT NULL, "storedPath" character varying(255) NOT NULL, "dryRun" boolean NOT NULL DEFAULT false, "status" character varying(20) NOT NULL DEFAULT 'queued', "total" integer NOT NULL DEFAULT '0', "processed" integer NOT NULL DEFAULT '0', "created" integer NOT NULL DEFAULT '0', "updated" integer NOT NULL DEFAULT '0', "unchanged" integer NOT NULL DEFAULT '0', "rejected" integer NOT NULL DEFAULT '0', "checkpointRow" integer NOT NULL DEFAULT '0', "headerRow" integer NOT NULL, "columnMap" jsonb NOT NULL, "userId" uuid NOT NULL, "username" character varying(50) NOT NULL, "startedAt" TIMESTAMP WITH TIME ZONE, "finishedAt" TIMESTAMP WITH TIME ZONE, "message" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f408daa3bbc77ffc37eca041312" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_import_batch_user" ON "import_batch"  ("userId", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "import_rejection" ("batchId" uuid NOT NULL, "rowNumber" integer NOT NULL, "valuesEncrypted" text NOT NULL, "errors" jsonb NOT NULL, CONSTRAINT "PK_d5b9dcbe983643003a52a5b4b0e" PRIMARY KEY ("batchId", "rowNumber"))`);
    await queryRunner.query(`ALTER TABLE "import_rejection" ADD CONSTRAINT "FK_e38ef8b738b85527dd0f2492c63" FOREIGN KEY ("batchId") REFERENCES "import_batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_rejection" DROP CONSTRAINT "FK_e38ef8b738b85527dd0f2492c63"`);
    await queryRunner.query(`DROP TABLE "import_rejection"`);
    await queryRunner.query(`DROP INDEX "public"."idx_import_batch_user"`);
    await queryRunner.query(`DROP TABLE "import_batch"`);
  }
}
