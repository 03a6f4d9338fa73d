import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { AllocationView } from '../../api/views';
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT } from '../../lib/Attachments';
import { uploadAttachment } from '../../lib/attachments-api';
import { formatArea, formatPickedDate } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { PastDatePicker } from '../../lib/PastDatePicker';
import { deliverAllocation, releaseAllocation } from './choosing-api';

/** 交房: the date the keys were handed over and the household's signed receipt (uploaded as the allocation's attachment first). */
export function DeliverDialog({
  allocation,
  onDone,
  onClose,
}: {
  allocation: AllocationView | null;
  onDone(a: AllocationView): void;
  onClose(): void;
}) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  return (
    <FormDialog<{ deliveredOn: Dayjs }>
      open={!!allocation}
      title={`交房 — ${allocation?.unit.label ?? ''}`}
      okText="确认交房"
      testId="deliver-dialog"
      note={
        allocation
          ? `建筑面积 ${formatArea(allocation.unit.area)}。该户全部安置房交房后，其安置进程即为“已安置”（住房问题解决），日期为最后一套的交房日期。`
          : undefined
      }
      initialValues={{ deliveredOn: dayjs() }}
      onClose={() => {
        setFiles([]);
        onClose();
      }}
      onSubmit={async (v) => {
        const file = files[0]?.originFileObj as File | undefined;
        if (!file) throw new Error('请上传交房签收单');
        const receipt = await uploadAttachment('unit_allocation', allocation!.id, file);
        const done = await deliverAllocation(allocation!.id, {
          deliveredOn: formatPickedDate(v.deliveredOn)!,
          receiptAttachmentId: receipt.id,
          version: allocation!.version,
        });
        setFiles([]);
        onDone(done);
      }}
    >
      <Form.Item name="deliveredOn" label="交房日期" rules={[{ required: true, message: '请选择交房日期' }]}>
        <PastDatePicker />
      </Form.Item>
      <Form.Item label="交房签收单" required extra={ATTACHMENT_HINT}>
        <Upload
          accept={ATTACHMENT_ACCEPT}
          maxCount={1}
          fileList={files}
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList.slice(-1))}
          data-testid="receipt-upload"
        >
          <Button icon={<UploadOutlined />}>选择签收单</Button>
        </Upload>
        {files.length > 0 && <Typography.Text type="secondary">确认交房时上传</Typography.Text>}
      </Form.Item>
    </FormDialog>
  );
}

/** 释放: the unit goes back to 可选, the agreement is repriced, the household's turn comes back in its round. */
export function ReleaseDialog({
  allocation,
  onDone,
  onClose,
}: {
  allocation: AllocationView | null;
  onDone(a: AllocationView): void;
  onClose(): void;
}) {
  const reservation = allocation?.status === 'reserved';
  return (
    <FormDialog<{ reason: string }>
      open={!!allocation}
      title={`${reservation ? '释放预留' : '释放房源'} — ${allocation?.unit.label ?? ''}`}
      okText="释放"
      danger
      testId="release-dialog"
      note={
        reservation
          ? '释放后该房源恢复可选，其他家庭可以选定；预留未改变协议，协议不变。'
          : '释放后该房源恢复可选，协议的安置房地点与差价按该户其余房源重新计算。'
      }
      onClose={onClose}
      onSubmit={async (v) => onDone(await releaseAllocation(allocation!, v.reason.trim()))}
    >
      <Form.Item
        name="reason"
        label="释放原因"
        rules={[{ required: true, whitespace: true, min: 2, message: '请填写释放原因（至少 2 个字）' }]}
      >
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
    </FormDialog>
  );
}
