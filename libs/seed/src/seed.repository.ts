import { Injectable } from '@nestjs/common';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { Parcel, Project } from '@app/land';
import { User, UserProject } from '@app/identity';
import { TransactionalConnection } from '@app/platform';
import { Enterprise, Household, HouseholdMember, householdSearchHashes, idNumberHash, LegacyBase, MunicipalFacility } from '@app/subjects';
import type { DemoData } from './domain/demo-types.js';
import type { DemoUser } from './domain/demo-users.js';

/** Any constant: the key of the advisory lock that lets one process seed at a time. */
const SEED_LOCK_KEY = 20_130_122;
/** Rows per INSERT: keeps each statement well under PostgreSQL's 65 535 bind parameters. */
const ROWS_PER_INSERT = 500;

/** Database access of the demo seed: the emptiness check, the lock and the bulk inserts. */
@Injectable()
export class SeedRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Whether any project exists (the database is then not empty and is never seeded). */
  hasProjects(): Promise<boolean> {
    return this.connection.getRepository(Project).exists();
  }

  /** Waits until no other process is seeding; the lock is released when the transaction ends. */
  async lockForSeeding(): Promise<void> {
    if (!this.connection.inTransaction) throw new Error('lockForSeeding must run inside a transaction');
    await this.connection.manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
  }

  /** Inserts the demo projects, parcels and subjects, parents before children, in multi-row INSERTs (cases go through the cases library). */
  async insertAll(data: DemoData): Promise<void> {
    await this.insertRows(Project, data.projects);
    await this.insertRows(Parcel, data.parcels);
    // 身份证号 and phones are encrypted by their column transformers (which query-builder inserts
    // apply too); their search hashes are added here, as HouseholdRepository does for the API.
    await this.insertRows(Household, data.households.map((h) => ({ ...h, ...householdSearchHashes(h) })));
    await this.insertRows(HouseholdMember, data.members.map((m) => ({ ...m, idNumberHash: idNumberHash(m.idNumber) })));
    await this.insertRows(Enterprise, data.enterprises);
    await this.insertRows(MunicipalFacility, data.facilities);
    await this.insertRows(LegacyBase, data.legacyBases);
  }

  /** Inserts the demo accounts with their project assignments (projects must exist). */
  async insertUsers(users: readonly DemoUser[], passwordHash: string): Promise<void> {
    const projects = await this.connection.getRepository(Project).find();
    const repo = this.connection.getRepository(User);
    for (const user of users) {
      if (await repo.existsBy({ username: user.username })) continue;
      const saved = await repo.save(
        repo.create({
          username: user.username,
          displayName: user.displayName,
          passwordHash,
          roles: user.roles,
          mustChangePassword: false,
          passwordChangedAt: new Date(),
        }),
      );
      const assigned = projects.filter((p) => user.projects.includes(p.code));
      if (assigned.length) await this.connection.getRepository(UserProject).insert(assigned.map((p) => ({ userId: saved.id, projectId: p.id })));
    }
  }

  private async insertRows<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    rows: ReadonlyArray<QueryDeepPartialEntity<T>>,
  ): Promise<void> {
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await this.connection.manager
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(rows.slice(start, start + ROWS_PER_INSERT))
        // Ids and timestamps are all given: skip RETURNING and reloading the inserted rows.
        .updateEntity(false)
        .execute();
    }
  }
}
