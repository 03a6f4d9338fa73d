import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HandoverExclusionCaseForeignKey1796360693786 implements MigrationInterface {
  name = 'HandoverExclusionCaseForeignKey1796360693786';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "handover_exclusion" ADD CONSTRAINT "FK_22ae151e1f17af2a8f8f90a3a5f" FOREIGN KEY ("caseId") REFERENCES "case_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "handover_exclusion" DROP CONSTRAINT "FK_22ae151e1f17af2a8f8f90a3a5f"`);
  }
}
