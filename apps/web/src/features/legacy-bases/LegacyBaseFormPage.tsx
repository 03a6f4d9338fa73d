import { Form, Input, InputNumber } from 'antd';
import { useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { CreateLegacyBaseBody, LegacyBaseView } from '../../api/views';
import { integer, text } from '../subjects/form-values';
import { AreaInput, Cell, FormSection, LocationFields, RemarksField, required, SubjectFormLayout, useSubjectForm, type SubjectFormConfig } from '../subjects/SubjectForm';

interface LegacyBaseValues {
  projectCode?: string;
  parcelCode?: string;
  code?: string;
  name?: string;
  originalProject?: string | null;
  area?: string | null;
  householdsRemaining?: number | null;
  remarks?: string | null;
}

const legacyBaseForm: SubjectFormConfig<LegacyBaseView, LegacyBaseValues, CreateLegacyBaseBody> = {
  path: 'legacy-bases',
  title: '遗留基地',
  contactFieldLabels: '备注',
  load: (id) => call<LegacyBaseView>(api.GET('/api/legacy-bases/{id}', { params: { path: { id } } })),
  toValues: (b) => ({
    projectCode: b.projectCode ?? undefined,
    parcelCode: b.parcelCode ?? undefined,
    code: b.code,
    name: b.name,
    originalProject: b.originalProject,
    area: b.area,
    householdsRemaining: b.householdsRemaining,
    remarks: b.remarks,
  }),
  toBody: (v) => ({
    projectCode: v.projectCode ?? undefined,
    parcelCode: v.parcelCode ?? undefined,
    code: text(v.code),
    name: text(v.name),
    originalProject: text(v.originalProject),
    area: text(v.area),
    householdsRemaining: integer(v.householdsRemaining),
    remarks: text(v.remarks),
  }),
  create: (body) => call<LegacyBaseView>(api.POST('/api/legacy-bases', { body })),
  update: (id, body) => call<LegacyBaseView>(api.PATCH('/api/legacy-bases/{id}', { params: { path: { id } }, body })),
};

/** 新建 / 编辑遗留基地. */
export function LegacyBaseFormPage() {
  const { id } = useParams();
  const state = useSubjectForm(legacyBaseForm, id);
  return (
    <SubjectFormLayout config={legacyBaseForm} state={state}>
      <LocationFields form={state.form} editing={state.editing} codeLabel="遗留基地编号" codePlaceholder="如 GJ17-YL-001（项目内唯一）" />
      <FormSection title="基地信息">
        <Cell>
          <Form.Item label="基地名称" name="name" rules={[required('请输入基地名称')]}>
            <Input maxLength={100} />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="原项目" name="originalProject">
            <Input maxLength={100} placeholder="如 318国道拓宽工程" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="面积" name="area">
            <AreaInput />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="剩余户数" name="householdsRemaining">
            <InputNumber min={0} max={100_000} precision={0} style={{ width: '100%' }} addonAfter="户" />
          </Form.Item>
        </Cell>
      </FormSection>
      <RemarksField />
    </SubjectFormLayout>
  );
}
