import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Col, Row, Select, Statistic, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, call, errorMessage } from '../../api/client';
import type { RectificationSummaryView } from '../../api/views';
import { getRectificationSummary } from './rectification-api';
import { MonthlyCasesChart, StockBurnDownChart } from './RectificationCharts';

const YEARS = Array.from({ length: 8 }, (_, i) => 2012 + i);
type Figures = Pick<RectificationSummaryView, 'stockAtStart' | 'eliminated' | 'newFound' | 'open'>;
const FIGURE_COLUMNS = [
  { title: '年初存量', dataIndex: 'stockAtStart', align: 'right' as const },
  { title: '新增', dataIndex: 'newFound', align: 'right' as const },
  { title: '消除', dataIndex: 'eliminated', align: 'right' as const },
  { title: '未消除', dataIndex: 'open', align: 'right' as const },
];

/** The four figures of a year side by side. */
export function RectificationFigures({ summary }: { summary: Figures }) {
  return (
    <Row gutter={16}>
      <Col span={6}>
        <Statistic title="年初存量" value={summary.stockAtStart} suffix="处" />
      </Col>
      <Col span={6}>
        <Statistic title="年内消除" value={summary.eliminated} suffix="处" valueStyle={{ color: '#389e0d' }} />
      </Col>
      <Col span={6}>
        <Statistic title="年内新增" value={summary.newFound} suffix="处" valueStyle={{ color: '#d46b08' }} />
      </Col>
      <Col span={6}>
        <Statistic title="未消除" value={summary.open} suffix="处" valueStyle={{ color: '#cf1322' }} />
      </Col>
    </Row>
  );
}

/** 整治统计: a year's stock at the start, eliminated, new and open — by village, kind and month, with the charts. */
export function SummaryPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [summary, setSummary] = useState<RectificationSummaryView | null>(null);
  useEffect(() => {
    getRectificationSummary(year).then(setSummary, (e: unknown) => message.error(errorMessage(e)));
  }, [year, message]);
  const exportLedger = async () => {
    try {
      await call(api.POST('/api/exports', { body: { kind: 'rectification-ledger', filters: { year: summary?.year } } }));
      message.success('已开始导出综合整治台账，请到“导出”页下载');
      navigate('/exports');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <PageContainer
      title="整治统计"
      extra={[
        <Select
          key="year"
          style={{ width: 110 }}
          value={summary?.year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: `${y} 年` }))}
          data-testid="summary-year"
        />,
        <Button key="export" onClick={() => void exportLedger()} data-testid="export-ledger">
          导出综合整治台账
        </Button>,
      ]}
    >
      {summary && (
        <Row gutter={[16, 16]} data-testid="rectification-summary">
          <Col span={24}>
            <Card>
              <RectificationFigures summary={summary} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title="存量燃尽（月末剩余的年初存量）">
              <StockBurnDownChart summary={summary} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title="每月新增与消除">
              <MonthlyCasesChart summary={summary} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title="按村">
              <Table
                rowKey="village"
                size="small"
                pagination={false}
                dataSource={summary.byVillage}
                columns={[{ title: '村', dataIndex: 'village' }, ...FIGURE_COLUMNS]}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title="按类型">
              <Table
                rowKey="kind"
                size="small"
                pagination={false}
                dataSource={summary.byKind}
                columns={[{ title: '类型', dataIndex: 'kindLabel' }, ...FIGURE_COLUMNS]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </PageContainer>
  );
}
