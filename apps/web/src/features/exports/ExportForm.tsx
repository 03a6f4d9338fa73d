import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import type { ExportFilters, ExportKind, ParcelView, ProjectView } from '../../api/views';
import { applyFieldErrors } from '../../lib/form-errors';
import { useReference } from '../../lib/reference';
import { listParcels, listProjects, requestExport } from './export-api';
import { cleanFilters, MONEY_LEDGERS } from './query-filters';

/** What each kind of export holds, under the form. */
const KIND_NOTES: Record<ExportKind, string> = {
  'household-ledger': '导出文件中的身份证号、联系电话均已脱敏；只包含您有权查看的项目。',
  'case-progress': '按项目统计各案件状态的案件数并合计；只包含您有权查看的项目。',
  'agreement-ledger': '每份已签约的补偿协议一行（按签约顺序号），补偿总额、应付、已付、未付精确到分，末行合计；只包含您有权查看的项目。',
  'payment-ledger': '每笔支付、冲正一行（冲正为负数），金额精确到分，末行合计；只包含您有权查看的项目。',
  'recalculation-diff': '一次重新测算预览的差异：每个未签约案件一行，新旧总额、差额和变化的补偿项目，末行合计。',
  'settlement-statement': '一张结算单：各行协议金额、已支付、管理费、合计，大写合计和双方签章栏。',
  reconciliation: '一个项目的三账对账：协议、支付、到账及差异清单。',
  'handover-certificate': '一份移交单：地块、面积、随地块移交的案件、双方人员及签字日期栏，供打印签字。',
  'unit-inventory': '安置房源清单：每套房源的基地、楼号、室号、户型、面积、单价、状态和持有户编号。',
  'transitional-fee-batch': '一个过渡费批次的支付清单：每户收款人、脱敏身份证号、月份、金额及合计。',
  'choosing-order': '一个选房轮次公布的顺序：种子、排序算法及说明、顺序哈希和每户的选房顺序，可用 npm run verify:order 复核。',
  'public-disclosure':
    '阳光征收公示表（可张贴公示）：所选项目每户已签约民房一行，只含户编号、所在村、户主（姓名部分隐去，如 王*明）、认定的合法/无证/宅基地面积、补偿总额和签约日期，末行合计；不含身份证号、电话等任何其他信息。',
  'monthly-progress-report':
    '月度推进情况报告（A4 纵向，可直接打印）：各年度目标的本月完成、累计完成、完成率和年末预测及依据，住房解决累计进度图，各项目推进情况和漏斗图，截至月末的逾期时间节点；只统计您有权查看的项目。',
  'rectification-ledger':
    '综合整治台账：所选年度（默认最近年度）每处违法行为一行，类型、村、地块或地址、面积或方量、存量/新增、责任人、状态、整改期限和是否逾期；只包含您有权查看的村和地块。',
  'land-consolidation-plan': '一个集体土地归并方案：所列土地及其原所有权人、用途、面积，归并前后按所有权人和用途的面积合计，批准人及签章栏。',
};

/** Kinds this form offers: a recalculation diff, a 结算单, a reconciliation, a 移交单, the 安置房源清单, a 过渡费支付清单 and a 选房顺序表 are exported from their own pages, not here. */
const FORM_KINDS = (kind: string) =>
  ![
    'recalculation-diff',
    'settlement-statement',
    'reconciliation',
    'handover-certificate',
    'unit-inventory',
    'transitional-fee-batch',
    'choosing-order',
    'rectification-ledger',
    'land-consolidation-plan',
  ].includes(kind);

type Values = { kind: ExportKind } & ExportFilters;

/** Every filter the form has, cleared (a reset must also clear what the address did not fill). */
const NO_FILTERS: ExportFilters = {
  project: undefined,
  parcel: undefined,
  village: undefined,
  status: undefined,
  q: undefined,
  month: undefined,
};

/** Loads a list once per key; answers [] and an error message when it fails. */
function useList<T>(key: string | null, load: (key: string) => Promise<T[]>): { items: T[]; loading: boolean; error: string | null } {
  const [state, setState] = useState<{ key: string | null; items: T[]; error: string | null }>({ key: null, items: [], error: null });
  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    load(key)
      .then((items) => live && setState({ key, items, error: null }))
      .catch((e: unknown) => live && setState({ key, items: [], error: errorMessage(e) }));
    return () => {
      live = false;
    };
    // `load` is a module-level function; the key alone decides what to load.
  }, [key, load]);
  const current = state.key === key;
  return { items: current ? state.items : [], loading: key !== null && !current, error: current ? state.error : null };
}

const loadProjects = () => listProjects();

/** What to export and which rows; prefilled from the address (see query-filters.ts). */
export function ExportForm({ initial, onRequested }: { initial: Values; onRequested: (id: string) => void }) {
  const reference = useReference();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kind = (Form.useWatch('kind', form) ?? initial.kind) as ExportKind;
  const project = (Form.useWatch('project', form) as string | undefined) ?? null;
  const parcel = Form.useWatch('parcel', form) as string | undefined;
  const ledger = kind === 'household-ledger';
  const disclosure = kind === 'public-disclosure';
  const report = kind === 'monthly-progress-report';
  const money = MONEY_LEDGERS.includes(kind) || disclosure;

  const projects = useList<ProjectView>('all', loadProjects);
  const parcels = useList<ParcelView>(project || null, listParcels);

  // Opened again with other filters in the address (e.g. from a list): show those.
  // A layout effect: the form is reset before the opened dialog is painted. As a plain effect the reset
  // could run after the first keystrokes (React runs those after paint) and wipe what was typed.
  useLayoutEffect(() => {
    form.resetFields();
    form.setFieldsValue({
      ...NO_FILTERS,
      ...initial,
    });
  }, [form, initial]);

  const projectOptions = useMemo(() => projects.items.map((p) => ({ value: p.code, label: `${p.code} ${p.name}` })), [projects.items]);
  const parcelOptions = useMemo(
    () => parcels.items.map((p) => ({ value: p.code, label: p.village ? `${p.code}（${p.village}）` : p.code })),
    [parcels.items],
  );

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const id = await requestExport(values.kind, cleanFilters(values.kind, values));
      onRequested(id);
    } catch (e) {
      if (e instanceof ApiError) applyFieldErrors(form, e);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="导出条件" data-testid="export-form">
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} disabled={busy}>
        <Row gutter={16}>
          <Col xs={24} md={12} xl={8}>
            <Form.Item label="导出内容" name="kind" rules={[{ required: true, message: '请选择导出内容' }]}>
              <Select options={reference.exportKinds.filter((k) => FORM_KINDS(k.value))} loading={reference.exportKinds.length === 0} />
            </Form.Item>
          </Col>
          {report && (
            <Col xs={24} md={12} xl={8}>
              <Form.Item
                label="报告月份"
                name="month"
                extra="不选则为数据最新日期所在的月份"
                getValueProps={(value?: string) => ({ value: value ? dayjs(`${value}-01`) : undefined })}
                normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM') : undefined)}
              >
                <DatePicker picker="month" format="YYYY年M月" placeholder="选择月份" style={{ width: '100%' }} data-testid="report-month" />
              </Form.Item>
            </Col>
          )}
          {!report && (
            <Col xs={24} md={12} xl={8}>
              <Form.Item
                label="项目"
                name="project"
                extra={projects.error ? `项目列表加载失败：${projects.error}` : undefined}
                rules={disclosure ? [{ required: true, message: '请选择要公示的项目' }] : []}
              >
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder={disclosure ? '选择要公示的项目' : '全部项目'}
                  options={projectOptions}
                  loading={projects.loading}
                  notFoundContent={projects.loading ? '加载中…' : '没有可选的项目'}
                  onChange={() => form.setFieldValue('parcel', undefined)}
                />
              </Form.Item>
            </Col>
          )}
          {!money && !report && (
            <Col xs={24} md={12} xl={8}>
              <Form.Item label="地块" name="parcel">
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder={project ? '全部地块' : '请先选择项目'}
                  disabled={!project && !parcel}
                  options={parcelOptions}
                  loading={parcels.loading}
                  notFoundContent={parcels.error ?? (parcels.loading ? '加载中…' : '该项目没有地块')}
                />
              </Form.Item>
            </Col>
          )}
          {ledger && (
            <>
              <Col xs={24} md={12} xl={8}>
                <Form.Item label="村" name="village">
                  <Input allowClear placeholder="如 二联村" maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={8}>
                <Form.Item label="案件状态" name="status">
                  <Select allowClear placeholder="全部状态" options={reference.caseStatuses} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={8}>
                <Form.Item label="关键字" name="q">
                  <Input allowClear placeholder="户编号前缀、户主姓名或完整身份证号" maxLength={50} />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="export-error" />}
        <Space wrap>
          <Button type="primary" htmlType="submit" icon={<ExportOutlined />} loading={busy}>
            开始导出
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ kind, ...NO_FILTERS });
              setError(null);
            }}
          >
            清空条件
          </Button>
          <Typography.Text type="secondary">{KIND_NOTES[kind] ?? ''}</Typography.Text>
        </Space>
      </Form>
    </Card>
  );
}
