import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, call, errorMessage } from '../../api/client';
import type { BaseView, MilestoneStatus, MilestoneView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { Attachments } from '../../lib/Attachments';
import { useProjectOptions } from '../admin/use-project-options';
import { MilestoneDialog, type MilestoneSubmit } from './MilestoneDialog';
import { MilestoneTimeline } from './MilestoneTimeline';
import { changeMilestoneStatus, createMilestone, listMilestones, OVERDUE_COLOR, STATUS_COLORS, STATUS_LABELS, updateMilestone } from './milestones-api';
import { StatusDialog } from './StatusDialog';

const WRITERS = ['admin', 'leader', 'officer'];

/** 时间节点: the advancement plan's nodes of every project and base as a timeline and a table, filtered, kept by their owners. */
export function MilestonesPage() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const projects = useProjectOptions();
  const [params, setParams] = useSearchParams();
  const project = params.get('project') ?? '';
  const base = params.get('base') ?? '';
  const status = (params.get('status') ?? '') as MilestoneStatus | '';
  const due = (params.get('due') ?? '') as 'overdue' | 'soon' | '';
  const [bases, setBases] = useState<BaseView[]>([]);
  const [items, setItems] = useState<MilestoneView[] | null>(null);
  const [all, setAll] = useState<MilestoneView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<MilestoneView | null>(null);
  const [creating, setCreating] = useState(false);
  const [changing, setChanging] = useState<MilestoneView | null>(null);
  const canWrite = !!user?.roles.some((r) => WRITERS.includes(r));

  const load = useCallback(async () => {
    setError(null);
    try {
      const [list, every] = await Promise.all([
        listMilestones({ project: project || undefined, base: base || undefined, status: status || undefined, due: due || undefined }),
        listMilestones({}),
      ]);
      setItems(list);
      setAll(every);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [project, base, status, due]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    call<BaseView[]>(api.GET('/api/resettlement/bases')).then(setBases, () => undefined);
  }, []);

  const setFilter = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  const ownerValue = project ? `project:${project}` : base ? `base:${base}` : '';
  const ownerOptions = [
    { label: '征收项目', options: projects.options.map((p) => ({ value: `project:${p.value}`, label: p.label })) },
    { label: '安置基地', options: bases.map((b) => ({ value: `base:${b.code}`, label: b.name })) },
  ];

  const save = async (v: MilestoneSubmit) => {
    if (editing) {
      const { projectCode: _p, baseCode: _b, ...fields } = v;
      await updateMilestone(editing.id, { ...fields, version: editing.version });
      message.success('已保存时间节点');
    } else {
      await createMilestone(v);
      message.success('已新增时间节点');
    }
    setEditing(null);
    setCreating(false);
    await load();
  };

  const list = items ?? [];
  const overdue = list.filter((m) => m.due === 'overdue').length;
  return (
    <PageContainer
      title="时间节点"
      subTitle="推进方案：各征收项目和安置基地的时间节点"
      extra={[
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
        canWrite && (
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新增时间节点
          </Button>
        ),
      ]}
    >
      <Space wrap style={{ marginBottom: 12 }} data-testid="milestone-filters">
        <Select
          style={{ width: 260 }}
          allowClear
          placeholder="全部项目和基地"
          aria-label="所属"
          value={ownerValue || undefined}
          options={ownerOptions}
          onChange={(v?: string) => {
            const [kind, code] = (v ?? '').split(':');
            setFilter({ project: kind === 'project' ? code! : '', base: kind === 'base' ? code! : '' });
          }}
        />
        <Select
          style={{ width: 140 }}
          allowClear
          placeholder="全部状态"
          aria-label="状态"
          value={status || undefined}
          options={(Object.keys(STATUS_LABELS) as MilestoneStatus[]).map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          onChange={(v?: string) => setFilter({ status: v ?? '' })}
        />
        <Radio.Group
          optionType="button"
          value={due}
          onChange={(e) => setFilter({ due: e.target.value as string })}
          options={[
            { value: '', label: '全部' },
            { value: 'overdue', label: '已逾期' },
            { value: 'soon', label: '14 天内到期' },
          ]}
        />
        <Typography.Text type="secondary">
          共 {list.length} 个节点{overdue > 0 && <Typography.Text type="danger">，逾期 {overdue} 个</Typography.Text>}
        </Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Card size="small" title="进度甘特图" style={{ marginBottom: 12 }} extra={<Legend />}>
        {list.length > 0 ? <MilestoneTimeline milestones={list} onOpen={(m) => (canWrite ? setChanging(m) : undefined)} /> : <Typography.Text type="secondary">没有符合条件的时间节点</Typography.Text>}
      </Card>
      <Table<MilestoneView>
        size="small"
        rowKey="id"
        loading={items === null && !error}
        dataSource={list}
        pagination={false}
        scroll={{ x: 1040 }}
        data-testid="milestone-table"
        locale={{ emptyText: '没有符合条件的时间节点' }}
        expandable={{
          expandedRowRender: (m) => <Attachments ownerType="milestone" ownerId={m.id} canUpload={false} />,
          columnTitle: '佐证',
        }}
        columns={[
          { title: '节点', dataIndex: 'name', width: 240, render: (name: string, m) => <Space direction="vertical" size={0}><Typography.Text strong>{name}</Typography.Text>{m.dependsOn && <Typography.Text type="secondary">前置：{m.dependsOn.name}</Typography.Text>}</Space> },
          { title: '所属', key: 'owner', width: 140, render: (_: unknown, m) => (m.project ? `${m.project.code} ${m.project.name}` : m.base?.name) },
          { title: '计划完成', dataIndex: 'plannedOn', width: 100 },
          { title: '实际完成', dataIndex: 'actualOn', width: 100, render: (d: string | null) => d ?? '—' },
          {
            title: '责任单位 / 责任人',
            dataIndex: 'responsibleUnit',
            width: 130,
            render: (unit: string, m) => (m.responsibleName ? `${unit} ${m.responsibleName}` : unit),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 150,
            render: (s: MilestoneStatus, m) => (
              <Space size={4} wrap>
                <Tag color={STATUS_COLORS[s]}>{STATUS_LABELS[s]}</Tag>
                {m.due === 'overdue' && <Tag color={OVERDUE_COLOR}>逾期 {m.daysOverdue} 天</Tag>}
                {m.due === 'soon' && <Tag color="gold">14 天内到期</Tag>}
              </Space>
            ),
          },
          ...(canWrite
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 130,
                  render: (_: unknown, m: MilestoneView) => (
                    <Space size={0}>
                      <Button size="small" type="link" onClick={() => setChanging(m)}>
                        改变状态
                      </Button>
                      <Button size="small" type="link" onClick={() => setEditing(m)}>
                        修改
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <MilestoneDialog
        open={creating || !!editing}
        editing={editing}
        projects={projects.options}
        bases={bases}
        all={all}
        onSubmit={save}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
      />
      <StatusDialog
        milestone={changing}
        onClose={() => setChanging(null)}
        onSubmit={async (body) => {
          await changeMilestoneStatus(changing!.id, { ...body, version: changing!.version });
          message.success(`${changing!.name}：已改为${STATUS_LABELS[body.status]}`);
          setChanging(null);
          await load();
        }}
      />
    </PageContainer>
  );
}

function Legend() {
  return (
    <Space size={8} wrap>
      {(Object.keys(STATUS_LABELS) as MilestoneStatus[]).map((s) => (
        <Tag key={s} color={STATUS_COLORS[s]}>
          {STATUS_LABELS[s]}
        </Tag>
      ))}
      <Tag color={OVERDUE_COLOR}>逾期</Tag>
    </Space>
  );
}
