import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { AgreementView, AllocationView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { Attachments } from '../../lib/Attachments';
import { formatArea, formatDateTime } from '../../lib/format';
import { caseMoney } from '../money/money-api';
import { DeliverDialog, ReleaseDialog } from './AllocationDialogs';
import { allocationsOfCase } from './choosing-api';
import { ReserveDialog } from './ReserveDialog';
import { TurnoverDialog } from './TurnoverDialog';

const COLOR: Record<string, string> = { allocated: 'blue', delivered: 'green', reserved: 'gold', released: 'default' };

/**
 * 安置房源 on a case page: the household's flats and 周转房 (released ones as history), with 交房 and 释放; for an
 * officer, 分配周转房 when the signed swap agreement chose 周转房过渡 and no 周转房 is held. Hidden when there is nothing.
 */
export function CaseAllocationsCard({ caseId, revision }: { caseId: string; revision: number }) {
  const { message } = App.useApp();
  const { hasRole } = useAuth();
  const canWrite = hasRole('officer', 'admin');
  const [items, setItems] = useState<AllocationView[]>([]);
  const [releasing, setReleasing] = useState<AllocationView | null>(null);
  const [delivering, setDelivering] = useState<AllocationView | null>(null);
  const [agreement, setAgreement] = useState<AgreementView | null>(null);
  const [turnover, setTurnover] = useState(false);
  const [reserving, setReserving] = useState(false);
  const load = useCallback(() => allocationsOfCase(caseId).then(setItems, () => setItems([])), [caseId]);
  useEffect(() => {
    void load();
  }, [load, revision]);
  useEffect(() => {
    if (!canWrite) return;
    void caseMoney(caseId).then(
      (m) => setAgreement(m.agreement ?? null),
      () => setAgreement(null),
    );
  }, [caseId, canWrite, revision]);
  const holdsTurnover = items.some((a) => a.purpose === 'turnover' && a.status !== 'released');
  const canAllocateTurnover =
    canWrite &&
    agreement?.status === 'signed' &&
    agreement.method === 'swap' &&
    agreement.transitionMethod === 'turnover_flat' &&
    !holdsTurnover;
  // 预留: while the household has not got all its flats (a swap agreement signed, not every flat delivered).
  const canReserve = canWrite && agreement?.status === 'signed' && agreement.method === 'swap';
  if (!items.length && !canAllocateTurnover && !canReserve) return null;
  return (
    <Card
      size="small"
      title="安置房源"
      data-testid="case-allocations"
      extra={
        <Space size={8}>
          {canReserve && (
            <Button size="small" onClick={() => setReserving(true)} data-testid="reserve-unit">
              预留房源
            </Button>
          )}
          {canAllocateTurnover && (
            <Button size="small" type="primary" onClick={() => setTurnover(true)} data-testid="allocate-turnover">
              分配周转房
            </Button>
          )}
        </Space>
      }
    >
      <Table<AllocationView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: '尚未分配房源' }}
        expandable={{
          rowExpandable: (a) => a.status === 'delivered',
          expandedRowRender: (a) => <Attachments ownerType="unit_allocation" ownerId={a.id} canUpload={false} />,
        }}
        columns={[
          { title: '房源', render: (_: unknown, a) => a.unit.label },
          { title: '户型', render: (_: unknown, a) => a.unit.layout },
          { title: '建筑面积', align: 'right', render: (_: unknown, a) => formatArea(a.unit.area) },
          { title: '用途', dataIndex: 'purposeLabel' },
          { title: '状态', render: (_: unknown, a) => <Tag color={COLOR[a.status]}>{a.statusLabel}</Tag> },
          {
            title: '说明',
            render: (_: unknown, a) =>
              a.status === 'released' ? (
                <Typography.Text type="secondary">
                  {formatDateTime(a.releasedAt)} 由 {a.releasedBy} 释放：{a.releaseReason}
                </Typography.Text>
              ) : a.status === 'delivered' ? (
                `交房日期 ${a.deliveredOn ?? ''}（${a.deliveredBy ?? ''}）`
              ) : a.status === 'reserved' ? (
                <Typography.Text>
                  {formatDateTime(a.reservedAt)} 由 {a.reservedBy} 预留：{a.reserveReason}（该户选房时一键分配）
                </Typography.Text>
              ) : (
                <Space size={4}>
                  <span>
                    {formatDateTime(a.allocatedAt)} 由 {a.allocatedBy} 分配
                  </span>
                  {a.roundId && <Link to={`/choosing/${a.roundId}`}>选房轮次</Link>}
                </Space>
              ),
          },
          {
            title: '',
            render: (_: unknown, a) =>
              canWrite && a.status === 'allocated' ? (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setDelivering(a)}>
                    交房
                  </Button>
                  <Button type="link" size="small" danger onClick={() => setReleasing(a)}>
                    释放
                  </Button>
                </Space>
              ) : canWrite && a.status === 'reserved' ? (
                <Button type="link" size="small" danger onClick={() => setReleasing(a)}>
                  释放预留
                </Button>
              ) : null,
          },
        ]}
      />
      <ReleaseDialog
        allocation={releasing}
        onClose={() => setReleasing(null)}
        onDone={(a) => {
          message.success(`已释放 ${a.unit.label}`);
          setReleasing(null);
          void load();
        }}
      />
      <TurnoverDialog
        caseId={caseId}
        open={turnover}
        onClose={() => setTurnover(false)}
        onDone={(a) => {
          message.success(`已分配周转房 ${a.unit.label}`);
          setTurnover(false);
          void load();
        }}
      />
      <ReserveDialog
        caseId={caseId}
        open={reserving}
        onClose={() => setReserving(false)}
        onDone={(a) => {
          message.success(`已为该户预留 ${a.unit.label}`);
          setReserving(false);
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
    </Card>
  );
}
