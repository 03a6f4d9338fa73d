import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Col, Empty, List, Popover, Progress, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { HandoverReadinessView, HandoverSummaryView, HandoverView, ParcelHandoverView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { uploadAttachment } from '../../lib/attachments-api';
import { formatArea, formatDate } from '../../lib/format';
import { ProjectSelect } from '../../lib/ProjectSelect';
import { useProjectOptions } from '../admin/use-project-options';
import { createHandover, getHandover, handoverReadiness, handoverSummary, listHandovers } from './handover-api';
import { HandoverDetail, HandoverStatusTag } from './HandoverDetail';
import { HandoverDialog } from './HandoverDialog';

// As on 项目与地块 (ProjectStatusTag).
const PARCEL_COLOR: Record<string, string> = { surveying: 'default', clearing: 'orange', cleared: 'cyan', handed_over: 'purple' };

/** The cases holding a parcel back, each naming its subject, and the open 综合整治 violations on it (loaded when opened). */
function Blockers({ project, parcel, canReadRegister }: { project: string; parcel: ParcelHandoverView; canReadRegister: boolean }) {
  const [readiness, setReadiness] = useState<HandoverReadinessView | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <Popover
      trigger="click"
      title={`地块 ${parcel.code} 阻碍移交的案件和违法行为`}
      onOpenChange={(open) => {
        if (open && !readiness) handoverReadiness(project, parcel.code).then(setReadiness, (e: unknown) => setError(errorMessage(e)));
      }}
      content={
        error ? (
          <Typography.Text type="danger">{error}</Typography.Text>
        ) : !readiness ? (
          <Spin size="small" />
        ) : (
          <List
            size="small"
            style={{ maxWidth: 460, maxHeight: 320, overflow: 'auto' }}
            dataSource={[...readiness.holds.map((h) => ({ key: h.id, message: h.message, link: canReadRegister ? `/rectification?open=${h.id}` : null })), ...readiness.blockers.map((b) => ({ key: b.caseId, message: b.message, link: null as string | null }))]}
            renderItem={(b) => <List.Item key={b.key}>{b.link ? <Link to={b.link}>{b.message}</Link> : b.message}</List.Item>}
            data-testid="handover-blockers"
          />
        )
      }
    >
      <Button type="link" size="small" danger style={{ padding: 0 }}>
        {[parcel.blockers > 0 && `${parcel.blockers} 件未结算`, parcel.holds > 0 && `${parcel.holds} 处违法未结案`].filter(Boolean).join('，')}
      </Button>
    </Popover>
  );
}

/** 移交: per project the land handed over to 西虹桥公司 against the total, each parcel's readiness, and the 移交单. */
export function HandoversPage() {
  const { user } = useAuth();
  const { message } = App.useApp();
  const projects = useProjectOptions();
  const [params, setParams] = useSearchParams();
  const project = params.get('project') ?? projects.options[0]?.value ?? '';
  const [summary, setSummary] = useState<HandoverSummaryView | null>(null);
  const [records, setRecords] = useState<HandoverView[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState<ParcelHandoverView | null>(null);
  const [shown, setShown] = useState<HandoverView | null>(null);
  const isTown = !!user && (user.roles.includes('officer') || user.roles.includes('admin'));

  const load = useCallback(async () => {
    if (!project) return;
    setLoading(true);
    setError(null);
    try {
      const [s, list] = await Promise.all([handoverSummary(project), listHandovers(project)]);
      setSummary(s);
      setRecords(list.items);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [project]);

  useEffect(() => {
    void load();
  }, [load]);

  const open = async (id: string) => {
    try {
      setShown(await getHandover(id));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <PageContainer
      title="移交"
      subTitle="地块腾地、结算完毕后移交西虹桥公司：镇动迁办发起移交单，公司接收"
      extra={[
        <ProjectSelect
          key="project"
          projects={projects}
          value={project}
          onChange={(value: string) => setParams({ project: value })}
        />,
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {!project && !projects.loading ? (
        <Empty description="没有可查看的项目" />
      ) : (
        <Spin spinning={loading}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            {summary && (
              <Card size="small" title="移交进度" data-testid="handover-summary">
                <Row gutter={24} align="middle">
                  <Col xs={24} md={12}>
                    <Progress percent={summary.percent} format={(p) => `${p}%`} strokeColor="#52c41a" />
                    <Typography.Text type="secondary">
                      已移交 {formatArea(summary.handedOverArea)}，项目地块共 {formatArea(summary.totalArea)}
                    </Typography.Text>
                  </Col>
                  {summary.parcelsByStatus.map((s) => (
                    <Col key={s.status} xs={6} md={3}>
                      <Statistic title={s.label} value={s.count} suffix="块" />
                    </Col>
                  ))}
                </Row>
              </Card>
            )}
            {summary && (
              <Card size="small" title="地块">
                <Table<ParcelHandoverView>
                  size="small"
                  rowKey="code"
                  pagination={false}
                  dataSource={summary.parcels}
                  data-testid="handover-parcels"
                  columns={[
                    { title: '地块编号', dataIndex: 'code', width: 120 },
                    { title: '所在村', dataIndex: 'village', width: 110 },
                    { title: '面积', dataIndex: 'area', align: 'right', width: 150, render: (a: string) => formatArea(a) },
                    { title: '地块状态', dataIndex: 'statusLabel', width: 100, render: (l: string, p) => <Tag color={PARCEL_COLOR[p.status]}>{l}</Tag> },
                    {
                      title: '能否移交',
                      render: (_: unknown, p) =>
                        p.status === 'handed_over' ? (
                          <Typography.Text type="secondary">已移交</Typography.Text>
                        ) : p.submittedHandoverId ? (
                          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void open(p.submittedHandoverId!)}>
                            移交单待公司接收
                          </Button>
                        ) : p.ready ? (
                          <Tag color="green">可以移交</Tag>
                        ) : (
                          <Blockers project={project} parcel={p} canReadRegister={!!user && user.roles.some((r) => r === 'officer' || r === 'leader' || r === 'admin')} />
                        ),
                    },
                    {
                      title: '操作',
                      width: 130,
                      render: (_: unknown, p) =>
                        isTown && p.ready && !p.submittedHandoverId ? (
                          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(p)}>
                            新建移交单
                          </Button>
                        ) : null,
                    },
                  ]}
                />
              </Card>
            )}
            <Card size="small" title="移交单">
              <Table<HandoverView>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={records}
                data-testid="handover-records"
                locale={{ emptyText: '该项目还没有移交单' }}
                columns={[
                  { title: '地块', dataIndex: 'parcelCode', width: 120 },
                  { title: '移交日期', dataIndex: 'handedOverOn', width: 120, render: (d: string) => formatDate(d) },
                  { title: '移交面积', dataIndex: 'area', align: 'right', width: 150, render: (a: string) => formatArea(a) },
                  { title: '镇方移交人员', dataIndex: 'townPeople', ellipsis: true },
                  { title: '公司方接收人员', dataIndex: 'companyPeople', ellipsis: true },
                  { title: '状态', dataIndex: 'status', width: 110, render: (_: unknown, h) => <HandoverStatusTag h={h} /> },
                  {
                    title: '操作',
                    width: 80,
                    render: (_: unknown, h) => (
                      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void open(h.id)}>
                        查看
                      </Button>
                    ),
                  },
                ]}
              />
            </Card>
          </Space>
        </Spin>
      )}
      <HandoverDialog
        open={!!creating}
        parcel={creating}
        onClose={() => setCreating(null)}
        onSubmit={async (body, files) => {
          const created = await createHandover(project, body);
          setCreating(null);
          const failed: string[] = [];
          for (const file of files) await uploadAttachment('handover', created.id, file).catch((e: unknown) => failed.push(`${file.name}：${errorMessage(e)}`));
          if (failed.length) message.warning(`移交单已提交，以下附件未能上传：${failed.join('；')}`);
          else message.success('移交单已提交，等待西虹桥公司接收');
          await load();
        }}
      />
      <HandoverDetail
        handover={shown}
        onClose={() => setShown(null)}
        onChanged={(h) => {
          setShown(h);
          void load();
        }}
      />
    </PageContainer>
  );
}
