import { Checkbox, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { formatPickedDate, todayInShanghai } from '../../lib/format';
import { useReference } from '../../lib/reference';
import { AreaInput, Cell, FormSection, LocationFields, RemarksField, required, SubjectFormLayout, useSubjectForm } from '../subjects/SubjectForm';
import { DuplicateHeadReasonField, duplicateHeadRefusal, type DuplicateHeadRefusal } from './duplicate-head';
import { householdForm } from './household-form';
import { MembersSection } from './MembersSection';

/**
 * A masked value (`310229********123X`, `139****5678`) may stay as it is — it is then not sent — but
 * cannot be half-edited: a new value has to be typed in full.
 */
const notHalfMasked = (initial: () => unknown, message: string): RuleObject => ({
  validator: (_rule, value: unknown) =>
    typeof value === 'string' && value.includes('*') && value !== initial() ? Promise.reject(new Error(message)) : Promise.resolve(),
});

/** 新建 / 编辑民房: every field of the api's household, its members, the project → parcel choice. */
export function HouseholdFormPage() {
  const { id } = useParams();
  const reference = useReference();
  const [refusal, setRefusal] = useState<DuplicateHeadRefusal | null>(null);
  const state = useSubjectForm(householdForm, id, {
    onRefused: (error) => {
      const found = duplicateHeadRefusal(error, { headIdNumber: state.form.getFieldValue('headIdNumber'), projectCode: state.form.getFieldValue('projectCode') });
      if (!found) return false;
      setRefusal(found);
      setTimeout(() => state.form.scrollToField('duplicateHeadReason', { block: 'center' }));
      return true;
    },
  });
  const { form, record, editing, initialBody } = state;
  const maskedHint = editing ? '已脱敏显示；不修改则保持原号码，如需更正请输入完整号码' : undefined;
  // The 一人多户 warning holds while the number it was about stays in the field.
  const headIdNumber = Form.useWatch('headIdNumber', form) as unknown;
  const duplicate = refusal && refusal.headIdNumber === headIdNumber ? refusal : null;

  return (
    <SubjectFormLayout config={householdForm} state={state}>
      <LocationFields form={form} editing={editing} codeLabel="户编号" codePlaceholder="如 GJ17-0001（项目内唯一）" />
      <FormSection title="户主与户籍">
        <Cell>
          <Form.Item label="户主姓名" name="headName" rules={[required('请输入户主姓名')]}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item
            label="户主身份证号"
            name="headIdNumber"
            extra={maskedHint}
            rules={[required('请输入户主身份证号'), notHalfMasked(() => initialBody.current.headIdNumber, '请输入完整的 18 位身份证号')]}
            {...(duplicate ? { validateStatus: 'warning' as const, help: `已是本项目 ${duplicate.households.length} 户的户主，见下方提示` } : {})}
          >
            <Input maxLength={18} autoComplete="off" placeholder="18 位，最后一位可为 X" />
          </Form.Item>
        </Cell>
        {(duplicate || record?.duplicateHeadReason) && <DuplicateHeadReasonField refusal={duplicate} />}
        <Cell>
          <Form.Item label="联系电话" name="phone" extra={maskedHint} rules={[notHalfMasked(() => initialBody.current.phone, '请输入完整的联系电话')]}>
            <Input maxLength={20} autoComplete="off" inputMode="tel" placeholder="手机或固定电话" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="户籍人数" name="registeredPersons" rules={[{ required: true, message: '请输入户籍人数' }]}>
            <InputNumber min={1} max={99} precision={0} style={{ width: '100%' }} addonAfter="人" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="所在村" name="village" rules={[required('请输入所在村')]}>
            <Input maxLength={50} placeholder="如 二联村" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="村民小组" name="group">
            <Input maxLength={30} placeholder="如 3组" />
          </Form.Item>
        </Cell>
      </FormSection>
      <FormSection title="房屋与面积">
        <Cell>
          <Form.Item label="宅基地面积" name="homesteadArea">
            <AreaInput />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="合法建筑面积" name="licensedArea" rules={[required('请输入合法建筑面积')]} tooltip="有证建筑面积">
            <AreaInput />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="无证建筑面积" name="unlicensedArea">
            <AreaInput placeholder="没有可不填" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="证载面积" name="certifiedArea" tooltip="产权证上记载的面积">
            <AreaInput placeholder="没有可不填" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="测绘面积" name="surveyedArea">
            <AreaInput placeholder="没有可不填" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="认定面积" name="recognisedArea">
            <AreaInput placeholder="没有可不填" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="房屋结构" name="structure">
            <Select allowClear options={reference.houseStructures} placeholder="请选择" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="建造年份" name="yearBuilt">
            <InputNumber min={1900} max={2100} precision={0} style={{ width: '100%' }} placeholder="如 1995" />
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item label="摸底日期" name="surveyedOn">
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={(d) => (formatPickedDate(d) ?? '') > todayInShanghai()} placeholder="YYYY-MM-DD" />
          </Form.Item>
        </Cell>
      </FormSection>
      <FormSection title="家庭情况">
        <Cell>
          <Form.Item name="lowIncome" valuePropName="checked" extra="补偿方案中的低保补助按此计">
            <Checkbox>低保户</Checkbox>
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item name="disabled" valuePropName="checked">
            <Checkbox>家中有残疾人</Checkbox>
          </Form.Item>
        </Cell>
        <Cell>
          <Form.Item name="onlyChild" valuePropName="checked">
            <Checkbox>独生子女户</Checkbox>
          </Form.Item>
        </Cell>
      </FormSection>
      <MembersSection
        key={record ? `${record.id}-${record.version}` : 'new'}
        form={form}
        householdId={editing ? id : undefined}
        members={record?.members}
        onUnmasked={(members) => {
          initialBody.current = { ...initialBody.current, members };
        }}
      />
      <RemarksField />
    </SubjectFormLayout>
  );
}

