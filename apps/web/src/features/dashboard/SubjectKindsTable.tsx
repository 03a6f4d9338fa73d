import { Table } from 'antd';
import { Link } from 'react-router-dom';
import type { ProgressFiguresView } from '../../api/views';
import { formatCount } from '../../lib/format';
import { drillPath } from './dashboard-api';

type Kind = ProgressFiguresView['subjects'][number];
interface Row {
  key: string;
  label: string;
  cell(kind: Kind): Kind['total'];
}

/** 征收对象 by case status (rows) and kind (columns, the kinds present); every non-zero count opens its cases. */
export function SubjectKindsTable({ figures }: { figures: ProgressFiguresView }) {
  const kinds = figures.subjects.filter((k) => k.total.count > 0);
  const rows: Row[] = [
    ...(figures.subjects[0]?.byStatus ?? []).map((s, i) => ({ key: s.status, label: s.label, cell: (k: Kind) => k.byStatus[i]! })),
    { key: 'total', label: '合计', cell: (k: Kind) => k.total },
  ];
  return (
    <Table<Row>
      className="dash-kinds"
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={kinds.length ? rows : []}
      locale={{ emptyText: '暂无征收对象' }}
      columns={[
        { title: '案件状态', dataIndex: 'label', width: 90 },
        ...kinds.map((k) => ({
          title: k.label,
          key: k.kind,
          align: 'right' as const,
          render: (_: unknown, row: Row) => {
            const cell = row.cell(k);
            return cell.count > 0 ? (
              <Link to={drillPath(cell.drill)}>{formatCount(cell.count)}</Link>
            ) : (
              <span className="dash-zero">0</span>
            );
          },
        })),
      ]}
    />
  );
}
