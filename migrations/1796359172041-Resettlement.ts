import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Resettlement1796359172041 implements MigrationInterface {
  name = 'Resettlement1796359172041';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "resettlement_base" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(20) NOT NULL, "name" character varying(100) NOT NULL, "address" character varying(200), "stage" character varying(20) NOT NULL, "stageDates" jsonb NOT NULL DEFAULT '{}'::jsonb, "plannedDeliveryOn" date, "remarks" text, CONSTRAINT "PK_18b66928016284a6e50194a1dda" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_resettlement_base_code" ON "resettlement_base"  ("code") `);
    await queryRunner.query(`CREATE TABLE "resettlement_building" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "baseId" uuid NOT NULL, "code" character varying(40) NOT NULL, "floors" integer NOT NULL, "plannedDeliveryOn" date, CONSTRAINT "PK_67059405a0c74a2f0b7015d5565" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_resettlement_building_code" ON "resettlement_building"  ("baseId", "code") `);
    await queryRunner.query(`CREATE TABLE "resettlement_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "baseId" uuid NOT NULL, "buildingId" uuid NOT NULL, "unitNo" character varying(20) NOT NULL, "floor" integer NOT NULL, "layout" character varying(40) NOT NULL, "area" numeric(10,2) NOT NULL, "resettlementPrice" numeric(12,2) NOT NULL, "marketPrice" numeric(12,2) NOT NULL, "kind" character varying(20) NOT NULL, "plannedDeliveryOn" date, "turnover" boolean NOT NULL DEFAULT false, "status" character varying(20) NOT NULL DEFAULT 'available', "frozenReason" character varying(200), CONSTRAINT "ck_resettlement_unit_area" CHECK (area > 0), CONSTRAINT "ck_resettlement_unit_frozen_reason" CHECK (status <> 'frozen' OR "frozenReason" IS NOT NULL), CONSTRAINT "PK_85deedc53fc4f58447d7713dac6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_resettlement_unit_base_status" ON "resettlement_unit"  ("baseId", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_resettlement_unit_number" ON "resettlement_unit"  ("buildingId", "unitNo") `);
    await queryRunner.query(`CREATE TABLE "unit_allocation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "unitId" uuid NOT NULL, "baseId" uuid NOT NULL, "caseId" uuid NOT NULL, "projectId" uuid NOT NULL, "agreementId" uuid NOT NULL, "roundId" uuid, "purpose" character varying(20) NOT NULL, "status" character varying(20) NOT NULL, "allocatedBy" character varying(50) NOT NULL, "allocatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "releasedAt" TIMESTAMP WITH TIME ZONE, "releasedBy" character varying(50), "releaseReason" character varying(200), "deliveredOn" date, "deliveredBy" character varying(50), "receiptAttachmentId" uuid, CONSTRAINT "PK_e7cc329b24925c8dc7f80250f82" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_unit_allocation_project" ON "unit_allocation"  ("projectId", "status") `);
    await queryRunner.query(`CREATE INDEX "idx_unit_allocation_case" ON "unit_allocation"  ("caseId", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_unit_allocation_holding" ON "unit_allocation"  ("unitId") WHERE status IN ('reserved', 'allocated', 'delivered')`);
    await queryRunner.query(`CREATE TABLE "choosing_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "number" character varying(40) NOT NULL, "baseId" uuid NOT NULL, "projectIds" uuid array NOT NULL, "seed" character varying(128) NOT NULL, "algorithm" character varying(60) NOT NULL, "orderHash" character(64) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'published', "publishedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "publishedBy" character varying(50) NOT NULL, "closedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_dda6742b6129fd3ea19e73193c8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_choosing_round_number" ON "choosing_round"  ("number") `);
    await queryRunner.query(`CREATE TABLE "choosing_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "roundId" uuid NOT NULL, "position" integer NOT NULL, "caseId" uuid NOT NULL, "projectId" uuid NOT NULL, "agreementId" uuid NOT NULL, "caseRef" character varying(60) NOT NULL, "sequenceNo" integer NOT NULL, "entitlementArea" numeric(10,2) NOT NULL, "doneAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_41b7592dc132f9cf4adf5b043cb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_choosing_entry_case" ON "choosing_entry"  ("roundId", "caseId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_choosing_entry_position" ON "choosing_entry"  ("roundId", "position") `);
    await queryRunner.query(`CREATE TABLE "transitional_fee_accrual" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "caseId" uuid NOT NULL, "projectId" uuid NOT NULL, "month" date NOT NULL, "days" integer NOT NULL, "daysInMonth" integer NOT NULL, "stepPercent" numeric(6,2) NOT NULL DEFAULT '0', "amountFen" bigint NOT NULL, "basis" jsonb NOT NULL, "batchId" uuid, "paymentId" uuid, "accruedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_transitional_fee_amount" CHECK ("amountFen" >= 0), CONSTRAINT "PK_d18e97f2f16ff08326742bc6afe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_transitional_fee_batch" ON "transitional_fee_accrual"  ("batchId") `);
    await queryRunner.query(`CREATE INDEX "idx_transitional_fee_project_month" ON "transitional_fee_accrual"  ("projectId", "month") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_transitional_fee_month" ON "transitional_fee_accrual"  ("caseId", "month") `);
    await queryRunner.query(`CREATE TABLE "transitional_fee_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "number" character varying(60) NOT NULL, "projectId" uuid NOT NULL, "throughMonth" date NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "households" integer NOT NULL, "totalFen" bigint NOT NULL, "createdBy" character varying(50) NOT NULL, "paidOn" date, "paidBy" character varying(50), CONSTRAINT "PK_8bbd17e7343d68e65650132d0fd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_transitional_fee_batch_project" ON "transitional_fee_batch"  ("projectId", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_transitional_fee_batch_number" ON "transitional_fee_batch"  ("number") `);
    await queryRunner.query(`CREATE TABLE "resettlement_track" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "caseId" uuid NOT NULL, "projectId" uuid NOT NULL, "agreementId" uuid NOT NULL, "method" character varying(20) NOT NULL, "transitionMethod" character varying(20), "transitionMonths" integer, "persons" integer NOT NULL DEFAULT '0', "track" character varying(20) NOT NULL DEFAULT 'none', "transitionalSince" date, "deliveredOn" date, "resettledOn" date, CONSTRAINT "PK_42959aadbf532267548bfa7c8d5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_resettlement_track_resettled" ON "resettlement_track"  ("resettledOn") `);
    await queryRunner.query(`CREATE INDEX "idx_resettlement_track_project" ON "resettlement_track"  ("projectId", "track") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_resettlement_track_case" ON "resettlement_track"  ("caseId") `);
    await queryRunner.query(`ALTER TABLE "scheme_version" ADD "transitionalFee" jsonb`);
    await queryRunner.query(`ALTER TABLE "payment" ADD "purpose" character varying(20) NOT NULL DEFAULT 'compensation'`);
    await queryRunner.query(`ALTER TABLE "resettlement_building" ADD CONSTRAINT "FK_1160e514ba8354b2985627a922a" FOREIGN KEY ("baseId") REFERENCES "resettlement_base"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resettlement_unit" ADD CONSTRAINT "FK_b66ca11e09eb1594df96d2900d6" FOREIGN KEY ("baseId") REFERENCES "resettlement_base"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resettlement_unit" ADD CONSTRAINT "FK_6fce491612619abe36e3812e764" FOREIGN KEY ("buildingId") REFERENCES "resettlement_building"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "unit_allocation" ADD CONSTRAINT "FK_4fd51317db1ff48b5a296771995" FOREIGN KEY ("unitId") REFERENCES "resettlement_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "unit_allocation" ADD CONSTRAINT "FK_5bff20007a064b76b22b2c2fbfb" FOREIGN KEY ("caseId") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "unit_allocation" ADD CONSTRAINT "FK_bb0330762722b382823496807dc" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "choosing_round" ADD CONSTRAINT "FK_bf1057b9d97597e49b465f648c6" FOREIGN KEY ("baseId") REFERENCES "resettlement_base"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "choosing_entry" ADD CONSTRAINT "FK_4dd3c2f5e372833fb880416dc64" FOREIGN KEY ("roundId") REFERENCES "choosing_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "transitional_fee_accrual" ADD CONSTRAINT "FK_f1d65c3fc0c87259ccefe60f889" FOREIGN KEY ("caseId") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "transitional_fee_batch" ADD CONSTRAINT "FK_671ba1ec426bb1f4a9a9831d0fa" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resettlement_track" ADD CONSTRAINT "FK_40ded18424cfe665875edb59001" FOREIGN KEY ("caseId") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resettlement_track" DROP CONSTRAINT "FK_40ded18424cfe665875edb59001"`);
    await queryRunner.query(`ALTER TABLE "transitional_fee_batch" DROP CONSTRAINT "FK_671ba1ec426bb1f4a9a9831d0fa"`);
    await queryRunner.query(`ALTER TABLE "transitional_fee_accrual" DROP CONSTRAINT "FK_f1d65c3fc0c87259ccefe60f889"`);
    await queryRunner.query(`ALTER TABLE "choosing_entry" DROP CONSTRAINT "FK_4dd3c2f5e372833fb880416dc64"`);
    await queryRunner.query(`ALTER TABLE "choosing_round" DROP CONSTRAINT "FK_bf1057b9d97597e49b465f648c6"`);
    await queryRunner.query(`ALTER TABLE "unit_allocation" DROP CONSTRAINT "FK_bb0330762722b382823496807dc"`);
    await queryRunner.query(`ALTER TABLE "unit_allocation" DROP CONSTRAINT "FK_5bff20007a064b76b22b2c2fbfb"`);
    await queryRunner.query(`ALTER TABLE "unit_allocation" DROP CONSTRAINT "FK_4fd51317db1ff48b5a296771995"`);
    await queryRunner.query(`ALTER TABLE "resettlement_unit" DROP CONSTRAINT "FK_6fce491612619abe36e3812e764"`);
    await queryRunner.query(`ALTER TABLE "resettlement_unit" DROP CONSTRAINT "FK_b66ca11e09eb1594df96d2900d6"`);
    await queryRunner.query(`ALTER TABLE "resettlement_building" DROP CONSTRAINT "FK_1160e514ba8354b2985627a922a"`);
    await queryRunner.query(`ALTER TABLE "payment" DROP COLUMN "purpose"`);
    await queryRunner.query(`ALTER TABLE "scheme_version" DROP COLUMN "transitionalFee"`);
    await queryRunner.query(`DROP INDEX "public"."uq_resettlement_track_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_resettlement_track_project"`);
    await queryRunner.query(`DROP INDEX "public"."idx_resettlement_track_resettled"`);
    await queryRunner.query(`DROP TABLE "resettlement_track"`);
    await queryRunner.query(`DROP INDEX "public"."uq_transitional_fee_batch_number"`);
    await queryRunner.query(`DROP INDEX "public"."idx_transitional_fee_batch_project"`);
    await queryRunner.query(`DROP TABLE "transitional_fee_batch"`);
    await queryRunner.query(`DROP INDEX "public"."uq_transitional_fee_month"`);
    await queryRunner.query(`DROP INDEX "public"."idx_transitional_fee_project_month"`);
    await queryRunner.query(`DROP INDEX "public"."idx_transitional_fee_batch"`);
    await queryRunner.query(`DROP TABLE "transitional_fee_accrual"`);
    await queryRunner.query(`DROP INDEX "public"."uq_choosing_entry_position"`);
    await queryRunner.query(`DROP INDEX "public"."uq_choosing_entry_case"`);
    await queryRunner.query(`DROP TABLE "choosing_entry"`);
    await queryRunner.query(`DROP INDEX "public"."uq_choosing_round_number"`);
    await queryRunner.query(`DROP TABLE "choosing_round"`);
    await queryRunner.query(`DROP INDEX "public"."uq_unit_allocation_holding"`);
    await queryRunner.query(`DROP INDEX "public"."idx_unit_allocation_case"`);
    await queryRunner.query(`DROP INDEX "public"."idx_unit_allocation_project"`);
    await queryRunner.query(`DROP TABLE "unit_allocation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_resettlement_unit_number"`);
    await queryRunner.query(`DROP INDEX "public"."idx_resettlement_unit_base_status"`);
    await queryRunner.query(`DROP TABLE "resettlement_unit"`);
    await queryRunner.query(`DROP INDEX "public"."uq_resettlement_building_code"`);
    await queryRunner.query(`DROP TABLE "resettlement_building"`);
    await queryRunner.query(`DROP INDEX "public"."uq_resettlement_base_code"`);
    await queryRunner.query(`DROP TABLE "resettlement_base"`);
  }
}
