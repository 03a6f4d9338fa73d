import { Injectable } from '@nestjs/common';
import type { ParcelCaseCounts } from '../domain/parcel-status-change.js';

/** Counts the cases on each of some parcels by how far they have got (every parcel given is in the map). */
export type ParcelCaseCounter = (parcelIds: string[]) => Promise<Map<string, ParcelCaseCounts>>;

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
  async count(parcelId: string): Promise<ParcelCaseCounts> {
    return (await this.countMany([parcelId])).get(parcelId)!;
  }

  /** The counts for each of `parcelIds`, in one query. */
  async countMany(parcelIds: string[]): Promise<Map<string, ParcelCaseCounts>> {
    if (this.counter) return this.counter(parcelIds);
    return new Map(parcelIds.map((id) => [id, { unsettled: 0, handedOver: 0 }]));
  }
}
