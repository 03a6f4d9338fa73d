import { BarChart, FunnelChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';
import { usePrefersReducedMotion } from './reduced-motion';

echarts.use([
  BarChart,
  FunnelChart,
  LineChart,
  PieChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type EChartOption = echarts.EChartsCoreOption;

export interface EChartProps {
  option: EChartOption;
  height?: number;
  style?: CSSProperties;
  /** Called with the clicked item (a bar, a point, a funnel step): the chart's drill-down. */
  onItemClick?: (item: { seriesName?: string; name: string; dataIndex: number; data: unknown }) => void;
  'data-testid'?: string;
  /** What the chart shows, read by screen readers (the figures themselves are in its text). */
  ariaLabel: string;
}

/**
 * One ECharts chart (SVG renderer: its labels are text in the page, sharp when printed). Resizes with its box;
 * no animation when the user asked the system for less motion.
 */
export function EChart({ option, height = 320, style, onItemClick, ariaLabel, ...rest }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const reducedMotion = usePrefersReducedMotion();
  const click = useRef(onItemClick);
  click.current = onItemClick;

  useEffect(() => {
    const instance = echarts.init(box.current!, undefined, { renderer: 'svg', locale: 'ZH' });
    chart.current = instance;
    instance.on('click', (params) => {
      const p = params as { seriesName?: string; name: string; dataIndex: number; data: unknown };
      click.current?.({ seriesName: p.seriesName, name: p.name, dataIndex: p.dataIndex, data: p.data });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: !reducedMotion, ...option }, { notMerge: true });
  }, [option, reducedMotion]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={ariaLabel}
      data-testid={rest['data-testid']}
      style={{ width: '100%', height, cursor: onItemClick ? 'pointer' : undefined, ...style }}
    />
  );
}
