import { Alert, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { RecalculationCasePage, RecalculationCaseView } from '../../api/views';
import { formatAmount, formatCount } from '../../lib/format';
import { labelOf, useReference } from '../../lib/reference';
import { getRecalculationCases } from './recalculation-api';
import { RecalculationChanges } from './RecalculationChanges';
import { SignedAmount } from './SignedAmount';

const PAGE_SIZE = 20;

/** The preview's cases page by page, the largest difference first: old and new totals, the difference and the changed lines. */
export function RecalculationCasesTable({ runId }: { runId: string }) {
  const reference = useReference();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<RecalculationCasePage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    getRecalculationCases(runId, page, PAGE_SIZE)
      .then((d) => live && (setData(d), setError(null)))
      .catch((e: unknown) => live && setError(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [runId, page]);

  return (
    <>
      {error !== null && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`差异明细加载失败：${errorMessage(error)}`} />}
      <Table<RecalculationCaseView>
        rowKey="caseId"
        size="small"
        loading={loading}
        data-testid="recalculation-cases"
        dataSource={data?.items ?? []}
        locale={{ emptyText: '没有需要重新测算的案件（未签约且已测算的案件）' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `共 ${formatCount(n)} 件`,
          onChange: setPage,
        }}
        columns={[
          {
            title: '案件/主体',
            key: 'subject',
            width: 220,
            render: (_, r) => (
              <>
                <Link to={`/cases/${r.caseId}`}>{r.subjectCode ?? '案件'}</Link> {r.party}
                {r.subjectType && (
                  <div>
                    <Typography.Text type="secondary">{labelOf(reference.subjectTypes, r.subjectType)}</Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            title: '原合计（元）',
            dataIndex: 'oldTotal',
            width: 140,
            align: 'right',
            render: (v: string) => <span className="xj-amount">{formatAmount(v)}</span>,
          },
          {
            title: '新合计（元）',
            dataIndex: 'newTotal',
            width: 140,
            align: 'right',
            render: (v: string | null) => <span className="xj-amount">{formatAmount(v)}</span>,
          },
          {
            title: '差额（元）',
            dataIndex: 'difference',
            width: 130,
            align: 'right',
            render: (v: string | null) => <SignedAmount value={v} />,
          },
          { title: '变化的项目', key: 'changes', render: (_, r) => <RecalculationChanges row={r} /> },
        ]}
      />
    </>
  );
}
