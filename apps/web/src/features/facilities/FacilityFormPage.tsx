import { Form, Input, Select } from 'antd';
import { useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { CreateFacilityBody, FacilityKind, FacilityView } from '../../api/views';
import { useReference } from '../../lib/reference';
import { text } from '../subjects/form-values';
import { AreaInput, Cell, FormSection, LocationFields, RemarksField, required, SubjectFormLayout, useSubjectForm, type SubjectFormConfig } from '../subjects/SubjectForm';

interface FacilityValues {
  projectCode?: string;
  parcelCode?: string;
  code?: string;
  kind?: FacilityKind;
  ownerUnit?: string;
  description?: string | null;
  quantity?: string;
  unit?: string;
  remarks?: string | null;
}

const facilityForm: SubjectFormConfig<FacilityView, FacilityValues, CreateFacilityBody> = {
  path: 'facilities',
  title: '市政设施',
  contactFieldLabels: '备注',
  load: (id) => call<FacilityView>(api.GET('/api/facilities/{id}', { params: { path: { id } } })),
  toValues: (f) => ({
    projectCode: f.projectCode ?? undefined,
    parcelCode: f.parcelCode ?? undefined,
    code: f.code,
    kind: f.kind,
    ownerUnit: f.ownerUnit ?? undefined,
    description: f.description,
    quantity: f.quantity ?? undefined,
    unit: f.unit ?? undefined,
    remarks: f.remarks,
  }),
  toBody: (v) => ({
    projectCode: v.projectCode ?? undefined,
    parcelCode: v.parcelCode ?? undefined,
    code: text(v.code),
    kind: v.kind ?? null,
    ownerUnit: text(v.ownerUnit),
    description: text(v.description),
    quantity: text(v.quantity),
    unit: text(v.unit),
    remarks: text(v.remarks),
  }),
  create: (body) => call<FacilityView>(api.POST('/api/facilities', { body })),
  update: (id, body) => call<FacilityView>(api.PATCH('/api/facilities/{id}', { params: { path: { id } }, body })),
};

/** 新建 / 编辑市政设施. */
export function FacilityFormPage() {
  const { id } = useParams();
  const reference = useReference();
  const state = useSubjectForm(facilityForm, id);
  return (
    <SubjectFormLayout config={facilityForm} state={state}>
      <LocationFields form={state.form} editing={state.editing} codeLabel="设施编号" codePlaceholder="如 GJ17-SZ-001（项目内唯一）" />
      <FormSection title="设施信息">
        <Cell>
          <Form.Item label="设施类别" name="kind" rules={[{ required: true, message: '请选择设施类别' }]}>
            <Select options={reference.facilityKinds} placeholder="请选择" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="产权单位" name="ownerUnit" rules={[required('请输入产权单位')]}>
            <Input maxLength={100} placeholder="如 国网上海市北供电公司" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="数量" name="quantity" rules={[required('请输入数量')]}>
            <AreaInput placeholder="如 12" unit="" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="计量单位" name="unit" rules={[required('请输入计量单位')]}>
            <Input maxLength={10} placeholder="如 米、根、座" />
          </Form.Item>
        </Cell>
        <Cell wide>
          <Form.Item label="设施说明" name="description">
            <Input.TextArea rows={2} maxLength={2000} placeholder="如 10kV 架空线路" />
          </Form.Item>
        </Cell>
      </FormSection>
      <RemarksField />
    </SubjectFormLayout>
  );
}
