import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { BuildingGridView, UnitView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { formatArea } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { buildingGrid, freezeUnit, unfreezeUnit } from './inventory-api';
import { STATUS_COLOR, STATUS_FILL, StatusLegend } from './unit-status';

/** One flat of the grid: 室号, layout and area, status; the holder's code; a frozen flat's reason on hover. */
function UnitCell({ unit, onOpen }: { unit: UnitView; onOpen(u: UnitView): void }) {
  const cell = (
    <div
      role="button"
      tabIndex={0}
      onClick={() => onOpen(unit)}
      onKeyDown={(e) => e.key === 'Enter' && onOpen(unit)}
      data-testid={`unit-${unit.unitNo}`}
      style={{
        cursor: 'pointer',
        background: STATUS_FILL[unit.status],
        borderLeft: `4px solid ${STATUS_COLOR[unit.status]}`,
        borderRadius: 4,
        padding: '4px 8px',
        minWidth: 132,
        lineHeight: '18px',
        fontSize: 12,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between' }}>
        <b style={{ fontSize: 13 }}>{unit.unitNo}</b>
        <span style={{ color: STATUS_COLOR[unit.status] }}>{unit.statusLabel}</span>
      </div>
      <div>
        {unit.layout} {formatArea(unit.area)}
        {unit.turnover && (
          <Tag color="cyan" style={{ marginLeft: 4, fontSize: 11, lineHeight: '16px', padding: '0 3px' }}>
            周转
          </Tag>
        )}
      </div>
      <div style={{ color: '#595959', minHeight: 18, maxWidth: 150, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {unit.holder ? `${unit.holder.code}${unit.holder.name ? ` ${unit.holder.name}` : ''}` : (unit.frozenReason ?? '')}
      </div>
    </div>
  );
  return unit.status === 'frozen' ? <Tooltip title={`冻结原因：${unit.frozenReason ?? ''}`}>{cell}</Tooltip> : cell;
}

/** 房源图: a building's flats as floors (top first) × columns, coloured by status, with a legend of counts; freeze and unfreeze from a flat. */
export function BuildingGridPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { user } = useAuth();
  const mayEdit = !!user && (user.roles.includes('admin') || user.roles.includes('officer'));
  const [grid, setGrid] = useState<BuildingGridView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<UnitView | null>(null);
  const [freezing, setFreezing] = useState<UnitView | null>(null);

  const load = useCallback(async () => {
    try {
      setGrid(await buildingGrid(id));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const unfreeze = (unit: UnitView) =>
    modal.confirm({
      title: `解冻房源 ${unit.unitNo}？`,
      content: '解冻后该房源恢复为可选，可在选房时被选择。',
      okText: '解冻',
      cancelText: '取消',
      onOk: async () => {
        try {
          await unfreezeUnit(unit);
          message.success(`房源 ${unit.unitNo} 已解冻`);
          setShown(null);
          await load();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  return (
    <PageContainer
      title={grid ? `${grid.baseName} ${grid.buildingCode} 房源图` : '房源图'}
      subTitle={grid ? `${grid.floors} 层 · ${grid.baseStageLabel}${grid.plannedDeliveryOn ? ` · 计划交付 ${grid.plannedDeliveryOn}` : ''}` : undefined}
      onBack={() => navigate(grid ? `/resettlement/bases/${grid.baseId}` : '/resettlement/bases')}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {!grid && !error && <Spin />}
      {grid && (
        <Card size="small" title={<StatusLegend counts={grid.counts} />} extra={<Typography.Text type="secondary">共 {grid.counts.total} 套</Typography.Text>}>
          {grid.rows.length === 0 ? (
            <Typography.Text type="secondary">该楼栋还没有房源，请通过“导入”页面导入房源台账。</Typography.Text>
          ) : (
            <div style={{ overflowX: 'auto' }}>
              <table style={{ borderCollapse: 'separate', borderSpacing: 4 }} data-testid="unit-grid">
                <thead>
                  <tr>
                    <th style={{ width: 48 }} />
                    {grid.columns.map((c) => (
                      <th key={c} style={{ fontWeight: 500, color: '#8c8c8c', textAlign: 'left' }}>
                        {c} 室
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {grid.rows.map((row) => (
                    <tr key={row.floor}>
                      <td style={{ color: '#8c8c8c', textAlign: 'right', paddingRight: 4 }}>{row.floor} 层</td>
                      {row.units.map((u, i) => (
                        <td key={u?.id ?? `${row.floor}-${i}`}>{u ? <UnitCell unit={u} onOpen={setShown} /> : null}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      )}
      <Modal
        open={!!shown}
        title={shown ? `房源 ${shown.buildingCode} ${shown.unitNo}` : ''}
        onCancel={() => setShown(null)}
        data-testid="unit-detail"
        footer={
          shown && mayEdit
            ? [
                shown.status === 'available' && (
                  <Button key="freeze" danger onClick={() => setFreezing(shown)}>
                    冻结
                  </Button>
                ),
                shown.status === 'frozen' && (
                  <Button key="unfreeze" type="primary" onClick={() => unfreeze(shown)}>
                    解冻
                  </Button>
                ),
                <Button key="close" onClick={() => setShown(null)}>
                  关闭
                </Button>,
              ]
            : [
                <Button key="close" onClick={() => setShown(null)}>
                  关闭
                </Button>,
              ]
        }
      >
        {shown && (
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="状态">
              <Tag color={STATUS_COLOR[shown.status]}>{shown.statusLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="房源类型">{shown.kindLabel}</Descriptions.Item>
            <Descriptions.Item label="户型">{shown.layout}</Descriptions.Item>
            <Descriptions.Item label="建筑面积">{formatArea(shown.area)}</Descriptions.Item>
            <Descriptions.Item label="安置价">{shown.resettlementPrice} 元/㎡</Descriptions.Item>
            <Descriptions.Item label="市场价">{shown.marketPrice} 元/㎡</Descriptions.Item>
            <Descriptions.Item label="计划交付">{shown.plannedDeliveryOn ?? '现房'}</Descriptions.Item>
            <Descriptions.Item label="可作周转房">{shown.turnover ? '是' : '否'}</Descriptions.Item>
            {shown.holder && (
              <Descriptions.Item label={shown.holder.purposeLabel === '周转房' ? '周转户' : '安置户'} span={2}>
                <Space>
                  {shown.holder.code}
                  {shown.holder.name}
                  {shown.holder.caseId && <a onClick={() => navigate(`/cases/${shown.holder!.caseId}`)}>查看案件</a>}
                </Space>
              </Descriptions.Item>
            )}
            {shown.status === 'frozen' && (
              <Descriptions.Item label="冻结原因" span={2}>
                {shown.frozenReason}
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
      </Modal>
      <FormDialog<{ reason: string }>
        open={!!freezing}
        title={freezing ? `冻结房源 ${freezing.buildingCode} ${freezing.unitNo}` : ''}
        okText="冻结"
        danger
        testId="freeze-dialog"
        note="冻结后该房源不能被选择，直到解冻。"
        onClose={() => setFreezing(null)}
        onSubmit={async (v) => {
          await freezeUnit(freezing!, v.reason.trim());
          message.success(`房源 ${freezing!.unitNo} 已冻结`);
          setFreezing(null);
          setShown(null);
          await load();
        }}
      >
        <Form.Item name="reason" label="冻结原因" rules={[{ required: true, whitespace: true, message: '请填写冻结原因' }]}>
          <Input maxLength={200} placeholder="如：卫生间渗水，维修中" />
        </Form.Item>
      </FormDialog>
    </PageContainer>
  );
}
