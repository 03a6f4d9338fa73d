import { Card, Result, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { api, call, errorMessage } from '../../api/client';
import type { CaseView } from '../../api/views';
import { SUBJECT_KINDS } from './subject-kinds';

/** `/cases/:id` (links that know only a case, e.g. a payment's): opens its subject's page at the 补偿 tab. */
export function CaseRedirect() {
  const { id = '' } = useParams();
  const [state, setState] = useState<{ to: string } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    call<CaseView>(api.GET('/api/cases/{id}', { params: { path: { id } } }))
      .then((c) => live && setState({ to: `${SUBJECT_KINDS[c.subjectType].listPath}/${c.subjectId}?tab=compensation` }))
      .catch((e: unknown) => live && setState({ error: errorMessage(e) }));
    return () => {
      live = false;
    };
  }, [id]);
  if (state && 'to' in state) return <Navigate to={state.to} replace />;
  return <Card>{state ? <Result status="404" title="案件不存在或无权查看" subTitle={state.error} /> : <Skeleton active />}</Card>;
}
