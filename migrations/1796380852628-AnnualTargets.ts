import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnnualTargets1796380852628 implements MigrationInterface {
  name = 'AnnualTargets1796380852628';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "annual_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "year" integer NOT NULL, "name" character varying(200) NOT NULL, "measure" character varying(30) NOT NULL, "targetValue" numeric(14,2) NOT NULL, "unit" character varying(4) NOT NULL, "projectIds" uuid array NOT NULL DEFAULT '{}', "baseIds" uuid array NOT NULL DEFAULT '{}', "position" integer NOT NULL DEFAULT '0', "createdBy" character varying(50) NOT NULL, CONSTRAINT "PK_d5f8ad70e205c252d5d3e5d989c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_annual_target_year" ON "annual_target"  ("year", "position") `);
    await queryRunner.query(`CREATE TABLE "target_progress_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "targetId" uuid NOT NULL, "enteredOn" date NOT NULL, "value" numeric(14,2) NOT NULL, "note" text, "evidenceAttachmentId" uuid, "recordedBy" character varying(50) NOT NULL, CONSTRAINT "PK_618c1c0b04d935f5fa062173c55" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_target_progress_entry_target" ON "target_progress_entry"  ("targetId", "enteredOn") `);
    await queryRunner.query(`ALTER TABLE "target_progress_entry" ADD CONSTRAINT "FK_672aa3e97ab31a277b1bf0c9844" FOREIGN KEY ("targetId") REFERENCES "annual_target"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "target_progress_entry" DROP CONSTRAINT "FK_672aa3e97ab31a277b1bf0c9844"`);
    await queryRunner.query(`DROP INDEX "public"."idx_target_progress_entry_target"`);
    await queryRunner.query(`DROP TABLE "target_progress_entry"`);
    await queryRunner.query(`DROP INDEX "public"."idx_annual_target_year"`);
    await queryRunner.query(`DROP TABLE "annual_target"`);
  }
}
