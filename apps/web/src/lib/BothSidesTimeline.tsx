import { Alert, Button, Empty, Space, Spin, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/client';
import type { AuditEntryView, Page } from '../api/views';
import { actionLabel } from './audit-labels';
import { ChangeLines, SideTag, sideColor } from './AuditChangeLines';
import { formatDateTime } from './format';
import { useReference } from './reference';

const PAGE_SIZE = 20;

interface Props {
  /** Reads one page of the timeline (newest first). */
  load: (page: number, pageSize: number) => Promise<Page<AuditEntryView>>;
  /** Changes when the timeline must be read again from its first page. */
  revision?: unknown;
  testId?: string;
}

/** One timeline of both sides' steps (镇动迁办 left in blue, 西虹桥公司 in orange), newest first, with earlier steps a click away. */
export function BothSidesTimeline({ load, revision, testId }: Props) {
  const ref = useReference();
  const [items, setItems] = useState<AuditEntryView[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const read = useCallback(
    async (wanted: number) => {
      setLoading(true);
      setError(null);
      try {
        const answer = await load(wanted, PAGE_SIZE);
        setItems((before) => (wanted === 1 ? answer.items : [...before, ...answer.items]));
        setTotal(answer.total);
        setPage(wanted);
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setLoading(false);
      }
    },
    [load],
  );

  useEffect(() => {
    void read(1);
  }, [read, revision]);

  return (
    <div data-testid={testId}>
      {error && (
        <Alert
          type="error"
          showIcon
          message="时间线加载失败"
          description={error}
          action={
            <Button size="small" onClick={() => void read(page)}>
              重试
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {!loading && !error && items.length === 0 ? (
        <Empty description="暂无记录" />
      ) : (
        <Spin spinning={loading && items.length === 0}>
          <Timeline
            items={items.map((row) => ({
              key: row.id,
              color: sideColor(row.side),
              children: (
                <div className="xj-timeline-entry">
                  <Space size={6} wrap>
                    <Typography.Text type="secondary">{formatDateTime(row.occurredAt)}</Typography.Text>
                    <SideTag side={row.side} />
                    <Typography.Text strong>{actionLabel(row.action)}</Typography.Text>
                    <Typography.Text type="secondary">{row.username}</Typography.Text>
                  </Space>
                  {row.changes.map((c, i) => (
                    <ChangeLines key={i} change={c} action={row.action} lists={ref} />
                  ))}
                </div>
              ),
            }))}
          />
        </Spin>
      )}
      {items.length < total && (
        <Button onClick={() => void read(page + 1)} loading={loading}>
          加载更早的记录（还有 {total - items.length} 条）
        </Button>
      )}
    </div>
  );
}
