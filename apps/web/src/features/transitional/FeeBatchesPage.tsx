import { DownloadOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { FeeBatchDetailView, FeeBatchLineView, FeeBatchView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatAmount, formatDate, formatDateTime, formatPickedDate, todayInShanghai } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { useIdempotencyKey } from '../../lib/idempotency';
import { PastDatePicker } from '../../lib/PastDatePicker';
import { useReference } from '../../lib/reference';
import { ProjectSelect } from '../../lib/ProjectSelect';
import { useProjectOptions } from '../admin/use-project-options';
import { createFeeBatch, exportFeeBatch, getFeeBatch, listFeeBatches, payFeeBatch } from './transitional-api';
import './transitional.css';

const MONTH = /^\d{4}-\d{2}$/;
const money = (value: string) => <span className="fee-amount">{formatAmount(value)}</span>;
const statusTag = (b: FeeBatchView) => <Tag color={b.status === 'paid' ? 'green' : 'blue'}>{b.statusLabel}</Tag>;
const lastMonth = () => dayjs(todayInShanghai()).subtract(1, 'month').format('YYYY-MM');

interface PayValues {
  paidOn: Dayjs;
  method: 'bank_transfer' | 'cheque' | 'cash';
  bankReference?: string;
}

/** 过渡费批次: finance gathers a project's unpaid 过渡费 up to a month into a batch, checks its lines and pays it. */
export function FeeBatchesPage() {
  const { user } = useAuth();
  const { message } = App.useApp();
  const ref = useReference();
  const projects = useProjectOptions();
  const [params, setParams] = useSearchParams();
  const project = params.get('project') ?? projects.options[0]?.value ?? '';
  const [batches, setBatches] = useState<FeeBatchView[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<FeeBatchDetailView | null>(null);
  const [paying, setPaying] = useState(false);
  const [exporting, setExporting] = useState(false);
  const { keyFor, done } = useIdempotencyKey();
  const canPay = !!user && (user.roles.includes('finance') || user.roles.includes('admin'));

  const load = useCallback(async () => {
    if (!project) return;
    setLoading(true);
    setError(null);
    try {
      setBatches((await listFeeBatches(project)).items);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [project]);

  useEffect(() => {
    void load();
  }, [load]);

  const open = async (id: string) => {
    try {
      setShown(await getFeeBatch(id));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <PageContainer
      title="过渡费批次"
      subTitle="按项目汇总截至某月未支付的过渡费，每户一行；支付后逐户记入支付台账（不计入补偿款）"
      extra={[
        <ProjectSelect key="project" projects={projects} value={project} onChange={(value: string) => setParams({ project: value })} />,
        canPay && (
          <Button key="create" type="primary" icon={<PlusOutlined />} disabled={!project} onClick={() => setCreating(true)}>
            生成批次
          </Button>
        ),
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<FeeBatchView>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={batches}
        pagination={false}
        data-testid="fee-batches"
        locale={{ emptyText: '该项目还没有过渡费批次' }}
        columns={[
          { title: '批次号', dataIndex: 'number', width: 220 },
          { title: '截至月份', dataIndex: 'throughMonth', width: 100, render: (m: string) => m.slice(0, 7) },
          { title: '户数', dataIndex: 'households', width: 80, align: 'right' },
          { title: '金额（元）', dataIndex: 'total', width: 150, align: 'right', render: money },
          { title: '状态', dataIndex: 'status', width: 90, render: (_: unknown, b) => statusTag(b) },
          { title: '生成', width: 200, render: (_: unknown, b) => `${b.createdBy} ${formatDateTime(b.createdAt)}` },
          { title: '支付日期', dataIndex: 'paidOn', width: 110, render: (d: string | null) => (d ? formatDate(d) : '—') },
          {
            title: '操作',
            width: 80,
            render: (_: unknown, b) => (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void open(b.id)}>
                查看
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        open={!!shown}
        onClose={() => setShown(null)}
        width={820}
        title={shown ? `过渡费批次 ${shown.number}` : ''}
        data-testid="fee-batch-drawer"
        extra={
          shown && (
            <Space>
              <Button
                icon={<DownloadOutlined />}
                loading={exporting}
                onClick={() => {
                  setExporting(true);
                  exportFeeBatch(shown.id, shown.number)
                    .catch((e: unknown) => message.error(errorMessage(e)))
                    .finally(() => setExporting(false));
                }}
              >
                导出支付清单
              </Button>
              {canPay && shown.status === 'draft' && (
                <Button type="primary" onClick={() => setPaying(true)}>
                  支付
                </Button>
              )}
            </Space>
          )
        }
      >
        {shown && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions size="small" bordered column={2}>
              <Descriptions.Item label="项目">{shown.projectCode}</Descriptions.Item>
              <Descriptions.Item label="截至月份">{shown.throughMonth.slice(0, 7)}</Descriptions.Item>
              <Descriptions.Item label="户数">{shown.households}</Descriptions.Item>
              <Descriptions.Item label="合计（元）">{money(shown.total)}</Descriptions.Item>
              <Descriptions.Item label="状态">{statusTag(shown)}</Descriptions.Item>
              <Descriptions.Item label="支付">{shown.paidOn ? `${formatDate(shown.paidOn)}（${shown.paidBy}）` : '—'}</Descriptions.Item>
            </Descriptions>
            <Table<FeeBatchLineView>
              size="small"
              rowKey="caseId"
              dataSource={shown.lines}
              pagination={false}
              data-testid="fee-batch-lines"
              columns={[
                { title: '编号', dataIndex: 'subjectCode', width: 140 },
                { title: '户主', dataIndex: 'name', width: 100 },
                { title: '月份', render: (_: unknown, l) => `${l.firstMonth.slice(0, 7)} 至 ${l.lastMonth.slice(0, 7)}（${l.months} 个月）` },
                { title: '金额（元）', dataIndex: 'amount', width: 140, align: 'right', render: money },
                { title: '支付', dataIndex: 'paymentId', width: 80, render: (p: string | null) => (p ? <Tag color="green">已付</Tag> : <Tag>未付</Tag>) },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={3}>
                    合计 {shown.households} 户
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {money(shown.total)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} />
                </Table.Summary.Row>
              )}
            />
          </Space>
        )}
      </Drawer>
      <FormDialog<{ throughMonth: string }>
        open={creating}
        title="生成过渡费批次"
        okText="生成"
        testId="fee-batch-dialog"
        note={`项目 ${project}：汇总截至所选月份（含）已计提、未支付、未列入其他批次的过渡费，每户一行。`}
        initialValues={{ throughMonth: lastMonth() }}
        onClose={() => setCreating(false)}
        onSubmit={async (v) => {
          const created = await createFeeBatch({ projectCode: project, throughMonth: v.throughMonth.trim() });
          message.success(`已生成批次 ${created.number}`);
          setCreating(false);
          setShown(created);
          await load();
        }}
      >
        <Form.Item label="截至月份（YYYY-MM）" name="throughMonth" rules={[{ required: true, pattern: MONTH, message: '请填写月份，如 2026-11' }]}>
          <Input maxLength={7} />
        </Form.Item>
      </FormDialog>
      <FormDialog<PayValues>
        open={paying}
        title={shown ? `确认支付 ${shown.number}` : '确认支付'}
        okText="确认支付"
        danger
        testId="fee-pay-dialog"
        note={
          shown && (
            <Typography.Text>
              将向 {shown.households} 户各记一笔过渡费支付，合计 <span className="fee-amount">{formatAmount(shown.total)}</span> 元。支付后不能撤销，请核对银行回单。
            </Typography.Text>
          )
        }
        initialValues={{ paidOn: dayjs(todayInShanghai()), method: 'bank_transfer' }}
        onClose={() => setPaying(false)}
        onSubmit={async (v) => {
          const body = { paidOn: formatPickedDate(v.paidOn)!, method: v.method, bankReference: v.bankReference?.trim() || null };
          const paid = await payFeeBatch(shown!.id, keyFor({ id: shown!.id, ...body }), body);
          done();
          message.success('批次已支付');
          setPaying(false);
          setShown(paid);
          await load();
        }}
      >
        <Form.Item name="paidOn" label="支付日期" rules={[{ required: true, message: '请选择支付日期' }]}>
          <PastDatePicker />
        </Form.Item>
        <Form.Item name="method" label="支付方式" rules={[{ required: true, message: '请选择支付方式' }]}>
          <Select options={ref.paymentMethods} />
        </Form.Item>
        <Form.Item name="bankReference" label="银行流水号 / 票据号">
          <Input maxLength={100} />
        </Form.Item>
      </FormDialog>
    </PageContainer>
  );
}
