import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A parcel's subjects at one case status in code order — what a confirmation picker narrowed to a parcel reads a page
 * of: each kind walks (parcelId, caseStatus, code, id) from the page's cursor and stops at the page, instead of reading
 * the parcel's every subject and its case to sort them. The enterprises', facilities' and legacy bases' index on the
 * parcel alone is replaced (the new one leads with it); the households' (parcelId, code, id) stays for their list.
 */
export class ParcelCaseStatusIndexes1796400000005 implements MigrationInterface {
  name = 'ParcelCaseStatusIndexes1796400000005';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_household_parcel_case_status" ON "household" ("parcelId", "caseStatus", "code", "id") `);
    for (const [table, name] of TABLES) {
      await queryRunner.query(`DROP INDEX "public"."idx_${name}_parcel"`);
      await queryRunner.query(`CREATE INDEX "idx_${name}_parcel_case_status" ON "${table}" ("parcelId", "caseStatus", "code", "id") `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name] of TABLES) {
      await queryRunner.query(`DROP INDEX "public"."idx_${name}_parcel_case_status"`);
      await queryRunner.query(`CREATE INDEX "idx_${name}_parcel" ON "${table}" ("parcelId") `);
    }
    await queryRunner.query(`DROP INDEX "public"."idx_household_parcel_case_status"`);
  }
}

const TABLES = [
  ['enterprise', 'enterprise'],
  ['municipal_facility', 'facility'],
  ['legacy_base', 'legacy_base'],
] as const;
