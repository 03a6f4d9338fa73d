import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AttachmentsAndHandover1796342000000 implements MigrationInterface {
  name = 'AttachmentsAndHandover1796342000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ownerType" character varying(40) NOT NULL, "ownerId" uuid NOT NULL, "projectId" uuid NOT NULL, "fileName" character varying(200) NOT NULL, "mediaType" character varying(100) NOT NULL, "size" bigint NOT NULL, "sha256" character(64) NOT NULL, "storedPath" character varying(300) NOT NULL, "uploadedBy" character varying(50) NOT NULL, "uploadedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_attachment_owner" ON "attachment"  ("ownerType", "ownerId", "uploadedAt") `);
    await queryRunner.query(`CREATE TABLE "handover" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "parcelId" uuid NOT NULL, "handedOverOn" date NOT NULL, "area" numeric(14,2) NOT NULL, "townPeople" character varying(500) NOT NULL, "companyPeople" character varying(500) NOT NULL, "remarks" text, "status" character varying(20) NOT NULL DEFAULT 'submitted', "createdBy" character varying(50) NOT NULL, "answeredBy" character varying(50), "answeredAt" TIMESTAMP WITH TIME ZONE, "returnReason" character varying(500), CONSTRAINT "PK_15e64c0391cf9fb9278f297691f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_handover_parcel_submitted" ON "handover"  ("parcelId") WHERE status = 'submitted'`);
    await queryRunner.query(`CREATE INDEX "idx_handover_parcel" ON "handover"  ("parcelId") `);
    await queryRunner.query(`CREATE INDEX "idx_handover_project" ON "handover"  ("projectId", "handedOverOn") `);
    await queryRunner.query(`CREATE TABLE "handover_exclusion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "caseId" uuid NOT NULL, "projectId" uuid NOT NULL, "parcelId" uuid NOT NULL, "reason" character varying(500) NOT NULL, "createdBy" character varying(50) NOT NULL, CONSTRAINT "PK_95f925efacd0a7f4ebb66d58115" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_handover_exclusion_case" ON "handover_exclusion"  ("caseId") `);
    await queryRunner.query(`ALTER TABLE "handover" ADD CONSTRAINT "FK_77a07ead5a7aa03ca535940e8ba" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "handover" ADD CONSTRAINT "FK_48687b3ccf40c389bb5c8019161" FOREIGN KEY ("parcelId") REFERENCES "parcel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "FK_48687b3ccf40c389bb5c8019161"`);
    await queryRunner.query(`ALTER TABLE "handover" DROP CONSTRAINT "FK_77a07ead5a7aa03ca535940e8ba"`);
    await queryRunner.query(`DROP INDEX "public"."uq_handover_exclusion_case"`);
    await queryRunner.query(`DROP TABLE "handover_exclusion"`);
    await queryRunner.query(`DROP INDEX "public"."idx_handover_project"`);
    await queryRunner.query(`DROP INDEX "public"."idx_handover_parcel"`);
    await queryRunner.query(`DROP INDEX "public"."uq_handover_parcel_submitted"`);
    await queryRunner.query(`DROP TABLE "handover"`);
    await queryRunner.query(`DROP INDEX "public"."idx_attachment_owner"`);
    await queryRunner.query(`DROP TABLE "attachment"`);
  }
}
