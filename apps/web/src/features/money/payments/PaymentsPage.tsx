import { PageContainer } from '@ant-design/pro-components';
import { Space } from 'antd';
import { useState } from 'react';
import { PaymentsLedger } from './PaymentsLedger';
import { RecordPaymentCard } from './RecordPaymentCard';

/** 支付管理 (finance): record a payment against a signed agreement; reverse one in the ledger below. */
export function PaymentsPage() {
  const [revision, setRevision] = useState(0);
  return (
    <PageContainer title="支付管理" subTitle="按已签约的补偿协议登记支付；支付记录不可修改，错误的支付请冲正">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <RecordPaymentCard onPaid={() => setRevision((r) => r + 1)} />
        <PaymentsLedger canReverse revision={revision} />
      </Space>
    </PageContainer>
  );
}

/** 支付台账 (readers of amounts): every payment and reversal of the projects the user may see. */
export function PaymentsLedgerPage() {
  return (
    <PageContainer title="支付台账" subTitle="补偿款的支付和冲正记录">
      <PaymentsLedger canReverse={false} />
    </PageContainer>
  );
}
