import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MilestonesAndNotifications1796380822968 implements MigrationInterface {
  name = 'MilestonesAndNotifications1796380822968';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link" character varying(300), "dedupeKey" character varying(200) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "readAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_notification_user_created" ON "notification"  ("userId", "createdAt") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_notification_dedupe" ON "notification"  ("userId", "dedupeKey") `);
    await queryRunner.query(`CREATE TABLE "milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid, "baseId" uuid, "name" character varying(100) NOT NULL, "plannedOn" date NOT NULL, "responsibleUnit" character varying(100) NOT NULL, "responsibleUserId" uuid, "responsibleName" character varying(50), "status" character varying(20) NOT NULL DEFAULT 'not_started', "actualOn" date, "dependsOnId" uuid, "remarks" text, CONSTRAINT "chk_milestone_done_date" CHECK ((status = 'done') = ("actualOn" IS NOT NULL)), CONSTRAINT "chk_milestone_owner" CHECK (("projectId" IS NULL) <> ("baseId" IS NULL)), CONSTRAINT "PK_f8372abce331f60ba7b33fe23a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_milestone_open" ON "milestone"  ("plannedOn") WHERE status <> 'done'`);
    await queryRunner.query(`CREATE INDEX "idx_milestone_base" ON "milestone"  ("baseId", "plannedOn") `);
    await queryRunner.query(`CREATE INDEX "idx_milestone_project" ON "milestone"  ("projectId", "plannedOn") `);
    await queryRunner.query(`CREATE TABLE "milestone_overdue_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "day" date NOT NULL, "milestoneIds" uuid array NOT NULL DEFAULT '{}', "overdueCount" integer NOT NULL, "notified" integer NOT NULL, "checkedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e7f88a7c17556a62c3590068ed" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_milestone_overdue_check_day" ON "milestone_overdue_check"  ("day") `);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "milestone" ADD CONSTRAINT "FK_edc28a2e0442554afe5eef2bdcb" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "milestone" ADD CONSTRAINT "FK_27340d37fdc17a44e78d0413352" FOREIGN KEY ("baseId") REFERENCES "resettlement_base"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "milestone" ADD CONSTRAINT "FK_3014a6a4cda9ad1ff2151e84e99" FOREIGN KEY ("responsibleUserId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "milestone" ADD CONSTRAINT "FK_9a866c4165c03f59cc3fea339bc" FOREIGN KEY ("dependsOnId") REFERENCES "milestone"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "milestone" DROP CONSTRAINT "FK_9a866c4165c03f59cc3fea339bc"`);
    await queryRunner.query(`ALTER TABLE "milestone" DROP CONSTRAINT "FK_3014a6a4cda9ad1ff2151e84e99"`);
    await queryRunner.query(`ALTER TABLE "milestone" DROP CONSTRAINT "FK_27340d37fdc17a44e78d0413352"`);
    await queryRunner.query(`ALTER TABLE "milestone" DROP CONSTRAINT "FK_edc28a2e0442554afe5eef2bdcb"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_1ced25315eb974b73391fb1c81b"`);
    await queryRunner.query(`DROP INDEX "public"."uq_milestone_overdue_check_day"`);
    await queryRunner.query(`DROP TABLE "milestone_overdue_check"`);
    await queryRunner.query(`DROP INDEX "public"."idx_milestone_project"`);
    await queryRunner.query(`DROP INDEX "public"."idx_milestone_base"`);
    await queryRunner.query(`DROP INDEX "public"."idx_milestone_open"`);
    await queryRunner.query(`DROP TABLE "milestone"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notification_dedupe"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notification_user_created"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
