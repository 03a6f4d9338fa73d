import { Alert, Card, List, Space, Statistic, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { MilestoneOverdueSummaryView, MilestoneView } from '../../api/views';
import { milestonesLink, overdueMilestones, ownerOf, OVERDUE_COLOR } from './milestones-api';

/** One node of the card: a link to the timeline filtered to its project or base. */
function Node({ m, due }: { m: MilestoneView; due: 'overdue' | 'soon' }) {
  return (
    <List.Item>
      <Space direction="vertical" size={0} style={{ width: '100%' }}>
        <Space size={6} wrap>
          <Link to={milestonesLink(m, due)}>{m.name}</Link>
          {due === 'overdue' ? <Tag color={OVERDUE_COLOR}>逾期 {m.daysOverdue} 天</Tag> : <Tag color="gold">计划 {m.plannedOn}</Tag>}
        </Space>
        <Typography.Text type="secondary">
          {ownerOf(m)} · 计划 {m.plannedOn} · {m.responsibleUnit}
          {m.responsibleName ? ` ${m.responsibleName}` : ''}
        </Typography.Text>
      </Space>
    </List.Item>
  );
}

/** 领导首页卡片: overdue time nodes and those due within 14 days, each linking to 时间节点 filtered. Loads itself. */
export function OverdueMilestonesCard() {
  const [summary, setSummary] = useState<MilestoneOverdueSummaryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    overdueMilestones().then(setSummary, (e: unknown) => setError(errorMessage(e)));
  }, []);
  return (
    <Card
      size="small"
      title="时间节点"
      loading={!summary && !error}
      extra={<Link to="/milestones">全部时间节点</Link>}
      data-testid="overdue-milestones-card"
    >
      {error && <Alert type="error" showIcon message={error} />}
      {summary && (
        <>
          <Space size={32} style={{ marginBottom: 8 }}>
            <Link to="/milestones?due=overdue" aria-label={`已逾期 ${summary.overdueCount} 个`}>
              <Statistic title="已逾期" value={summary.overdueCount} suffix="个" valueStyle={{ color: summary.overdueCount ? OVERDUE_COLOR : undefined }} />
            </Link>
            <Link to="/milestones?due=soon" aria-label={`14 天内到期 ${summary.soonCount} 个`}>
              <Statistic title="14 天内到期" value={summary.soonCount} suffix="个" />
            </Link>
          </Space>
          <List size="small" dataSource={summary.overdue.slice(0, 5)} renderItem={(m) => <Node m={m} due="overdue" />} locale={{ emptyText: '没有逾期的时间节点' }} />
          {summary.overdue.length > 5 && <Link to="/milestones?due=overdue">另有 {summary.overdue.length - 5} 个逾期节点…</Link>}
          {summary.soon.length > 0 && <List size="small" header={<Typography.Text strong>14 天内到期</Typography.Text>} dataSource={summary.soon} renderItem={(m) => <Node m={m} due="soon" />} />}
        </>
      )}
    </Card>
  );
}
