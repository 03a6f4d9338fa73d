import { Injectable } from '@nestjs/common';
import { todayInShanghai } from '@app/platform';
import { ViolationRepository } from './violation.repository.js';
import { ViolationService } from './violation.service.js';
import { violationView, type ViolationView } from './violation.view.js';

/** What the 综合整治台账 export (libs/excel) reads: the caller's register of a year, in register order. */
@Injectable()
export class RectificationLedgerSource {
  constructor(
    private readonly violations: ViolationRepository,
    private readonly service: ViolationService,
  ) {}

  /** The rows of a year's register (stock and new against it), optionally of one village; read as the current actor. */
  async ledger(filters: { year?: number; village?: string }): Promise<{ year: number; rows: ViolationView[] }> {
    const year = await this.service.yearOf(filters.year);
    const today = todayInShanghai();
    const rows = await this.violations.all({ year, village: filters.village }, this.service.scope());
    return { year, rows: rows.map((r) => violationView(r, year, [], today)) };
  }
}
