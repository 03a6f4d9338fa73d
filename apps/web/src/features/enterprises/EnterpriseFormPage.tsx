import { Form, Input, InputNumber } from 'antd';
import { useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { CreateEnterpriseBody, EnterpriseView } from '../../api/views';
import { integer, text } from '../subjects/form-values';
import { AreaInput, Cell, FormSection, LocationFields, RemarksField, required, SubjectFormLayout, useSubjectForm, type SubjectFormConfig } from '../subjects/SubjectForm';

interface EnterpriseValues {
  projectCode?: string;
  parcelCode?: string;
  code?: string;
  name?: string;
  creditCode?: string;
  legalRepresentative?: string;
  landArea?: string | null;
  buildingArea?: string | null;
  employees?: number | null;
  businessType?: string | null;
  remarks?: string | null;
}

const enterpriseForm: SubjectFormConfig<EnterpriseView, EnterpriseValues, CreateEnterpriseBody> = {
  path: 'enterprises',
  title: '企业',
  contactFieldLabels: '备注',
  load: (id) => call<EnterpriseView>(api.GET('/api/enterprises/{id}', { params: { path: { id } } })),
  toValues: (e) => ({
    projectCode: e.projectCode ?? undefined,
    parcelCode: e.parcelCode ?? undefined,
    code: e.code,
    name: e.name,
    creditCode: e.creditCode ?? undefined,
    legalRepresentative: e.legalRepresentative ?? undefined,
    landArea: e.landArea,
    buildingArea: e.buildingArea,
    employees: e.employees,
    businessType: e.businessType,
    remarks: e.remarks,
  }),
  toBody: (v) => ({
    projectCode: v.projectCode ?? undefined,
    parcelCode: v.parcelCode ?? undefined,
    code: text(v.code),
    name: text(v.name),
    creditCode: text(v.creditCode),
    legalRepresentative: text(v.legalRepresentative),
    landArea: text(v.landArea),
    buildingArea: text(v.buildingArea),
    employees: integer(v.employees),
    businessType: text(v.businessType),
    remarks: text(v.remarks),
  }),
  create: (body) => call<EnterpriseView>(api.POST('/api/enterprises', { body })),
  update: (id, body) => call<EnterpriseView>(api.PATCH('/api/enterprises/{id}', { params: { path: { id } }, body })),
};

/** 新建 / 编辑企业. */
export function EnterpriseFormPage() {
  const { id } = useParams();
  const state = useSubjectForm(enterpriseForm, id);
  return (
    <SubjectFormLayout config={enterpriseForm} state={state}>
      <LocationFields form={state.form} editing={state.editing} codeLabel="企业编号" codePlaceholder="如 GJ17-QY-001（项目内唯一）" />
      <FormSection title="企业信息">
        <Cell>
          <Form.Item label="企业名称" name="name" rules={[required('请输入企业名称')]}>
            <Input maxLength={100} />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="统一社会信用代码" name="creditCode" rules={[required('请输入统一社会信用代码')]}>
            <Input maxLength={18} autoComplete="off" placeholder="18 位" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="法定代表人" name="legalRepresentative" rules={[required('请输入法定代表人')]}>
            <Input maxLength={50} />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="经营类型" name="businessType">
            <Input maxLength={50} placeholder="如 制造业" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="从业人数" name="employees">
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} addonAfter="人" />
          </Form.Item>
        </Cell>
      </FormSection>
      <FormSection title="面积">
        <Cell>
          <Form.Item label="占地面积" name="landArea">
            <AreaInput />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="建筑面积" name="buildingArea">
            <AreaInput />
          </Form.Item>
        </Cell>
      </FormSection>
      <RemarksField />
    </SubjectFormLayout>
  );
}
