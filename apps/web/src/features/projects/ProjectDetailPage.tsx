import { EditOutlined, HistoryOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Descriptions, Drawer, Result, Skeleton, Space, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, api, call, errorMessage } from '../../api/client';
import type { AuditEntryView, Page, ParcelView, ProjectView, QueryOf } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { BothSidesTimeline } from '../../lib/BothSidesTimeline';
import { formatArea, formatDate } from '../../lib/format';
import { labelOf, useReference, valueEnum } from '../../lib/reference';
import { canWriteProject } from '../subjects/options';
import { EmptyProvider } from '../subjects/EmptyProvider';
import { useRemote } from '../subjects/use-remote';
import { ParcelFormModal } from './ParcelFormModal';
import { ProjectFormModal } from './ProjectFormModal';
import { ParcelStatusTag, ProjectStatusTag } from './ProjectStatusTag';

/** A project's facts and its parcels; admins edit the project, its officers and admins add and edit parcels. */
export function ProjectDetailPage() {
  const { code = '' } = useParams();
  const reference = useReference();
  const { user, hasRole } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const parcels = useRef<ActionType>(null);
  const [parcelError, setParcelError] = useState<string | null>(null);
  const [editingProject, setEditingProject] = useState(false);
  const [editingParcel, setEditingParcel] = useState<{ parcel: ParcelView | null } | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [timelineOf, setTimelineOf] = useState<ParcelView | null>(null);
  const [revision, setRevision] = useState(0);
  const projectTimeline = useCallback(
    (page: number, pageSize: number) => call<Page<AuditEntryView>>(api.GET('/api/projects/{code}/timeline', { params: { path: { code }, query: { page, pageSize } } })),
    [code],
  );
  const parcelCode = timelineOf?.code ?? '';
  const parcelTimeline = useCallback(
    (page: number, pageSize: number) =>
      call<Page<AuditEntryView>>(api.GET('/api/projects/{code}/parcels/{parcelCode}/timeline', { params: { path: { code, parcelCode }, query: { page, pageSize } } })),
    [code, parcelCode],
  );
  const project = useRemote(async () => {
    try {
      const p = await call<ProjectView>(api.GET('/api/projects/{code}', { params: { path: { code } } }));
      setLoadError(null);
      return p;
    } catch (e) {
      setLoadError(e instanceof ApiError ? e : new ApiError(0, errorMessage(e)));
      throw e;
    }
  }, code);
  const p = project.data;
  const mayWriteParcels = canWriteProject(user, code);
  const subjectsOf = (parcel?: string) => `?project=${encodeURIComponent(code)}${parcel ? `&parcel=${encodeURIComponent(parcel)}` : ''}`;

  if (loadError && !p) {
    return (
      <PageContainer title="项目" onBack={() => navigate('/projects')}>
        <Result
          status={loadError.status === 404 ? '404' : 'error'}
          title={loadError.status === 404 ? '项目不存在' : '加载失败'}
          subTitle={loadError.message}
          extra={[
            <Button key="retry" onClick={project.reload}>
              重试
            </Button>,
            <Link key="list" to="/projects">
              返回项目列表
            </Link>,
          ]}
        />
      </PageContainer>
    );
  }

  const columns: ProColumns<ParcelView>[] = [
    { title: '地块编号', dataIndex: 'code', hideInSearch: true, width: 110 },
    { title: '所在村', dataIndex: 'village', hideInSearch: true, width: 100, render: (_, r) => r.village ?? '—' },
    { title: '土地权属', dataIndex: 'landOwnership', hideInSearch: true, width: 100, render: (_, r) => labelOf(reference.landOwnerships, r.landOwnership) },
    { title: '地块面积', dataIndex: 'area', hideInSearch: true, width: 140, align: 'right', render: (_, r) => formatArea(r.area) },
    {
      title: '地块状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: valueEnum(reference.parcelStatuses),
      width: 100,
      render: (_, r) => <ParcelStatusTag status={r.status} />,
    },
    { title: '备注', dataIndex: 'remarks', hideInSearch: true, ellipsis: true, width: 200, render: (_, r) => r.remarks ?? '—' },
    {
      title: '操作',
      key: 'actions',
      hideInSearch: true,
      width: 320,
      render: (_, r) => [
        <Button key="timeline" type="link" size="small" icon={<HistoryOutlined />} onClick={() => setTimelineOf(r)} aria-label={`地块 ${r.code} 时间线`}>
          时间线
        </Button>,
        <Link key="households" to={`/households${subjectsOf(r.code)}`}>
          民房
        </Link>,
        <Link key="enterprises" to={`/enterprises${subjectsOf(r.code)}`}>
          企业
        </Link>,
        mayWriteParcels ? (
          <Button key="edit" type="link" size="small" icon={<EditOutlined />} onClick={() => setEditingParcel({ parcel: r })} aria-label={`编辑地块 ${r.code}`}>
            编辑
          </Button>
        ) : null,
      ],
    },
  ];

  return (
    <PageContainer
      title={p ? `${p.code} ${p.name}` : '项目'}
      onBack={() => navigate('/projects')}
      tags={p ? <ProjectStatusTag status={p.status} /> : undefined}
      extra={[
        <Button
          key="reload"
          icon={<ReloadOutlined />}
          onClick={() => {
            project.reload();
            void parcels.current?.reload();
            setRevision((n) => n + 1);
          }}
        >
          刷新
        </Button>,
        hasRole('admin') && p ? (
          <Button key="edit" icon={<EditOutlined />} onClick={() => setEditingProject(true)}>
            编辑项目
          </Button>
        ) : null,
      ]}
    >
      <Card style={{ marginBottom: 16 }}>
        {!p ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : (
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="project-facts">
            <Descriptions.Item label="项目编号">{p.code}</Descriptions.Item>
            <Descriptions.Item label="项目名称">{p.name}</Descriptions.Item>
            <Descriptions.Item label="所属区域">{p.zone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="收储单位">{p.acquirer}</Descriptions.Item>
            <Descriptions.Item label="项目状态">{labelOf(reference.projectStatuses, p.status)}</Descriptions.Item>
            <Descriptions.Item label="计划日期">
              {formatDate(p.plannedStartOn)} 至 {formatDate(p.plannedEndOn)}
            </Descriptions.Item>
            <Descriptions.Item label="备注" span={3}>
              {p.remarks ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="征收对象" span={3}>
              <Space wrap>
                <Link to={`/households${subjectsOf()}`}>民房</Link>
                <Link to={`/enterprises${subjectsOf()}`}>企业</Link>
                <Link to={`/facilities${subjectsOf()}`}>市政设施</Link>
                <Link to={`/legacy-bases${subjectsOf()}`}>遗留基地</Link>
              </Space>
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      {parcelError && (
        <Alert
          type="error"
          showIcon
          message={`地块列表加载失败：${parcelError}`}
          action={
            <Button size="small" onClick={() => parcels.current?.reload()}>
              重试
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <EmptyProvider description="该项目还没有地块">
        <ProTable<ParcelView, { status?: string }>
          key={code}
          rowKey="id"
          actionRef={parcels}
          headerTitle="地块"
          columns={columns}
          scroll={{ x: 'max-content' }}
          search={{ labelWidth: 'auto', collapseRender: false }}
          options={{ density: false, setting: false, fullScreen: false, reload: true }}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 块` }}
          toolBarRender={() => [
            mayWriteParcels ? (
              <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditingParcel({ parcel: null })}>
                新建地块
              </Button>
            ) : null,
          ]}
          request={async (params) => {
            try {
              const page = await call<Page<ParcelView>>(
                api.GET('/api/projects/{code}/parcels', {
                  params: { path: { code }, query: { page: params.current, pageSize: params.pageSize, status: (params.status || undefined) as QueryOf<'/api/projects/{code}/parcels'>['status'] } },
                }),
              );
              setParcelError(null);
              return { data: page.items, total: page.total, success: true };
            } catch (e) {
              setParcelError(errorMessage(e));
              return { data: [], total: 0, success: false };
            }
          }}
        />
      </EmptyProvider>
      <Card title="双方时间线" style={{ marginTop: 16 }} extra={<Typography.Text type="secondary">镇动迁办与西虹桥公司在本项目中的每一步，最新在前</Typography.Text>}>
        <BothSidesTimeline load={projectTimeline} revision={revision} testId="project-timeline" />
      </Card>
      <Drawer title={timelineOf ? `地块 ${timelineOf.code} 时间线` : ''} open={!!timelineOf} width={560} onClose={() => setTimelineOf(null)} destroyOnClose>
        {timelineOf && <BothSidesTimeline load={parcelTimeline} testId="parcel-timeline" />}
      </Drawer>
      {p && (
        <ProjectFormModal
          open={editingProject}
          project={p}
          onClose={() => setEditingProject(false)}
          onSaved={(saved) => {
            message.success(`已保存项目 ${saved.code}`);
            setEditingProject(false);
            project.reload();
          }}
        />
      )}
      <ParcelFormModal
        projectCode={code}
        open={!!editingParcel}
        parcel={editingParcel?.parcel ?? null}
        onClose={() => setEditingParcel(null)}
        onSaved={(saved) => {
          message.success(editingParcel?.parcel ? `已保存地块 ${saved.code}` : `已新建地块 ${saved.code}`);
          setEditingParcel(null);
          parcels.current?.reload();
        }}
      />
    </PageContainer>
  );
}
