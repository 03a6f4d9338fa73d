import { Card, Col, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import type { OwnershipTotalsView } from '../../api/views';
import { EChart, type EChartOption } from '../../lib/EChart';
import { formatArea } from '../../lib/format';

/** The register's totals: count and area, by owner kind (statistic cards) and by use (a bar chart of the area). */
export function OwnershipTotals({ totals }: { totals: OwnershipTotalsView }) {
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 90, right: 80, top: 8, bottom: 8 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatArea(v) },
      xAxis: { type: 'value', show: false },
      yAxis: { type: 'category', inverse: true, data: totals.byUse.map((l) => l.label) },
      series: [
        {
          type: 'bar',
          name: '面积',
          data: totals.byUse.map((l) => Number(l.area)),
          label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => `${totals.byUse[p.dataIndex]!.count} 宗` },
        },
      ],
    }),
    [totals],
  );
  return (
    <Row gutter={12} style={{ marginBottom: 12 }} data-testid="ownership-totals">
      <Col xs={24} lg={12}>
        <Row gutter={[12, 12]}>
          <Col span={12}>
            <Card size="small">
              <Statistic title="合计" value={totals.area} suffix="㎡" precision={2} />
              <div style={{ color: '#8c8c8c' }}>{totals.count} 宗</div>
            </Card>
          </Col>
          {totals.byOwner.map((l) => (
            <Col span={12} key={l.key}>
              <Card size="small">
                <Statistic title={l.label} value={l.area} suffix="㎡" precision={2} />
                <div style={{ color: '#8c8c8c' }}>{l.count} 宗</div>
              </Card>
            </Col>
          ))}
        </Row>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title="按土地用途（面积）" styles={{ body: { padding: 8 } }}>
          <EChart option={option} height={176} ariaLabel="按土地用途的面积" />
        </Card>
      </Col>
    </Row>
  );
}
