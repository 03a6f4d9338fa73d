import { ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Col, Empty, Pagination, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { InboxEntryView, InboxPage as Inbox } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatDate } from '../../lib/format';
import { listInbox } from './inbox-api';

const PAGE_SIZE = 20;

/** 公司待办: everything that waits for 西虹桥公司 — batches to review, statement lines to confirm, handovers to accept, overdue action items — the most urgent first, each a click from where it is answered. */
export function InboxPage() {
  const { hasRole } = useAuth();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Inbox | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setData(await listInbox({ page, pageSize: PAGE_SIZE }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [page]);

  useEffect(() => {
    void load();
  }, [load]);

  const columns: ColumnsType<InboxEntryView> = [
    {
      title: '类别',
      dataIndex: 'kindLabel',
      width: 130,
      render: (v: string, r) => <Tag color={r.overdue ? 'red' : 'blue'}>{v}</Tag>,
    },
    { title: '项目', dataIndex: 'projectCode', width: 80 },
    {
      title: '事项',
      dataIndex: 'title',
      render: (v: string, r) => (
        <div>
          <Typography.Text strong>{v}</Typography.Text>
          <div>
            <Typography.Text type="secondary">{r.detail}</Typography.Text>
          </div>
        </div>
      ),
    },
    { title: '等待自', dataIndex: 'since', width: 110, render: (v: string) => formatDate(v) },
    {
      title: '期限',
      dataIndex: 'dueOn',
      width: 130,
      render: (v: string | null, r) => (v ? <Typography.Text type={r.overdue ? 'danger' : undefined}>{`${formatDate(v)}${r.overdue ? '（已逾期）' : ''}`}</Typography.Text> : '—'),
    },
    {
      title: '操作',
      key: 'go',
      width: 90,
      render: (_, r) => (
        <Link to={r.link} aria-label={`办理 ${r.title}`}>
          去办理
        </Link>
      ),
    },
  ];

  return (
    <PageContainer
      title="公司待办"
      subTitle={hasRole('company') ? '等待西虹桥公司处理的事项，已过期限的在前' : '等待西虹桥公司处理的事项（镇动迁办可见，用于督办）'}
      extra={[
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon message={`待办加载失败：${error}`} style={{ marginBottom: 16 }} />}
      <Row gutter={16} style={{ marginBottom: 16 }} data-testid="inbox-summary">
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="待办合计" value={data?.total ?? 0} suffix="项" loading={loading && !data} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="已过期限" value={data?.overdue ?? 0} suffix="项" valueStyle={data?.overdue ? { color: '#cf1322' } : undefined} loading={loading && !data} />
          </Card>
        </Col>
        {(data?.byKind ?? []).map((k) => (
          <Col xs={12} md={6} key={k.kind}>
            <Card size="small">
              <Statistic title={k.kindLabel} value={k.count} suffix="项" />
            </Card>
          </Col>
        ))}
      </Row>
      <Table<InboxEntryView>
        data-testid="inbox"
        rowKey={(r) => `${r.kind}:${r.refId}`}
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description="没有等待公司处理的事项" /> }}
      />
      {data && data.total > PAGE_SIZE && (
        <Pagination style={{ marginTop: 16, textAlign: 'right' }} current={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} showTotal={(n) => `共 ${n} 项`} />
      )}
    </PageContainer>
  );
}
