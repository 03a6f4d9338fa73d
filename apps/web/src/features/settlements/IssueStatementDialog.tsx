import { Alert, Button, Modal, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import type { SettlementCandidateView } from '../../api/views';
import { formatAmount } from '../../lib/format';
import { PICKER_PAGE, usePicker } from '../../lib/use-picker';
import { listCandidates } from './settlement-api';

interface Props {
  open: boolean;
  project: string;
  projectLabel: string;
  onIssue(caseIds: string[]): Promise<void>;
  onClose(): void;
}

/**
 * 新建结算单: the project's vacated cases with signed agreements not yet on a statement, read by code 50 at a time
 * (更多 reads on); finance picks the ones to list.
 */
export function IssueStatementDialog({ open, project, projectLabel, onIssue, onClose }: Props) {
  const picker = usePicker<SettlementCandidateView>(open ? project : null, (after) => listCandidates(project, after));
  const candidates = picker.rows;
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setSelected([]);
    setError(null);
  }, [open, project]);

  const total = candidates.filter((c) => selected.includes(c.caseId)).reduce((sum, c) => sum + BigInt(c.agreed.replace('.', '')), 0n);
  const totalText = `${total / 100n}.${(total % 100n).toString().padStart(2, '0')}`;
  return (
    <Modal
      open={open}
      width={860}
      title={`新建结算单 — ${projectLabel}`}
      okText={`出具结算单（${selected.length} 件）`}
      cancelText="取消"
      okButtonProps={{ disabled: selected.length === 0, loading: busy }}
      onCancel={onClose}
      data-testid="issue-dialog"
      onOk={async () => {
        setBusy(true);
        setError(null);
        try {
          await onIssue(selected);
        } catch (e) {
          setError(errorMessage(e));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Typography.Paragraph type="secondary">可选案件：已腾地、补偿协议已签约、尚未列入结算单。管理费按项目的管理费率计算。</Typography.Paragraph>
      {(error ?? picker.error) && <Alert type="error" showIcon message={error ?? picker.error} style={{ marginBottom: 12 }} />}
      <Table<SettlementCandidateView>
        size="small"
        rowKey="caseId"
        loading={picker.loading}
        dataSource={candidates}
        pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (n) => (picker.hasMore ? `按编号已显示 ${n} 件，还有更多` : `共 ${n} 件`) }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        locale={{ emptyText: '没有可列入结算单的案件' }}
        columns={[
          { title: '征收对象编号', dataIndex: 'subjectCode' },
          { title: '被征收人', dataIndex: 'party' },
          { title: '协议金额（元）', dataIndex: 'agreed', align: 'right', render: (v: string) => <span className="settlement-amount">{formatAmount(v)}</span> },
          { title: '已支付（元）', dataIndex: 'paid', align: 'right', render: (v: string) => <span className="settlement-amount">{formatAmount(v)}</span> },
        ]}
      />
      {picker.hasMore && (
        <Button size="small" style={{ marginBottom: 12 }} loading={picker.loading} onClick={picker.more} data-testid="candidates-more">
          按编号再显示 {PICKER_PAGE} 件
        </Button>
      )}
      <div>
        <Typography.Text>
          已选 {selected.length} 件，协议金额合计 <span className="settlement-amount">{formatAmount(totalText)}</span> 元
        </Typography.Text>
      </div>
    </Modal>
  );
}
