import { Alert, App, Button, Card, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { UnlicensedProposalView, ViolationView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatArea } from '../../lib/format';
import { confirmUnlicensedArea, getUnlicensedProposal, listViolations } from './rectification-api';
import { measure, StatusTag } from './ViolationsPage';
import { RECTIFICATION_READERS } from './index';

/**
 * On a household's case page: the 综合整治 violations charged to it and, when its illegal buildings' area differs from
 * the recorded 无证面积, the proposal the officer confirms (nothing changes before that). Shown only to the register's readers.
 */
export function CaseViolationsCard({ householdId, onConfirmed }: { householdId: string; onConfirmed?(): void }) {
  const { user } = useAuth();
  const { message, modal } = App.useApp();
  const reads = !!user && user.roles.some((r) => RECTIFICATION_READERS.includes(r));
  const writes = !!user && (user.roles.includes('officer') || user.roles.includes('admin'));
  const [items, setItems] = useState<ViolationView[]>([]);
  const [proposal, setProposal] = useState<UnlicensedProposalView | null>(null);
  const load = useCallback(async () => {
    if (!reads) return;
    try {
      const [page, p] = await Promise.all([listViolations({ householdId, pageSize: 50 }), getUnlicensedProposal(householdId)]);
      setItems(page.items);
      setProposal(p);
    } catch (e) {
      message.error(errorMessage(e));
    }
  }, [reads, householdId, message]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!reads || items.length === 0) return null;
  const confirm = () =>
    modal.confirm({
      title: '确认无证面积',
      content: `该户的无证面积将由 ${formatArea(proposal!.currentArea)} 改为整治台账建议的 ${formatArea(proposal!.proposedArea)}（${proposal!.violationCodes.join('、')}）。已确认的案件会退回已摸底。`,
      okText: '确认',
      cancelText: '取消',
      onOk: async () => {
        try {
          setProposal(await confirmUnlicensedArea(householdId, proposal!.householdVersion, proposal!.proposedArea));
          message.success('无证面积已更新');
          onConfirmed?.();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  return (
    <Card title="综合整治：违法行为" size="small" data-testid="case-violations">
      {proposal?.pending && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="unlicensed-proposal"
          message={`整治台账建议无证面积 ${formatArea(proposal.proposedArea)}（现登记 ${formatArea(proposal.currentArea)}）`}
          action={
            writes && (
              <Button size="small" type="primary" onClick={confirm} data-testid="confirm-unlicensed">
                确认建议
              </Button>
            )
          }
        />
      )}
      <Table<ViolationView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          { title: '编号', render: (_, v) => <Link to={`/rectification?open=${v.id}`}>{v.code}</Link> },
          { title: '类型', dataIndex: 'kindLabel' },
          { title: '面积 / 方量', align: 'right', render: (_, v) => measure(v) },
          { title: '发现日期', dataIndex: 'discoveredOn' },
          { title: '状态', render: (_, v) => <StatusTag v={v} /> },
          { title: '整改期限', render: (_, v) => v.deadline ?? <Tag>未下达</Tag> },
        ]}
      />
    </Card>
  );
}
