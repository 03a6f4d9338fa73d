import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Descriptions, Progress, Skeleton, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { formatCount, formatDateTime } from '../../lib/format';
import { labelOf, useReference } from '../../lib/reference';
import { usePolled } from '../../lib/use-polled';
import { describeFilters, ExportStatusTag } from './ExportStatusTag';
import { downloadExport, getExport } from './export-api';
import { isActive, type ExportBatch } from './types';

function percentOf(b: ExportBatch): number {
  if (b.status === 'succeeded') return 100;
  if (!b.total) return 0;
  return Math.min(100, Math.floor((b.processed / b.total) * 100));
}

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
  const { value: batch, error, restart } = usePolled(id, getExport, isActive);
  const [downloading, setDownloading] = useState(false);

  // On a narrow screen the card sits below the form or far above the list row clicked: bring it into view once.
  const cardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    cardRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [id]);

  const seenActive = useRef<string | null>(null);
  useEffect(() => {
    if (!batch) return;
    onChange(batch);
    if (isActive(batch)) seenActive.current = batch.id;
    else if (seenActive.current === batch.id) {
      seenActive.current = null;
      onFinished(batch);
    }
  }, [batch, onChange, onFinished]);

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
      <Card title="导出进度" ref={cardRef} data-testid="export-progress-card">
        {error ? (
          <Alert
            type="error"
            showIcon
            message="无法读取导出进度"
            description={errorMessage(error)}
            action={
              <Button size="small" icon={<ReloadOutlined />} onClick={restart}>
                重试
              </Button>
            }
          />
        ) : (
          <Skeleton active paragraph={{ rows: 2 }} />
        )}
      </Card>
    );
  }

  const done = !isActive(batch);
  const status =
    batch.status === 'failed' ? 'exception' : batch.status === 'succeeded' ? 'success' : batch.status === 'running' ? 'active' : 'normal';
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
