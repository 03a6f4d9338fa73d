import { ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Pagination, Segmented } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import type { ActionItemView, Page } from '../../api/views';
import { ActionItemsTable } from './ActionItemsTable';
import { listActionItems } from './communication-api';

const PAGE_SIZE = 20;
type State = 'overdue' | 'open' | 'done';

/** 落实事项: the action items of the user's projects, overdue ones first (for both sides); the owning side closes them here. */
export function OverdueItemsPage() {
  const [state, setState] = useState<State>('overdue');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<ActionItemView> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      setData(await listActionItems({ state, page, pageSize: PAGE_SIZE }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [state, page]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <PageContainer
      title="落实事项"
      subTitle="沟通中商定的事项；逾期未完成的在此列出，镇动迁办和西虹桥公司共同可见"
      extra={[
        <Segmented<State>
          key="state"
          value={state}
          onChange={(v) => {
            setPage(1);
            setState(v);
          }}
          options={[
            { value: 'overdue', label: '逾期未完成' },
            { value: 'open', label: '全部未完成' },
            { value: 'done', label: '已完成' },
          ]}
        />,
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <ActionItemsTable items={data?.items ?? []} loading={loading} withSource onChanged={() => void load()} testId="action-items" />
      {data && data.total > PAGE_SIZE && (
        <Pagination style={{ marginTop: 16, textAlign: 'right' }} current={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} showTotal={(n) => `共 ${n} 项`} />
      )}
    </PageContainer>
  );
}
