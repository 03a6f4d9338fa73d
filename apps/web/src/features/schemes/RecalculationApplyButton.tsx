import { CheckOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import type { RecalculationRunView } from '../../api/views';
import { formatCount } from '../../lib/format';
import { applyRecalculation } from './recalculation-api';

/** 应用: after a confirmation, stores the preview's new calculations; disabled (已应用) once applied or while not finished. */
export function RecalculationApplyButton({
  run,
  onApplied,
}: {
  run: RecalculationRunView;
  onApplied: (run: RecalculationRunView) => void;
}) {
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (run.appliedAt) {
    return (
      <Button icon={<CheckOutlined />} disabled data-testid="recalculation-applied">
        已应用
      </Button>
    );
  }
  const confirm = () =>
    modal.confirm({
      title: '应用本次重新测算？',
      content: (
        <>
          <p>将为预览中的 {formatCount(run.cases)} 件案件按新版本保存测算，此后签约以新测算为准。</p>
          <p>预览后已签约的案件保留原测算不变；预览后摸底信息或测算有变更的案件、以及无法测算的案件也会跳过。应用后不能撤销。</p>
        </>
      ),
      okText: '确认应用',
      cancelText: '取消',
      onOk: async () => {
        setBusy(true);
        try {
          const result = await applyRecalculation(run.id);
          message.success(result.message);
          onApplied(result.run);
        } catch (e) {
          message.error(errorMessage(e));
        } finally {
          setBusy(false);
        }
      },
    });
  return (
    <Button
      type="primary"
      icon={<CheckOutlined />}
      loading={busy}
      disabled={run.status !== 'succeeded'}
      onClick={confirm}
      data-testid="recalculation-apply"
    >
      应用
    </Button>
  );
}
