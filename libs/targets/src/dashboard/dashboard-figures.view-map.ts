import { CASE_STATUS_LABELS, SUBJECT_TYPE_LABELS } from '@app/cases';
import { yuanText } from '@app/compensation';
import {
  countCases,
  householdFunnel,
  householdRates,
  rate,
  SUBJECT_LISTS,
  subjectsByKind,
  type CaseCount,
  type CaseDrill,
} from '../domain/dashboard-figures.js';
import type { CompanyMoney, GroupedArea, GroupedMoney } from './dashboard.repository.js';
import type { ProgressFiguresView } from './dashboard.view.js';

/** The figures of one project (company money given) or one parcel (`parcel` given), each with the cases behind it. */
export function progressFigures(input: {
  project: string;
  parcel?: string;
  cases: readonly CaseCount[];
  money: GroupedMoney | undefined;
  company: CompanyMoney | undefined | null;
  area: GroupedArea | undefined;
  /** Only the kinds and statuses that have cases (a parcel's figures: a hundred parcels stay a small answer). */
  nonZeroOnly?: boolean;
}): ProgressFiguresView {
  const where = input.parcel ? { project: input.project, parcel: input.parcel } : { project: input.project };
  const households = (filters: Omit<CaseDrill, 'list' | 'project' | 'parcel'> = {}): CaseDrill => ({
    list: 'households',
    ...where,
    ...filters,
  });
  const rates = householdRates(input.cases);
  const agreed = input.money?.agreedFen ?? 0n;
  const paid = input.money?.paidFen ?? 0n;
  const byParcel = input.company === null;
  const settled = input.company?.settledFen ?? 0n;
  const received = input.company?.receivedFen ?? 0n;
  return {
    subjects: subjectsByKind(input.cases)
      .filter((k) => !input.nonZeroOnly || k.total > 0)
      .map((k) => ({
        kind: k.kind,
        label: SUBJECT_TYPE_LABELS[k.kind],
        total: { count: k.total, drill: { list: SUBJECT_LISTS[k.kind], ...where } },
        byStatus: k.byStatus
          .filter((s) => !input.nonZeroOnly || s.count > 0)
          .map((s) => ({
            status: s.status,
            label: CASE_STATUS_LABELS[s.status],
            count: s.count,
            drill: { list: SUBJECT_LISTS[k.kind], ...where, status: s.status },
          })),
      })),
    funnel: householdFunnel(input.cases).map((s) => ({ ...s, drill: households({ reached: s.status }) })),
    signing: { count: rates.signed, of: rates.households, rate: rates.signingRate, drill: households({ reached: 'signed' }) },
    vacating: { count: rates.vacated, of: rates.households, rate: rates.vacatingRate, drill: households({ reached: 'vacated' }) },
    money: {
      agreements: input.money?.agreements ?? 0,
      agreed: yuanText(agreed),
      paid: yuanText(paid),
      paidRate: rate(paid, agreed),
      settled: byParcel ? null : yuanText(settled),
      received: byParcel ? null : yuanText(received),
      receivedRate: byParcel ? null : rate(received, settled),
      drill: households({ reached: 'signed' }),
    },
    area: {
      parcels: input.area?.parcels ?? 0,
      handedOverParcels: input.area?.handedOverParcels ?? 0,
      totalArea: input.area?.totalArea ?? '0.00',
      handedOverArea: input.area?.handedOverArea ?? '0.00',
      rate: input.area ? rate(Math.round(Number(input.area.handedOverArea) * 100), Math.round(Number(input.area.totalArea) * 100)) : null,
      drill: households({ reached: 'handed_over' }),
    },
    transitional: {
      count: countCases(input.cases, { kind: 'household', resettlement: 'transitional' }),
      drill: households({ resettlement: 'transitional' }),
    },
  };
}

/** Square metres with 2 decimals as hundredths (exact sums). */
const hundredths = (area: string): bigint => {
  const [whole, fraction = ''] = area.split('.');
  return BigInt(whole!) * 100n + BigInt((fraction + '00').slice(0, 2));
};
const areaText = (h: bigint): string => `${h / 100n}.${String(h % 100n).padStart(2, '0')}`;

/** The parcels' areas added up for their project. */
export function sumAreas(projectId: string, areas: readonly GroupedArea[]): GroupedArea {
  return {
    groupId: projectId,
    parcels: areas.reduce((n, a) => n + a.parcels, 0),
    handedOverParcels: areas.reduce((n, a) => n + a.handedOverParcels, 0),
    totalArea: areaText(areas.reduce((n, a) => n + hundredths(a.totalArea), 0n)),
    handedOverArea: areaText(areas.reduce((n, a) => n + hundredths(a.handedOverArea), 0n)),
  };
}

/** The parcels' agreement money added up for their project. */
export function sumMoney(projectId: string, money: readonly GroupedMoney[]): GroupedMoney {
  return {
    groupId: projectId,
    agreements: money.reduce((n, m) => n + m.agreements, 0),
    agreedFen: money.reduce((n, m) => n + m.agreedFen, 0n),
    paidFen: money.reduce((n, m) => n + m.paidFen, 0n),
  };
}
