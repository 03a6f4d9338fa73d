import { FileAddOutlined, PrinterOutlined, StopOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { formatAmount, formatArea, formatDate } from '../../../lib/format';
import type { AgreementView } from '../../../api/views';

export type AgreementAction = 'draft' | 'sign' | 'void';

interface Props {
  agreement: AgreementView | null;
  /** Actions the user may take now (the tab works them out from the case and the user's roles). */
  actions: AgreementAction[];
  /** Why no agreement can be drafted yet (no calculation, stale, case not confirmed), or null. */
  draftBlocked: string | null;
  onAction(action: AgreementAction): void;
}

const STATUS_COLORS: Record<AgreementView['status'], string> = { draft: 'gold', signed: 'green', voided: 'default' };
const yuan = (v: string | null | undefined) => <span className="xj-amount">{formatAmount(v)} 元</span>;

/** The case's live agreement (补偿协议): its terms, signing, the swap's 差价, and what can be done with it. */
export function AgreementCard({ agreement, actions, draftBlocked, onAction }: Props) {
  const extra = (
    <Space wrap>
      {actions.includes('draft') && (
        <Button type="primary" icon={<FileAddOutlined />} disabled={!!draftBlocked} onClick={() => onAction('draft')}>
          起草协议
        </Button>
      )}
      {actions.includes('sign') && (
        <Button type="primary" icon={<EditOutlined />} onClick={() => onAction('sign')}>
          签约
        </Button>
      )}
      {agreement && agreement.status !== 'voided' && (
        <Link to={`/agreements/${agreement.id}/print`}>
          <Button icon={<PrinterOutlined />}>打印协议</Button>
        </Link>
      )}
      {actions.includes('void') && (
        <Button danger icon={<StopOutlined />} onClick={() => onAction('void')}>
          作废协议
        </Button>
      )}
    </Space>
  );
  if (!agreement) {
    return (
      <Card title="补偿协议" extra={extra} data-testid="agreement-card">
        <Empty description={draftBlocked ?? '尚未起草补偿协议'} />
      </Card>
    );
  }
  const a = agreement;
  const swap = a.method === 'swap';
  // A swap whose housing is worth more than the compensation: the household pays the difference.
  const byHousehold = swap && a.swap?.direction === 'by_household';
  return (
    <Card
      title={
        <Space>
          补偿协议
          <Tag color={STATUS_COLORS[a.status]} data-testid="agreement-status">
            {a.statusLabel}
          </Tag>
        </Space>
      }
      extra={extra}
      data-testid="agreement-card"
    >
      <Descriptions
        bordered
        size="small"
        column={{ xxl: 3, xl: 3, lg: 2, md: 2, sm: 1, xs: 1 }}
        items={[
          { key: 'method', label: '补偿方式', children: a.methodLabel },
          { key: 'compensation', label: '补偿总额', children: yuan(a.compensation) },
          byHousehold
            ? { key: 'agreed', label: '被征收户应补交差价', children: yuan(a.swap!.difference.replace(/^-/, '')) }
            : { key: 'agreed', label: swap ? '应付被征收户差价' : '应付补偿款', children: yuan(a.agreed) },
          { key: 'deadline', label: '付款期限', children: formatDate(a.paymentDeadline) },
          { key: 'moving', label: '搬家费', children: yuan(a.movingFee) },
          { key: 'temporary', label: '临时安置费', children: yuan(a.temporaryResettlementFee) },
          {
            key: 'transition',
            label: '过渡方式及期限',
            children: a.transitionMethodLabel
              ? `${a.transitionMethodLabel}${a.transitionMonths ? `，${a.transitionMonths} 个月` : ''}`
              : '—',
          },
          ...(swap
            ? [
                { key: 'swapLocation', label: '安置房地点', children: a.swapLocation ?? '—' },
                { key: 'swapArea', label: '安置房面积', children: formatArea(a.swapArea) },
                { key: 'entitlement', label: '应安置面积', children: formatArea(a.swap?.entitlementArea) },
              ]
            : []),
          ...(a.status === 'signed'
            ? [
                { key: 'signedOn', label: '签约日期', children: formatDate(a.signedOn) },
                { key: 'sequenceNo', label: '签约顺序号', children: <span data-testid="sequence-no">{a.sequenceNo ?? '—'}</span> },
                { key: 'signedBy', label: '签约经办人', children: a.signedBy ?? '—' },
              ]
            : []),
          ...(a.status === 'voided' ? [{ key: 'voidReason', label: '作废原因', children: a.voidReason ?? '—' }] : []),
        ]}
      />
      {swap && a.swap && (
        <Table
          style={{ marginTop: 16 }}
          rowKey="label"
          size="small"
          pagination={false}
          title={() => '产权调换差价'}
          dataSource={a.swap.lines}
          columns={[
            { title: '安置房面积', dataIndex: 'label', width: 200 },
            { title: '计算方法', dataIndex: 'words' },
            {
              title: '金额（元）',
              dataIndex: 'amount',
              width: 150,
              align: 'right',
              render: (v: string) => <span className="xj-amount">{formatAmount(v)}</span>,
            },
          ]}
          summary={() => (
            <Table.Summary.Row className="xj-calc-total">
              <Table.Summary.Cell index={0} colSpan={2}>
                {a.swap!.summary}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <span className="xj-amount">{formatAmount(a.swap!.difference)}</span>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      )}
    </Card>
  );
}
