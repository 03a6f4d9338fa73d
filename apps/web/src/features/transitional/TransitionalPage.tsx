import { ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, DatePicker, Drawer, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { ClearanceView, FeeMonthView, TransitionalHouseholdView, TransitionalPage as StockPage } from '../../api/views';
import { toFen, fenToYuan } from '../../lib/fen';
import { formatAmount, formatDate, formatPickedDate } from '../../lib/format';
import { useProjectOptions } from '../admin/use-project-options';
import { ClearanceChart } from './ClearanceChart';
import { caseFeeMonths, clearance, transitionalStock } from './transitional-api';
import './transitional.css';

const money = (value: string) => <span className="fee-amount">{formatAmount(value)}</span>;

/** A household's 过渡费 months with how each was reached (rate × persons × step × days). */
function FeeMonthsDrawer({ household, onClose }: { household: TransitionalHouseholdView | null; onClose(): void }) {
  const [months, setMonths] = useState<FeeMonthView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setMonths(null);
    setError(null);
    if (household) caseFeeMonths(household.caseId).then(setMonths, (e: unknown) => setError(errorMessage(e)));
  }, [household]);
  const total = months ? fenToYuan(months.reduce((sum, m) => sum + toFen(m.amount), 0n)) : '0.00';
  return (
    <Drawer open={!!household} onClose={onClose} width={760} title={household ? `过渡费明细：${household.subjectCode} ${household.name}` : ''} data-testid="fee-months-drawer" destroyOnClose>
      {error && <Alert type="error" showIcon message={error} />}
      {household && (
        <Typography.Paragraph type="secondary">
          腾地日期 {formatDate(household.vacatedOn)}，协议过渡期限 {household.transitionMonths ?? '—'} 个月，认定人口 {household.persons} 人，{household.transitionMethodLabel}。
        </Typography.Paragraph>
      )}
      <Table<FeeMonthView>
        size="small"
        rowKey="month"
        loading={!months && !error}
        dataSource={months ?? []}
        pagination={false}
        locale={{ emptyText: '尚未计提过渡费' }}
        columns={[
          { title: '月份', dataIndex: 'month', width: 90, render: (m: string) => m.slice(0, 7) },
          { title: '计算依据', dataIndex: 'basisText' },
          { title: '逾期增发', dataIndex: 'stepPercent', width: 90, align: 'right', render: (s: string) => (Number(s) > 0 ? `${Number(s)}%` : '—') },
          { title: '金额（元）', dataIndex: 'amount', width: 120, align: 'right', render: money },
          { title: '状态', dataIndex: 'paid', width: 90, render: (paid: boolean, m) => (paid ? <Tag color="green">已支付</Tag> : m.batchId ? <Tag color="blue">已列入批次</Tag> : <Tag>未支付</Tag>) },
        ]}
        summary={() =>
          months && months.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={3}>
                合计 {months.length} 个月
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {money(total)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </Drawer>
  );
}

/** 过渡户: the households waiting for their flat, how long, where they will live, and their 过渡费; the three-year clearance chart. */
export function TransitionalPage() {
  const projects = useProjectOptions();
  const [params, setParams] = useSearchParams();
  const project = params.get('project') ?? '';
  const base = params.get('base') ?? '';
  const since = params.get('since') ?? '';
  const page = Number(params.get('page') ?? '1');
  const [stock, setStock] = useState<StockPage | null>(null);
  const [chart, setChart] = useState<ClearanceView | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<TransitionalHouseholdView | null>(null);
  const [baseText, setBaseText] = useState(base);
  /** Columns before the amounts (the project column only when all projects are listed). */
  const lead = project ? 6 : 7;

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const [s, c] = await Promise.all([
        transitionalStock({ project: project || undefined, base: base || undefined, since: since || undefined, page, pageSize: 20 }),
        clearance(project || undefined),
      ]);
      setStock(s);
      setChart(c);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }, [project, base, since, page]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <PageContainer
      title="过渡户"
      subTitle="已腾地、尚未交房的产权调换户：已过渡月数、已分配房源与计划交房日期、过渡费"
      extra={[
        <Button key="reload" icon={<ReloadOutlined />} onClick={() => void load()}>
          刷新
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {chart && <ClearanceChart view={chart} />}
        <Space wrap>
          <Select
            style={{ width: 240 }}
            allowClear
            loading={projects.loading}
            value={project || undefined}
            placeholder="全部项目"
            options={projects.options}
            aria-label="项目"
            onChange={(value?: string) => update({ project: value ?? '' })}
          />
          <Input.Search
            style={{ width: 200 }}
            allowClear
            placeholder="安置基地编号"
            aria-label="安置基地"
            value={baseText}
            onChange={(e) => setBaseText(e.target.value)}
            onSearch={(value) => update({ base: value.trim() })}
          />
          <DatePicker
            placeholder="腾地日期不早于"
            aria-label="腾地日期不早于"
            value={since ? dayjs(since) : null}
            onChange={(d: Dayjs | null) => update({ since: formatPickedDate(d) ?? '' })}
          />
        </Space>
        <Table<TransitionalHouseholdView>
          size="small"
          rowKey="caseId"
          loading={loading}
          dataSource={stock?.items ?? []}
          data-testid="transitional-table"
          locale={{ emptyText: '没有过渡户' }}
          pagination={{ current: page, pageSize: 20, total: stock?.total ?? 0, showSizeChanger: false, showTotal: (n) => `共 ${n} 户`, onChange: (p) => update({ page: String(p) }) }}
          columns={[
            { title: '编号', dataIndex: 'subjectCode', width: 110 },
            { title: '户主', dataIndex: 'name', width: 76 },
            ...(project ? [] : [{ title: '项目', dataIndex: 'projectName', width: 110, ellipsis: true }]),
            { title: '腾地日期', dataIndex: 'vacatedOn', width: 100, render: (d: string) => formatDate(d) },
            { title: '已过渡', dataIndex: 'monthsWaiting', width: 76, align: 'right' as const, render: (m: number) => `${m} 个月` },
            { title: '过渡方式', dataIndex: 'transitionMethod', width: 84, render: (m: string | null) => (m === 'turnover_flat' ? <Tag color="purple">周转房</Tag> : m === 'monetary' ? '货币过渡' : '—') },
            {
              title: '安置房源 / 计划交房',
              width: 170,
              ellipsis: true,
              render: (_: unknown, h: TransitionalHouseholdView) =>
                h.units ? (
                  <span title={`${h.bases ?? ''} ${h.units}`}>
                    {h.units}
                    {h.plannedDeliveryOn ? <Typography.Text type="secondary">（{formatDate(h.plannedDeliveryOn)}）</Typography.Text> : null}
                  </span>
                ) : (
                  <Typography.Text type="secondary">未分配</Typography.Text>
                ),
            },
            { title: '已计提（元）', dataIndex: 'accrued', width: 118, align: 'right' as const, render: money },
            { title: '已支付（元）', dataIndex: 'paid', width: 118, align: 'right' as const, render: money },
            { title: '未支付（元）', dataIndex: 'unpaid', width: 118, align: 'right' as const, render: money },
            {
              title: '操作',
              width: 78,
              render: (_: unknown, h: TransitionalHouseholdView) => (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setShown(h)}>
                  费用明细
                </Button>
              ),
            },
          ]}
          summary={() =>
            stock && stock.total > 0 ? (
              <Table.Summary fixed>
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={lead}>
                    <Typography.Text strong>合计 {stock.totals.households} 户</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={lead} align="right">
                    {money(stock.totals.accrued)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={lead + 1} align="right">
                    {money(stock.totals.paid)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={lead + 2} align="right">
                    {money(stock.totals.unpaid)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={lead + 3} />
                </Table.Summary.Row>
              </Table.Summary>
            ) : null
          }
        />
      </Space>
      <FeeMonthsDrawer household={shown} onClose={() => setShown(null)} />
    </PageContainer>
  );
}
