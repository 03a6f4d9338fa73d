import type { MilestoneView } from '../../api/views';
import { EChart, type EChartOption } from '../../lib/EChart';
import { todayInShanghai } from '../../lib/format';
import { OVERDUE_COLOR, ownerOf, STATUS_COLORS, STATUS_LABELS } from './milestones-api';

const DAY = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00+08:00`);
const dateText = (value: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(value));

/**
 * The Gantt-like timeline: one row per node, a bar from its planned date to its actual date (done) or to today
 * (not done), coloured by status, red when overdue; a line marks today (or, when today is far past the plan, the
 * chart's right edge, where the open bars stop: 至今). A click opens the node.
 */
export function MilestoneTimeline({ milestones, onOpen }: { milestones: MilestoneView[]; onOpen(m: MilestoneView): void }) {
  const today = todayInShanghai();
  const rows = milestones.map((m) => {
    const end = m.actualOn ?? today;
    const from = Math.min(ms(m.plannedOn), ms(end));
    // at least a day wide, so a node done on its planned date still shows
    const to = Math.max(ms(m.plannedOn), ms(end), from + DAY);
    return { m, from, to, color: m.due === 'overdue' ? OVERDUE_COLOR : STATUS_COLORS[m.status] };
  });
  // The plan's own span (planned and actual dates). When today lies far beyond it (a plan of years ago, still open),
  // the chart keeps to the plan and the open bars run to its right edge, marked 至今, instead of squeezing the plan
  // into a sliver at the left.
  const dates = milestones.flatMap((m) => [ms(m.plannedOn), ...(m.actualOn ? [ms(m.actualOn)] : [])]);
  const planStart = Math.min(...dates);
  const planEnd = Math.max(...dates);
  const clipped = ms(today) > planEnd + Math.max(planEnd - planStart, 180 * DAY);
  const min = Math.min(planStart, clipped ? planStart : ms(today)) - 15 * DAY;
  const max = clipped ? planEnd + 60 * DAY : Math.max(...rows.map((r) => r.to), ms(today)) + 15 * DAY;
  for (const r of rows) r.to = Math.min(r.to, max);
  const names = rows.map((r) => `${r.m.name}｜${ownerOf(r.m)}`);
  const option: EChartOption = {
    grid: { left: 24, right: 24, top: 28, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const m = rows[p.dataIndex]!.m;
        const state = m.due === 'overdue' ? `，已逾期 ${m.daysOverdue} 天` : m.due === 'soon' ? '，14 天内到期' : '';
        return `${m.name}<br/>${ownerOf(m)}<br/>计划 ${m.plannedOn}${m.actualOn ? `，实际 ${m.actualOn}` : ''}<br/>${STATUS_LABELS[m.status]}${state}<br/>责任单位：${m.responsibleUnit}`;
      },
    },
    xAxis: { type: 'value', min, max, axisLabel: { formatter: (v: number) => dateText(v).slice(0, 7) }, splitLine: { show: true } },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 240, overflow: 'truncate' } },
    series: [
      { type: 'bar', stack: 'span', silent: true, itemStyle: { color: 'transparent' }, data: rows.map((r) => r.from), barWidth: 14 },
      {
        type: 'bar',
        stack: 'span',
        name: '时间节点',
        data: rows.map((r) => ({ value: r.to - r.from, itemStyle: { color: r.color } })),
        barWidth: 14,
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: OVERDUE_COLOR, type: 'dashed' },
          label: { formatter: clipped ? `至今（今天 ${today}）→` : `今天 ${today}`, position: 'insideEndTop' },
          data: [{ xAxis: clipped ? max : ms(today) }],
        },
      },
    ],
  };
  return (
    <EChart
      option={option}
      height={Math.max(160, 40 + rows.length * 26)}
      ariaLabel={`时间节点甘特图：${rows.length} 个节点，其中逾期 ${rows.filter((r) => r.m.due === 'overdue').length} 个`}
      data-testid="milestone-timeline"
      onItemClick={(item) => {
        const row = rows[item.dataIndex];
        if (row && item.seriesName === '时间节点') onOpen(row.m);
      }}
    />
  );
}
