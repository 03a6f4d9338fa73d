import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RectificationRegister1796390354849 implements MigrationInterface {
  name = 'RectificationRegister1796390354849';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rectification_violation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "serialNo" SERIAL NOT NULL, "kind" character varying(20) NOT NULL, "village" character varying(50) NOT NULL, "projectId" uuid, "parcelId" uuid, "address" character varying(200), "area" numeric(14,2), "volume" numeric(14,2), "discoveredAt" TIMESTAMP WITH TIME ZONE NOT NULL, "responsibleSubjectType" character varying(20), "responsibleSubjectId" uuid, "responsibleText" character varying(200), "status" character varying(20) NOT NULL DEFAULT 'found', "deadline" date, "closedOn" date, "remarks" text, "createdBy" character varying(50) NOT NULL, CONSTRAINT "UQ_0528167f3ceb08e9cbe792fef3e" UNIQUE ("serialNo"), CONSTRAINT "chk_rectification_violation_measure" CHECK ((kind = 'waste_dumping' AND volume > 0 AND area IS NULL) OR (kind <> 'waste_dumping' AND area > 0 AND volume IS NULL)), CONSTRAINT "chk_rectification_violation_closed" CHECK (("closedOn" IS NULL) = (status NOT IN ('rectified', 'demolished'))), CONSTRAINT "chk_rectification_violation_status" CHECK (status IN ('found', 'notice_issued', 'rectifying', 'rectified', 'demolished')), CONSTRAINT "chk_rectification_violation_kind" CHECK (kind IN ('illegal_land', 'illegal_building', 'waste_dumping')), CONSTRAINT "PK_36f8d44ce6891daf24361f110e0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_rectification_violation_subject" ON "rectification_violation"  ("responsibleSubjectId") `);
    await queryRunner.query(`CREATE INDEX "idx_rectification_violation_parcel" ON "rectification_violation"  ("parcelId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_rectification_violation_village" ON "rectification_violation"  ("village", "discoveredAt") `);
    await queryRunner.query(`CREATE TABLE "rectification_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "violationId" uuid NOT NULL, "fromStatus" character varying(20), "toStatus" character varying(20) NOT NULL, "stepOn" date NOT NULL, "deadline" date, "note" text, "createdBy" character varying(50) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f6797b36a4c7e0dbe3019c05c84" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_rectification_step_violation" ON "rectification_step"  ("violationId", "createdAt") `);
    await queryRunner.query(`ALTER TABLE "rectification_violation" ADD CONSTRAINT "FK_f5d19b361dfc3949a3446c8a626" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_violation" ADD CONSTRAINT "FK_64a7cf8d3f3408b7dea68830a36" FOREIGN KEY ("parcelId") REFERENCES "parcel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rectification_step" ADD CONSTRAINT "FK_96912864b747f6f9d2bd81534e9" FOREIGN KEY ("violationId") REFERENCES "rectification_violation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rectification_step" DROP CONSTRAINT "FK_96912864b747f6f9d2bd81534e9"`);
    await queryRunner.query(`ALTER TABLE "rectification_violation" DROP CONSTRAINT "FK_64a7cf8d3f3408b7dea68830a36"`);
    await queryRunner.query(`ALTER TABLE "rectification_violation" DROP CONSTRAINT "FK_f5d19b361dfc3949a3446c8a626"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rectification_step_violation"`);
    await queryRunner.query(`DROP TABLE "rectification_step"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rectification_violation_village"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rectification_violation_parcel"`);
    await queryRunner.query(`DROP INDEX "public"."idx_rectification_violation_subject"`);
    await queryRunner.query(`DROP TABLE "rectification_violation"`);
  }
}
