import { Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import type { ClearanceView } from '../../api/views';

const W = 640;
const H = 260;
const PAD = { left: 44, right: 16, top: 24, bottom: 44 };
const SERIES = [
  { key: 'startStock', label: '年初存量', color: '#8c8c8c' },
  { key: 'entered', label: '年内新增', color: '#fa8c16' },
  { key: 'delivered', label: '已交房', color: '#52c41a' },
  { key: 'projected', label: '预计交房', color: '#95de64' },
  { key: 'endStock', label: '预计年末存量', color: '#1677ff' },
] as const;

/**
 * 三年清零: per year the stock at its start, the households vacated in it, those delivered and those projected from the planned
 * delivery dates, and the projected stock at its end — grouped bars drawn in SVG (the web app has no chart library).
 */
export function ClearanceChart({ view }: { view: ClearanceView }) {
  const max = Math.max(1, ...view.years.flatMap((y) => SERIES.map((s) => y[s.key])));
  const plotH = H - PAD.top - PAD.bottom;
  const groupW = (W - PAD.left - PAD.right) / view.years.length;
  const barW = Math.min(34, (groupW - 24) / SERIES.length);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f));
  const last = view.years.at(-1);
  return (
    <Card size="small" title="过渡户三年清零" data-testid="clearance-chart">
      <Row gutter={24} align="middle">
        <Col xs={24} xl={16}>
          {view.years.length === 0 ? (
            <Empty />
          ) : (
            <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label="过渡户三年清零柱状图" style={{ maxWidth: W, fontSize: 12 }}>
              {[...new Set(ticks)].map((tick) => {
                const y = PAD.top + plotH - (tick / max) * plotH;
                return (
                  <g key={tick}>
                    <line x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} stroke="#f0f0f0" />
                    <text x={PAD.left - 6} y={y + 4} textAnchor="end" fill="#8c8c8c">
                      {tick}
                    </text>
                  </g>
                );
              })}
              {view.years.map((year, i) => {
                const x0 = PAD.left + i * groupW + (groupW - barW * SERIES.length) / 2;
                return (
                  <g key={year.year}>
                    {SERIES.map((s, j) => {
                      const value = year[s.key];
                      const h = (value / max) * plotH;
                      const x = x0 + j * barW;
                      return (
                        <g key={s.key}>
                          <rect x={x + 2} y={PAD.top + plotH - h} width={barW - 4} height={Math.max(h, value > 0 ? 1 : 0)} fill={s.color} rx={2}>
                            <title>{`${year.year} 年${s.label}：${value} 户`}</title>
                          </rect>
                          <text x={x + barW / 2} y={PAD.top + plotH - h - 4} textAnchor="middle" fill="#595959">
                            {value}
                          </text>
                        </g>
                      );
                    })}
                    <text x={PAD.left + i * groupW + groupW / 2} y={H - PAD.bottom + 18} textAnchor="middle" fill="#262626">
                      {year.year} 年{year.projectedStart ? '（预计）' : ''}
                    </text>
                  </g>
                );
              })}
              {SERIES.map((s, j) => (
                <g key={s.key} transform={`translate(${PAD.left + j * 112}, ${H - 12})`}>
                  <rect width={12} height={12} y={-10} fill={s.color} rx={2} />
                  <text x={16} fill="#595959">
                    {s.label}
                  </text>
                </g>
              ))}
            </svg>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <Row gutter={[16, 16]}>
            <Col span={12}>
              <Statistic title="目前过渡户" value={view.currentStock} suffix="户" />
            </Col>
            <Col span={12}>
              <Statistic title="尚无交付计划" value={view.unscheduled} suffix="户" valueStyle={view.unscheduled ? { color: '#d46b08' } : undefined} />
            </Col>
            {last && (
              <Col span={24}>
                <Statistic title={`${last.year} 年末预计存量`} value={last.endStock} suffix="户" valueStyle={{ color: last.endStock === 0 ? '#389e0d' : '#cf1322' }} />
              </Col>
            )}
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            预计交房按已分配房源（或其楼栋、基地）的计划交付日期推算；今年含计划日期已过仍未交房的户。预计年末存量 = 年初 + 年内新增 − 已交房 − 预计交房。
          </Typography.Paragraph>
        </Col>
      </Row>
    </Card>
  );
}
