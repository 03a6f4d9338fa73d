import { Form, Input, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { CreatePlanBody, OwnershipView } from '../../api/views';
import { FormDialog } from '../../lib/FormDialog';
import { formatArea } from '../../lib/format';
import { LAND_USE_LABELS, listOwnership, listVillages, options, OWNER_KIND_LABELS } from './ownership-api';

interface Values extends CreatePlanBody {
  village?: string;
}

/** 拟定归并方案: the land to group (picked within a village) and the owner and use it is to have. */
export function PlanDialog({ open, onSubmit, onClose }: { open: boolean; onSubmit(body: CreatePlanBody): Promise<void>; onClose(): void }) {
  const [villages, setVillages] = useState<string[]>([]);
  const [village, setVillage] = useState<string | undefined>();
  const [land, setLand] = useState<OwnershipView[]>([]);
  useEffect(() => {
    if (open) listVillages().then(setVillages, () => undefined);
  }, [open]);
  useEffect(() => {
    if (!village) return setLand([]);
    listOwnership({ village, pageSize: 200 }).then(
      (p) => setLand(p.items),
      () => setLand([]),
    );
  }, [village]);
  return (
    <FormDialog<Values>
      open={open}
      title="拟定归并方案"
      okText="拟定"
      testId="plan-dialog"
      width={680}
      note="方案草拟后由管理员批准；批准后归并完成，所选土地即改为归并后的所有权人和用途。"
      initialValues={{ targetOwnerKind: 'town', targetOwnerName: '徐泾镇农民集体', targetUse: 'construction', ownershipIds: [] }}
      onClose={onClose}
      onSubmit={async ({ village: _v, ...body }) => onSubmit(body)}
    >
      <Form.Item name="name" label="方案名称" rules={[{ required: true, message: '请填写方案名称' }]}>
        <Input aria-label="方案名称" maxLength={100} placeholder="如 二联村集体建设用地归并方案" />
      </Form.Item>
      <Form.Item name="village" label="村">
        <Select
          aria-label="选择村"
          options={villages.map((v) => ({ value: v, label: v }))}
          onChange={(v: string) => setVillage(v)}
          placeholder="先选村，再选要归并的土地"
        />
      </Form.Item>
      <Form.Item name="ownershipIds" label="归并的土地" rules={[{ required: true, message: '请至少选择一块要归并的土地' }]}>
        <Select
          aria-label="归并的土地"
          mode="multiple"
          optionFilterProp="label"
          options={land.map((o) => ({ value: o.id, label: `${o.code} ${o.ownerName} ${o.landUseLabel} ${formatArea(o.area)}` }))}
        />
      </Form.Item>
      <Form.Item name="targetOwnerKind" label="归并后所有权人类型" rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={options(OWNER_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="targetOwnerName" label="归并后所有权人" rules={[{ required: true, message: '请填写归并后的所有权人' }]}>
        <Input aria-label="归并后所有权人" maxLength={100} />
      </Form.Item>
      <Form.Item name="targetUse" label="归并后用途" rules={[{ required: true }]}>
        <Select aria-label="归并后用途" options={options(LAND_USE_LABELS)} />
      </Form.Item>
      <Form.Item name="remarks" label="说明">
        <Input.TextArea aria-label="说明" rows={2} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}
