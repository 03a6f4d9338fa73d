import { Card, Col, Divider, Row, Statistic } from 'antd';
import type { RecalculationRunView } from '../../api/views';
import { formatAmount, formatCount } from '../../lib/format';

const RED = '#cf1322';
const GREEN = '#389e0d';

/** One amount in yuan, right-aligned to the fen (never wrapped). */
function Amount({ title, value, testId, color }: { title: string; value: string; testId: string; color?: string }) {
  return (
    <Statistic
      className="xj-recalc-amount"
      title={title}
      value={value}
      formatter={(v) => String(v)}
      suffix="元"
      valueStyle={color ? { color } : undefined}
      data-testid={testId}
    />
  );
}

/** The finished preview's figures: cases, changed, not calculable, and the old and new totals with their difference. */
export function RecalculationSummary({ run }: { run: RecalculationRunView }) {
  const diff = Number(run.difference);
  const difference = diff > 0 ? `+${formatAmount(run.difference)}` : formatAmount(run.difference);
  return (
    <Card title="测算结果" data-testid="recalculation-summary">
      <Row gutter={[24, 16]}>
        <Col xs={8}>
          <Statistic title="预览案件" value={formatCount(run.cases)} suffix="件" data-testid="summary-cases" />
        </Col>
        <Col xs={8}>
          <Statistic title="金额有变化" value={formatCount(run.changed)} suffix="件" data-testid="summary-changed" />
        </Col>
        <Col xs={8}>
          <Statistic
            title="无法测算"
            value={formatCount(run.problems)}
            suffix="件"
            valueStyle={run.problems ? { color: '#d46b08' } : undefined}
            data-testid="summary-problems"
          />
        </Col>
      </Row>
      <Divider style={{ margin: '16px 0' }} />
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8}>
          <Amount title="原合计" value={formatAmount(run.oldTotal)} testId="summary-old-total" />
        </Col>
        <Col xs={24} md={8}>
          <Amount title="新合计" value={formatAmount(run.newTotal)} testId="summary-new-total" />
        </Col>
        <Col xs={24} md={8}>
          <Amount
            title="差额（新 − 原）"
            value={difference}
            testId="summary-difference"
            color={diff > 0 ? RED : diff < 0 ? GREEN : undefined}
          />
        </Col>
      </Row>
    </Card>
  );
}
