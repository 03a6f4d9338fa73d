import { ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Col, Row, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, call, errorMessage } from '../../../api/client';
import type { JobRecordView, QueueStateView } from '../../../api/views';
import { formatDateTime, formatTime } from '../../../lib/format';
import { NoConsumerAlert } from '../../../lib/queue-consumers';
import { COUNT_STATES, DRIVER_LABELS, JOB_STATUS, jobKindLabel } from './queue-labels';

const REFRESH_MS = 5000;

/** 任务队列: the transport, its live consumers, BullMQ's counts per state and the latest job records, refreshed every 5 s while open. */
export function QueuePage() {
  const [state, setState] = useState<QueueStateView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const inFlight = useRef(false);

  const load = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setLoading(true);
    try {
      setState(await call<QueueStateView>(api.GET('/api/admin/queue', { params: { query: { limit: 50 } } })));
      setError(null);
      setUpdatedAt(new Date());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      inFlight.current = false;
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const columns = [
    { title: '任务类型', dataIndex: 'kind', width: 120, render: (kind: string) => <Tooltip title={kind}>{jobKindLabel(kind)}</Tooltip> },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (status: JobRecordView['status']) => {
        const s = JOB_STATUS[status] ?? { text: status, color: 'default' };
        return <Tag color={s.color}>{s.text}</Tag>;
      },
    },
    { title: '执行次数', key: 'attempts', width: 90, render: (_: unknown, j: JobRecordView) => `${j.attempts} / ${j.maxAttempts}` },
    { title: '创建时间', dataIndex: 'createdAt', width: 160, render: (v: string | null) => formatDateTime(v, { seconds: true }) },
    { title: '最近心跳', dataIndex: 'lastHeartbeatAt', width: 160, render: (v: string | null) => formatDateTime(v, { seconds: true }) },
    { title: '结束时间', dataIndex: 'finishedAt', width: 160, render: (v: string | null) => formatDateTime(v, { seconds: true }) },
    {
      title: '错误信息',
      dataIndex: 'lastError',
      render: (text: string | null) =>
        text ? (
          <Typography.Text type="danger" ellipsis={{ tooltip: text }} style={{ maxWidth: 360 }}>
            {text}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <PageContainer
      title="任务队列"
      subTitle="Excel 导入、导出等后台任务"
      extra={
        <Space>
          <Typography.Text type="secondary" data-testid="queue-updated">
            每 5 秒自动刷新{updatedAt ? ` · 更新于 ${formatTime(updatedAt)}` : ''}
          </Typography.Text>
          <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
            刷新
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="queue-error" />}
      {state && !state.available && (
        <Alert
          type="warning"
          showIcon
          message="任务队列暂时无法连接"
          description="各状态任务数无法读取；下方任务记录来自数据库。请检查 Redis 或数据库连接。"
          style={{ marginBottom: 16 }}
        />
      )}
      <NoConsumerAlert warning={state?.consumerWarning} style={{ marginBottom: 16 }} />
      <Card size="small" style={{ marginBottom: 16 }} loading={!state && !error}>
        <Space size="large" wrap>
          <span>
            <Typography.Text type="secondary">队列方式：</Typography.Text>
            <span data-testid="queue-driver">{state ? (DRIVER_LABELS[state.driver] ?? state.driver) : '—'}</span>
          </span>
          <span>
            <Typography.Text type="secondary">队列状态：</Typography.Text>
            {state ? state.available ? <Tag color="success">正常</Tag> : <Tag color="error">无法连接</Tag> : '—'}
          </span>
          <span>
            <Typography.Text type="secondary">处理进程：</Typography.Text>
            <span data-testid="queue-consumers">{state?.consumers ?? '—'}</span>
          </span>
        </Space>
      </Card>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="queue-counts">
        {COUNT_STATES.map(({ state: s, label, hint }) => (
          <Col key={s} flex="1 1 170px">
            <Card size="small" data-testid={`queue-count-${s}`}>
              <Statistic
                title={
                  <Tooltip title={hint}>
                    <span>{label}</span>
                  </Tooltip>
                }
                value={state?.counts ? state.counts[s] : '—'}
                loading={!state && !error}
                valueStyle={s === 'failed' && (state?.counts?.failed ?? 0) > 0 ? { color: '#cf1322' } : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title="最近任务（最新 50 个）">
        <Table<JobRecordView>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={state?.recentJobs ?? []}
          loading={!state && !error}
          pagination={{ pageSize: 10, showTotal: (total) => `共 ${total} 个`, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          locale={{ emptyText: '还没有后台任务' }}
        />
      </Card>
    </PageContainer>
  );
}
