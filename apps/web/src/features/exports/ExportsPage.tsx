import { PageContainer } from '@ant-design/pro-components';
import { Col, Row } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import type { ExportBatch } from '../../api/views';
import { QueueConsumersAlert } from '../../lib/queue-consumers';
import { ExportForm } from './ExportForm';
import { ExportHistoryTable } from './ExportHistoryTable';
import { ExportProgressCard } from './ExportProgressCard';
import { filtersFromQuery } from './query-filters';

/** 导出: choose what and which rows, follow the file being written, download it; past exports below. */
export function ExportsPage() {
  const [searchParams] = useSearchParams();
  const query = searchParams.toString();
  // A full 身份证号 or phone as the keyword comes in the navigation state, never in the address.
  const stateQ = (useLocation().state as { q?: unknown } | null)?.q;
  const personalQ = typeof stateQ === 'string' ? stateQ : undefined;
  // Stable per address, so the form is refilled only when the address's filters change.
  const initial = useMemo(() => {
    const { kind, filters } = filtersFromQuery(new URLSearchParams(query));
    return { kind, ...filters, ...(personalQ ? { q: personalQ } : {}) };
  }, [query, personalQ]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  // The export shown above, as last polled: its row in the list shows the same live state.
  const [live, setLive] = useState<ExportBatch | null>(null);
  const reloadList = useCallback(() => setReloadKey((k) => k + 1), []);
  const requested = useCallback((id: string) => {
    setSelectedId(id);
    setReloadKey((k) => k + 1);
  }, []);

  return (
    <PageContainer title="Excel 导出" content="导出动迁户台账、案件进度统计、签约台账、支付台账、阳光征收公示表或月度推进情况报告；文件在后台生成，完成后即可下载。">
      <QueueConsumersAlert style={{ marginBottom: 16 }} />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <ExportForm initial={initial} onRequested={requested} />
        </Col>
        {selectedId && (
          <Col span={24}>
            <ExportProgressCard key={selectedId} id={selectedId} onChange={setLive} onFinished={reloadList} />
          </Col>
        )}
        <Col span={24}>
          <ExportHistoryTable reloadKey={reloadKey} live={live} selectedId={selectedId} onSelect={setSelectedId} />
        </Col>
      </Row>
    </PageContainer>
  );
}
