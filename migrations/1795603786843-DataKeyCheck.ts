import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataKeyCheck1795603786843 implements MigrationInterface {
  name = 'DataKeyCheck1795603786843';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "data_key_check" ("id" smallint NOT NULL, "fingerprint" character varying(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fc0bafc29bf914aae9b999e4654" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "data_key_check"`);
  }
}
