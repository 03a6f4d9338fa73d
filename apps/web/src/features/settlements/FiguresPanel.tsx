import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import type { SettlementFiguresView, UpdateFiguresBody } from '../../api/views';
import { Attachments } from '../../lib/Attachments';
import { formatAmount, formatMoney } from '../../lib/format';
import { FormDialog } from '../../lib/FormDialog';
import { updateFigures } from './settlement-api';

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;
const BARS = [
  { key: 'budget', label: '预算', color: '#8c8c8c' },
  { key: 'submitted', label: '送审', color: '#1677ff' },
  { key: 'audited', label: '审定', color: '#52c41a' },
] as const;

/** A bar chart of 预算 / 送审 / 审定 drawn with plain boxes (no chart library in the web app): lengths relative to the largest. */
function FiguresChart({ figures }: { figures: SettlementFiguresView }) {
  const values = BARS.map((b) => ({ ...b, value: figures[b.key] }));
  const max = Math.max(...values.map((v) => Number(v.value ?? 0)), 1);
  return (
    <div className="figures-chart" data-testid="figures-chart" role="img" aria-label="预算、送审、审定对比">
      {values.map((v) => (
        <div className="figures-bar-row" key={v.key}>
          <Typography.Text>{v.label}</Typography.Text>
          <div className="figures-bar-track">
            {v.value !== null && <div className="figures-bar" style={{ width: `${(Number(v.value) / max) * 100}%`, background: v.color }} />}
          </div>
          <span className="settlement-amount">{v.value === null ? '未填写' : formatMoney(v.value)}</span>
        </div>
      ))}
    </div>
  );
}

const diff = (value: string | null) => (value === null ? '—' : `${value.startsWith('-') ? '' : '+'}${formatAmount(value)}`);

interface Values {
  budget?: string;
  audited?: string;
  auditReportRef?: string;
  managementFeeRate?: string;
}

/** 项目资金: 预算 (agreed with the company), 送审 (the statements' totals), 审定 (audited) and their differences; finance enters the figures. */
export function FiguresPanel({ project, figures, canEdit, onChanged }: { project: string; figures: SettlementFiguresView; canEdit: boolean; onChanged(): void }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title="项目资金"
      size="small"
      data-testid="figures-panel"
      extra={
        canEdit && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            填写预算、审定
          </Button>
        )
      }
    >
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <FiguresChart figures={figures} />
        </Col>
        <Col xs={24} lg={12}>
          <Descriptions size="small" column={1} bordered labelStyle={{ width: 120 }}>
            <Descriptions.Item label="送审 − 预算">
              <span className="settlement-amount">{diff(figures.submittedLessBudget)}</span>
            </Descriptions.Item>
            <Descriptions.Item label="审定 − 送审">
              <span className="settlement-amount">{diff(figures.auditedLessSubmitted)}</span>
            </Descriptions.Item>
            <Descriptions.Item label="审定 − 预算">
              <span className="settlement-amount">{diff(figures.auditedLessBudget)}</span>
            </Descriptions.Item>
            <Descriptions.Item label="审计报告文号">{figures.auditReportRef ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="审计报告">
              <Attachments key={figures.projectId} ownerType="audit_report" ownerId={figures.projectId} canUpload={canEdit} />
            </Descriptions.Item>
            <Descriptions.Item label="管理费率">{figures.managementFeeRate === null ? '不收取' : `${Number(figures.managementFeeRate)}%`}</Descriptions.Item>
          </Descriptions>
        </Col>
      </Row>
      <FormDialog<Values>
        open={editing}
        title="填写项目资金"
        okText="保存"
        testId="figures-dialog"
        note="送审金额为各结算单合计之和，自动计算；填写审定金额须同时填写审计报告文号。留空表示未填写。"
        initialValues={{ budget: figures.budget ?? '', audited: figures.audited ?? '', auditReportRef: figures.auditReportRef ?? '', managementFeeRate: figures.managementFeeRate === null ? '' : String(Number(figures.managementFeeRate)) }}
        onClose={() => setEditing(false)}
        onSubmit={async (v) => {
          const body: UpdateFiguresBody = {
            budget: v.budget?.trim() || null,
            audited: v.audited?.trim() || null,
            auditReportRef: v.auditReportRef?.trim() || null,
            managementFeeRate: v.managementFeeRate?.trim() || null,
          };
          await updateFigures(project, body);
          message.success('项目资金已保存');
          setEditing(false);
          onChanged();
        }}
      >
        <Form.Item label="预算（元）" name="budget" rules={[{ pattern: AMOUNT, message: '请输入金额，最多两位小数' }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item label="审定金额（元）" name="audited" rules={[{ pattern: AMOUNT, message: '请输入金额，最多两位小数' }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item label="审计报告文号" name="auditReportRef">
          <Input maxLength={100} placeholder="如：沪青审〔2014〕12号" />
        </Form.Item>
        <Form.Item label="管理费率（%）" name="managementFeeRate" extra="按协议金额的百分比计收，新出具的结算单适用">
          <Input inputMode="decimal" />
        </Form.Item>
      </FormDialog>
    </Card>
  );
}
