import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, call } from '../api/client';
import type { ReferenceLists, ReferenceOption } from '../api/views';

const ReferenceContext = createContext<ReferenceLists | null>(null);

/** Loads the code lists once after login (GET /api/reference) and provides them to every screen. */
export function ReferenceProvider({ children }: { children: ReactNode }) {
  const [lists, setLists] = useState<ReferenceLists | null>(null);
  useEffect(() => {
    let live = true;
    call<ReferenceLists>(api.GET('/api/reference'))
      .then((l) => live && setLists(l))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return <ReferenceContext.Provider value={lists}>{children}</ReferenceContext.Provider>;
}

const EMPTY: ReferenceLists = {
  caseStatuses: [],
  resettlementStatuses: [],
  subjectTypes: [],
  roles: [],
  projectStatuses: [],
  landOwnerships: [],
  parcelStatuses: [],
  houseStructures: [],
  memberRelations: [],
  facilityKinds: [],
  importKinds: [],
  exportKinds: [],
  recognitionBases: [],
  areaKinds: [],
  householdFlags: [],
  schemeStatuses: [],
  agreementMethods: [],
  agreementStatuses: [],
  transitionMethods: [],
  paymentKinds: [],
  paymentMethods: [],
  surveyLockedStatuses: [],
};

/** The code lists (empty lists until loaded). */
export function useReference(): ReferenceLists {
  return useContext(ReferenceContext) ?? EMPTY;
}

/** The Chinese term of `value` in `list`, or the value itself when unknown. */
export function labelOf(list: ReferenceOption[], value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return list.find((o) => o.value === value)?.label ?? value;
}

/** A list as antd Select options / ProTable valueEnum. */
export function valueEnum(list: ReferenceOption[]): Record<string, { text: string }> {
  return Object.fromEntries(list.map((o) => [o.value, { text: o.label }]));
}

/** A household member's recognition (认定人口) as one phrase: `户籍（户口簿）`, or 未认定. */
export function recognitionText(bases: ReferenceOption[], member: { recognitionBasis?: string | null; recognitionEvidence?: string | null }): string {
  if (!member.recognitionBasis) return '未认定';
  return `${labelOf(bases, member.recognitionBasis)}${member.recognitionEvidence ? `（${member.recognitionEvidence}）` : ''}`;
}
