import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795580450191 implements MigrationInterface {
  name = 'Initial1795580450191';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "name" character varying(100) NOT NULL, "zone" character varying(100), "acquirer" character varying(100) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'preparing', "plannedStartOn" date, "plannedEndOn" date, "remarks" text, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b58774a8460d69d09c888158ab1" UNIQUE ("code"), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "parcel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "projectId" uuid NOT NULL, "code" character varying(30) NOT NULL, "village" character varying(50) NOT NULL, "landOwnership" character varying(20) NOT NULL, "area" numeric(14,2) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'surveying', "remarks" text, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c01e9fed31b7433a00942d506b1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_parcel_project_code" ON "parcel"  ("projectId", "code") `);
    await queryRunner.query(`CREATE TABLE "job_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "payload" jsonb NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "maxAttempts" integer NOT NULL DEFAULT '3', "lastError" text, "result" jsonb, "heartbeatAt" TIMESTAMP WITH TIME ZONE, "finishedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_88ce3ea0c9dca8b571450b457a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_job_record_open" ON "job_record"  ("status", "updatedAt") `);
    await queryRunner.query(`CREATE TABLE "case_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subjectType" character varying(20) NOT NULL, "subjectId" uuid NOT NULL, "projectId" uuid NOT NULL, "parcelId" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'surveying', "resettlementStatus" character varying(20) NOT NULL DEFAULT 'none', "statusChangedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_911fb1b39fb664d0e88843036b9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_case_parcel" ON "case_file"  ("parcelId") `);
    await queryRunner.query(`CREATE INDEX "idx_case_project_status" ON "case_file"  ("projectId", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_case_subject" ON "case_file"  ("subjectType", "subjectId") `);
    await queryRunner.query(`CREATE TABLE "case_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "caseId" uuid NOT NULL, "fromStatus" character varying(20), "toStatus" character varying(20) NOT NULL, "kind" character varying(20) NOT NULL, "reason" text, "actor" character varying(50) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_52ec081adb0cb83fcfbb7109fce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_case_transition_case" ON "case_transition"  ("caseId", "createdAt") `);
    await queryRunner.query(`CREATE TABLE "enterprise" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "projectId" uuid NOT NULL, "parcelId" uuid NOT NULL, "code" character varying(40) NOT NULL, "remarks" text, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(100) NOT NULL, "creditCode" character varying(18) NOT NULL, "legalRepresentative" character varying(50) NOT NULL, "landArea" numeric(14,2), "buildingArea" numeric(14,2), "employees" integer, "businessType" character varying(50), CONSTRAINT "PK_09687cd306dc5d486c0e227c471" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_enterprise_parcel" ON "enterprise"  ("parcelId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_enterprise_project_code" ON "enterprise"  ("projectId", "code") `);
    await queryRunner.query(`CREATE TABLE "municipal_facility" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "projectId" uuid NOT NULL, "parcelId" uuid NOT NULL, "code" character varying(40) NOT NULL, "remarks" text, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(30) NOT NULL, "ownerUnit" character varying(100) NOT NULL, "description" text, "quantity" numeric(12,2) NOT NULL, "unit" character varying(10) NOT NULL, CONSTRAINT "PK_97d418f9b94b3846fbfad42b817" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_facility_parcel" ON "municipal_facility"  ("parcelId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_facility_project_code" ON "municipal_facility"  ("projectId", "code") `);
    await queryRunner.query(`CREATE TABLE "household" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "projectId" uuid NOT NULL, "parcelId" uuid NOT NULL, "code" character varying(40) NOT NULL, "remarks" text, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "village" character varying(50) NOT NULL, "villageGroup" character varying(30), "headName" character varying(50) NOT NULL, "headIdNumber" character varying(18) NOT NULL, "phone" character varying(20), "registeredPersons" integer NOT NULL, "homesteadArea" numeric(12,2), "licensedArea" numeric(12,2) NOT NULL, "unlicensedArea" numeric(12,2) NOT NULL DEFAULT '0', "structure" character varying(30), "yearBuilt" integer, "surveyedOn" date, CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_household_head_id" ON "household"  ("headIdNumber") `);
    await queryRunner.query(`CREATE INDEX "idx_household_parcel" ON "household"  ("parcelId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_household_project_code" ON "household"  ("projectId", "code") `);
    await queryRunner.query(`CREATE TABLE "household_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "householdId" uuid NOT NULL, "name" character varying(50) NOT NULL, "idNumber" character varying(18), "relation" character varying(20) NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_84e1d1f2553646d38e7c8b72a10" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_household_member_household" ON "household_member"  ("householdId") `);
    await queryRunner.query(`CREATE TABLE "legacy_base" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "projectId" uuid NOT NULL, "parcelId" uuid NOT NULL, "code" character varying(40) NOT NULL, "remarks" text, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(100) NOT NULL, "originalProject" character varying(100), "area" numeric(14,2), "householdsRemaining" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_b9dab71cf94f16d8ab1135bfb9f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_legacy_base_parcel" ON "legacy_base"  ("parcelId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_legacy_base_project_code" ON "legacy_base"  ("projectId", "code") `);
    await queryRunner.query(`ALTER TABLE "parcel" ADD CONSTRAINT "FK_d13fb1ba8df873d9d0d58f89dfe" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_file" ADD CONSTRAINT "FK_81d1bec13c32614f7b282401767" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_file" ADD CONSTRAINT "FK_2b18bab44c7e01cc94645302bc3" FOREIGN KEY ("parcelId") REFERENCES "parcel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_transition" ADD CONSTRAINT "FK_4941ee00978c7d0c9e3502881c2" FOREIGN KEY ("caseId") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD CONSTRAINT "FK_9b2c56528df59d91b67270bf911" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD CONSTRAINT "FK_f2043b56fd43afbd90ec54b5acd" FOREIGN KEY ("parcelId") REFERENCES "parcel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "municipal_facility" ADD CONSTRAINT "FK_bd386f093f7a701e9a6e8b242d3" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "municipal_facility" ADD CONSTRAINT "FK_0a9b09313c9d488d16f47befe40" FOREIGN KEY ("parcelId") REFERENCES "parcel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "FK_0e516d3adb9f2cf7b5afd9372b2" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "FK_45e4dd9ac5c8baaba50c5f3ca5d" FOREIGN KEY ("parcelId") REFERENCES "parcel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household_member" ADD CONSTRAINT "FK_31aeed67a4eb520ebc595158ead" FOREIGN KEY ("householdId") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "legacy_base" ADD CONSTRAINT "FK_85674af9b45da0c007b3e0230aa" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "legacy_base" ADD CONSTRAINT "FK_2ae804aed8c1736ce1bd897f9b9" FOREIGN KEY ("parcelId") REFERENCES "parcel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "legacy_base" DROP CONSTRAINT "FK_2ae804aed8c1736ce1bd897f9b9"`);
    await queryRunner.query(`ALTER TABLE "legacy_base" DROP CONSTRAINT "FK_85674af9b45da0c007b3e0230aa"`);
    await queryRunner.query(`ALTER TABLE "household_member" DROP CONSTRAINT "FK_31aeed67a4eb520ebc595158ead"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_45e4dd9ac5c8baaba50c5f3ca5d"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_0e516d3adb9f2cf7b5afd9372b2"`);
    await queryRunner.query(`ALTER TABLE "municipal_facility" DROP CONSTRAINT "FK_0a9b09313c9d488d16f47befe40"`);
    await queryRunner.query(`ALTER TABLE "municipal_facility" DROP CONSTRAINT "FK_bd386f093f7a701e9a6e8b242d3"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "FK_f2043b56fd43afbd90ec54b5acd"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "FK_9b2c56528df59d91b67270bf911"`);
    await queryRunner.query(`ALTER TABLE "case_transition" DROP CONSTRAINT "FK_4941ee00978c7d0c9e3502881c2"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "FK_2b18bab44c7e01cc94645302bc3"`);
    await queryRunner.query(`ALTER TABLE "case_file" DROP CONSTRAINT "FK_81d1bec13c32614f7b282401767"`);
    await queryRunner.query(`ALTER TABLE "parcel" DROP CONSTRAINT "FK_d13fb1ba8df873d9d0d58f89dfe"`);
    await queryRunner.query(`DROP INDEX "public"."uq_legacy_base_project_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_legacy_base_parcel"`);
    await queryRunner.query(`DROP TABLE "legacy_base"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_member_household"`);
    await queryRunner.query(`DROP TABLE "household_member"`);
    await queryRunner.query(`DROP INDEX "public"."uq_household_project_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_parcel"`);
    await queryRunner.query(`DROP INDEX "public"."idx_household_head_id"`);
    await queryRunner.query(`DROP TABLE "household"`);
    await queryRunner.query(`DROP INDEX "public"."uq_facility_project_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_facility_parcel"`);
    await queryRunner.query(`DROP TABLE "municipal_facility"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enterprise_project_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_enterprise_parcel"`);
    await queryRunner.query(`DROP TABLE "enterprise"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_transition_case"`);
    await queryRunner.query(`DROP TABLE "case_transition"`);
    await queryRunner.query(`DROP INDEX "public"."uq_case_subject"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_project_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_case_parcel"`);
    await queryRunner.query(`DROP TABLE "case_file"`);
    await queryRunner.query(`DROP INDEX "public"."idx_job_record_open"`);
    await queryRunner.query(`DROP TABLE "job_record"`);
    await queryRunner.query(`DROP INDEX "public"."uq_parcel_project_code"`);
    await queryRunner.query(`DROP TABLE "parcel"`);
    await queryRunner.query(`DROP TABLE "project"`);
  }
}
