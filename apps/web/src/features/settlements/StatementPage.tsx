import { ArrowLeftOutlined, DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Descriptions, Form, Input, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { SettlementLineView, SettlementReceiptView, StatementView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatAmount, formatDate, formatDateTime, formatPickedDate } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { useIdempotencyKey } from '../../lib/idempotency';
import { PastDatePicker } from '../../lib/PastDatePicker';
import { confirmLine, disputeLine, dropLine, getStatement, recordReceipt, requestSettlementExport } from './settlement-api';

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const amount = (v: string) => <span className="settlement-amount">{formatAmount(v)}</span>;
const LINE_COLORS: Record<string, string> = { pending: 'gold', confirmed: 'green', disputed: 'red', dropped: 'default' };

/** 结算单 detail: its lines (the company confirms or disputes each; finance drops a disputed one), its receipts, its export. */
export function StatementPage() {
  const { id = '' } = useParams();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [statement, setStatement] = useState<StatementView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [disputing, setDisputing] = useState<SettlementLineView | null>(null);
  const [receiving, setReceiving] = useState(false);
  const { keyFor, done } = useIdempotencyKey();
  const companySide = hasRole('company', 'admin');
  const financeSide = hasRole('finance', 'admin');

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setStatement(await getStatement(id));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const act = async (work: () => Promise<StatementView>, done: string) => {
    try {
      setStatement(await work());
      message.success(done);
    } catch (e) {
      message.error(errorMessage(e));
      await load();
    }
  };

  const open = statement?.status === 'issued';
  const lineActions = (l: SettlementLineView) => {
    if (!open) return null;
    if (l.status === 'pending' && companySide) {
      return (
        <Space size="small">
          <Button size="small" type="link" onClick={() => void act(() => confirmLine(l), `第 ${l.position} 行已确认`)}>
            确认
          </Button>
          <Button size="small" type="link" danger onClick={() => setDisputing(l)}>
            异议
          </Button>
        </Space>
      );
    }
    if (l.status === 'disputed' && financeSide) {
      return (
        <Popconfirm title="将该行移出结算单？" description="该案件可列入新的结算单。" okText="移出" cancelText="取消" onConfirm={() => act(() => dropLine(l), `第 ${l.position} 行已移出`)}>
          <Button size="small" type="link" danger>
            移出
          </Button>
        </Popconfirm>
      );
    }
    return null;
  };

  return (
    <PageContainer
      title={statement ? `结算单 ${statement.number}` : '结算单'}
      onBack={() => navigate(statement ? `/settlements?project=${encodeURIComponent(statement.projectCode)}` : '/settlements')}
      backIcon={<ArrowLeftOutlined />}
      tags={statement ? <Tag color={statement.status === 'confirmed' ? 'green' : 'gold'}>{statement.statusLabel}</Tag> : undefined}
      extra={[
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
        <Button
          key="export"
          icon={<DownloadOutlined />}
          disabled={!statement}
          onClick={async () => {
            try {
              await requestSettlementExport('settlement-statement', { statement: id });
              message.success('已开始导出结算单，完成后可在“导出”页面下载');
              navigate('/exports');
            } catch (e) {
              message.error(errorMessage(e));
            }
          }}
        >
          导出结算单
        </Button>,
        ...(financeSide && statement
          ? [
              <Button key="receipt" type="primary" onClick={() => setReceiving(true)} disabled={statement.outstanding === '0.00'}>
                登记到账
              </Button>,
            ]
          : []),
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Spin spinning={loading}>
        {statement && (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small">
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label="项目">{statement.projectCode}</Descriptions.Item>
                <Descriptions.Item label="出具日期">{formatDate(statement.issuedOn)}</Descriptions.Item>
                <Descriptions.Item label="出具人">{statement.createdBy}</Descriptions.Item>
                <Descriptions.Item label="合计（元）">{amount(statement.total)}</Descriptions.Item>
                <Descriptions.Item label="已到账（元）">{amount(statement.received)}</Descriptions.Item>
                <Descriptions.Item label="未到账（元）">{amount(statement.outstanding)}</Descriptions.Item>
                <Descriptions.Item label="管理费率">{statement.managementFeeRate === null ? '不收取' : `${Number(statement.managementFeeRate)}%`}</Descriptions.Item>
                <Descriptions.Item label="已到账未分配（元）">{amount(statement.unallocated)}</Descriptions.Item>
                <Descriptions.Item label="对账">
                  <Link to={`/reconciliation?project=${encodeURIComponent(statement.projectCode)}&statement=${statement.id}`}>本单三账对账</Link>
                </Descriptions.Item>
              </Descriptions>
              {statement.status === 'confirmed' && (
                <Typography.Text type="secondary">全部结算行已于 {formatDateTime(statement.confirmedAt)} 确认，结算单不可再修改。</Typography.Text>
              )}
            </Card>
            <Card size="small" title="结算行">
              <Table<SettlementLineView>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={statement.lines}
                data-testid="statement-lines"
                className="settlement-table"
                rowClassName={(l) => (l.status === 'dropped' ? 'settlement-line-dropped' : '')}
                columns={[
                  { title: '行号', dataIndex: 'position', width: 60 },
                  { title: '征收对象编号', dataIndex: 'subjectCode' },
                  { title: '被征收人', dataIndex: 'party' },
                  { title: '协议金额（元）', dataIndex: 'agreed', align: 'right', render: amount },
                  { title: '已支付（元）', dataIndex: 'paid', align: 'right', render: amount },
                  { title: '管理费（元）', dataIndex: 'fee', align: 'right', render: amount },
                  { title: '合计（元）', dataIndex: 'total', align: 'right', render: amount },
                  { title: '已分配到账（元）', dataIndex: 'allocated', align: 'right', render: amount },
                  {
                    title: '确认情况',
                    dataIndex: 'statusLabel',
                    width: 200,
                    render: (v: string, l) => (
                      <Space direction="vertical" size={0}>
                        <Tag color={LINE_COLORS[l.status]}>{v}</Tag>
                        {l.disputeReason && <Typography.Text type="danger">异议：{l.disputeReason}</Typography.Text>}
                      </Space>
                    ),
                  },
                  { title: '操作', key: 'actions', width: 110, render: (_: unknown, l) => lineActions(l) },
                ]}
              />
            </Card>
            <Card size="small" title="到账记录">
              <Table<SettlementReceiptView>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={statement.receipts}
                data-testid="statement-receipts"
                locale={{ emptyText: '尚无到账' }}
                columns={[
                  { title: '到账日期', dataIndex: 'receivedOn', render: (v: string) => formatDate(v) },
                  { title: '金额（元）', dataIndex: 'amount', align: 'right', render: amount },
                  { title: '银行流水号', dataIndex: 'bankReference' },
                  { title: '登记人', dataIndex: 'createdBy' },
                  { title: '登记时间', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
                ]}
              />
            </Card>
          </Space>
        )}
      </Spin>
      <FormDialog<{ reason: string }>
        open={disputing !== null}
        title={disputing ? `对第 ${disputing.position} 行（${disputing.subjectCode}）提出异议` : '提出异议'}
        okText="提交异议"
        danger
        testId="dispute-dialog"
        note="异议将退回财务处理；财务可将该行移出本结算单后重新出具。"
        onClose={() => setDisputing(null)}
        onSubmit={async (v) => {
          setStatement(await disputeLine(disputing!, v.reason));
          message.success('异议已提交');
          setDisputing(null);
        }}
      >
        <Form.Item label="异议原因" name="reason" rules={[{ required: true, min: 2, message: '请填写异议原因（至少 2 个字）' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </FormDialog>
      <FormDialog<{ amount: string; receivedOn: Dayjs; bankReference: string }>
        open={receiving}
        title={statement ? `登记到账 — ${statement.number}` : '登记到账'}
        okText="登记"
        testId="receipt-dialog"
        note={statement ? `未到账余额 ${formatAmount(statement.outstanding)} 元；到账按行序分配给已确认的结算行。` : undefined}
        initialValues={{ amount: statement?.outstanding ?? '', receivedOn: dayjs() }}
        onClose={() => setReceiving(false)}
        onSubmit={async (v) => {
          const body = { amount: v.amount.trim(), receivedOn: formatPickedDate(v.receivedOn)!, bankReference: v.bankReference.trim() };
          await recordReceipt(id, keyFor({ id, ...body }), body);
          done();
          message.success('到账已登记');
          setReceiving(false);
          await load();
        }}
      >
        <Form.Item label="到账金额（元）" name="amount" rules={[{ required: true, pattern: AMOUNT, message: '请输入金额，最多两位小数' }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item label="到账日期" name="receivedOn" rules={[{ required: true, message: '请选择到账日期' }]}>
          <PastDatePicker />
        </Form.Item>
        <Form.Item label="银行流水号" name="bankReference" rules={[{ required: true, message: '请填写银行流水号' }]}>
          <Input maxLength={100} />
        </Form.Item>
      </FormDialog>
    </PageContainer>
  );
}
