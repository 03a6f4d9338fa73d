import { Alert, Steps } from 'antd';
import type { ReactNode } from 'react';

/** Where a case's money stands, from its calculation, agreement and payments. */
export type MoneyStage = 'no_calculation' | 'stale' | 'calculated' | 'drafted' | 'signed' | 'paying' | 'paid';

const STEP_OF: Record<MoneyStage, number> = { no_calculation: 0, stale: 0, calculated: 1, drafted: 2, signed: 3, paying: 3, paid: 4 };

/**
 * The four steps of a case's money (测算 → 起草协议 → 签约 → 支付) and, under them, what is to be done
 * next and by whom — so the next action is obvious at every stage.
 */
export function NextAction({ stage, message, action }: { stage: MoneyStage; message: string; action?: ReactNode }) {
  const current = STEP_OF[stage];
  return (
    <>
      <Steps
        size="small"
        current={current}
        status={stage === 'paid' ? 'finish' : stage === 'stale' ? 'error' : 'process'}
        data-testid="money-steps"
        items={[{ title: '补偿测算' }, { title: '起草协议' }, { title: '签订协议' }, { title: '支付补偿款' }]}
      />
      <Alert
        style={{ marginTop: 16 }}
        type={stage === 'stale' ? 'warning' : stage === 'paid' ? 'success' : 'info'}
        showIcon
        data-testid="money-next"
        message={message}
        action={action}
      />
    </>
  );
}
