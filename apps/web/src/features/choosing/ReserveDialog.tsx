import { Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { AllocationView, BaseView, UnitView } from '../../api/views';
import { FormDialog } from '../../lib/FormDialog';
import { reserveUnit } from './choosing-api';
import { availableUnits, listAllBases, UnitPicker } from './UnitPicker';

/**
 * 预留房源: sets one available flat aside for the household (e.g. a low floor for a household with a disabled member),
 * with the reason. Nobody else may take it; the household takes it in one click when it chooses, or it is released.
 */
export function ReserveDialog({
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
    void availableUnits(base, false)
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
    <FormDialog<{ base: string; unitId: string; reason: string }>
      open={open}
      title="预留房源"
      okText="确认预留"
      testId="reserve-dialog"
      width={680}
      note="为该户保留一套可选房源（须在应安置面积及方案上限内），其他家庭不能选定；该户选房时一键分配，或在安置房源中释放预留。"
      onClose={close}
      onSubmit={async ({ unitId, reason }) => {
        const done = await reserveUnit({ caseId, unitId, reason });
        setBase(undefined);
        onDone(done);
      }}
    >
      <Form.Item name="base" label="安置基地" rules={[{ required: true, message: '请选择安置基地' }]}>
        <Select
          data-testid="reserve-base"
          placeholder="选择基地"
          options={bases.map((b) => ({ value: b.code, label: `${b.name}（${b.code}）` }))}
          onChange={(v: string) => setBase(v)}
        />
      </Form.Item>
      {base && (
        <Form.Item name="unitId" label="房源" rules={[{ required: true, message: '请选择一套房源' }]}>
          <UnitPicker units={units} loading={loading} emptyText="该基地暂无可选房源" testId="reserve-units" />
        </Form.Item>
      )}
      <Form.Item name="reason" label="预留原因" rules={[{ required: true, whitespace: true, message: '请填写预留原因' }]}>
        <Input.TextArea rows={2} maxLength={200} showCount placeholder="如：家中有残疾人，需低楼层房源" />
      </Form.Item>
    </FormDialog>
  );
}
