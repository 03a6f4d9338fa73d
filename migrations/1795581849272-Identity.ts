import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795581849272 implements MigrationInterface {
  name = 'Identity1795581849272';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_throttle" ("username" character varying(50) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "lockedUntil" TIMESTAMP WITH TIME ZONE, "lastFailureAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_492a1f443be9453880bd406879e" PRIMARY KEY ("username"))`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(50) NOT NULL, "displayName" character varying(50) NOT NULL, "passwordHash" text NOT NULL, "roles" character varying(20) array NOT NULL DEFAULT '{}', "disabled" boolean NOT NULL DEFAULT false, "mustChangePassword" boolean NOT NULL DEFAULT true, "passwordChangedAt" TIMESTAMP WITH TIME ZONE, "lastLoginAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "userId" uuid NOT NULL, "tokenHash" character(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastSeenAt" TIMESTAMP WITH TIME ZONE NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, "revokedReason" character varying(30), "ip" character varying(64), CONSTRAINT "UQ_c7e136b41d0e6c339e61655c46e" UNIQUE ("tokenHash"), CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_user_session_user" ON "user_session"  ("userId") `);
    await queryRunner.query(`CREATE TABLE "user_project" ("userId" uuid NOT NULL, "projectId" uuid NOT NULL, CONSTRAINT "PK_2a37107e0b3bdb06b4920a64bbc" PRIMARY KEY ("userId", "projectId"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b88a18e4faeea3bce60d70a4ae" ON "user_project"  ("userId") `);
    await queryRunner.query(`CREATE INDEX "IDX_cb5415b5e54f476329451212e9" ON "user_project"  ("projectId") `);
    await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "FK_b5eb7aa08382591e7c2d1244fe5" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_project" ADD CONSTRAINT "FK_b88a18e4faeea3bce60d70a4ae3" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "user_project" ADD CONSTRAINT "FK_cb5415b5e54f476329451212e9b" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_project" DROP CONSTRAINT "FK_cb5415b5e54f476329451212e9b"`);
    await queryRunner.query(`ALTER TABLE "user_project" DROP CONSTRAINT "FK_b88a18e4faeea3bce60d70a4ae3"`);
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "FK_b5eb7aa08382591e7c2d1244fe5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cb5415b5e54f476329451212e9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b88a18e4faeea3bce60d70a4ae"`);
    await queryRunner.query(`DROP TABLE "user_project"`);
    await queryRunner.query(`DROP INDEX "public"."idx_user_session_user"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
