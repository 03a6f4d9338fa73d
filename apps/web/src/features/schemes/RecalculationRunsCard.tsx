import { CalculatorOutlined } from '@ant-design/icons';
import { App, Button, Card, Table } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { RecalculationRunView, SchemeVersionView } from '../../api/views';
import { formatCount, formatDateTime } from '../../lib/format';
import { listRecalculations, startRecalculation } from './recalculation-api';
import { SignedAmount } from './SignedAmount';

/** A published (or replaced) version's recalculation previews, newest first; 重新测算预览 starts another one for the version in force. */
export function RecalculationRunsCard({ version }: { version: SchemeVersionView }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [runs, setRuns] = useState<RecalculationRunView[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    listRecalculations(version.id).then(
      (r) => live && setRuns(r),
      (e: unknown) => live && (setRuns([]), message.error(errorMessage(e))),
    );
    return () => {
      live = false;
    };
  }, [version.id, message]);

  const start = async () => {
    setBusy(true);
    try {
      const run = await startRecalculation(version.id);
      navigate(`/admin/recalculations/${run.id}`);
    } catch (e) {
      message.error(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Card
      title="重新测算预览"
      size="small"
      data-testid="recalculation-runs"
      extra={
        version.status === 'published' && (
          <Button icon={<CalculatorOutlined />} loading={busy} onClick={() => void start()}>
            重新测算预览
          </Button>
        )
      }
    >
      <Table<RecalculationRunView>
        rowKey="id"
        size="small"
        loading={runs === null}
        pagination={false}
        dataSource={runs ?? []}
        locale={{ emptyText: '本版本还没有重新测算预览' }}
        columns={[
          {
            title: '发起时间',
            dataIndex: 'createdAt',
            width: 150,
            render: (v: string, r) => <Link to={`/admin/recalculations/${r.id}`}>{formatDateTime(v)}</Link>,
          },
          { title: '发起人', dataIndex: 'createdBy', width: 90 },
          { title: '状态', dataIndex: 'statusLabel', width: 80 },
          { title: '案件数', dataIndex: 'cases', width: 80, align: 'right', render: (n: number) => formatCount(n) },
          { title: '有变化', dataIndex: 'changed', width: 80, align: 'right', render: (n: number) => formatCount(n) },
          { title: '差额（元）', dataIndex: 'difference', width: 140, align: 'right', render: (v: string) => <SignedAmount value={v} /> },
          {
            title: '应用',
            key: 'applied',
            render: (_, r) =>
              r.appliedAt
                ? `${formatDateTime(r.appliedAt)} 已应用 ${formatCount(r.appliedCount)} 件，跳过 ${formatCount(r.skippedCount)} 件`
                : '未应用',
          },
        ]}
      />
    </Card>
  );
}
