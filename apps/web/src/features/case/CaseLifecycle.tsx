import { RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Space, Steps, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { CaseNextStep, CaseView } from '../../api/views';
import { formatDate } from '../../lib/format';
import { labelOf, useReference } from '../../lib/reference';
import { TransitionDialog } from './TransitionDialog';

interface Props {
  caseFile: CaseView;
  reload(): Promise<void>;
}

/** The lifecycle as a step bar, the resettlement status, and the steps the user may take now. */
export function CaseLifecycle({ caseFile, reload }: Props) {
  const ref = useReference();
  const [step, setStep] = useState<CaseNextStep | null>(null);
  const statuses = ref.caseStatuses;
  const current = statuses.findIndex((s) => s.value === caseFile.status);

  // When the case last arrived at each status (history is oldest first).
  const reachedOn = useMemo(() => {
    const out = new Map<string, string>();
    for (const t of caseFile.history) out.set(t.to, t.at);
    return out;
  }, [caseFile.history]);

  return (
    <Card
      title="案件进度"
      extra={
        <Space size={4} wrap>
          <Typography.Text type="secondary">安置状态</Typography.Text>
          <Tag color={caseFile.resettlementStatus === 'none' ? 'default' : 'cyan'} data-testid="resettlement-status">
            {caseFile.resettlementStatusLabel || labelOf(ref.resettlementStatuses, caseFile.resettlementStatus)}
          </Tag>
        </Space>
      }
    >
      <Steps
        size="small"
        labelPlacement="vertical"
        current={current}
        // The last status reached is the end of the line, not work in progress.
        status={current === statuses.length - 1 ? 'finish' : 'process'}
        className="xj-case-steps"
        data-testid="case-steps"
        items={statuses.map((s, i) => ({
          title: s.label,
          description: i <= current && reachedOn.has(s.value) ? formatDate(reachedOn.get(s.value)) : undefined,
        }))}
      />
      <div className="xj-case-actions">
        <Typography.Text>
          当前状态：
          <Tag color="blue" data-testid="case-status">
            {caseFile.statusLabel}
          </Tag>
        </Typography.Text>
        <Space wrap>
          {caseFile.nextSteps.length === 0 && <Typography.Text type="secondary">当前没有您可以执行的操作</Typography.Text>}
          {caseFile.nextSteps.map((s) => (
            <Button
              key={`${s.kind}-${s.to}`}
              type={s.kind === 'forward' ? 'primary' : 'default'}
              danger={s.kind === 'reversal'}
              icon={s.kind === 'reversal' ? <RollbackOutlined /> : undefined}
              onClick={() => setStep(s)}
            >
              {s.label}
            </Button>
          ))}
        </Space>
      </div>
      <TransitionDialog caseFile={caseFile} step={step} onClose={() => setStep(null)} onDone={reload} onRefresh={reload} />
    </Card>
  );
}
