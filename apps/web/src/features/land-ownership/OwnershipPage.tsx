import { CloudUploadOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { LandUse, OwnerKind, OwnershipPage as Page, OwnershipView, SurveyStatus } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { Attachments } from '../../lib/Attachments';
import { formatArea } from '../../lib/format';
import { useProjectOptions } from '../admin/use-project-options';
import { OwnershipDialog, type OwnershipValues } from './OwnershipDialog';
import { OwnershipTotals } from './OwnershipTotals';
import {
  changeSurveyStatus,
  createOwnership,
  deleteOwnership,
  LAND_USE_LABELS,
  LAND_WRITERS,
  listOwnership,
  listVillages,
  options,
  OWNER_KIND_LABELS,
  SURVEY_COLORS,
  SURVEY_STATUS_LABELS,
  updateOwnership,
} from './ownership-api';
import { SurveyStatusDialog } from './SurveyStatusDialog';

const PAGE_SIZE = 20;

/** 集体土地所有权: the register with its totals by owner kind and use, filtered; officers and admins keep it. */
export function OwnershipPage() {
  const { message } = App.useApp();
  const { user } = useAuth();
  const projects = useProjectOptions();
  const [params, setParams] = useSearchParams();
  const village = params.get('village') ?? '';
  const owner = (params.get('owner') ?? '') as OwnerKind | '';
  const status = (params.get('status') ?? '') as SurveyStatus | '';
  const use = (params.get('use') ?? '') as LandUse | '';
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const [data, setData] = useState<Page | null>(null);
  const [villages, setVillages] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<OwnershipView | null>(null);
  const [stepping, setStepping] = useState<OwnershipView | null>(null);
  const canWrite = !!user?.roles.some((r) => LAND_WRITERS.includes(r));

  const load = useCallback(async () => {
    setError(null);
    try {
      setData(
        await listOwnership({
          village: village || undefined,
          owner: owner || undefined,
          status: status || undefined,
          use: use || undefined,
          q: q || undefined,
          page,
          pageSize: PAGE_SIZE,
        }),
      );
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [village, owner, status, use, q, page]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    listVillages().then(setVillages, () => undefined);
  }, []);

  const setFilter = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const save = async (v: OwnershipValues) => {
    const common = { location: v.location || undefined, certificateNo: v.certificateNo || undefined, remarks: v.remarks || undefined };
    if (editing) {
      const fixed = editing.surveyStatus === 'confirmed';
      await updateOwnership(editing.id, {
        version: editing.version,
        ...common,
        ...(fixed ? { certificateNo: undefined } : { ownerKind: v.ownerKind, ownerName: v.ownerName, area: v.area, landUse: v.landUse }),
      });
      message.success(`已保存 ${editing.code}`);
    } else {
      const place = v.place === 'parcel' ? { projectCode: v.projectCode, parcelCode: v.parcelCode } : { village: v.village };
      await createOwnership({
        code: v.code,
        ...place,
        ...common,
        ownerKind: v.ownerKind,
        ownerName: v.ownerName,
        area: v.area,
        landUse: v.landUse,
      });
      message.success(`已登记 ${v.code}`);
    }
    setCreating(false);
    setEditing(null);
    await load();
  };

  return (
    <PageContainer
      title="集体土地所有权"
      subTitle="集体土地所有权调查：镇、村、村民小组集体土地的权属、面积和用途"
      extra={[
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
        canWrite && (
          <Link key="import" to="/imports">
            <Button icon={<CloudUploadOutlined />}>导入调查台账</Button>
          </Link>
        ),
        canWrite && (
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            登记土地
          </Button>
        ),
      ]}
    >
      <Space wrap style={{ marginBottom: 12 }} data-testid="ownership-filters">
        <Select
          style={{ width: 140 }}
          allowClear
          placeholder="全部村"
          aria-label="村"
          value={village || undefined}
          options={villages.map((v) => ({ value: v, label: v }))}
          onChange={(v?: string) => setFilter({ village: v ?? '' })}
        />
        <Select
          style={{ width: 140 }}
          allowClear
          placeholder="全部所有权人"
          aria-label="所有权人类型"
          value={owner || undefined}
          options={options(OWNER_KIND_LABELS)}
          onChange={(v?: string) => setFilter({ owner: v ?? '' })}
        />
        <Select
          style={{ width: 150 }}
          allowClear
          placeholder="全部用途"
          aria-label="土地用途"
          value={use || undefined}
          options={options(LAND_USE_LABELS)}
          onChange={(v?: string) => setFilter({ use: v ?? '' })}
        />
        <Select
          style={{ width: 130 }}
          allowClear
          placeholder="全部状态"
          aria-label="调查状态"
          value={status || undefined}
          options={options(SURVEY_STATUS_LABELS)}
          onChange={(v?: string) => setFilter({ status: v ?? '' })}
        />
        <Input.Search
          style={{ width: 240 }}
          allowClear
          placeholder="登记编号、所有权人、证书编号"
          aria-label="关键字"
          defaultValue={q}
          onSearch={(v) => setFilter({ q: v.trim() })}
        />
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {data && <OwnershipTotals totals={data.totals} />}
      <Table<OwnershipView>
        size="small"
        rowKey="id"
        loading={data === null && !error}
        dataSource={data?.items ?? []}
        data-testid="ownership-table"
        locale={{ emptyText: '没有符合条件的所有权记录' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showTotal: (n) => `共 ${n} 宗`,
          showSizeChanger: false,
          onChange: (p) => setFilter({ page: String(p) }),
        }}
        expandable={{
          expandedRowRender: (r) => <Attachments ownerType="land_ownership" ownerId={r.id} canUpload={canWrite} />,
          columnTitle: '材料',
        }}
        columns={[
          { title: '登记编号', dataIndex: 'code', width: 100 },
          {
            title: '村 / 位置',
            key: 'place',
            width: 200,
            render: (_: unknown, r) => (
              <span>
                {r.village}
                {' · '}
                {r.parcelCode ? <Tag color="blue">{`${r.projectCode} ${r.parcelCode}`}</Tag> : r.location}
              </span>
            ),
          },
          {
            title: '所有权人',
            key: 'owner',
            width: 210,
            render: (_: unknown, r) => (
              <span>
                <Tag>{r.ownerKindLabel}</Tag>
                {r.ownerName}
              </span>
            ),
          },
          { title: '用途', dataIndex: 'landUseLabel', width: 100 },
          { title: '面积', dataIndex: 'area', width: 120, align: 'right', render: (a: string) => formatArea(a) },
          {
            title: '调查状态 / 证书',
            dataIndex: 'surveyStatus',
            width: 150,
            render: (s: SurveyStatus, r) => (
              <div>
                <Tag color={SURVEY_COLORS[s]}>{SURVEY_STATUS_LABELS[s]}</Tag>
                {r.certificateNo && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.certificateNo}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          },
          ...(canWrite
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 170,
                  render: (_: unknown, r: OwnershipView) => (
                    <Space size={0}>
                      {r.surveyStatus !== 'confirmed' && (
                        <Button size="small" type="link" onClick={() => setStepping(r)}>
                          推进调查
                        </Button>
                      )}
                      <Button size="small" type="link" onClick={() => setEditing(r)}>
                        修改
                      </Button>
                      <Popconfirm
                        title={`删除 ${r.code}？`}
                        description="已列入归并方案的土地不能删除"
                        okText="删除"
                        cancelText="取消"
                        onConfirm={async () => {
                          try {
                            await deleteOwnership(r.id, r.version);
                            message.success(`已删除 ${r.code}`);
                            await load();
                          } catch (e) {
                            message.error(errorMessage(e));
                          }
                        }}
                      >
                        <Button size="small" type="link" danger>
                          删除
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <OwnershipDialog
        open={creating || !!editing}
        editing={editing}
        projects={projects.options}
        villages={villages}
        onSubmit={save}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
      />
      <SurveyStatusDialog
        record={stepping}
        onClose={() => setStepping(null)}
        onSubmit={async (v) => {
          await changeSurveyStatus(stepping!.id, {
            status: v.status,
            certificateNo: v.certificateNo || undefined,
            version: stepping!.version,
          });
          message.success(`${stepping!.code}：已改为${SURVEY_STATUS_LABELS[v.status]}`);
          setStepping(null);
          await load();
        }}
      />
    </PageContainer>
  );
}
