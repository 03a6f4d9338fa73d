import { DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Descriptions, Spin, Steps, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import type { BaseDetailView, BuildingView, UnitCountsView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { STAGE_COLOR } from './BasesPage';
import { BuildingDialog } from './BuildingDialog';
import { addBuilding, exportInventory, getBase, updateBase } from './inventory-api';
import { StageDialog } from './StageDialog';
import { currentStep, StatusBar, StatusLegend, StepDates } from './unit-status';

/** 安置基地详情: the stage timeline (planned against actual completion), the base's flats and its buildings. */
export function BasePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user } = useAuth();
  const mayEdit = !!user && (user.roles.includes('admin') || user.roles.includes('officer'));
  const [base, setBase] = useState<BaseDetailView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);
  const exportButton = base && (
    <Button
      key="export"
      icon={<DownloadOutlined />}
      loading={exporting}
      onClick={() => {
        setExporting(true);
        exportInventory(base.code)
          .catch((e: unknown) => message.error(errorMessage(e)))
          .finally(() => setExporting(false));
      }}
    >
      导出房源清单
    </Button>
  );

  const load = useCallback(async () => {
    try {
      setBase(await getBase(id));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <PageContainer
      title={base ? base.name : '安置基地'}
      subTitle={base ? `基地编号 ${base.code}` : undefined}
      tags={base ? <Tag color={STAGE_COLOR[base.stage]}>{base.stageLabel}</Tag> : undefined}
      onBack={() => navigate('/resettlement/bases')}
      extra={
        mayEdit && base
          ? [
              exportButton,
              <Button key="stage" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                修改建设阶段
              </Button>,
              <Button key="building" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                新增楼栋
              </Button>,
            ]
          : [exportButton]
      }
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {!base && !error ? (
        <Spin />
      ) : (
        base && (
          <>
            <Card size="small" title="建设进度" style={{ marginBottom: 16 }} data-testid="stage-timeline">
              <Steps
                current={currentStep(base.steps)}
                items={base.steps.map((s) => ({ title: s.label, description: <StepDates step={s} /> }))}
              />
              <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 16 }}>
                <Descriptions.Item label="地址">{base.address ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="计划交付日期">{base.plannedDeliveryOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="备注">{base.remarks ?? '—'}</Descriptions.Item>
              </Descriptions>
            </Card>
            <Card size="small" title="房源" style={{ marginBottom: 16 }}>
              <div style={{ marginBottom: 8 }}>
                <StatusBar counts={base.units} height={14} />
              </div>
              <StatusLegend counts={base.units} />
            </Card>
            <Card size="small" title={`楼栋（${base.buildingList.length} 栋）`}>
              <Table<BuildingView>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={base.buildingList}
                data-testid="building-table"
                onRow={(b) => ({ onClick: () => navigate(`/resettlement/buildings/${b.id}`), style: { cursor: 'pointer' } })}
                columns={[
                  { title: '楼号', dataIndex: 'code', width: 100 },
                  { title: '层数', dataIndex: 'floors', align: 'right', width: 70 },
                  { title: '计划交付', dataIndex: 'plannedDeliveryOn', width: 120, render: (d: string | null) => d ?? '现房' },
                  { title: '房源', dataIndex: 'units', render: (u: UnitCountsView) => <StatusBar counts={u} /> },
                  { title: '可选', align: 'right', width: 80, render: (_: unknown, b) => b.units.available },
                  { title: '已分配/交房', align: 'right', width: 110, render: (_: unknown, b) => b.units.allocated + b.units.delivered },
                  { title: '', width: 90, render: (_: unknown, b) => <a onClick={() => navigate(`/resettlement/buildings/${b.id}`)}>房源图</a> },
                ]}
              />
            </Card>
          </>
        )
      )}
      <StageDialog
        base={editing ? base : null}
        onClose={() => setEditing(false)}
        onSubmit={async (body) => {
          setBase(await updateBase(id, body));
          setEditing(false);
          message.success('建设阶段已保存');
        }}
      />
      <BuildingDialog
        open={adding}
        baseName={base?.name ?? ''}
        onClose={() => setAdding(false)}
        onSubmit={async (body) => {
          setBase(await addBuilding(id, body));
          setAdding(false);
          message.success('楼栋已新增');
        }}
      />
    </PageContainer>
  );
}
