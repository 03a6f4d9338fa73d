import { Progress, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ProgressFiguresView } from '../../api/views';
import { formatAmount, formatArea, formatCount } from '../../lib/format';
import { drillPath, percent } from './dashboard-api';

interface RateRow {
  key: string;
  label: string;
  rate: number | null;
  /** What the rate is of, e.g. 已签约 5 / 9 户. */
  detail: string;
  to: string;
}

/** The key rates as small bars, each with its figures; a click opens the cases behind it. */
export function ProgressRates({ figures, project }: { figures: ProgressFiguresView; project: string }) {
  const { signing, vacating, money, area, transitional } = figures;
  const rows: RateRow[] = [
    {
      key: 'signing',
      label: '签约率',
      rate: signing.rate,
      detail: `已签约 ${formatCount(signing.count)} / ${formatCount(signing.of)} 户`,
      to: drillPath(signing.drill),
    },
    {
      key: 'vacating',
      label: '腾地率',
      rate: vacating.rate,
      detail: `已腾地 ${formatCount(vacating.count)} / ${formatCount(vacating.of)} 户`,
      to: drillPath(vacating.drill),
    },
    {
      key: 'paid',
      label: '补偿款支付',
      rate: money.paidRate,
      detail: `已付 ${formatAmount(money.paid)} / 应付 ${formatAmount(money.agreed)} 元`,
      to: drillPath(money.drill),
    },
    ...(money.settled !== null
      ? [
          {
            key: 'received',
            label: '公司到账',
            rate: money.receivedRate,
            detail: `到账 ${formatAmount(money.received)} / 结算 ${formatAmount(money.settled)} 元`,
            to: `/settlements?project=${encodeURIComponent(project)}`,
          },
        ]
      : []),
    {
      key: 'area',
      label: '移交面积',
      rate: area.rate,
      detail: `已移交 ${formatArea(area.handedOverArea)} / ${formatArea(area.totalArea)}`,
      to: drillPath(area.drill),
    },
  ];
  return (
    <div className="dash-rates" data-testid="progress-rates">
      {rows.map((r) => (
        <Link key={r.key} to={r.to} className="dash-rate" data-testid={`rate-${r.key}`}>
          <span className="dash-rate-label">{r.label}</span>
          <Tooltip title={r.detail}>
            <Progress percent={r.rate === null ? 0 : Math.round(r.rate * 1000) / 10} showInfo={false} size="small" strokeColor="#1677ff" />
          </Tooltip>
          <span className="dash-rate-value">{percent(r.rate)}</span>
          <Typography.Text type="secondary" className="dash-rate-detail">
            {r.detail}
          </Typography.Text>
        </Link>
      ))}
      <Link to={drillPath(transitional.drill)} className="dash-rate dash-transitional" data-testid="rate-transitional">
        <span className="dash-rate-label">过渡户存量</span>
        <span className="dash-rate-value">{formatCount(transitional.count)} 户</span>
      </Link>
    </div>
  );
}
