import type { QuotaView } from '../../api/views';
import { EChart, type EChartOption } from '../../lib/EChart';

/** The twelve months, then the year's end, where the forecast lines arrive. */
const AXIS = [...Array.from({ length: 12 }, (_, i) => `${i + 1}月`), '年末'];
const YEAR_END = AXIS.length - 1;

/**
 * The burn-up (燃尽图): households solved, cumulative by month (an area; the present month up to the data's date), the
 * year's target (a horizontal line) and the forecast — low, expected and high — as dashed lines from the last actual
 * month to the year's end. A click on a month's point opens the households solved in it.
 */
export function BurnUpChart({ quota, onMonthClick }: { quota: QuotaView; onMonthClick(month: string): void }) {
  const actual = quota.byMonth.map((m) => m.cumulative);
  const last = quota.byMonth.length; // months with actual figures (0–12)
  const from = Math.max(0, last - 1);
  const start = actual.at(-1) ?? 0;
  // A forecast line: straight from the last actual month's value (0 in January for a year still ahead) to the year's end.
  const forecastLine = (end: number) => AXIS.map((_, i) => (i < from ? null : Math.round(start + ((end - start) * (i - from)) / (YEAR_END - from))));
  const showForecast = quota.forecast.daysLeft > 0;
  const dashed = (name: string, end: number, color: string) => ({
    name,
    type: 'line',
    data: forecastLine(end),
    connectNulls: false,
    symbol: 'none',
    lineStyle: { type: 'dashed', width: 2, color },
    itemStyle: { color },
  });
  const option: EChartOption = {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v === null || v === undefined ? '—' : `${v as number} 户`) },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: AXIS, boundaryGap: false },
    yAxis: { type: 'value', name: '户', min: 0, max: (v: { max: number }) => Math.ceil(Math.max(v.max, quota.target ?? 0) * 1.05) },
    series: [
      {
        name: '累计解决',
        type: 'line',
        data: actual,
        areaStyle: { opacity: 0.25 },
        symbolSize: 8,
        itemStyle: { color: '#1677ff' },
        label: { show: true, position: 'top', fontSize: 11 },
        markLine:
          quota.target !== null
            ? { symbol: 'none', silent: true, lineStyle: { color: '#cf1322', width: 2 }, label: { formatter: `年度目标 ${quota.target} 户`, position: 'insideEndTop' }, data: [{ yAxis: quota.target }] }
            : undefined,
      },
      ...(showForecast
        ? [dashed('预测（高）', quota.forecast.high, '#52c41a'), dashed('预测（预期）', quota.forecast.expected, '#fa8c16'), dashed('预测（低）', quota.forecast.low, '#8c8c8c')]
        : []),
    ],
  };
  return (
    <EChart
      option={option}
      height={340}
      data-testid="burn-up-chart"
      ariaLabel={`${quota.year} 年住房解决燃尽图：累计 ${quota.solved} 户${quota.target !== null ? `，目标 ${quota.target} 户` : ''}，预计年末 ${quota.forecast.low}–${quota.forecast.high} 户`}
      onItemClick={(item) => {
        if (item.seriesName !== '累计解决' || item.dataIndex >= quota.byMonth.length) return;
        const month = quota.byMonth[item.dataIndex]?.month;
        if (month) onMonthClick(month);
      }}
    />
  );
}
