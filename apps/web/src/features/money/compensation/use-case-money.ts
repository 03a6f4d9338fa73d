import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../api/client';
import type { CaseMoneyView, SchemeVersionView } from '../../../api/views';
import { caseMoney, schemeVersion } from '../money-api';

export interface CaseMoney extends CaseMoneyView {
  /** The scheme version of the calculation (its name and number), once read. */
  scheme: SchemeVersionView | null;
}

export type CaseMoneyState = { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'ready'; money: CaseMoney };

/**
 * The case's money (latest calculation, live agreement, payments, balance). `reload()` re-reads it
 * without blanking the tab; so does a new `revision` (the case page re-read the case).
 */
export function useCaseMoney(caseId: string, revision: number) {
  const [state, setState] = useState<CaseMoneyState>({ phase: 'loading' });
  const latest = useRef(0);
  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const money = await caseMoney(caseId);
      const scheme = money.calculation ? await schemeVersion(money.calculation.schemeVersionId).catch(() => null) : null;
      if (request === latest.current) setState({ phase: 'ready', money: { ...money, scheme } });
    } catch (e) {
      if (request === latest.current) setState({ phase: 'error', message: errorMessage(e) });
    }
  }, [caseId]);
  useEffect(() => {
    void load();
  }, [load, revision]);
  return { state, reload: load };
}
