import { DeleteOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Empty, Form, Input, Modal, Row, Select, Table, type FormInstance } from 'antd';
import { useState } from 'react';
import { api, call, errorMessage } from '../../api/client';
import type { HouseholdMemberView } from '../../api/views';
import { labelOf, recognitionText, useReference } from '../../lib/reference';
import { FormSection } from '../subjects/SubjectForm';
import { memberBody, type MemberValues } from './household-form';

/** The editable member rows (Form.List `members`). */
function MemberRows() {
  const reference = useReference();
  return (
    <Form.List name="members">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有家庭成员" />}
          {fields.map((field, index) => {
            const n = index + 1;
            return (
              <Row gutter={12} key={field.key} align="top" className="xj-member-row" data-testid="member-row">
                <Col xs={24} md={5}>
                  <Form.Item label={index === 0 ? '姓名' : undefined} name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: '请输入成员姓名' }]}>
                    <Input aria-label={`第 ${n} 位成员姓名`} maxLength={50} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item label={index === 0 ? '身份证号' : undefined} name={[field.name, 'idNumber']}>
                    <Input aria-label={`第 ${n} 位成员身份证号`} maxLength={18} placeholder="18 位，可不填" autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item label={index === 0 ? '与户主关系' : undefined} name={[field.name, 'relation']} rules={[{ required: true, message: '请选择与户主关系' }]}>
                    <Select aria-label={`第 ${n} 位成员与户主关系`} options={reference.memberRelations} placeholder="请选择" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={3}>
                  <Form.Item label={index === 0 ? '认定依据' : undefined} name={[field.name, 'recognitionBasis']} tooltip={index === 0 ? '有认定依据的成员计入认定人口' : undefined}>
                    <Select aria-label={`第 ${n} 位成员认定依据`} options={reference.recognitionBases} placeholder="未认定" allowClear />
                  </Form.Item>
                </Col>
                <Col xs={18} md={4}>
                  <Form.Item label={index === 0 ? '证明材料' : undefined} name={[field.name, 'recognitionEvidence']}>
                    <Input aria-label={`第 ${n} 位成员认定证明材料`} maxLength={200} placeholder="如 户口簿" />
                  </Form.Item>
                </Col>
                <Col xs={6} md={2} className={index === 0 ? 'xj-member-remove-first' : undefined}>
                  <Button icon={<DeleteOutlined />} aria-label={`删除第 ${n} 位成员`} onClick={() => remove(field.name)} danger type="text">
                    删除
                  </Button>
                </Col>
              </Row>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ relation: fields.length === 0 ? 'head' : undefined, recognitionBasis: 'household_register', recognitionEvidence: '户口簿' })} disabled={fields.length >= 30}>
            添加成员
          </Button>
        </>
      )}
    </Form.List>
  );
}

/**
 * 家庭成员. A new household's members are entered directly. An existing household's members are
 * shown masked; replacing the list needs their full 身份证号, so editing them first asks for a
 * reason and unmasks them (the audited 显示 action).
 */
export function MembersSection({
  form,
  householdId,
  members,
  onUnmasked,
}: {
  form: FormInstance;
  /** Set when editing. */
  householdId?: string;
  /** The members as loaded (masked), when editing. */
  members?: HouseholdMemberView[];
  /** Called with the full member list once unmasked, to compare later edits against. */
  onUnmasked(members: ReturnType<typeof memberBody>): void;
}) {
  const reference = useReference();
  const { message } = App.useApp();
  const [unlocked, setUnlocked] = useState(!householdId || !members?.length);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const unmask = async () => {
    if (!householdId) return;
    setBusy(true);
    setError(null);
    try {
      const full = await call(api.POST('/api/households/{id}/unmask', { params: { path: { id: householdId } }, body: { reason: reason.trim() } }));
      const values: MemberValues[] = full.members.map((m) => ({
        name: m.name,
        idNumber: m.idNumber,
        relation: m.relation,
        recognitionBasis: m.recognitionBasis,
        recognitionEvidence: m.recognitionEvidence,
      }));
      form.setFieldValue('members', values);
      onUnmasked(memberBody(values));
      setUnlocked(true);
      setAsking(false);
      message.success('已显示完整身份证号，可以修改家庭成员');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormSection
      title="家庭成员"
      extra={
        unlocked ? undefined : (
          <Button icon={<EyeOutlined />} onClick={() => setAsking(true)}>
            修改家庭成员
          </Button>
        )
      }
    >
      <Col span={24}>
        {unlocked ? (
          <MemberRows />
        ) : (
          <>
            <Table<HouseholdMemberView>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={members}
              columns={[
                { title: '姓名', dataIndex: 'name' },
                { title: '身份证号', dataIndex: 'idNumber', className: 'xj-mono', render: (v: string | null) => v ?? '—' },
                { title: '与户主关系', dataIndex: 'relation', render: (v: string) => labelOf(reference.memberRelations, v) },
                { title: '认定依据', key: 'recognition', render: (_, m) => recognitionText(reference.recognitionBases, m) },
              ]}
            />
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 12 }}
              message="家庭成员的身份证号已脱敏。修改家庭成员须先查看完整身份证号（需填写事由，记入审计）。"
            />
          </>
        )}
      </Col>
      <Modal
        title="查看完整身份证号以修改家庭成员"
        open={asking}
        okText="确认查看"
        cancelText="取消"
        confirmLoading={busy}
        okButtonProps={{ disabled: !reason.trim() }}
        onOk={() => void unmask()}
        onCancel={() => setAsking(false)}
        destroyOnHidden
      >
        <p>查看完整身份证号将记入审计日志，请填写事由。</p>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Form layout="vertical" component="div">
          <Form.Item label="查看事由" htmlFor="unmask-reason" required>
            <Input.TextArea id="unmask-reason" rows={2} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} placeholder="如：核对家庭成员信息" />
          </Form.Item>
        </Form>
      </Modal>
    </FormSection>
  );
}
