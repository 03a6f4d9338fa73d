import { Button, Card, Col, Row } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RectificationSummaryView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { getRectificationSummary } from '../rectification/rectification-api';
import { MonthlyCasesChart, StockBurnDownChart } from '../rectification/RectificationCharts';
import { RectificationFigures } from '../rectification/SummaryPage';

/** 综合整治 on the leader's home: the year's four figures, the stock burn-down and the new cases per month. */
export function RectificationPanel({ year }: { year?: number }) {
  const { user } = useAuth();
  const navigate = useNavigate();
  const reads = !!user && user.roles.some((r) => r === 'leader' || r === 'admin' || r === 'officer');
  const [summary, setSummary] = useState<RectificationSummaryView | null>(null);
  useEffect(() => {
    if (reads) getRectificationSummary(year).then(setSummary, () => setSummary(null));
  }, [reads, year]);
  if (!summary) return null;
  return (
    <Card
      size="small"
      title={`综合整治（${summary.year} 年）`}
      data-testid="rectification-panel"
      extra={
        <Button type="link" size="small" onClick={() => navigate('/rectification/summary')}>
          整治统计
        </Button>
      }
    >
      <RectificationFigures summary={summary} />
      <Row gutter={16} style={{ marginTop: 12 }}>
        <Col xs={24} xl={12}>
          <StockBurnDownChart summary={summary} height={240} />
        </Col>
        <Col xs={24} xl={12}>
          <MonthlyCasesChart summary={summary} height={240} />
        </Col>
      </Row>
    </Card>
  );
}
