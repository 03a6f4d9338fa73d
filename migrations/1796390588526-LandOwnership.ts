import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LandOwnership1796390588526 implements MigrationInterface {
  name = 'LandOwnership1796390588526';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "land_ownership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(30) NOT NULL, "village" character varying(50) NOT NULL, "projectId" uuid, "parcelId" uuid, "location" character varying(100), "ownerKind" character varying(10) NOT NULL, "ownerName" character varying(100) NOT NULL, "certificateNo" character varying(50), "area" numeric(14,2) NOT NULL, "landUse" character varying(20) NOT NULL, "surveyStatus" character varying(20) NOT NULL DEFAULT 'unsurveyed', "remarks" text, CONSTRAINT "PK_ffd0a6f03da92036dfc34710823" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_land_ownership_project" ON "land_ownership"  ("projectId") `);
    await queryRunner.query(`CREATE INDEX "idx_land_ownership_village" ON "land_ownership"  ("village") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_land_ownership_certificate" ON "land_ownership"  ("certificateNo") WHERE "certificateNo" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_land_ownership_code" ON "land_ownership"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "consolidation_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(100) NOT NULL, "targetOwnerKind" character varying(10) NOT NULL, "targetOwnerName" character varying(100) NOT NULL, "targetUse" character varying(20) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "remarks" text, "createdBy" character varying(50) NOT NULL, "approvedBy" character varying(50), "approvedAt" TIMESTAMP WITH TIME ZONE, "doneBy" character varying(50), "doneAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_15f768e66a7212c46a27f5232b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "consolidation_plan_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "planId" uuid NOT NULL, "ownershipId" uuid NOT NULL, "formerOwnerKind" character varying(10), "formerOwnerName" character varying(100), "formerUse" character varying(20), CONSTRAINT "PK_32c6956b82e0fa21e77c83e4da1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_consolidation_plan_item_ownership" ON "consolidation_plan_item"  ("ownershipId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_consolidation_plan_item" ON "consolidation_plan_item"  ("planId", "ownershipId") `);
    await queryRunner.query(
      `ALTER TABLE "land_ownership" ADD CONSTRAINT "FK_4bf98329bb57d825b08ec186000" FOREIGN KEY ("parcelId") REFERENCES "parcel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consolidation_plan_item" ADD CONSTRAINT "FK_a1ad0b7552bb08ee6a136c24909" FOREIGN KEY ("planId") REFERENCES "consolidation_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consolidation_plan_item" ADD CONSTRAINT "FK_09feeedfb159c5320287938301c" FOREIGN KEY ("ownershipId") REFERENCES "land_ownership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consolidation_plan_item" DROP CONSTRAINT "FK_09feeedfb159c5320287938301c"`);
    await queryRunner.query(`ALTER TABLE "consolidation_plan_item" DROP CONSTRAINT "FK_a1ad0b7552bb08ee6a136c24909"`);
    await queryRunner.query(`ALTER TABLE "land_ownership" DROP CONSTRAINT "FK_4bf98329bb57d825b08ec186000"`);
    await queryRunner.query(`DROP INDEX "public"."uq_consolidation_plan_item"`);
    await queryRunner.query(`DROP INDEX "public"."idx_consolidation_plan_item_ownership"`);
    await queryRunner.query(`DROP TABLE "consolidation_plan_item"`);
    await queryRunner.query(`DROP TABLE "consolidation_plan"`);
    await queryRunner.query(`DROP INDEX "public"."uq_land_ownership_code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_land_ownership_certificate"`);
    await queryRunner.query(`DROP INDEX "public"."idx_land_ownership_village"`);
    await queryRunner.query(`DROP INDEX "public"."idx_land_ownership_project"`);
    await queryRunner.query(`DROP TABLE "land_ownership"`);
  }
}
