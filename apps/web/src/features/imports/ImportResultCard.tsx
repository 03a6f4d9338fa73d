import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Col, Descriptions, Progress, Row, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { formatCount, formatDateTime } from '../../lib/format';
import { labelOf, useReference } from '../../lib/reference';
import { BatchLoadingCard, percentOf, progressStatus, useWatchedBatch } from '../../lib/watched-batch';
import type { ImportBatch } from '../../api/views';
import { DryRunTag, ImportStatusTag } from './ImportStatusTag';
import { downloadReport, getImport, isActive } from './import-api';


const STATS: Array<{ key: 'created' | 'updated' | 'unchanged' | 'rejected'; title: string; color?: string }> = [
  { key: 'created', title: '新增', color: '#389e0d' },
  { key: 'updated', title: '更新', color: '#1f5fa8' },
  { key: 'unchanged', title: '未变化' },
  { key: 'rejected', title: '拒绝', color: '#cf1322' },
];

function ProgressText({ batch }: { batch: ImportBatch }) {
  if (batch.status === 'queued') return <>排队中，等待开始…</>;
  if (batch.status === 'running' && !batch.total) return <>正在读取文件…</>;
  return (
    <>
      已处理 {formatCount(batch.processed)} / {formatCount(batch.total)} 行
    </>
  );
}

/** One import: a live progress bar while it runs (polled every 500 ms), then its counts and error report. */
export function ImportResultCard({
  id,
  onChange,
  onFinished,
}: {
  id: string;
  onChange: (batch: ImportBatch) => void;
  onFinished: (batch: ImportBatch) => void;
}) {
  const reference = useReference();
  const { message } = AntApp.useApp();
  const { batch, error, restart, cardRef } = useWatchedBatch(id, getImport, isActive, onChange, onFinished);
  const [reportBusy, setReportBusy] = useState(false);

  const getReport = async () => {
    setReportBusy(true);
    try {
      await downloadReport(id);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setReportBusy(false);
    }
  };

  if (!batch) {
    return <BatchLoadingCard title="导入进度" what="导入进度" testId="import-result" error={error} restart={restart} cardRef={cardRef} rows={3} />;
  }

  const done = !isActive(batch);
  const percent = percentOf(batch);
  const barStatus = progressStatus(batch);

  return (
    <Card
      ref={cardRef}
      data-testid="import-result"
      title={
        <Space size={4} wrap>
          <span>{done ? '导入结果' : '导入进度'}</span>
          <ImportStatusTag status={batch.status} />
          {batch.dryRun && <DryRunTag />}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="文件">
          <Typography.Text ellipsis={{ tooltip: batch.fileName }} style={{ maxWidth: 260 }}>
            {batch.fileName}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="导入类型">{labelOf(reference.importKinds, batch.kind)}</Descriptions.Item>
        <Descriptions.Item label="上传时间">{formatDateTime(batch.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="完成时间">{formatDateTime(batch.finishedAt)}</Descriptions.Item>
      </Descriptions>

      <Progress percent={percent} status={barStatus} aria-label="导入进度" data-testid="import-progress" />
      <Typography.Text type="secondary">
        <ProgressText batch={batch} />
      </Typography.Text>
      {error !== null && !done && (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} message={`进度暂时无法刷新：${errorMessage(error)}`} />
      )}

      {batch.status !== 'queued' && (
        <Row gutter={[12, 12]} style={{ marginTop: 16 }}>
          {STATS.map((s) => (
            <Col key={s.key} xs={12} sm={6}>
              <Card size="small" data-testid={`import-stat-${s.key}`}>
                <Statistic title={s.title} value={batch[s.key]} valueStyle={s.color ? { color: s.color } : undefined} suffix="行" />
              </Card>
            </Col>
          ))}
        </Row>
      )}

      {done && batch.dryRun && batch.status === 'succeeded' && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 16 }}
          message="这是试运行：以上为预计结果，没有写入任何数据"
          description="确认无误后，关闭“试运行”再上传同一文件即可正式导入。"
        />
      )}
      {batch.message && (
        <Alert
          type={batch.status === 'failed' ? 'error' : 'info'}
          showIcon
          style={{ marginTop: 16 }}
          message={batch.message}
          data-testid="import-message"
        />
      )}
      {done && batch.rejected > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          message={`有 ${formatCount(batch.rejected)} 行被拒绝`}
          description="错误报告列出被拒绝的行及其“错误说明”，有问题的单元格标红；改正后可重新上传（已导入的行不会重复导入）。"
          action={
            <Button icon={<DownloadOutlined />} loading={reportBusy} onClick={() => void getReport()}>
              下载错误报告
            </Button>
          }
        />
      )}
    </Card>
  );
}
