import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import type { RecalculationRunView, SchemeVersionView } from '../../api/views';
import { formatCount, formatDateTime } from '../../lib/format';
import { usePolled } from '../../lib/use-polled';
import { getRecalculation, isRunning } from './recalculation-api';
import { RecalculationApplyButton } from './RecalculationApplyButton';
import { RecalculationCasesTable } from './RecalculationCasesTable';
import { RecalculationExportButton } from './RecalculationExportButton';
import { RecalculationProgressCard } from './RecalculationProgressCard';
import { RecalculationRestartButton } from './RecalculationRestartButton';
import { RecalculationSummary } from './RecalculationSummary';
import { getVersion } from './scheme-api';

const STATUS_COLORS = { queued: 'default', running: 'processing', succeeded: 'success', failed: 'error' } as const;

/**
 * 重新测算预览 (`/admin/recalculations/:id`): the progress while the preview is calculated (polled every
 * second), then its figures and every case's difference; 应用 stores the new calculations, 导出差异表 the workbook.
 */
export function RecalculationPage() {
  const { id = '' } = useParams();
  const polled = usePolled(id, getRecalculation, isRunning, 1000);
  const [applied, setApplied] = useState<RecalculationRunView | null>(null);
  const [version, setVersion] = useState<SchemeVersionView | null>(null);
  const run = applied?.id === id ? applied : polled.value;
  const versionId = run?.schemeVersionId;

  useEffect(() => {
    if (versionId) void getVersion(versionId).then(setVersion, () => setVersion(null));
  }, [versionId]);

  if (!run) {
    const missing = polled.error instanceof ApiError && polled.error.status === 404;
    return (
      <PageContainer title="重新测算预览">
        <Card>
          {polled.error ? (
            <Result
              status={missing ? '404' : 'error'}
              title={missing ? '重新测算任务不存在' : '加载失败'}
              subTitle={errorMessage(polled.error)}
              extra={<Button onClick={polled.restart}>重试</Button>}
            />
          ) : (
            <Skeleton active paragraph={{ rows: 6 }} />
          )}
        </Card>
      </PageContainer>
    );
  }

  const finished = !isRunning(run);
  const schemeLink = version && <Link to={`/admin/schemes/${version.id}`}>{`${version.name}（第 ${version.number} 版）`}</Link>;
  return (
    <PageContainer
      title="重新测算预览"
      tags={<Tag color={STATUS_COLORS[run.status]}>{run.statusLabel}</Tag>}
      breadcrumb={{
        items: [
          {
            title: (
              <Link to={version ? `/admin/schemes?project=${encodeURIComponent(version.projectCode)}` : '/admin/schemes'}>补偿方案</Link>
            ),
          },
          { title: version ? <Link to={`/admin/schemes/${version.id}`}>第 {version.number} 版</Link> : '…' },
          { title: '重新测算预览' },
        ],
      }}
      extra={[
        <RecalculationExportButton key="export" runId={run.id} disabled={run.status !== 'succeeded'} />,
        <RecalculationApplyButton key="apply" run={run} onApplied={setApplied} />,
      ]}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xxl: 4, xl: 4, lg: 2, md: 2, sm: 1, xs: 1 }}
            items={[
              { key: 'project', label: '项目', children: version?.projectCode ?? '—' },
              { key: 'scheme', label: '补偿方案版本', children: schemeLink ?? '—' },
              { key: 'by', label: '发起', children: `${formatDateTime(run.createdAt)} ${run.createdBy}` },
              { key: 'done', label: '完成时间', children: formatDateTime(run.finishedAt) },
            ]}
          />
        </Card>
        {run.appliedAt ? (
          <Alert
            type="success"
            showIcon
            data-testid="recalculation-applied-alert"
            message={`已应用：保存新测算 ${formatCount(run.appliedCount)} 件，跳过 ${formatCount(run.skippedCount)} 件`}
            description={`${formatDateTime(run.appliedAt)} 由 ${run.appliedBy ?? '—'} 应用。预览后已签约、信息已变更或无法测算的案件保留原测算。`}
          />
        ) : (
          run.status === 'succeeded' && (
            <Alert
              type="info"
              showIcon
              message="以下为预览，尚未保存。核对差额无误后点击“应用”，为未签约案件保存新测算；已签约案件的测算不变。"
            />
          )
        )}
        {run.status === 'failed' && (
          <Alert
            type="error"
            showIcon
            data-testid="recalculation-failed"
            message="重新测算失败"
            description={run.message ?? '原因不明，请重新发起'}
            action={version?.status === 'published' && <RecalculationRestartButton schemeVersionId={version.id} />}
          />
        )}
        {polled.error !== null && !finished && (
          <Alert type="warning" showIcon message={`进度暂时无法刷新：${errorMessage(polled.error)}`} />
        )}
        {!finished && <RecalculationProgressCard run={run} />}
        {run.status === 'succeeded' && <RecalculationSummary run={run} />}
        {run.status === 'succeeded' && (
          <Card title="差异明细（差额大的在前）">
            <RecalculationCasesTable runId={run.id} />
          </Card>
        )}
      </Space>
    </PageContainer>
  );
}
