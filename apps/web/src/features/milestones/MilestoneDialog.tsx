import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import type { BaseView, MilestoneView, Page, UserView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatPickedDate } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import type { ProjectOption } from '../admin/use-project-options';
import { ownerOf } from './milestones-api';

interface Values {
  ownerKind: 'project' | 'base';
  projectCode?: string;
  baseCode?: string;
  name: string;
  plannedOn: Dayjs;
  responsibleUnit: string;
  responsibleName?: string;
  responsibleUserId?: string | null;
  dependsOnId?: string | null;
  remarks?: string;
}

export interface MilestoneSubmit {
  projectCode?: string;
  baseCode?: string;
  name: string;
  plannedOn: string;
  responsibleUnit: string;
  responsibleName: string | null;
  responsibleUserId: string | null;
  dependsOnId: string | null;
  remarks: string | null;
}

interface Props {
  open: boolean;
  /** The node edited, or null for a new one. */
  editing: MilestoneView | null;
  projects: ProjectOption[];
  bases: BaseView[];
  /** Every node (for the dependency). */
  all: MilestoneView[];
  onSubmit(values: MilestoneSubmit): Promise<void>;
  onClose(): void;
}

/** Accounts to name as 责任人 (the user list is an administrator's; others write the name). */
function useUserOptions(enabled: boolean) {
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);
  useEffect(() => {
    if (!enabled) return;
    call<Page<UserView>>(api.GET('/api/users', { params: { query: { pageSize: 200 } } }))
      .then((page) => setOptions(page.items.filter((u) => !u.disabled).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))))
      .catch(() => undefined);
  }, [enabled]);
  return options;
}

/** 新增 / 修改时间节点: where it belongs, name, planned date, who is responsible, what it waits for. */
export function MilestoneDialog({ open, editing, projects, bases, all, onSubmit, onClose }: Props) {
  const { user } = useAuth();
  const users = useUserOptions(open && !!user?.roles.includes('admin'));
  const initial: Partial<Values> = editing
    ? {
        ownerKind: editing.project ? 'project' : 'base',
        projectCode: editing.project?.code,
        baseCode: editing.base?.code,
        name: editing.name,
        plannedOn: dayjs(editing.plannedOn),
        responsibleUnit: editing.responsibleUnit,
        responsibleName: editing.responsibleName ?? '',
        responsibleUserId: editing.responsibleUserId,
        dependsOnId: editing.dependsOn?.id ?? null,
        remarks: editing.remarks ?? '',
      }
    : { ownerKind: 'project', responsibleUnit: '动迁办' };
  const dependencies = all.filter((m) => m.id !== editing?.id).map((m) => ({ value: m.id, label: `${m.name}（${ownerOf(m)}，计划 ${m.plannedOn}）` }));
  return (
    <FormDialog<Values>
      open={open}
      title={editing ? `修改时间节点 — ${editing.name}` : '新增时间节点'}
      okText="保存"
      width={640}
      testId="milestone-dialog"
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        await onSubmit({
          ...(editing ? {} : v.ownerKind === 'project' ? { projectCode: v.projectCode } : { baseCode: v.baseCode }),
          name: v.name,
          plannedOn: formatPickedDate(v.plannedOn)!,
          responsibleUnit: v.responsibleUnit,
          responsibleName: v.responsibleName?.trim() || null,
          responsibleUserId: v.responsibleUserId ?? null,
          dependsOnId: v.dependsOnId ?? null,
          remarks: v.remarks?.trim() || null,
        });
      }}
    >
      <Form.Item name="ownerKind" label="所属">
        <Radio.Group disabled={!!editing} options={[{ value: 'project', label: '征收项目' }, { value: 'base', label: '安置基地' }]} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.ownerKind !== b.ownerKind}>
        {({ getFieldValue }) =>
          getFieldValue('ownerKind') === 'project' ? (
            <Form.Item name="projectCode" label="征收项目" rules={[{ required: true, message: '请选择征收项目' }]}>
              <Select aria-label="征收项目" disabled={!!editing} options={projects} showSearch optionFilterProp="label" />
            </Form.Item>
          ) : (
            <Form.Item name="baseCode" label="安置基地" rules={[{ required: true, message: '请选择安置基地' }]}>
              <Select aria-label="安置基地" disabled={!!editing} options={bases.map((b) => ({ value: b.code, label: b.name }))} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="name" label="节点名称" rules={[{ required: true, message: '请填写节点名称' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="plannedOn" label="计划完成日期" rules={[{ required: true, message: '请选择计划完成日期' }]}>
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="YYYY-MM-DD" aria-label="计划完成日期" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="responsibleUnit" label="责任单位" rules={[{ required: true, message: '请填写责任单位' }]}>
            <Input maxLength={100} placeholder="如 动迁办、西虹桥公司、规划所" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="responsibleName" label="责任人">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        {users.length > 0 && (
          <Col span={12}>
            <Form.Item name="responsibleUserId" label="责任人账号（逾期时通知）">
              <Select aria-label="责任人账号" allowClear options={users} showSearch optionFilterProp="label" />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="dependsOnId" label="前置节点（须先完成）">
        <Select aria-label="前置节点" allowClear options={dependencies} showSearch optionFilterProp="label" />
      </Form.Item>
      <Form.Item name="remarks" label="备注">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
