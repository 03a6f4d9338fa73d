import { Injectable } from '@nestjs/common';

/** Something other than a case that holds a parcel's handover back (e.g. an open 综合整治 violation on it). */
export interface HandoverHold {
  /** The library's kind of record, e.g. `rectification`. */
  kind: string;
  /** The record's id (for a link). */
  id: string;
  /** The record in words, e.g. `违法建筑 ZZ-0003（整改中）`. */
  label: string;
  /** Why it holds the handover, in Chinese. */
  message: string;
}

/** A library's contribution to a parcel's handover readiness: what of it still stands on the parcel. */
export interface HandoverHoldSource {
  kind: string;
  holdsOn(parcelId: string): Promise<HandoverHold[]>;
}

/**
 * Libraries owning records on the land (the rectification register) register here what holds a parcel back; the
 * readiness lists them and a handover is refused while any stands, like an unsettled case.
 */
@Injectable()
export class HandoverHoldsRegistry {
  private readonly sources: HandoverHoldSource[] = [];

  register(source: HandoverHoldSource): void {
    if (this.sources.some((s) => s.kind === source.kind)) throw new Error(`handover hold source ${source.kind} registered twice`);
    this.sources.push(source);
  }

  async holdsOn(parcelId: string): Promise<HandoverHold[]> {
    return (await Promise.all(this.sources.map((s) => s.holdsOn(parcelId)))).flat();
  }
}

/** The refusal of a handover of a parcel with holds, naming them (null when there are none). */
export function holdsMessage(parcelCode: string, holds: readonly HandoverHold[]): string | null {
  if (!holds.length) return null;
  const named = holds
    .slice(0, 5)
    .map((h) => h.label)
    .join('、');
  const more = holds.length > 5 ? `等 ${holds.length} 处` : '';
  return `地块 ${parcelCode} 上还有 ${holds.length} 处未结案的违法行为，不能移交：${named}${more}`;
}
