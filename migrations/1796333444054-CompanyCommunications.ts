import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompanyCommunications1796333444054 implements MigrationInterface {
  name = 'CompanyCommunications1796333444054';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "communication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "projectId" uuid NOT NULL, "kind" character varying(20) NOT NULL, "heldOn" date NOT NULL, "subject" character varying(200) NOT NULL, "townParticipants" character varying(500) NOT NULL, "companyParticipants" character varying(500) NOT NULL, "minutes" text NOT NULL, "recordedBySide" character varying(20) NOT NULL, "createdBy" character varying(50) NOT NULL, CONSTRAINT "PK_392407b9e9100bee1a64e26cd5d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_communication_project_held" ON "communication"  ("projectId", "heldOn") `);
    await queryRunner.query(`CREATE TABLE "action_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "communicationId" uuid NOT NULL, "projectId" uuid NOT NULL, "content" character varying(500) NOT NULL, "ownerSide" character varying(20) NOT NULL, "owner" character varying(50) NOT NULL, "dueOn" date NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'open', "doneOn" date, "doneBy" character varying(50), "createdBy" character varying(50) NOT NULL, CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_action_item_project_open" ON "action_item"  ("projectId", "dueOn") WHERE status = 'open'`);
    await queryRunner.query(`CREATE INDEX "idx_action_item_communication" ON "action_item"  ("communicationId") `);
    await queryRunner.query(`ALTER TABLE "communication" ADD CONSTRAINT "FK_e90f7d3ffe19273141cd15c9505" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_item" ADD CONSTRAINT "FK_4ece2c4997b6cc2d4c320824322" FOREIGN KEY ("communicationId") REFERENCES "communication"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_4ece2c4997b6cc2d4c320824322"`);
    await queryRunner.query(`ALTER TABLE "communication" DROP CONSTRAINT "FK_e90f7d3ffe19273141cd15c9505"`);
    await queryRunner.query(`DROP INDEX "public"."idx_action_item_communication"`);
    await queryRunner.query(`DROP INDEX "public"."idx_action_item_project_open"`);
    await queryRunner.query(`DROP TABLE "action_item"`);
    await queryRunner.query(`DROP INDEX "public"."idx_communication_project_held"`);
    await queryRunner.query(`DROP TABLE "communication"`);
  }
}
