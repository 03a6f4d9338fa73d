import { Form, Input, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { OwnershipView, ParcelView } from '../../api/views';
import { FormDialog } from '../../lib/FormDialog';
import type { ProjectOption } from '../admin/use-project-options';
import { listParcels } from '../exports/export-api';
import { LAND_USE_LABELS, OWNER_KIND_LABELS, options } from './ownership-api';

export interface OwnershipValues {
  code: string;
  place: 'parcel' | 'village';
  projectCode?: string;
  parcelCode?: string;
  village?: string;
  location?: string;
  ownerKind: OwnershipView['ownerKind'];
  ownerName: string;
  area: string;
  landUse: OwnershipView['landUse'];
  certificateNo?: string;
  remarks?: string;
}

/** 登记 / 修改 one piece of collective land: on a project's parcel or in a village (with its 坐落), its owner, area and use. */
export function OwnershipDialog({
  open,
  editing,
  projects,
  villages,
  onSubmit,
  onClose,
}: {
  open: boolean;
  editing: OwnershipView | null;
  projects: ProjectOption[];
  villages: string[];
  onSubmit(values: OwnershipValues): Promise<void>;
  onClose(): void;
}) {
  const [project, setProject] = useState<string | undefined>();
  const [parcels, setParcels] = useState<ParcelView[]>([]);
  useEffect(() => {
    if (!project) return setParcels([]);
    listParcels(project).then(setParcels, () => setParcels([]));
  }, [project]);
  const confirmed = editing?.surveyStatus === 'confirmed';
  return (
    <FormDialog<OwnershipValues>
      open={open}
      title={editing ? `修改所有权记录 — ${editing.code}` : '登记集体土地'}
      okText={editing ? '保存' : '登记'}
      testId="ownership-dialog"
      width={620}
      note={confirmed ? '已确权的土地只能修改坐落和备注；所有权人和用途通过归并方案变更。' : undefined}
      initialValues={
        editing
          ? {
              ...editing,
              place: editing.parcelCode ? 'parcel' : 'village',
              location: editing.location ?? undefined,
              certificateNo: editing.certificateNo ?? undefined,
              remarks: editing.remarks ?? undefined,
              projectCode: editing.projectCode ?? undefined,
              parcelCode: editing.parcelCode ?? undefined,
            }
          : { place: 'village', ownerKind: 'village', landUse: 'farmland' }
      }
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Form.Item
        name="code"
        label="登记编号"
        rules={[{ required: true, message: '请填写登记编号' }]}
        extra="宗地号：大写字母、数字和连字符，全镇唯一"
      >
        <Input aria-label="登记编号" disabled={!!editing} placeholder="如 EL-JT-101" />
      </Form.Item>
      {!editing && (
        <Form.Item name="place" label="位置">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'village', label: '未进入项目的土地' },
              { value: 'parcel', label: '项目地块上' },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item noStyle shouldUpdate={(a: OwnershipValues, b: OwnershipValues) => a.place !== b.place}>
        {({ getFieldValue }) =>
          getFieldValue('place') === 'parcel' ? (
            <>
              <Form.Item name="projectCode" label="项目" rules={[{ required: true, message: '请选择项目' }]}>
                <Select
                  aria-label="项目"
                  options={projects}
                  disabled={!!editing}
                  onChange={(v: string) => setProject(v)}
                  showSearch
                  optionFilterProp="label"
                />
              </Form.Item>
              <Form.Item name="parcelCode" label="地块" rules={[{ required: true, message: '请选择地块' }]} extra="村取地块所在的村">
                <Select
                  aria-label="地块"
                  disabled={!!editing}
                  options={parcels.map((p) => ({ value: p.code, label: `${p.code}（${p.village}）` }))}
                />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="village" label="村" rules={[{ required: true, message: '请选择村' }]}>
                <Select aria-label="村" disabled={!!editing} options={villages.map((v) => ({ value: v, label: v }))} />
              </Form.Item>
              <Form.Item name="location" label="坐落" rules={[{ required: true, message: '请填写坐落' }]}>
                <Input aria-label="坐落" maxLength={100} placeholder="如 二联村委会以东、北横港以南" />
              </Form.Item>
            </>
          )
        }
      </Form.Item>
      <Form.Item name="ownerKind" label="所有权人类型" rules={[{ required: true, message: '请选择所有权人类型' }]}>
        <Radio.Group optionType="button" disabled={confirmed} options={options(OWNER_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="ownerName" label="所有权人" rules={[{ required: true, message: '请填写所有权人' }]}>
        <Input aria-label="所有权人" disabled={confirmed} maxLength={100} placeholder="如 二联村农民集体、二联村第三村民小组" />
      </Form.Item>
      <Form.Item name="area" label="面积（㎡）" rules={[{ required: true, message: '请填写面积' }]}>
        <Input aria-label="面积" disabled={confirmed} inputMode="decimal" style={{ textAlign: 'right' }} placeholder="0.00" />
      </Form.Item>
      <Form.Item name="landUse" label="土地用途" rules={[{ required: true, message: '请选择土地用途' }]}>
        <Select aria-label="土地用途" disabled={confirmed} options={options(LAND_USE_LABELS)} />
      </Form.Item>
      <Form.Item name="certificateNo" label="证书编号" extra="集体土地所有权证书编号（确权时必填）">
        <Input aria-label="证书编号" disabled={confirmed} maxLength={50} />
      </Form.Item>
      <Form.Item name="remarks" label="备注">
        <Input.TextArea aria-label="备注" rows={2} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}
