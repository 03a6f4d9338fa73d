import type { MigrationInterface, QueryRunner } from 'typeorm';
import { decryptField, encryptField, searchHash } from '@app/platform';

/** Rows per read and per UPDATE: bounded memory and statement size however large the tables are. */
const BATCH = 500;

// The search forms as they are at this migration (the repository's rules then): a 身份证号 in
// uppercase without spaces, a phone by its digits only.
const idSearchForm = (value: string) => value.replace(/\s/g, '').toUpperCase();
const phoneSearchForm = (value: string) => value.replace(/\D/g, '');

const encrypt = (value: string | null) => (value === null ? null : encryptField(value));

/**
 * Step 2 of 3: encrypts every stored 身份证号 and phone into the new columns and writes their
 * search hashes, in batches, with the process's data key (DATA_KEY or the local key file).
 * Restartable: it only touches rows not yet encrypted.
 */
export class BackfillPersonalDataEncryption1795582466264 implements MigrationInterface {
  name = 'BackfillPersonalDataEncryption1795582466264';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows: Array<{ id: string; headIdNumber: string; phone: string | null }> = await queryRunner.query(
        `SELECT id, "headIdNumber", phone FROM "household" WHERE "headIdNumberEncrypted" IS NULL AND id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      await queryRunner.query(
        `UPDATE "household" AS h
            SET "headIdNumberEncrypted" = v.id_encrypted, "headIdNumberHash" = v.id_hash, "phoneEncrypted" = v.phone_encrypted, "phoneHash" = v.phone_hash
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS v(id, id_encrypted, id_hash, phone_encrypted, phone_hash)
          WHERE h.id = v.id`,
        [
          rows.map((r) => r.id),
          rows.map((r) => encryptField(idSearchForm(r.headIdNumber))),
          rows.map((r) => searchHash(idSearchForm(r.headIdNumber))),
          rows.map((r) => encrypt(r.phone)),
          rows.map((r) => (r.phone === null ? null : searchHash(phoneSearchForm(r.phone)))),
        ],
      );
      after = rows[rows.length - 1]!.id;
    }

    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows: Array<{ id: string; idNumber: string }> = await queryRunner.query(
        `SELECT id, "idNumber" FROM "household_member" WHERE "idNumber" IS NOT NULL AND "idNumberEncrypted" IS NULL AND id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      await queryRunner.query(
        `UPDATE "household_member" AS m SET "idNumberEncrypted" = v.encrypted, "idNumberHash" = v.hash
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, encrypted, hash)
          WHERE m.id = v.id`,
        [rows.map((r) => r.id), rows.map((r) => encryptField(idSearchForm(r.idNumber))), rows.map((r) => searchHash(idSearchForm(r.idNumber)))],
      );
      after = rows[rows.length - 1]!.id;
    }
  }

  /** Decrypts back into the plaintext columns (which step 3's down has just re-created, nullable). */
  public async down(queryRunner: QueryRunner): Promise<void> {
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows: Array<{ id: string; headIdNumberEncrypted: string; phoneEncrypted: string | null }> = await queryRunner.query(
        `SELECT id, "headIdNumberEncrypted", "phoneEncrypted" FROM "household" WHERE "headIdNumberEncrypted" IS NOT NULL AND id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      await queryRunner.query(
        `UPDATE "household" AS h SET "headIdNumber" = v.id_number, phone = v.phone
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, id_number, phone)
          WHERE h.id = v.id`,
        [rows.map((r) => r.id), rows.map((r) => decryptField(r.headIdNumberEncrypted)), rows.map((r) => (r.phoneEncrypted === null ? null : decryptField(r.phoneEncrypted)))],
      );
      after = rows[rows.length - 1]!.id;
    }
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows: Array<{ id: string; idNumberEncrypted: string }> = await queryRunner.query(
        `SELECT id, "idNumberEncrypted" FROM "household_member" WHERE "idNumberEncrypted" IS NOT NULL AND id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      await queryRunner.query(
        `UPDATE "household_member" AS m SET "idNumber" = v.id_number FROM unnest($1::uuid[], $2::text[]) AS v(id, id_number) WHERE m.id = v.id`,
        [rows.map((r) => r.id), rows.map((r) => decryptField(r.idNumberEncrypted))],
      );
      after = rows[rows.length - 1]!.id;
    }
    await queryRunner.query(`ALTER TABLE "household" ALTER COLUMN "headIdNumber" SET NOT NULL`);
  }
}
