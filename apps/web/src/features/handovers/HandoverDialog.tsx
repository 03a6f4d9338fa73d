import { UploadOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Typography, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { CreateHandoverBody, ParcelHandoverView } from '../../api/views';
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT } from '../../lib/Attachments';
import { formatArea, formatPickedDate } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { PastDatePicker } from '../../lib/PastDatePicker';

interface Values {
  handedOverOn: Dayjs;
  area: string;
  townPeople: string;
  companyPeople: string;
  remarks?: string;
}

interface Props {
  open: boolean;
  parcel: ParcelHandoverView | null;
  onSubmit(body: CreateHandoverBody, files: File[]): Promise<void>;
  onClose(): void;
}

/** 新建移交单: the town hands a ready parcel over — date, area, who of each side, remarks, and the files to attach. */
export function HandoverDialog({ open, parcel, onSubmit, onClose }: Props) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  return (
    <FormDialog<Values>
      open={open}
      title={`新建移交单 — 地块 ${parcel?.code ?? ''}`}
      okText="提交西虹桥公司接收"
      testId="handover-dialog"
      note={parcel ? `${parcel.village}，地块面积 ${formatArea(parcel.area)}。提交后由西虹桥公司接收或退回；接收后地块及其已结算案件转为“已移交”。` : undefined}
      initialValues={{ handedOverOn: dayjs(), area: parcel?.area ?? '' }}
      onClose={() => {
        setFiles([]);
        onClose();
      }}
      onSubmit={async (v) => {
        await onSubmit(
          {
            parcelCode: parcel!.code,
            handedOverOn: formatPickedDate(v.handedOverOn)!,
            area: v.area.trim(),
            townPeople: v.townPeople,
            companyPeople: v.companyPeople,
            remarks: v.remarks?.trim() || null,
          },
          files.map((f) => f.originFileObj as File).filter(Boolean),
        );
        setFiles([]);
      }}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="handedOverOn" label="移交日期" rules={[{ required: true, message: '请选择移交日期' }]}>
            <PastDatePicker />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="area"
            label="移交面积（平方米）"
            rules={[
              { required: true, whitespace: true, message: '请填写移交面积' },
              { pattern: /^\d{1,12}(\.\d{1,2})?$/, message: '移交面积必须是数字，最多两位小数' },
            ]}
          >
            <Input style={{ textAlign: 'right' }} inputMode="decimal" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="townPeople" label="镇方移交人员" rules={[{ required: true, whitespace: true, message: '请填写镇方移交人员' }]}>
        <Input maxLength={500} placeholder="姓名（单位），顿号分隔" />
      </Form.Item>
      <Form.Item name="companyPeople" label="公司方接收人员" rules={[{ required: true, whitespace: true, message: '请填写公司方接收人员' }]}>
        <Input maxLength={500} placeholder="姓名（单位），顿号分隔" />
      </Form.Item>
      <Form.Item name="remarks" label="备注">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item label="附件" extra={ATTACHMENT_HINT}>
        <Upload accept={ATTACHMENT_ACCEPT} multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)}>
          <Button icon={<UploadOutlined />}>选择文件</Button>
        </Upload>
        {files.length > 0 && <Typography.Text type="secondary">提交后上传</Typography.Text>}
      </Form.Item>
    </FormDialog>
  );
}
