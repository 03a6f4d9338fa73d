import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Descriptions, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { formatCount, formatDateTime } from '../../lib/format';
import { labelOf, useReference } from '../../lib/reference';
import { BatchLoadingCard, percentOf, progressStatus, useWatchedBatch } from '../../lib/watched-batch';
import type { ExportBatch } from '../../api/views';
import { describeFilters, ExportStatusTag } from './ExportStatusTag';
import { downloadExport, getExport, isActive } from './export-api';

/** One export: a live progress bar while the file is written (polled every 500 ms), then 下载. */
export function ExportProgressCard({
  id,
  onChange,
  onFinished,
}: {
  id: string;
  onChange: (batch: ExportBatch) => void;
  onFinished: (batch: ExportBatch) => void;
}) {
  const reference = useReference();
  const { message } = AntApp.useApp();
  const { batch, error, restart, cardRef } = useWatchedBatch(id, getExport, isActive, onChange, onFinished);
  const [downloading, setDownloading] = useState(false);

  const save = async () => {
    setDownloading(true);
    try {
      await downloadExport(id);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setDownloading(false);
    }
  };

  if (!batch) {
    return (
      <BatchLoadingCard
        title="导出进度"
        what="导出进度"
        testId="export-progress-card"
        error={error}
        restart={restart}
        cardRef={cardRef}
        rows={2}
      />
    );
  }

  const done = !isActive(batch);
  const status = progressStatus(batch);
  return (
    <Card
      ref={cardRef}
      data-testid="export-progress-card"
      title={
        <Space size={4} wrap>
          <span>{done ? '导出结果' : '导出进度'}</span>
          <ExportStatusTag status={batch.status} />
        </Space>
      }
      extra={
        batch.status === 'succeeded' && (
          <Button type="primary" icon={<DownloadOutlined />} loading={downloading} onClick={() => void save()}>
            下载
          </Button>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="导出内容">{batch.kindLabel ?? labelOf(reference.exportKinds, batch.kind)}</Descriptions.Item>
        <Descriptions.Item label="筛选条件">{describeFilters(batch.filters, reference.caseStatuses)}</Descriptions.Item>
        <Descriptions.Item label="申请时间">{formatDateTime(batch.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="完成时间">{formatDateTime(batch.finishedAt)}</Descriptions.Item>
      </Descriptions>
      <Progress percent={percentOf(batch)} status={status} aria-label="导出进度" data-testid="export-progress" />
      <Typography.Text type="secondary">
        {batch.status === 'queued'
          ? '排队中，等待开始…'
          : batch.status === 'succeeded'
            ? `已生成 ${batch.fileName}，共 ${formatCount(batch.total)} 行`
            : `已写出 ${formatCount(batch.processed)} / ${formatCount(batch.total)} 行`}
      </Typography.Text>
      {error !== null && !done && (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} message={`进度暂时无法刷新：${errorMessage(error)}`} />
      )}
      {batch.message && (
        <Alert type={batch.status === 'failed' ? 'error' : 'info'} showIcon style={{ marginTop: 12 }} message={batch.message} />
      )}
    </Card>
  );
}
