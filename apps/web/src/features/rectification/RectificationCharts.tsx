import type { RectificationSummaryView } from '../../api/views';
import { EChart, type EChartOption } from '../../lib/EChart';

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** 存量燃尽: the year-start stock still open at each month's end, against the stock at the start. */
export function StockBurnDownChart({ summary, height = 280 }: { summary: RectificationSummaryView; height?: number }) {
  const option: EChartOption = {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${v as number} 处` },
    grid: { left: 44, right: 24, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: ['年初', ...MONTHS], boundaryGap: false },
    yAxis: { type: 'value', name: '处', min: 0, minInterval: 1 },
    series: [
      {
        name: '剩余存量',
        type: 'line',
        data: [summary.stockAtStart, ...summary.byMonth.map((m) => m.stockRemaining)],
        areaStyle: { opacity: 0.2 },
        itemStyle: { color: '#cf1322' },
        label: { show: true, position: 'top', fontSize: 11 },
      },
    ],
  };
  return (
    <EChart
      option={option}
      height={height}
      data-testid="stock-burn-down-chart"
      ariaLabel={`${summary.year} 年存量燃尽：年初存量 ${summary.stockAtStart} 处，年内消除存量 ${summary.stockEliminated} 处`}
    />
  );
}

/** 每月新增与消除: new cases found and cases eliminated per month. */
export function MonthlyCasesChart({ summary, height = 280 }: { summary: RectificationSummaryView; height?: number }) {
  const option: EChartOption = {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${v as number} 处` },
    legend: { top: 0 },
    grid: { left: 44, right: 24, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: MONTHS },
    yAxis: { type: 'value', name: '处', min: 0, minInterval: 1 },
    series: [
      { name: '新增', type: 'bar', data: summary.byMonth.map((m) => m.newFound), itemStyle: { color: '#fa8c16' } },
      { name: '消除', type: 'bar', data: summary.byMonth.map((m) => m.eliminated), itemStyle: { color: '#52c41a' } },
    ],
  };
  return (
    <EChart
      option={option}
      height={height}
      data-testid="monthly-cases-chart"
      ariaLabel={`${summary.year} 年每月新增 ${summary.newFound} 处、消除 ${summary.eliminated} 处`}
    />
  );
}
