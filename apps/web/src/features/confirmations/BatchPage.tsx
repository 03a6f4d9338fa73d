import { ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Descriptions, Form, Input, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { ConfirmationBatchView, ConfirmationLineView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { FormDialog } from '../../lib/FormDialog';
import { formatAmount, formatDateTime } from '../../lib/format';
import { confirmLine, getBatch, rejectLine } from './confirmation-api';
import { LineStateTag } from './LineStateTag';

const Amount = ({ value }: { value: string | null | undefined }) => (
  <span className={`xj-amount${value?.startsWith('-') ? ' xj-amount-negative' : ''}`}>{formatAmount(value)}</span>
);

const AREA_LABELS: Record<string, string> = { certified: '产证', surveyed: '测绘', recognised: '认定', licensed: '有证', unlicensed: '无证', homestead: '宅基地' };

/** The facts the town showed, in one line: areas by kind and recognised persons. */
function factsText(line: ConfirmationLineView): string {
  const areas = Object.entries(line.facts.areas).map(([k, v]) => `${AREA_LABELS[k] ?? k} ${v} m²`);
  if (line.facts.recognisedPersons !== null) areas.push(`认定人口 ${line.facts.recognisedPersons} 人`);
  return areas.join('，') || '—';
}

/** A confirmation batch as both sides see it: each case, the company's answer, the differences and their totals; the company answers here. */
export function BatchPage() {
  const { id = '' } = useParams();
  const { user } = useAuth();
  const { message, modal } = App.useApp();
  const [batch, setBatch] = useState<ConfirmationBatchView | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<ConfirmationLineView | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setBatch(await getBatch(id));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const mayAnswer = !!user && (user.roles.includes('company') || user.roles.includes('admin'));
  const confirm = (line: ConfirmationLineView) =>
    modal.confirm({
      title: `确认 ${line.subjectCode} ${line.party}？`,
      content: '确认后案件变为“已确认”，提交时的摸底信息与测算即被冻结；此后摸底信息变更将使确认失效。',
      okText: '确认',
      cancelText: '取消',
      onOk: async () => {
        try {
          await confirmLine(line);
          void message.success(`已确认 ${line.subjectCode}`);
        } catch (e) {
          void message.error(errorMessage(e));
        }
        await load();
      },
    });

  const title = batch ? `确认批次 · ${batch.projectCode} 第 ${batch.number} 批` : '确认批次';
  return (
    <PageContainer
      title={title}
      onBack={() => history.back()}
      extra={[
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Spin spinning={loading}>
        {batch && (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Descriptions size="small" bordered column={3} data-testid="batch-summary">
              <Descriptions.Item label="状态">
                <Tag color={batch.state === 'open' ? 'processing' : 'success'}>{batch.stateLabel}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label="提交">
                {batch.submittedBy}，{formatDateTime(batch.submittedAt)}
              </Descriptions.Item>
              <Descriptions.Item label="完成">{batch.closedAt ? formatDateTime(batch.closedAt) : '—'}</Descriptions.Item>
              <Descriptions.Item label="进度">
                共 {batch.lines} 件：已确认 {batch.confirmed}，已退回 {batch.rejected}，待确认 {batch.pending}
                {batch.voided ? `，已失效 ${batch.voided}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label="说明">{batch.note ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="批次哈希">
                <Typography.Text code copyable={{ text: batch.contentHash }}>
                  {batch.contentHash.slice(0, 16)}…
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            <Table<ConfirmationLineView>
              rowKey="id"
              size="middle"
              dataSource={batch.items}
              pagination={false}
              data-testid="batch-lines"
              scroll={{ x: 1040 }}
              columns={[
                { title: '序号', dataIndex: 'position', width: 56, align: 'right' },
                {
                  title: '征收对象',
                  key: 'subject',
                  width: 170,
                  render: (_, l) => (
                    <Space direction="vertical" size={0}>
                      <span>
                        {l.subjectCode} {l.party}
                      </span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {l.subjectTypeLabel}
                      </Typography.Text>
                    </Space>
                  ),
                },
                { title: '摸底信息（提交时）', key: 'facts', width: 200, render: (_, l) => <Typography.Text style={{ fontSize: 12 }}>{factsText(l)}</Typography.Text> },
                { title: '镇方金额（元）', dataIndex: 'townFigure', width: 130, align: 'right', render: (v: string | null) => <Amount value={v} /> },
                {
                  title: '答复',
                  key: 'state',
                  width: 130,
                  render: (_, l) =>
                    mayAnswer && l.state === 'pending' ? (
                      <Space size={4}>
                        <Button size="small" type="primary" onClick={() => confirm(l)}>
                          确认
                        </Button>
                        <Button size="small" danger onClick={() => setRejecting(l)}>
                          退回
                        </Button>
                      </Space>
                    ) : (
                      <Space direction="vertical" size={0}>
                        <LineStateTag line={l} />
                        {l.answeredAt && (
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {formatDateTime(l.answeredAt)}
                          </Typography.Text>
                        )}
                      </Space>
                    ),
                },
                { title: '退回原因 / 失效原因', key: 'reason', width: 200, render: (_, l) => (l.state === 'voided' ? l.voidReason : l.reason) ?? '—' },
                { title: '公司认定金额（元）', dataIndex: 'companyFigure', width: 140, align: 'right', render: (v: string | null) => <Amount value={v} /> },
                { title: '差额（元）', dataIndex: 'difference', width: 120, align: 'right', render: (v: string | null) => <Amount value={v} /> },
              ]}
              summary={() => (
                <Table.Summary.Row className="xj-confirmation-totals" data-testid="batch-totals">
                  <Table.Summary.Cell index={0} colSpan={3}>
                    合计
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    <Amount value={batch.totals.town} />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} colSpan={2} />
                  <Table.Summary.Cell index={6} align="right">
                    <Amount value={batch.totals.company} />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={7} align="right">
                    <Amount value={batch.totals.difference} />
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
            <Typography.Text type="secondary">公司认定金额合计中，未给出金额的案件按镇方金额计；差额 = 公司认定金额 − 镇方金额。</Typography.Text>
          </Space>
        )}
      </Spin>
      <FormDialog<{ reason: string; companyFigure?: string }>
        open={rejecting !== null}
        title={rejecting ? `退回 ${rejecting.subjectCode} ${rejecting.party}` : '退回'}
        okText="退回"
        danger
        testId="reject-dialog"
        note="退回后案件仍为“已摸底”，由镇动迁办经办人根据原因处理后重新提交。"
        onClose={() => setRejecting(null)}
        onSubmit={async (values) => {
          await rejectLine(rejecting!, values.reason.trim(), values.companyFigure?.trim() || undefined);
          setRejecting(null);
          void message.success(`已退回 ${rejecting!.subjectCode}`);
          await load();
        }}
      >
        <Form.Item name="reason" label="退回原因" rules={[{ required: true, whitespace: true, message: '请填写退回原因' }, { min: 2, message: '退回原因至少 2 个字' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item
          name="companyFigure"
          label="公司认定金额（元，可不填）"
          rules={[{ pattern: /^\d{1,13}(\.\d{1,2})?$/, message: '请输入不超过两位小数的金额' }]}
          extra={rejecting?.townFigure ? `镇方金额：${formatAmount(rejecting.townFigure)} 元` : '该案件提交时无测算金额'}
        >
          <Input inputMode="decimal" style={{ textAlign: 'right' }} />
        </Form.Item>
      </FormDialog>
    </PageContainer>
  );
}
