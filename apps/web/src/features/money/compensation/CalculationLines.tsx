import { Table, Tag, Typography } from 'antd';
import { formatAmount } from '../../../lib/format';

/** What the table shows of one calculation line (the api's calculation view has these fields). */
export interface LineShown {
  code: string;
  name: string;
  applicable: boolean;
  reason?: string | null;
  inputs: Array<{ label: string; value: string }>;
  words: string;
  note?: string | null;
  amount: string;
}

/**
 * Every line of a calculation: the item, its rule in words with the facts it read, and its amount to
 * the fen, right-aligned; lines that do not apply stay, greyed, with their reason; the total last.
 */
export function CalculationLines({ lines, total }: { lines: LineShown[]; total: string }) {
  return (
    <Table<LineShown>
      rowKey="code"
      size="small"
      pagination={false}
      data-testid="calculation-lines"
      dataSource={lines}
      rowClassName={(l) => (l.applicable ? '' : 'xj-calc-not-applicable')}
      columns={[
        { title: '序号', key: 'no', width: 56, render: (_, __, i) => i + 1 },
        {
          title: '补偿项目',
          key: 'item',
          width: 180,
          render: (_, l) => (
            <>
              <div>{l.name}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l.code}
              </Typography.Text>
            </>
          ),
        },
        {
          title: '计算方法',
          key: 'words',
          render: (_, l) =>
            l.applicable ? (
              <>
                <div className="xj-calc-words" data-testid="line-words">
                  {l.words}
                </div>
                {l.note && <Tag color="orange">{l.note}</Tag>}
                {l.inputs.length > 0 && <div className="xj-calc-inputs">{l.inputs.map((i) => `${i.label}：${i.value}`).join('；')}</div>}
              </>
            ) : (
              <Typography.Text type="secondary">不适用：{l.reason ?? '—'}</Typography.Text>
            ),
        },
        {
          title: '金额（元）',
          key: 'amount',
          width: 150,
          align: 'right',
          render: (_, l) => <span className="xj-amount">{formatAmount(l.amount)}</span>,
        },
      ]}
      summary={() => (
        <Table.Summary.Row className="xj-calc-total">
          <Table.Summary.Cell index={0} colSpan={3}>
            合计
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <span className="xj-amount" data-testid="calculation-total">
              {formatAmount(total)}
            </span>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
