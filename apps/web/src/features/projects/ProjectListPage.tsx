import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Alert, App, Button } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, call, errorMessage } from '../../api/client';
import type { Page, ProjectView, QueryOf } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatDate } from '../../lib/format';
import { useReference, valueEnum } from '../../lib/reference';
import { EmptyProvider } from '../subjects/EmptyProvider';
import { ProjectFormModal } from './ProjectFormModal';
import { ProjectStatusTag } from './ProjectStatusTag';

/** 项目与地块: the projects the user may see; admins create and edit them. */
export function ProjectListPage() {
  const reference = useReference();
  const { hasRole } = useAuth();
  const { message } = App.useApp();
  const table = useRef<ActionType>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ project: ProjectView | null } | null>(null);
  const isAdmin = hasRole('admin');

  const columns: ProColumns<ProjectView>[] = [
    { title: '关键字', dataIndex: 'q', hideInTable: true, fieldProps: { placeholder: '项目编号或名称' } },
    {
      title: '项目编号',
      dataIndex: 'code',
      hideInSearch: true,
      width: 100,
      render: (_, p) => <Link to={`/projects/${encodeURIComponent(p.code)}`}>{p.code}</Link>,
    },
    { title: '项目名称', dataIndex: 'name', hideInSearch: true, width: 180 },
    { title: '所属区域', dataIndex: 'zone', hideInSearch: true, width: 140, render: (_, p) => p.zone ?? '—' },
    { title: '收储单位', dataIndex: 'acquirer', hideInSearch: true, width: 120 },
    {
      title: '项目状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: valueEnum(reference.projectStatuses),
      width: 100,
      render: (_, p) => <ProjectStatusTag status={p.status} />,
    },
    { title: '计划开始日期', dataIndex: 'plannedStartOn', hideInSearch: true, width: 120, render: (_, p) => formatDate(p.plannedStartOn) },
    { title: '计划完成日期', dataIndex: 'plannedEndOn', hideInSearch: true, width: 120, render: (_, p) => formatDate(p.plannedEndOn) },
    {
      title: '操作',
      key: 'actions',
      hideInSearch: true,
      width: 140,
      render: (_, p) => [
        <Link key="open" to={`/projects/${encodeURIComponent(p.code)}`}>
          地块
        </Link>,
        isAdmin ? (
          <Button key="edit" type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ project: p })} aria-label={`编辑项目 ${p.code}`}>
            编辑
          </Button>
        ) : null,
      ],
    },
  ];

  return (
    <PageContainer title="项目与地块" subTitle="征收项目及其地块">
      {loadError && (
        <Alert
          type="error"
          showIcon
          message={`项目列表加载失败：${loadError}`}
          action={
            <Button size="small" onClick={() => table.current?.reload()}>
              重试
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <EmptyProvider description="没有符合条件的项目">
        <ProTable<ProjectView, { q?: string; status?: string }>
          rowKey="id"
          actionRef={table}
          columns={columns}
          scroll={{ x: 'max-content' }}
          search={{ labelWidth: 'auto', defaultCollapsed: false, collapseRender: false }}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 个项目` }}
          options={{ density: false, setting: false, fullScreen: false, reload: true }}
          headerTitle="项目列表"
          toolBarRender={() => [
            isAdmin ? (
              <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ project: null })}>
                新建项目
              </Button>
            ) : null,
          ]}
          request={async (params) => {
            try {
              const page = await call<Page<ProjectView>>(
                api.GET('/api/projects', {
                  params: { query: { page: params.current, pageSize: params.pageSize, q: params.q?.trim() || undefined, status: (params.status || undefined) as QueryOf<'/api/projects'>['status'] } },
                }),
              );
              setLoadError(null);
              return { data: page.items, total: page.total, success: true };
            } catch (e) {
              setLoadError(errorMessage(e));
              return { data: [], total: 0, success: false };
            }
          }}
        />
      </EmptyProvider>
      <ProjectFormModal
        open={!!editing}
        project={editing?.project ?? null}
        onClose={() => setEditing(null)}
        onSaved={(p) => {
          message.success(editing?.project ? `已保存项目 ${p.code}` : `已新建项目 ${p.code}`);
          setEditing(null);
          table.current?.reload();
        }}
      />
    </PageContainer>
  );
}
