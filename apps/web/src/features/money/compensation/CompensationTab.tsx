import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/client';
import type { CaseView } from '../../../api/views';
import { useAuth } from '../../../auth/AuthProvider';
import { formatPickedDate } from '../../../lib/format';
import { calculationBody, CalculationDialog, calculationPlan, type CalculationPlan } from '../dialogs/CalculationDialog';
import { DraftAgreementDialog, SignAgreementDialog, VoidAgreementDialog, draftBody } from '../dialogs/AgreementDialogs';
import { RecordPaymentDialog, ReversePaymentDialog, paymentBody } from '../dialogs/PaymentDialogs';
import { useIdempotencyKey } from '../../../lib/idempotency';
import { calculate, draftAgreement, projectSchemes, recordPayment, reversePayment, signAgreement, voidAgreement } from '../money-api';
import type { PaymentView } from '../../../api/views';
import { AgreementCard, type AgreementAction } from './AgreementCard';
import { CalculationCard } from './CalculationCard';
import { moneyStage } from './money-stage';
import { NextAction } from './NextAction';
import { PaymentsCard } from './PaymentsCard';
import { useCaseMoney } from './use-case-money';

interface Props {
  caseFile: CaseView;
  /** The subject's project: its published scheme says which amounts a calculation needs agreed. */
  projectCode: string | null;
  /** The subject as the page titles it (`GJ17-0001 张建国`): whom a payment goes to. */
  title: string;
  /** Changes whenever the case page re-read the case: the tab re-reads the money too. */
  revision: number;
  /** Re-reads the case page (a signing or a void moves the case). */
  onCaseChanged(): Promise<void>;
}

/**
 * 补偿: the case's money in the order it happens — the latest calculation with every line, the
 * agreement, the payments and the balance — with the next action spelled out on top. Officers (and
 * admins) calculate and handle agreements; finance pays; everyone else reads.
 */
export function CompensationTab({ caseFile, projectCode, title, revision, onCaseChanged }: Props) {
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const { state, reload } = useCaseMoney(caseFile.id, revision);
  const [preparing, setPreparing] = useState(false);
  const [plan, setPlan] = useState<CalculationPlan | null>(null);
  // Each opening gets a fresh dialog (and form): its initial values are the latest calculation's amounts.
  const [opening, setOpening] = useState(0);
  const [dialog, setDialog] = useState<AgreementAction | 'pay' | null>(null);
  const [reversing, setReversing] = useState<PaymentView | null>(null);
  const officer = hasRole('officer', 'admin');
  const finance = hasRole('finance');
  const { keyFor, done } = useIdempotencyKey();

  if (state.phase === 'loading') {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (state.phase === 'error') {
    return (
      <Alert
        type="error"
        showIcon
        message={`补偿信息加载失败：${state.message}`}
        action={
          <Button size="small" icon={<ReloadOutlined />} onClick={() => void reload()}>
            重试
          </Button>
        }
      />
    );
  }

  const { calculation, scheme, agreement, payments, balance } = state.money;
  const { stage, message: next } = moneyStage({ caseFile, calculation, agreement, balance });
  const signed = agreement?.status === 'signed';
  const live = agreement && agreement.status !== 'voided' ? agreement : null;

  const actions: AgreementAction[] = !officer ? [] : !live ? ['draft'] : live.status === 'draft' ? ['sign', 'void'] : ['void'];
  const draftBlocked = !calculation
    ? '请先计算补偿'
    : calculation.stale
      ? '测算已过期，请先重新计算'
      : caseFile.status !== 'confirmed'
        ? '案件确认后才能起草协议'
        : null;

  /** After a step: close the dialog, say what happened, re-read the case (its status moved) and the money. */
  const after = async (text: string, caseMoved: boolean) => {
    setDialog(null);
    setReversing(null);
    message.success(text);
    if (caseMoved) await onCaseChanged();
    else await reload();
  };

  /** Reads the project's published scheme (which items want an agreed amount), then opens the dialog. */
  const openCalculation = async () => {
    setPreparing(true);
    try {
      const published = (projectCode ? await projectSchemes(projectCode) : []).find((v) => v.status === 'published');
      setOpening((n) => n + 1);
      setPlan(calculationPlan(published, caseFile.subjectType));
    } catch (e) {
      message.error(`补偿方案读取失败：${errorMessage(e)}`);
    } finally {
      setPreparing(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="compensation-tab">
      <Card>
        <NextAction stage={stage} message={next} />
      </Card>
      <CalculationCard
        calculation={calculation}
        scheme={scheme}
        onCalculate={officer ? () => void openCalculation() : null}
        busy={preparing}
        frozen={signed}
      />
      <AgreementCard agreement={live ?? agreement} actions={actions} draftBlocked={draftBlocked} onAction={setDialog} />
      {(signed || payments.length > 0) && (
        <PaymentsCard
          balance={balance}
          payments={payments}
          onPay={finance && signed && balance && /[1-9]/.test(balance.balance) ? () => setDialog('pay') : null}
          onReverse={finance ? setReversing : null}
        />
      )}
      <CalculationDialog
        key={opening}
        open={plan !== null}
        recalculating={calculation !== null}
        plan={plan ?? calculationPlan(undefined, caseFile.subjectType)}
        previous={calculation}
        onClose={() => setPlan(null)}
        onSubmit={async (v) => {
          const made = await calculate(caseFile.id, calculationBody(v));
          setPlan(null);
          message.success(`已按现行补偿方案测算（测算日期 ${made.asOf}）`);
          await reload();
        }}
      />
      <DraftAgreementDialog
        open={dialog === 'draft'}
        total={calculation?.total ?? '0'}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          await draftAgreement(caseFile.id, draftBody(v));
          await after('补偿协议已起草', false);
        }}
      />
      <SignAgreementDialog
        open={dialog === 'sign'}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          const a = await signAgreement(live!.id, formatPickedDate(v.signedOn)!);
          await after(`已签约，签约顺序号 ${a.sequenceNo ?? '—'}`, true);
        }}
      />
      <VoidAgreementDialog
        open={dialog === 'void'}
        signed={signed}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          await voidAgreement(live!.id, v.reason.trim());
          await after('补偿协议已作废', signed);
        }}
      />
      <RecordPaymentDialog
        open={dialog === 'pay'}
        payee={title}
        balance={balance?.balance ?? '0.00'}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          const body = paymentBody(v);
          await recordPayment(live!.id, body, keyFor(body));
          done();
          await after('支付已登记', signed && balance?.balance === body.amount);
        }}
      />
      <ReversePaymentDialog
        payment={reversing}
        onClose={() => setReversing(null)}
        onSubmit={async (v) => {
          await reversePayment(reversing!, v.reason.trim());
          await after('已冲正', false);
        }}
      />
    </Space>
  );
}
