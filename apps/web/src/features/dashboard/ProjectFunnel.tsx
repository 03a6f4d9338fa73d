import { useNavigate } from 'react-router-dom';
import type { FunnelStepView } from '../../api/views';
import { EChart } from '../../lib/EChart';
import { formatCount } from '../../lib/format';
import { drillPath } from './dashboard-api';

const COLORS = ['#91caff', '#69b1ff', '#4096ff', '#1677ff', '#0958d9', '#003eb3'];

/**
 * A project's (or parcel's) funnel of households: 已摸底 → 已确认 → 已签约 → 已腾地 → 已结算 → 已移交, each step the households
 * that got at least that far. A click on a step opens those households' list.
 */
export function ProjectFunnel({ steps, title, height = 260 }: { steps: FunnelStepView[]; title: string; height?: number }) {
  const navigate = useNavigate();
  const max = Math.max(1, ...steps.map((s) => s.count));
  return (
    <EChart
      ariaLabel={`${title}进度漏斗：${steps.map((s) => `${s.label} ${s.count} 户`).join('，')}`}
      data-testid="project-funnel"
      height={height}
      onItemClick={(item) => {
        const step = steps[item.dataIndex];
        if (step) navigate(drillPath(step.drill));
      }}
      option={{
        tooltip: {
          trigger: 'item',
          formatter: (p: { name: string; value: number }) => `${p.name}：${formatCount(p.value)} 户（点击查看）`,
        },
        series: [
          {
            name: title,
            type: 'funnel',
            sort: 'none',
            // The funnel on the left, each step's label beside it: a narrow step (few households) keeps a readable label.
            left: 4,
            width: '56%',
            top: 8,
            bottom: 8,
            min: 0,
            max,
            minSize: '18%',
            gap: 2,
            cursor: 'pointer',
            label: {
              show: true,
              position: 'right',
              color: '#262626',
              fontSize: 13,
              formatter: (p: { name: string; value: number }) => `${p.name} ${formatCount(p.value)}`,
            },
            labelLine: { show: true, length: 8, lineStyle: { color: '#d9d9d9' } },
            itemStyle: { borderColor: '#fff', borderWidth: 1 },
            emphasis: { label: { fontSize: 14 } },
            data: steps.map((s, i) => ({ name: s.label, value: s.count, itemStyle: { color: COLORS[i % COLORS.length] } })),
          },
        ],
      }}
    />
  );
}
