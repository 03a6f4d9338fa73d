import { Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { AllocationView, BaseView, UnitView } from '../../api/views';
import { FormDialog } from '../../lib/FormDialog';
import { allocate } from './choosing-api';
import { availableUnits, listAllBases, UnitPicker } from './UnitPicker';

/** 分配周转房: a base, then one of its available 周转房 for the household (one per household, 周转房过渡 only). */
export function TurnoverDialog({
  caseId,
  open,
  onDone,
  onClose,
}: {
  caseId: string;
  open: boolean;
  onDone(a: AllocationView): void;
  onClose(): void;
}) {
  const [bases, setBases] = useState<BaseView[]>([]);
  const [base, setBase] = useState<string>();
  const [units, setUnits] = useState<UnitView[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (open) void listAllBases().then(setBases, () => setBases([]));
  }, [open]);
  useEffect(() => {
    if (!base) return setUnits([]);
    setLoading(true);
    void availableUnits(base, true)
      .then(
        (p) => setUnits(p.items),
        () => setUnits([]),
      )
      .finally(() => setLoading(false));
  }, [base]);
  const close = () => {
    setBase(undefined);
    onClose();
  };
  return (
    <FormDialog<{ base: string; unitId: string }>
      open={open}
      title="分配周转房"
      okText="确认分配"
      testId="turnover-dialog"
      width={640}
      note="该户签约时选择周转房过渡：选一套可分配的周转房，每户限一套；过渡结束后在安置房源中释放。"
      onClose={close}
      onSubmit={async ({ unitId }) => {
        const done = await allocate({ caseId, unitId, purpose: 'turnover' });
        setBase(undefined);
        onDone(done);
      }}
    >
      <Form.Item name="base" label="安置基地" rules={[{ required: true, message: '请选择安置基地' }]}>
        <Select
          data-testid="turnover-base"
          placeholder="选择基地"
          options={bases.map((b) => ({ value: b.code, label: `${b.name}（${b.code}）` }))}
          onChange={(v: string) => setBase(v)}
        />
      </Form.Item>
      {base && (
        <Form.Item name="unitId" label="周转房" rules={[{ required: true, message: '请选择一套周转房' }]}>
          <UnitPicker units={units} loading={loading} emptyText="该基地暂无可分配的周转房" testId="turnover-units" />
        </Form.Item>
      )}
    </FormDialog>
  );
}
