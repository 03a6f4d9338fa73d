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

  /** Several snapshots in one statement (the recalculation's apply). */
  async insertMany(rows: Array<Omit<CalculationRecord, 'id' | 'createdAt' | 'caseFile' | 'schemeVersion'>>): Promise<void> {
    if (rows.length) await this.calculations.insert(rows);
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
