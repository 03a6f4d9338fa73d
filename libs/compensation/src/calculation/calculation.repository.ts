import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@app/platform';
import { CalculationRecord } from './calculation.entity.js';

/** Database access for calculation snapshots: insert and read, never update. */
@Injectable()
export class CalculationRepository {
  constructor(private readonly connection: TransactionalConnection) {}

  private get calculations() {
    return this.connection.getRepository(CalculationRecord);
  }

  insert(row: Omit<CalculationRecord, 'id' | 'createdAt' | 'caseFile' | 'schemeVersion'>): Promise<CalculationRecord> {
    return this.calculations.save(this.calculations.create(row));
  }

  /** Several snapshots in one statement (the recalculation's apply; arrays unnested, as TypeORM's multi-row insert is slow for jsonb). */
  async insertMany(rows: Array<Omit<CalculationRecord, 'id' | 'createdAt' | 'caseFile' | 'schemeVersion'>>): Promise<void> {
    if (!rows.length) return;
    await this.connection.manager.query(
      `INSERT INTO calculation ("caseId", "projectId", "schemeVersionId", facts, lines, "totalFen", "createdBy")
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::jsonb[], $5::jsonb[], $6::bigint[], $7::varchar[])`,
      [
        rows.map((r) => r.caseId),
        rows.map((r) => r.projectId),
        rows.map((r) => r.schemeVersionId),
        rows.map((r) => JSON.stringify(r.facts)),
        rows.map((r) => JSON.stringify(r.lines)),
        rows.map((r) => r.totalFen.toString()),
        rows.map((r) => r.createdBy),
      ],
    );
  }

  findById(id: string): Promise<CalculationRecord | null> {
    return this.calculations.findOneBy({ id });
  }

  listByCase(caseId: string): Promise<CalculationRecord[]> {
    return this.calculations.find({ where: { caseId }, order: { createdAt: 'DESC' } });
  }

  async latestByCase(caseId: string): Promise<CalculationRecord | null> {
    return this.calculations.findOne({ where: { caseId }, order: { createdAt: 'DESC' } });
  }
}
