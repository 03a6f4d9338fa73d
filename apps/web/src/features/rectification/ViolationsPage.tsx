import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Steps,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { ViolationView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { Attachments } from '../../lib/Attachments';
import { FormDialog } from '../../lib/FormDialog';
import { formatAmount, formatArea, formatDateTime, formatPickedDate } from '../../lib/format';
import { PastDatePicker } from '../../lib/PastDatePicker';
import {
  createViolation,
  getViolation,
  KIND_OPTIONS,
  listRectificationVillages,
  listViolations,
  STATUS_COLOR,
  STATUS_OPTIONS,
  stepViolation,
  type ViolationFilters,
} from './rectification-api';

const YEARS = Array.from({ length: 8 }, (_, i) => 2012 + i);

export function StatusTag({ v }: { v: Pick<ViolationView, 'status' | 'statusLabel' | 'overdue'> }) {
  return (
    <Space size={4}>
      <Tag color={STATUS_COLOR[v.status]}>{v.statusLabel}</Tag>
      {v.overdue && <Tag color="red">逾期</Tag>}
    </Space>
  );
}

/** Area in ㎡, or a 渣土 volume in m³. */
export const measure = (v: Pick<ViolationView, 'area' | 'volume'>) =>
  v.volume !== null ? `${formatAmount(v.volume)} m³` : formatArea(v.area);

interface CreateValues {
  kind: ViolationView['kind'];
  village?: string;
  projectCode?: string;
  parcelCode?: string;
  address?: string;
  size: number;
  discovered: Dayjs;
  responsibleText: string;
  remarks?: string;
}

interface StepValues {
  on: Dayjs;
  deadline?: Dayjs;
  note?: string;
}

/** A violation's detail: its steps (who, when), the next step, its deadline and its evidence. */
function ViolationDrawer({
  id,
  canWrite,
  onClose,
  onChanged,
}: {
  id: string | null;
  canWrite: boolean;
  onClose(): void;
  onChanged(): void;
}) {
  const [v, setV] = useState<ViolationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<ViolationView['nextSteps'][number] | null>(null);
  useEffect(() => {
    setV(null);
    setError(null);
    if (id) getViolation(id).then(setV, (e: unknown) => setError(errorMessage(e)));
  }, [id]);
  return (
    <Drawer open={!!id} onClose={onClose} width={640} title={v ? `${v.code} ${v.kindLabel}` : '违法行为'} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} />}
      {v && (
        <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="violation-detail">
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="状态" span={2}>
              <StatusTag v={v} />
            </Descriptions.Item>
            <Descriptions.Item label="所在村">{v.village}</Descriptions.Item>
            <Descriptions.Item label="地块">{v.parcelCode ? `${v.projectCode} / ${v.parcelCode}` : '—'}</Descriptions.Item>
            <Descriptions.Item label="地址" span={2}>
              {v.address ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={v.volume !== null ? '方量' : '面积'}>{measure(v)}</Descriptions.Item>
            <Descriptions.Item label="发现日期">
              {v.discoveredOn} {v.originLabel && <Tag>{`${v.year}年${v.originLabel}`}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="责任人/单位" span={2}>
              {v.responsible}
            </Descriptions.Item>
            <Descriptions.Item label="整改期限">{v.deadline ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="消除日期">{v.closedOn ?? '—'}</Descriptions.Item>
          </Descriptions>
          <Card title="状态步骤" size="small">
            <Steps
              direction="vertical"
              size="small"
              current={v.steps.length - 1}
              items={v.steps.map((s) => ({
                title: s.toStatusLabel,
                description: `${s.stepOn} · ${s.createdBy}（${formatDateTime(s.createdAt)}）${s.deadline ? ` · 整改期限 ${s.deadline}` : ''}${s.note ? ` · ${s.note}` : ''}`,
              }))}
            />
            {canWrite && v.nextSteps.length > 0 && (
              <Space>
                下一步：
                {v.nextSteps.map((n) => (
                  <Button key={n.to} type="primary" onClick={() => setStep(n)} data-testid={`step-${n.to}`}>
                    {n.label}
                  </Button>
                ))}
              </Space>
            )}
          </Card>
          <Card title="证据材料（照片、通知书等）" size="small">
            <Attachments ownerType="rectification_violation" ownerId={v.id} canUpload={canWrite} />
          </Card>
        </Space>
      )}
      <FormDialog<StepValues>
        open={!!step}
        title={step ? `变更为：${step.label}` : ''}
        okText="确定"
        testId="step-dialog"
        onClose={() => setStep(null)}
        onSubmit={async (values) => {
          const updated = await stepViolation(v!.id, {
            version: v!.version,
            to: step!.to,
            on: formatPickedDate(values.on) ?? undefined,
            deadline: values.deadline ? (formatPickedDate(values.deadline) ?? undefined) : undefined,
            note: values.note || undefined,
          });
          setV(updated);
          setStep(null);
          onChanged();
        }}
      >
        <Form.Item name="on" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <PastDatePicker style={{ width: '100%' }} />
        </Form.Item>
        {step?.to === 'notice_issued' && (
          <Form.Item name="deadline" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="note" label="说明（通知文号、整改情况）">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormDialog>
    </Drawer>
  );
}

/** 综合整治台账: the year's violations (stock and new), their status and deadlines; officers register and move them on. */
export function ViolationsPage() {
  const { user } = useAuth();
  const { message } = App.useApp();
  const canWrite = !!user && (user.roles.includes('officer') || user.roles.includes('admin'));
  const [filters, setFilters] = useState<ViolationFilters>({ page: 1, pageSize: 20 });
  const [data, setData] = useState<{ items: ViolationView[]; total: number; year: number } | null>(null);
  const [villages, setVillages] = useState<string[]>([]);
  const [loading, setLoading] = useState(false);
  const [params] = useSearchParams();
  const [open, setOpen] = useState<string | null>(params.get('open'));
  const [creating, setCreating] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await listViolations(filters));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [filters, message]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    listRectificationVillages().then(
      (r) => setVillages(r.villages),
      () => undefined,
    );
  }, []);
  const year = filters.year ?? data?.year;

  return (
    <PageContainer
      title="综合整治台账"
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-violation">
            登记违法行为
          </Button>
        )
      }
    >
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            style={{ width: 110 }}
            value={year}
            onChange={(y: number) => setFilters((f) => ({ ...f, year: y, page: 1 }))}
            options={YEARS.map((y) => ({ value: y, label: `${y} 年` }))}
            data-testid="year-select"
          />
          <Select
            allowClear
            placeholder="村"
            style={{ width: 120 }}
            value={filters.village}
            onChange={(village?: string) => setFilters((f) => ({ ...f, village, page: 1 }))}
            options={villages.map((v) => ({ value: v, label: v }))}
          />
          <Select
            allowClear
            placeholder="类型"
            style={{ width: 120 }}
            value={filters.kind}
            onChange={(kind?: ViolationView['kind']) => setFilters((f) => ({ ...f, kind, page: 1 }))}
            options={[...KIND_OPTIONS]}
          />
          <Select
            allowClear
            placeholder="状态"
            style={{ width: 160 }}
            value={filters.status}
            onChange={(status?: ViolationView['status']) => setFilters((f) => ({ ...f, status, page: 1 }))}
            options={[...STATUS_OPTIONS]}
          />
          <Space>
            <Switch
              checked={filters.overdue === 'true'}
              onChange={(on) => setFilters((f) => ({ ...f, overdue: on ? 'true' : undefined, page: 1 }))}
            />
            只看逾期
          </Space>
        </Space>
        <Table<ViolationView>
          rowKey="id"
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="violations-table"
          size="middle"
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: data?.total ?? 0,
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
          onRow={(v) => ({ onClick: () => setOpen(v.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: '编号', dataIndex: 'code', width: 90 },
            { title: '类型', dataIndex: 'kindLabel', width: 90 },
            { title: '地点', ellipsis: true, render: (_, v) => (v.parcelCode ? `${v.village} · ${v.parcelCode}` : v.address) },
            { title: '面积 / 方量', align: 'right', width: 120, render: (_, v) => measure(v) },
            { title: '发现日期', dataIndex: 'discoveredOn', width: 110 },
            {
              title: '存量/新增',
              width: 92,
              render: (_, v) => v.originLabel && <Tag color={v.origin === 'stock' ? 'default' : 'blue'}>{v.originLabel}</Tag>,
            },
            { title: '责任人/单位', dataIndex: 'responsible', ellipsis: true },
            { title: '状态', width: 190, render: (_, v) => <StatusTag v={v} /> },
            {
              title: '整改期限',
              width: 110,
              render: (_, v) =>
                v.deadline ? <Typography.Text type={v.overdue ? 'danger' : undefined}>{v.deadline}</Typography.Text> : '—',
            },
          ]}
        />
      </Card>
      <ViolationDrawer id={open} canWrite={canWrite} onClose={() => setOpen(null)} onChanged={() => void load()} />
      <FormDialog<CreateValues>
        open={creating}
        title="登记违法行为"
        okText="登记"
        testId="create-violation"
        initialValues={{ kind: 'illegal_building' }}
        onClose={() => setCreating(false)}
        onSubmit={async (values) => {
          const size = String(values.size);
          const created = await createViolation({
            kind: values.kind,
            village: values.parcelCode ? undefined : values.village,
            projectCode: values.parcelCode ? values.projectCode : undefined,
            parcelCode: values.parcelCode || undefined,
            address: values.address || undefined,
            area: values.kind === 'waste_dumping' ? undefined : size,
            volume: values.kind === 'waste_dumping' ? size : undefined,
            discoveredAt: formatPickedDate(values.discovered)!,
            responsibleText: values.responsibleText,
            remarks: values.remarks || undefined,
          });
          setCreating(false);
          message.success(`已登记 ${created.code}`);
          await load();
          setOpen(created.id);
        }}
      >
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
          <Select options={[...KIND_OPTIONS]} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="projectCode" label="项目编号" style={{ width: '50%' }}>
            <Input placeholder="如 GJ17" />
          </Form.Item>
          <Form.Item name="parcelCode" label="地块编号" style={{ width: '50%' }}>
            <Input placeholder="如 GJ17-01" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="village" label="所在村（无地块时）">
          <Select allowClear options={villages.map((v) => ({ value: v, label: v }))} />
        </Form.Item>
        <Form.Item name="address" label="地址">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="size" label="面积（平方米）/ 渣土方量（立方米）" rules={[{ required: true, message: '请填写面积或方量' }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="discovered" label="发现日期" rules={[{ required: true, message: '请选择发现日期' }]}>
          <PastDatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="responsibleText" label="责任人或责任单位" rules={[{ required: true, message: '请填写责任人或责任单位' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="remarks" label="备注">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormDialog>
    </PageContainer>
  );
}
