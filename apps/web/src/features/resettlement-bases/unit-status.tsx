import { Space, Tooltip, Typography } from 'antd';
import type { StageStepView, UnitCountsView, UnitStatus } from '../../api/views';

/** The statuses in the order the screens list them, with their labels (as the api's UNIT_STATUS_LABELS). */
export const UNIT_STATUS_ORDER: Array<{ status: UnitStatus; label: string }> = [
  { status: 'available', label: '可选' },
  { status: 'reserved', label: '已预留' },
  { status: 'allocated', label: '已分配' },
  { status: 'delivered', label: '已交房' },
  { status: 'frozen', label: '冻结' },
];

/** Strong colours (bars, legend swatches) and light fills (the grid's cells) per status. */
export const STATUS_COLOR: Record<UnitStatus, string> = {
  available: '#52c41a',
  reserved: '#faad14',
  allocated: '#1677ff',
  delivered: '#722ed1',
  frozen: '#8c8c8c',
};
export const STATUS_FILL: Record<UnitStatus, string> = {
  available: '#f6ffed',
  reserved: '#fffbe6',
  allocated: '#e6f4ff',
  delivered: '#f9f0ff',
  frozen: '#f0f0f0',
};

/** Units by status as one thin stacked bar (each part's count on hover), with the total beside it. */
export function StatusBar({ counts, height = 10, showTotal = true }: { counts: UnitCountsView; height?: number; showTotal?: boolean }) {
  if (counts.total === 0) return <Typography.Text type="secondary">暂无房源</Typography.Text>;
  return (
    <Space size={8}>
      <div style={{ display: 'flex', width: 200, height, borderRadius: height / 2, overflow: 'hidden', background: '#f0f0f0' }} data-testid="status-bar">
        {UNIT_STATUS_ORDER.filter((s) => counts[s.status] > 0).map((s) => (
          <Tooltip key={s.status} title={`${s.label} ${counts[s.status]} 套`}>
            <div style={{ width: `${(counts[s.status] / counts.total) * 100}%`, background: STATUS_COLOR[s.status] }} />
          </Tooltip>
        ))}
      </div>
      {showTotal && <Typography.Text type="secondary">共 {counts.total} 套</Typography.Text>}
    </Space>
  );
}

/** The legend of the statuses with their counts. */
export function StatusLegend({ counts }: { counts: UnitCountsView }) {
  return (
    <Space size={16} wrap data-testid="status-legend">
      {UNIT_STATUS_ORDER.map((s) => (
        <Space key={s.status} size={6}>
          <span style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, background: STATUS_COLOR[s.status] }} />
          <span>
            {s.label} <b>{counts[s.status]}</b>
          </span>
        </Space>
      ))}
    </Space>
  );
}

/** The antd Steps index of the current stage. */
export const currentStep = (steps: StageStepView[]) => Math.max(0, steps.findIndex((s) => s.state === 'current'));

/** A step's dates, as the timeline shows them under its title. */
export function StepDates({ step }: { step: StageStepView }) {
  return (
    <div style={{ fontSize: 12, lineHeight: '18px' }}>
      <div>
        <Typography.Text type="secondary">计划 </Typography.Text>
        {step.planned ?? '—'}
      </div>
      <div>
        <Typography.Text type="secondary">实际 </Typography.Text>
        {step.actual ? <Typography.Text type="success">{step.actual}</Typography.Text> : step.late ? <Typography.Text type="danger">已逾期</Typography.Text> : '—'}
      </div>
    </div>
  );
}
