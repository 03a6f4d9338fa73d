import { ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../api/client';
import type { Page, PaymentView } from '../../../api/views';
import { fenToYuan, toFen } from '../../../lib/fen';
import { formatAmount, formatPickedDate } from '../../../lib/format';
import { useProjectOptions } from '../../admin/use-project-options';
import { ReversePaymentDialog } from '../dialogs/PaymentDialogs';
import { listPayments, reversePayment } from '../money-api';
import { paymentColumns } from './payment-columns';

const PAGE_SIZE = 20;

interface Filters {
  project?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** Payments less reversals on the page shown, exactly in fen. */
function pageTotals(items: PaymentView[]) {
  let paid = 0n;
  let reversed = 0n;
  for (const p of items) {
    if (p.kind === 'reversal') reversed += toFen(p.amount);
    else paid += toFen(p.amount);
  }
  return { paid: fenToYuan(paid), reversed: fenToYuan(reversed), net: fenToYuan(paid - reversed) };
}

/**
 * 支付台账: every payment and reversal, newest first, filtered by project and payment date, with the
 * page's totals; finance reverses a payment from here (`canReverse`). `revision` re-reads the list
 * (after a payment recorded elsewhere on the page).
 */
export function PaymentsLedger({ canReverse, revision = 0 }: { canReverse: boolean; revision?: number }) {
  const { message } = App.useApp();
  const projects = useProjectOptions();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<PaymentView> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [reversing, setReversing] = useState<PaymentView | null>(null);
  const [attempt, setAttempt] = useState(0);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const [from, to] = filters.range ?? [];
      setData(
        await listPayments({
          page,
          pageSize: PAGE_SIZE,
          ...(filters.project ? { project: filters.project } : {}),
          ...(from ? { from: formatPickedDate(from)! } : {}),
          ...(to ? { to: formatPickedDate(to)! } : {}),
        }),
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [filters, page]);

  useEffect(() => {
    void load();
  }, [load, revision, attempt]);

  const items = data?.items ?? [];
  const totals = pageTotals(items);
  return (
    <Card
      title="支付台账"
      extra={
        <Space>
          <Link to={`/exports?kind=payment-ledger${filters.project ? `&project=${encodeURIComponent(filters.project)}` : ''}`}>
            <Button icon={<ExportOutlined />}>导出 Excel</Button>
          </Link>
          <Button icon={<ReloadOutlined />} onClick={() => setAttempt((a) => a + 1)}>
            刷新
          </Button>
        </Space>
      }
    >
      <Form<Filters>
        form={form}
        layout="inline"
        className="xj-filter-bar"
        style={{ marginBottom: 12 }}
        onFinish={(v) => {
          setPage(1);
          setFilters(v);
        }}
      >
        <Form.Item name="project" label="项目">
          <Select
            allowClear
            style={{ width: 220 }}
            placeholder="全部项目"
            loading={projects.loading}
            options={projects.options}
            aria-label="项目"
          />
        </Form.Item>
        <Form.Item name="range" label="支付日期">
          <DatePicker.RangePicker format="YYYY-MM-DD" placeholder={['开始日期', '结束日期']} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setPage(1);
                setFilters({});
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`支付记录加载失败：${error}`} />}
      <Table<PaymentView>
        rowKey="id"
        size="small"
        loading={loading}
        data-testid="payments-ledger"
        dataSource={items}
        locale={{ emptyText: '没有符合条件的支付记录' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 条`,
          onChange: setPage,
        }}
        columns={paymentColumns(items, canReverse ? setReversing : null, [
          { title: '项目', dataIndex: 'projectCode', width: 70 },
          {
            title: '征收对象',
            key: 'subject',
            width: 150,
            render: (_: unknown, p: PaymentView) => (
              <>
                <Link to={`/cases/${p.caseId}`} title="打开一户一档">
                  {p.subjectCode}
                </Link>
                <div className="xj-calc-inputs">{p.party}</div>
              </>
            ),
          },
        ])}
        summary={() =>
          items.length > 0 ? (
            <Table.Summary.Row className="xj-calc-total">
              <Table.Summary.Cell index={0} colSpan={4}>
                本页合计（支付 {formatAmount(totals.paid)}，冲正 {formatAmount(totals.reversed)}）
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <span className="xj-amount" data-testid="ledger-net">
                  {formatAmount(totals.net)}
                </span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} colSpan={canReverse ? 5 : 4} />
            </Table.Summary.Row>
          ) : null
        }
      />
      <ReversePaymentDialog
        payment={reversing}
        onClose={() => setReversing(null)}
        onSubmit={async (v) => {
          await reversePayment(reversing!, v.reason.trim());
          setReversing(null);
          message.success('已冲正');
          await load();
        }}
      />
    </Card>
  );
}
