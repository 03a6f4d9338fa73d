import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import type { HandoverView } from '../../api/views';
import { useAuth } from '../../auth/AuthProvider';
import { Attachments } from '../../lib/Attachments';
import { formatArea, formatDate, formatDateTime } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { acceptHandover, printCertificate, returnHandover } from './handover-api';

const STATUS_COLOR: Record<HandoverView['status'], string> = { submitted: 'gold', accepted: 'green', returned: 'red' };

export const HandoverStatusTag = ({ h }: { h: Pick<HandoverView, 'status' | 'statusLabel'> }) => <Tag color={STATUS_COLOR[h.status]}>{h.statusLabel}</Tag>;

/** A 移交单: its facts, the cases on the parcel, attachments; the company accepts or returns it; anyone prints it. */
export function HandoverDetail({ handover: h, onClose, onChanged }: { handover: HandoverView | null; onClose(): void; onChanged(h: HandoverView): void }) {
  const { user } = useAuth();
  const { message, modal } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [printing, setPrinting] = useState(false);
  const answers = !!user && (user.roles.includes('company') || user.roles.includes('admin')) && h?.status === 'submitted';
  const mayAttach = !!user && ['officer', 'admin', 'company'].some((r) => user.roles.includes(r as never));

  const accept = () =>
    modal.confirm({
      title: `接收地块 ${h!.parcelCode} 的移交单？`,
      content: '接收后地块及其已结算的案件将转为“已移交”，不能撤回。',
      okText: '接收',
      cancelText: '取消',
      onOk: async () => {
        try {
          onChanged(await acceptHandover(h!));
          message.success('已接收移交单，地块已移交');
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  const print = async () => {
    setPrinting(true);
    try {
      await printCertificate(h!.id);
    } catch (e) {
      message.error(e instanceof Error && !('status' in e) ? e.message : errorMessage(e));
    } finally {
      setPrinting(false);
    }
  };

  return (
    <Modal
      open={!!h}
      width={860}
      title={h ? `移交单 — 地块 ${h.parcelCode}` : ''}
      onCancel={onClose}
      data-testid="handover-detail"
      footer={
        h && (
          <Space>
            <Button icon={<PrinterOutlined />} loading={printing} onClick={() => void print()}>
              打印移交单
            </Button>
            {answers && (
              <Button danger onClick={() => setReturning(true)}>
                退回
              </Button>
            )}
            {answers && (
              <Button type="primary" onClick={accept}>
                接收
              </Button>
            )}
            <Button onClick={onClose}>关闭</Button>
          </Space>
        )
      }
    >
      {h && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {h.status === 'returned' && <Alert type="error" showIcon message={`西虹桥公司已退回：${h.returnReason ?? ''}`} />}
          <Descriptions
            size="small"
            bordered
            column={2}
            labelStyle={{ whiteSpace: 'nowrap' }}
            items={[
              { key: 'status', label: '状态', children: <HandoverStatusTag h={h} /> },
              { key: 'parcel', label: '地块', children: `${h.parcelCode}（${h.village}）` },
              { key: 'date', label: '移交日期', children: formatDate(h.handedOverOn) },
              { key: 'area', label: '移交面积', children: `${formatArea(h.area)}（地块 ${formatArea(h.parcelArea)}）` },
              { key: 'town', label: '镇方移交人员', children: h.townPeople },
              { key: 'company', label: '公司方接收人员', children: h.companyPeople },
              { key: 'by', label: '发起', children: `${h.createdBy}，${formatDateTime(h.createdAt)}` },
              { key: 'answer', label: '答复', children: h.answeredBy ? `${h.answeredBy}，${formatDateTime(h.answeredAt)}` : '待西虹桥公司接收' },
              { key: 'remarks', label: '备注', span: 2, children: h.remarks || '—' },
            ]}
          />
          <Typography.Text strong>地块上的案件（{h.cases.length} 件）</Typography.Text>
          <Table
            size="small"
            rowKey="caseId"
            pagination={h.cases.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            dataSource={h.cases}
            columns={[
              { title: '征收对象', dataIndex: 'subject' },
              { title: '案件状态', dataIndex: 'statusLabel', width: 110 },
              { title: '说明', dataIndex: 'excludedReason', render: (r: string | null) => (r ? `经批准不随地块移交：${r}` : '') },
            ]}
          />
          <Typography.Text strong>附件</Typography.Text>
          <Attachments key={h.id} ownerType="handover" ownerId={h.id} canUpload={mayAttach} initial={h.attachments} />
        </Space>
      )}
      <FormDialog<{ reason: string }>
        open={returning}
        title="退回移交单"
        okText="退回"
        danger
        testId="handover-return-dialog"
        onClose={() => setReturning(false)}
        onSubmit={async ({ reason }) => {
          onChanged(await returnHandover(h!, reason));
          setReturning(false);
          message.success('已退回移交单');
        }}
      >
        <Form.Item name="reason" label="退回原因" rules={[{ required: true, whitespace: true, min: 2, message: '请填写退回原因（至少 2 个字）' }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormDialog>
    </Modal>
  );
}
