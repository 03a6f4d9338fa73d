import { ArrowLeftOutlined, DownloadOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Popconfirm,
  Result,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import type { AllocationView, ChoosingEntryView, ChoosingRoundDetailView, UnitOptionsView, UnitOptionView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatAmount, formatArea, formatDateTime } from '../../lib/format';
import { DeliverDialog, ReleaseDialog } from './AllocationDialogs';
import { allocate, closeRound, exportOrder, finishEntry, getRound, unitOptions } from './choosing-api';
import { RoundStatusTag } from './RoundsPage';
import './choosing.css';

const ALLOCATION_COLOR: Record<string, string> = { allocated: 'blue', delivered: 'green', reserved: 'gold', released: 'default' };

/** A 差价 preview: positive is payable to the household, negative by it; right-aligned to the fen. */
function Difference({ value }: { value: string | null }) {
  if (value === null) return <>—</>;
  const negative = value.startsWith('-');
  return (
    <span className="xj-choosing-amount" style={{ color: negative ? '#cf1322' : undefined }}>
      {formatAmount(value)}
    </span>
  );
}

/** The units the household whose turn it is may take, filtered by building and layout; one click allocates. */
function NextHousehold({
  round,
  entry,
  canWrite,
  onChanged,
}: {
  round: ChoosingRoundDetailView;
  entry: ChoosingEntryView;
  canWrite: boolean;
  onChanged(): Promise<void>;
}) {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<{ building?: string; layout?: string }>({});
  const [options, setOptions] = useState<UnitOptionsView | null>(null);
  const [all, setAll] = useState<UnitOptionView[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    const found = await unitOptions(round.id, entry.id, filter);
    setOptions(found);
    if (!filter.building && !filter.layout) setAll(found.options);
  }, [round.id, entry.id, filter]);
  useEffect(() => {
    setConflict(null);
    load().catch((e: unknown) => message.error(errorMessage(e)));
  }, [load, message]);

  const buildings = useMemo(() => [...new Set(all.map((o) => o.unit.buildingCode))], [all]);
  const layouts = useMemo(() => [...new Set(all.map((o) => o.unit.layout))], [all]);

  const take = async (o: UnitOptionView) => {
    setBusy(o.unit.id);
    setConflict(null);
    try {
      const a = await allocate({ caseId: entry.caseId, unitId: o.unit.id, roundId: round.id, purpose: 'resettlement' });
      message.success(`已为 ${entry.householdName} 分配 ${a.unit.label}`);
      await onChanged();
    } catch (e) {
      const text = errorMessage(e);
      setConflict(text);
      if (e instanceof ApiError && e.status === 409) message.error(text);
      await load().catch(() => undefined);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title={
        <Space wrap>
          <span>轮到第 {entry.position} 号选房：</span>
          <Typography.Text strong data-testid="next-household">
            {entry.householdName}（{entry.caseRef}）
          </Typography.Text>
          <Tag>签约顺序号 {entry.sequenceNo}</Tag>
          <Tag color="blue">应安置面积 {formatArea(entry.entitlementArea)}</Tag>
          <Tag>已选 {formatArea(entry.chosenArea)}</Tag>
        </Space>
      }
      extra={
        canWrite ? (
          <Popconfirm
            title={`确认 ${entry.householdName} 完成本轮选房？`}
            okText="完成"
            cancelText="取消"
            onConfirm={() => finishEntry(round.id, entry.id).then(onChanged, (e: unknown) => message.error(errorMessage(e)))}
          >
            <Button>完成选房，轮到下一户</Button>
          </Popconfirm>
        ) : null
      }
      data-testid="next-card"
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          allowClear
          placeholder="全部楼栋"
          style={{ width: 160 }}
          value={filter.building}
          options={buildings.map((b) => ({ value: b, label: b }))}
          onChange={(building?: string) => setFilter((f) => ({ ...f, building }))}
        />
        <Select
          allowClear
          placeholder="全部户型"
          style={{ width: 160 }}
          value={filter.layout}
          options={layouts.map((l) => ({ value: l, label: l }))}
          onChange={(layout?: string) => setFilter((f) => ({ ...f, layout }))}
        />
        <Typography.Text type="secondary">差价为正数应付被征收户，负数（红色）由被征收户补交；单位：元</Typography.Text>
      </Space>
      {conflict && (
        <Alert
          type="error"
          showIcon
          message={conflict}
          style={{ marginBottom: 12 }}
          closable
          onClose={() => setConflict(null)}
          data-testid="allocation-error"
        />
      )}
      <Table<UnitOptionView>
        rowKey={(o) => o.unit.id}
        size="small"
        className="xj-choosing-options"
        loading={!options}
        dataSource={options?.options ?? []}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        locale={{ emptyText: <Empty description="该基地暂无可选房源" /> }}
        data-testid="unit-options"
        columns={[
          {
            title: '房源',
            render: (_: unknown, o) => (
              <Space size={4}>
                <span>{`${o.unit.buildingCode} ${o.unit.unitNo}室`}</span>
                {o.reserved && (
                  <Tag color="gold" data-testid="reserved-for-household">
                    为该户预留
                  </Tag>
                )}
              </Space>
            ),
          },
          { title: '户型', render: (_: unknown, o) => o.unit.layout },
          { title: '楼层', align: 'right', render: (_: unknown, o) => o.unit.floor },
          { title: '建筑面积（㎡）', align: 'right', render: (_: unknown, o) => formatArea(o.unit.area).replace(' ㎡', '') },
          {
            title: '类型',
            render: (_: unknown, o) =>
              o.unit.kind === 'off_plan' ? (
                <Tooltip title={`计划交付 ${o.unit.plannedDeliveryOn ?? '—'}`}>{o.unit.kindLabel}</Tooltip>
              ) : (
                o.unit.kindLabel
              ),
          },
          { title: '选定后总面积（㎡）', align: 'right', render: (_: unknown, o) => formatArea(o.housingArea).replace(' ㎡', '') },
          {
            title: '差价（元）',
            align: 'right',
            render: (_: unknown, o) =>
              o.available ? (
                <Difference value={o.difference} />
              ) : (
                <Tooltip title={o.reason}>
                  <Tag color="red" style={{ marginInlineEnd: 0 }}>
                    不可选
                  </Tag>
                </Tooltip>
              ),
          },
          {
            title: '',
            render: (_: unknown, o) =>
              o.available ? (
                canWrite ? (
                  <Button type="primary" size="small" loading={busy === o.unit.id} disabled={!!busy} onClick={() => void take(o)}>
                    选定
                  </Button>
                ) : null
              ) : (
                <Typography.Text type="danger" style={{ fontSize: 12 }} ellipsis={{ tooltip: o.reason }} className="xj-choosing-reason">
                  {o.reason}
                </Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}

/** A 选房 round: the published order with its seed and algorithm, who is next and the units they may take, releases and deliveries. */
export function RoundPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const canWrite = hasRole('officer', 'admin');
  const [round, setRound] = useState<ChoosingRoundDetailView | null>(null);
  const [error, setError] = useState<{ text: string; missing: boolean } | null>(null);
  const [releasing, setReleasing] = useState<AllocationView | null>(null);
  const [delivering, setDelivering] = useState<AllocationView | null>(null);
  const [exporting, setExporting] = useState(false);

  const load = useCallback(async () => {
    try {
      setRound(await getRound(id));
      setError(null);
    } catch (e) {
      setError({ text: errorMessage(e), missing: e instanceof ApiError && e.status === 404 });
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (error && !round) {
    return (
      <Result
        status={error.missing ? '404' : 'error'}
        title={error.missing ? '选房轮次不存在或无权查看' : '加载失败'}
        subTitle={error.text}
        extra={<Button onClick={() => navigate('/choosing')}>返回选房</Button>}
      />
    );
  }
  if (!round) return <Skeleton active paragraph={{ rows: 12 }} />;
  const next = round.entries.find((e) => e.id === round.nextEntryId) ?? null;

  return (
    <PageContainer
      title={`选房 ${round.number}`}
      subTitle={round.baseName}
      tags={<RoundStatusTag round={round} />}
      extra={[
        <Button key="back" icon={<ArrowLeftOutlined />} onClick={() => navigate('/choosing')}>
          全部轮次
        </Button>,
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
        <Button
          key="export"
          icon={<DownloadOutlined />}
          loading={exporting}
          onClick={() => {
            setExporting(true);
            exportOrder(round)
              .catch((e: unknown) => message.error(errorMessage(e)))
              .finally(() => setExporting(false));
          }}
        >
          导出选房顺序表
        </Button>,
        <Button key="print" icon={<PrinterOutlined />} onClick={() => window.open(`/choosing/${round.id}/print`, '_blank')}>
          打印顺序表
        </Button>,
        canWrite && round.status === 'published' ? (
          <Popconfirm
            key="close"
            title="结束该选房轮次？结束后不能再在本轮选房。"
            okText="结束"
            cancelText="取消"
            onConfirm={() => closeRound(round).then(setRound, (e: unknown) => message.error(errorMessage(e)))}
          >
            <Button danger>结束轮次</Button>
          </Popconfirm>
        ) : null,
      ]}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small" title="公布的选房顺序" data-testid="round-facts">
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered labelStyle={{ width: 96, whiteSpace: 'nowrap' }}>
            <Descriptions.Item label="参加项目">{round.projectCodes.join('、')}</Descriptions.Item>
            <Descriptions.Item label="公布">
              {formatDateTime(round.publishedAt)}，{round.publishedBy}
            </Descriptions.Item>
            <Descriptions.Item label="种子">
              <Typography.Text className="xj-choosing-hash" copyable data-testid="round-seed">
                {round.seed}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="排序算法">
              <Typography.Text code>{round.algorithm}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="算法说明" span={2}>
              {round.algorithmDescription}
            </Descriptions.Item>
            <Descriptions.Item label="顺序哈希" span={2}>
              <Typography.Text className="xj-choosing-hash" copyable>
                {round.orderHash}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="进度" span={2}>
              共 {round.entries.length} 户，已完成 {round.doneCount} 户。导出的选房顺序表可用{' '}
              <Typography.Text code>npm run verify:order -- 文件</Typography.Text> 复核。
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {round.status === 'published' && next && (
          <NextHousehold key={next.id + round.version + next.chosenArea} round={round} entry={next} canWrite={canWrite} onChanged={load} />
        )}
        {round.status === 'published' && !next && <Alert type="success" showIcon message="本轮各户均已完成选房" />}
        <Card size="small" title="选房顺序">
          <Table<ChoosingEntryView>
            rowKey="id"
            size="small"
            dataSource={round.entries}
            pagination={false}
            rowClassName={(e) => (e.isNext ? 'xj-choosing-next' : '')}
            data-testid="round-entries"
            columns={[
              { title: '顺序', dataIndex: 'position', align: 'right', width: 64 },
              { title: '案件编号', dataIndex: 'caseRef', render: (ref: string, e) => <Link to={`/cases/${e.caseId}`}>{ref}</Link> },
              { title: '户主', dataIndex: 'householdName' },
              { title: '项目', dataIndex: 'projectCode' },
              { title: '签约顺序号', dataIndex: 'sequenceNo', align: 'right' },
              {
                title: '应安置面积（㎡）',
                dataIndex: 'entitlementArea',
                align: 'right',
                render: (v: string) => formatArea(v).replace(' ㎡', ''),
              },
              { title: '已选面积（㎡）', dataIndex: 'chosenArea', align: 'right', render: (v: string) => formatArea(v).replace(' ㎡', '') },
              {
                title: '状态',
                render: (_: unknown, e) =>
                  e.isNext ? <Tag color="processing">正在选房</Tag> : e.done ? <Tag color="green">已完成</Tag> : <Tag>等候</Tag>,
              },
              {
                title: '所选房源',
                render: (_: unknown, e) => (
                  <Space direction="vertical" size={2}>
                    {e.units.map((a) => (
                      <Space key={a.id} size={4} wrap>
                        <span>
                          {a.unit.buildingCode} {a.unit.unitNo}室（{formatArea(a.unit.area)}）
                        </span>
                        <Tag color={ALLOCATION_COLOR[a.status]}>{a.statusLabel}</Tag>
                        {canWrite && a.status === 'allocated' && (
                          <>
                            <Button size="small" type="link" onClick={() => setDelivering(a)}>
                              交房
                            </Button>
                            <Button size="small" type="link" danger onClick={() => setReleasing(a)}>
                              释放
                            </Button>
                          </>
                        )}
                        {a.status === 'delivered' && <Typography.Text type="secondary">交房 {a.deliveredOn}</Typography.Text>}
                      </Space>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      </Space>
      <ReleaseDialog
        allocation={releasing}
        onClose={() => setReleasing(null)}
        onDone={(a) => {
          message.success(`已释放 ${a.unit.label}`);
          setReleasing(null);
          void load();
        }}
      />
      <DeliverDialog
        allocation={delivering}
        onClose={() => setDelivering(null)}
        onDone={(a) => {
          message.success(`${a.unit.label} 已交房`);
          setDelivering(null);
          void load();
        }}
      />
    </PageContainer>
  );
}
