import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import type { MonthlyReport } from '@app/targets';

/** An ECharts option (title, legend, axes, series) as the report's charts write it. */
export type EChartsOption = Record<string, unknown> & { series?: object[] };

interface ServerChart {
  setOption(option: object): void;
  renderToSVGString(): string;
  dispose(): void;
}

/**
 * ECharts as Node loads it (its CommonJS build, with server-side rendering). Its declarations do not resolve under
 * `nodenext` (extensionless paths inside an ES module package), so the three calls used here are typed locally.
 */
const echarts = createRequire(import.meta.url)('echarts') as {
  init(dom: null, theme: null, options: { renderer: 'svg'; ssr: true; width: number; height: number }): ServerChart;
};

/** The size the report's charts are drawn at (px); the workbook places them at this size. */
export const CHART_SIZE = { width: 760, height: 340 } as const;

/** The fonts a chart is drawn in: a CJK sans where the machine has one (Debian's fonts-noto-cjk), else the default. */
const FONT_FAMILY = 'Noto Sans CJK SC, Noto Sans SC, WenQuanYi Micro Hei, Source Han Sans SC, sans-serif';

/**
 * Draws an ECharts option to PNG without a browser: ECharts' server-side SVG renderer, then resvg to raster. The
 * same charting library the web app draws with, so the printed report and the screen look alike.
 */
export function chartPng(option: EChartsOption, size: { width: number; height: number } = CHART_SIZE): Buffer {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_FAMILY }, ...option });
    const svg = chart.renderToSVGString();
    return new Resvg(svg, { background: 'white', font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' } }).render().asPng();
  } finally {
    chart.dispose();
  }
}

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** The quota's burn-up: solved households cumulated by month against the target line, and where the year should end. */
export function burnUpOption(report: MonthlyReport): EChartsOption {
  const cumulative = report.quota.byMonth.map((m) => m.cumulative);
  const target = report.quota.target;
  const forecast = report.quota.forecast;
  const last = cumulative.length - 1;
  const series: object[] = [
    { name: '累计解决户数', type: 'line', data: cumulative, label: { show: true, position: 'top', fontSize: 10 }, lineStyle: { width: 3 } },
  ];
  if (target !== null)
    series.push({
      name: `年度目标 ${target} 户`,
      type: 'line',
      data: MONTHS.map(() => target),
      symbol: 'none',
      lineStyle: { type: 'dashed', color: '#cf1322' },
      itemStyle: { color: '#cf1322' },
    });
  if (forecast && forecast.daysLeft > 0 && last >= 0) {
    // Where the year should end: a dotted line from the last month to December, the range as grey points.
    if (last < 11) {
      const line = MONTHS.map((_, i) => (i === last ? cumulative[last] : i === 11 ? forecast.expected : null));
      series.push({
        name: `年末预期 ${forecast.expected} 户`,
        type: 'line',
        data: line,
        connectNulls: true,
        lineStyle: { type: 'dotted', width: 2 },
        itemStyle: { color: '#fa8c16' },
      });
    } else
      series.push({
        name: `年末预期 ${forecast.expected} 户`,
        type: 'scatter',
        data: [[MONTHS[11], forecast.expected]],
        symbolSize: 10,
        itemStyle: { color: '#fa8c16' },
      });
    series.push({
      name: `保守 ${forecast.low} / 乐观 ${forecast.high}`,
      type: 'scatter',
      data: [
        [MONTHS[11], forecast.low],
        [MONTHS[11], forecast.high],
      ],
      itemStyle: { color: '#8c8c8c' },
    });
  }
  return {
    title: { text: `${report.year}年解决动迁户住房累计进度`, left: 'center', textStyle: { fontSize: 15 } },
    legend: { bottom: 0 },
    grid: { left: 48, right: 24, top: 44, bottom: 48 },
    xAxis: { type: 'category', data: MONTHS, boundaryGap: false },
    yAxis: { type: 'value', name: '户' },
    series,
  };
}

/** Each project's funnel as grouped bars: subjects, surveyed … settled, side by side for the projects. */
export function funnelOption(report: MonthlyReport): EChartsOption {
  const projects = report.projects.filter((p) => p.funnel.some((s) => s.count > 0));
  const steps = projects[0]?.funnel.map((s) => s.label) ?? [];
  return {
    title: { text: '各项目动迁户推进漏斗（户）', left: 'center', textStyle: { fontSize: 15 } },
    legend: { bottom: 0 },
    grid: { left: 48, right: 24, top: 44, bottom: 56 },
    xAxis: { type: 'category', data: steps, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: '户' },
    series: projects.map((p) => ({
      name: p.code,
      type: 'bar',
      data: p.funnel.map((s) => s.count),
      label: { show: projects.length <= 3, position: 'top', fontSize: 9 },
    })),
  };
}
