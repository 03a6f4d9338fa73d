import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../../api/client';
import type { AgreementPrintView } from '../../../api/views';
import { agreementPrint, listCalculations, schemeVersion } from '../money-api';
import { AgreementDocument } from './AgreementDocument';
import './print.css';

type State =
  | { phase: 'loading' }
  | { phase: 'error'; message: string; missing: boolean }
  | { phase: 'ready'; print: AgreementPrintView; schemeName: string | null };

/** The agreement's print view (`/agreements/:id/print`): the document alone, a toolbar on screen only. */
export function AgreementPrintPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [state, setState] = useState<State>({ phase: 'loading' });

  useEffect(() => {
    let live = true;
    (async () => {
      const print = await agreementPrint(id);
      // The scheme's name for the preamble: the agreement's own calculation, among the case's.
      const calculation = (await listCalculations(print.agreement.caseId).catch(() => [])).find(
        (c) => c.id === print.agreement.calculationId,
      );
      const scheme = calculation ? await schemeVersion(calculation.schemeVersionId).catch(() => null) : null;
      if (live) setState({ phase: 'ready', print, schemeName: scheme?.name ?? null });
    })().catch(
      (e: unknown) => live && setState({ phase: 'error', message: errorMessage(e), missing: e instanceof ApiError && e.status === 404 }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => {
    if (state.phase === 'ready') document.title = `补偿协议 ${state.print.subjectCode} ${state.print.party}`;
    return () => {
      document.title = '徐泾动迁';
    };
  }, [state]);

  // Back to the case's 补偿 tab (through /cases/:id, which finds the subject's page), or to the start.
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(state.phase === 'ready' ? `/cases/${state.print.agreement.caseId}` : '/')}>
      返回案件
    </Button>
  );
  return (
    <div className="xj-print-page">
      <div className="xj-print-toolbar">
        {back}
        <Space>
          {state.phase === 'ready' && state.print.agreement.status === 'draft' && (
            <Alert type="warning" showIcon banner message="协议尚未签约：签约顺序号在签约时发放" />
          )}
          {state.phase === 'ready' && state.print.agreement.status === 'voided' && (
            <Alert type="error" showIcon banner message="该协议已作废" />
          )}
          <Button type="primary" icon={<PrinterOutlined />} disabled={state.phase !== 'ready'} onClick={() => window.print()}>
            打印
          </Button>
        </Space>
      </div>
      {state.phase === 'loading' && (
        <div className="xj-document">
          <Skeleton active paragraph={{ rows: 16 }} />
        </div>
      )}
      {state.phase === 'error' && (
        <div className="xj-document">
          <Result
            status={state.missing ? '404' : 'error'}
            title={state.missing ? '协议不存在或无权查看' : '加载失败'}
            subTitle={state.message}
            extra={back}
          />
        </div>
      )}
      {state.phase === 'ready' && <AgreementDocument print={state.print} schemeName={state.schemeName} />}
    </div>
  );
}
