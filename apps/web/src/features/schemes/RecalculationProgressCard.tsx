import { Card, Progress, Typography } from 'antd';
import type { RecalculationRunView } from '../../api/views';
import { formatCount } from '../../lib/format';

/** While the preview is queued or running: how far it got. */
export function RecalculationProgressCard({ run }: { run: RecalculationRunView }) {
  const percent = run.total ? Math.min(100, Math.floor((run.processed / run.total) * 100)) : 0;
  return (
    <Card title="测算进度" data-testid="recalculation-progress">
      <Progress percent={percent} status={run.status === 'running' ? 'active' : 'normal'} aria-label="测算进度" />
      <Typography.Text type="secondary">
        {run.status === 'queued' || run.total === null
          ? '排队中，等待开始…'
          : `已测算 ${formatCount(run.processed)} / ${formatCount(run.total)} 件`}
      </Typography.Text>
    </Card>
  );
}
