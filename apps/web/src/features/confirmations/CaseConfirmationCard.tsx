import { Alert, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ConfirmationLineView } from '../../api/views';
import { formatAmount, formatDateTime } from '../../lib/format';
import { linesOfCase } from './confirmation-api';
import { LineStateTag } from './LineStateTag';

/** The case's latest confirmation line: waiting, confirmed, rejected with the company's reason (for its officer), or voided. */
export function CaseConfirmationCard({ caseId, revision }: { caseId: string; revision: number }) {
  const [line, setLine] = useState<ConfirmationLineView | null>(null);
  useEffect(() => {
    let live = true;
    linesOfCase(caseId)
      .then((r) => live && setLine(r.items[0] ?? null))
      .catch(() => live && setLine(null));
    return () => {
      live = false;
    };
  }, [caseId, revision]);
  if (!line) return null;
  const type = line.state === 'rejected' ? 'error' : line.state === 'confirmed' ? 'success' : line.state === 'voided' ? 'warning' : 'info';
  return (
    <Alert
      type={type}
      showIcon
      data-testid="case-confirmation"
      message={
        <Space wrap>
          <span>公司确认：</span>
          <LineStateTag line={line} />
          <Link to={`/confirmations/${line.batchId}`}>
            {line.projectCode} 第 {line.batchNumber} 批
          </Link>
          {line.answeredAt && <Typography.Text type="secondary">{formatDateTime(line.answeredAt)}</Typography.Text>}
        </Space>
      }
      description={
        line.state === 'rejected'
          ? `退回原因：${line.reason ?? ''}${line.companyFigure ? `；公司认定金额 ${formatAmount(line.companyFigure)} 元` : ''}`
          : line.state === 'voided'
            ? `确认已失效：${line.voidReason ?? ''}`
            : undefined
      }
    />
  );
}
