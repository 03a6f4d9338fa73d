import { PayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, call, errorMessage } from '../../../api/client';
import type { AgreementView, CaseMoneyView, HouseholdView, Page } from '../../../api/views';
import { useIdempotencyKey } from '../../../lib/idempotency';
import { formatAmount } from '../../../lib/format';
import { RecordPaymentDialog, paymentBody } from '../dialogs/PaymentDialogs';
import { CaseStatusTag } from '../../subjects/CaseStatusTag';
import { caseMoney, recordPayment } from '../money-api';

type Paying = { household: HouseholdView; agreement: AgreementView; balance: string };

/**
 * 登记支付: finds a household by its code or head's name, and records a payment against its signed
 * agreement (the balance is offered as the amount). Each submission carries a fresh Idempotency-Key;
 * a retry of the same submission after a failure sends the same key.
 */
export function RecordPaymentCard({ onPaid }: { onPaid(): void }) {
  const { message } = App.useApp();
  const [found, setFound] = useState<HouseholdView[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);
  const [paying, setPaying] = useState<Paying | null>(null);
  const { keyFor, done } = useIdempotencyKey();

  const search = async (q: string) => {
    if (!q.trim()) return;
    setSearching(true);
    try {
      const page = await call<Page<HouseholdView>>(api.GET('/api/households', { params: { query: { q: q.trim(), pageSize: 10 } } }));
      setFound(page.items);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setSearching(false);
    }
  };

  const open = async (household: HouseholdView) => {
    if (!household.caseId) return;
    setOpening(household.id);
    try {
      const money: CaseMoneyView = await caseMoney(household.caseId);
      const agreement = money.agreement;
      if (!agreement || agreement.status !== 'signed') message.warning('该户尚无已签约的补偿协议，不能登记支付');
      else if (!money.balance || !/[1-9]/.test(money.balance.balance)) message.info('该户补偿款已全部支付');
      else setPaying({ household, agreement, balance: money.balance.balance });
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setOpening(null);
    }
  };

  return (
    <Card title="登记支付" data-testid="record-payment">
      <Input.Search
        placeholder="户编号或户主姓名，如 GJ17-0001"
        enterButton="查找"
        allowClear
        loading={searching}
        style={{ maxWidth: 480, marginBottom: found ? 12 : 0 }}
        onSearch={(q) => void search(q)}
        aria-label="查找被征收户"
      />
      {found && (
        <Table<HouseholdView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={found}
          locale={{ emptyText: '没有找到该户' }}
          columns={[
            {
              title: '户编号',
              dataIndex: 'code',
              width: 130,
              render: (code: string, h) => <Link to={`/households/${h.id}?tab=compensation`}>{code}</Link>,
            },
            { title: '户主', dataIndex: 'headName', width: 100 },
            { title: '项目', dataIndex: 'projectCode', width: 80 },
            {
              title: '案件状态',
              dataIndex: 'caseStatus',
              width: 100,
              render: (v: HouseholdView['caseStatus']) => <CaseStatusTag status={v} />,
            },
            {
              title: '操作',
              key: 'pay',
              render: (_, h) => (
                <Button
                  size="small"
                  type="primary"
                  icon={<PayCircleOutlined />}
                  loading={opening === h.id}
                  disabled={!h.caseId}
                  onClick={() => void open(h)}
                >
                  登记支付
                </Button>
              ),
            },
          ]}
        />
      )}
      <RecordPaymentDialog
        open={!!paying}
        payee={paying ? `${paying.household.code} ${paying.household.headName}（${paying.agreement.methodLabel}）` : ''}
        balance={paying?.balance ?? '0.00'}
        onClose={() => setPaying(null)}
        onSubmit={async (v) => {
          const body = paymentBody(v);
          const paid = await recordPayment(paying!.agreement.id, body, keyFor({ agreement: paying!.agreement.id, ...body }));
          done();
          setPaying(null);
          message.success(`已登记支付 ${formatAmount(paid.amount)} 元`);
          onPaid();
        }}
      />
    </Card>
  );
}
