import { CalculatorOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty } from 'antd';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { CalculationView, SchemeVersionView } from '../../../api/views';
import { CalculationLines } from './CalculationLines';

interface Props {
  calculation: CalculationView | null;
  /** The scheme version it was made under, once read. */
  scheme: SchemeVersionView | null;
  /** The user may calculate (officers of the case's project); null: the button is not shown. */
  onCalculate: (() => void) | null;
  busy: boolean;
  /** A signed agreement froze the calculation: no recalculation offered. */
  frozen: boolean;
}

/** The latest calculation: its scheme version, the date it was made for, when and by whom, stale or not, every line and the total. */
export function CalculationCard({ calculation, scheme, onCalculate, busy, frozen }: Props) {
  const button =
    onCalculate && !frozen ? (
      <Button
        type={!calculation || calculation.stale ? 'primary' : 'default'}
        icon={calculation ? <ReloadOutlined /> : <CalculatorOutlined />}
        loading={busy}
        onClick={onCalculate}
      >
        {calculation ? '重新计算' : '计算补偿'}
      </Button>
    ) : null;
  return (
    <Card title="补偿测算" extra={button} data-testid="calculation-card">
      {!calculation ? (
        <Empty description="尚未测算补偿" />
      ) : (
        <>
          {calculation.stale && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="calculation-stale"
              message="测算已过期"
              description="测算之后摸底信息有变更，本测算不再反映当前情况，不能据此签约。请重新计算。"
            />
          )}
          <Descriptions
            size="small"
            column={{ xxl: 4, xl: 4, lg: 2, md: 2, sm: 1, xs: 1 }}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'scheme', label: '补偿方案', children: scheme ? `${scheme.name}（第 ${scheme.number} 版）` : '—' },
              { key: 'asOf', label: '测算日期', children: <span data-testid="calculation-as-of">{formatDate(calculation.asOf)}</span> },
              { key: 'at', label: '测算时间', children: formatDateTime(calculation.createdAt) },
              { key: 'by', label: '测算人', children: calculation.createdBy },
              {
                key: 'lines',
                label: '项目数',
                children: `${calculation.lines.filter((l) => l.applicable).length} 项适用 / 共 ${calculation.lines.length} 项`,
              },
            ]}
          />
          <CalculationLines lines={calculation.lines} total={calculation.total} />
        </>
      )}
    </Card>
  );
}
