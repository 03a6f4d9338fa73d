import { Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CreateBuildingBody } from '../../api/views';
import { formatPickedDate } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';

interface Values {
  code: string;
  floors: number;
  plannedDeliveryOn: Dayjs | null;
}

/** 新增楼栋: 楼号, floors, and an off-plan building's planned delivery. */
export function BuildingDialog({ open, baseName, onSubmit, onClose }: { open: boolean; baseName: string; onSubmit(body: CreateBuildingBody): Promise<void>; onClose(): void }) {
  return (
    <FormDialog<Values>
      open={open}
      title={`新增楼栋 — ${baseName}`}
      okText="新增"
      testId="building-dialog"
      note="楼栋的房源通过“导入”页面的房源台账导入。"
      onClose={onClose}
      onSubmit={(v) => onSubmit({ code: v.code.trim(), floors: v.floors, plannedDeliveryOn: formatPickedDate(v.plannedDeliveryOn) })}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="code" label="楼号" rules={[{ required: true, whitespace: true, message: '请填写楼号' }]}>
            <Input maxLength={40} placeholder="如 12号楼" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="floors" label="层数" rules={[{ required: true, message: '请填写层数' }]}>
            <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="plannedDeliveryOn" label="计划交付日期（期房）">
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" placeholder="YYYY-MM-DD" />
          </Form.Item>
        </Col>
      </Row>
    </FormDialog>
  );
}
