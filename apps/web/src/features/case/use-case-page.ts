import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, call, errorMessage } from '../../api/client';
import type { AnySubject, CaseView } from '../../api/views';
import type { SubjectKindConfig } from './subject-kinds';

export type CasePageState =
  | { phase: 'loading' }
  /** The api answered 404: no such subject, or one of a project the user may not see. */
  | { phase: 'missing' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; subject: AnySubject; caseFile: CaseView | null };

/**
 * The subject and its case. `reload()` re-reads both without blanking the page (after a step or
 * an unmask; it rejects when that fails, leaving the page as it was); `revision` changes with every
 * load so the audit table re-reads too.
 */
export function useCasePage(config: SubjectKindConfig, id: string) {
  const [state, setState] = useState<CasePageState>({ phase: 'loading' });
  const [revision, setRevision] = useState(0);
  const latest = useRef(0);

  const load = useCallback(
    async (quiet: boolean) => {
      const request = ++latest.current;
      if (!quiet) setState({ phase: 'loading' });
      try {
        const subject = await config.load(id);
        const caseFile = subject.caseId
          ? await call<CaseView>(api.GET('/api/cases/{id}', { params: { path: { id: subject.caseId } } }))
          : null;
        if (request !== latest.current) return;
        setState({ phase: 'ready', subject, caseFile });
        setRevision((r) => r + 1);
      } catch (e) {
        if (request !== latest.current) return;
        const missing = e instanceof ApiError && e.status === 404;
        // A failed quiet re-read keeps what the page shows; the caller tells the user.
        if (quiet && !missing) throw e;
        setState(missing ? { phase: 'missing' } : { phase: 'error', message: errorMessage(e) });
      }
    },
    [config, id],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  const reload = useCallback(() => load(true), [load]);
  const retry = useCallback(() => load(false), [load]);
  /** Only the audit table re-reads (after an unmask, which changes nothing else). */
  const refreshAudit = useCallback(() => setRevision((r) => r + 1), []);
  return { state, revision, reload, retry, refreshAudit };
}
