import { Injectable } from '@nestjs/common';
import type { ParcelCaseCounts } from '../domain/parcel-status-change.js';

/** Counts the cases on a parcel by how far they have got. */
export type ParcelCaseCounter = (parcelId: string) => Promise<ParcelCaseCounts>;

/**
 * The cases library registers here how to count a parcel's cases, so a parcel's status change can
 * be checked against them without the land library depending on cases.
 */
@Injectable()
export class ParcelCasesRegistry {
  private counter: ParcelCaseCounter | null = null;

  register(counter: ParcelCaseCounter): void {
    this.counter = counter;
  }

  /** The counts for `parcelId`; none when no counter is registered (no cases library loaded). */
  count(parcelId: string): Promise<ParcelCaseCounts> {
    return this.counter ? this.counter(parcelId) : Promise.resolve({ unsettled: 0, handedOver: 0 });
  }
}
