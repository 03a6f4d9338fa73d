import { PARCEL_STATUS_LABELS, type ParcelStatus } from './land-status.js';

/** How far the cases on a parcel have got, as far as its status is concerned. */
export interface ParcelCaseCounts {
  /** Cases not yet settled (结算) — they hold the parcel back from being handed over. */
  unsettled: number;
  /** Cases already handed over with the parcel. */
  handedOver: number;
}

/** The facts of a parcel that are the land handed over: fixed once it is. */
export const HANDED_OVER_FACTS = ['village', 'landOwnership', 'area'] as const;

/** A parcel is handed over only by the 移交单 the company accepts (libs/company), never by a plain status change. */
export const PARCEL_HANDOVER_CAUSE = { record: 'handover', label: '移交单' } as const;

export type ParcelChangeCheck = { ok: true } | { ok: false; field: string; message: string };

/**
 * Whether a parcel in status `from` may take `changes`. A parcel is handed over (移交) only when
 * every case on it is settled; once handed over, the land itself (village, ownership, area) is fixed
 * — as the parcels import holds it — and the status goes back only while none of its cases has been
 * handed over with it (correcting a mistake). Other status changes (摸底中 ↔ 腾地中 ↔ 已腾地) are the
 * officers' call, and remarks can always be changed.
 */
export function checkParcelChange(
  from: ParcelStatus,
  changes: { status?: ParcelStatus; village?: string; landOwnership?: string; area?: string },
  cases: ParcelCaseCounts,
  /** The record causing the change (`handover` when an accepted 移交单 hands the parcel over). */
  record?: string,
): ParcelChangeCheck {
  const handedOver = PARCEL_STATUS_LABELS.handed_over;
  if (from === 'handed_over') {
    const fact = HANDED_OVER_FACTS.find((key) => changes[key] !== undefined);
    if (fact) return { ok: false, field: fact, message: `地块已处于“${handedOver}”状态，所在村、土地权属和面积不能再修改` };
  }
  const to = changes.status;
  if (to === undefined || to === from) return { ok: true };
  if (to === 'handed_over' && record !== PARCEL_HANDOVER_CAUSE.record) {
    return { ok: false, field: 'status', message: `地块移交须通过${PARCEL_HANDOVER_CAUSE.label}办理，不能直接改为“${handedOver}”` };
  }
  if (to === 'handed_over' && cases.unsettled > 0) {
    return { ok: false, field: 'status', message: `地块上还有 ${cases.unsettled} 件案件未结算，不能改为“${handedOver}”` };
  }
  if (from === 'handed_over' && cases.handedOver > 0) {
    return { ok: false, field: 'status', message: `地块上已有 ${cases.handedOver} 件案件随地块移交，不能撤销“${handedOver}”` };
  }
  return { ok: true };
}
