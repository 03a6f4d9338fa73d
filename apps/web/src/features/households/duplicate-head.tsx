import { Alert, Form, Input } from 'antd';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { Cell, required } from '../subjects/SubjectForm';

/** The api's 一人多户 refusal (422, rule `duplicate-head`) of a household form. */
export interface DuplicateHeadRefusal {
  message: string;
  /** Codes of the project's households the head already heads. */
  households: string[];
  /** The 身份证号 as typed when refused: the warning holds while it stays the same. */
  headIdNumber: unknown;
  projectCode: unknown;
}

/** The refusal in `error`, if it is the 一人多户 rule's. */
export function duplicateHeadRefusal(
  error: ApiError,
  values: { headIdNumber: unknown; projectCode: unknown },
): DuplicateHeadRefusal | null {
  if (error.status !== 422 || !Array.isArray(error.details)) return null;
  const detail = (error.details as Array<{ rule?: unknown; households?: unknown }>).find((d) => d?.rule === 'duplicate-head');
  if (!detail) return null;
  const households = Array.isArray(detail.households) ? detail.households.filter((c): c is string => typeof c === 'string') : [];
  return { message: error.message, households, ...values };
}

/**
 * The 重复户主原因 field: after the 一人多户 warning (with the households concerned) a reason is
 * required to save; on a household that has one, it stays editable.
 */
export function DuplicateHeadReasonField({ refusal }: { refusal: DuplicateHeadRefusal | null }) {
  return (
    <Cell wide>
      {refusal && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="一人多户：户主身份证号重复"
          description={
            <>
              <div data-testid="duplicate-head-warning">{refusal.message}</div>
              <div>
                请先核实：如身份证号填错，请更正后再保存；如确属一人多户，请在下方填写原因后点击“保存”。
                {typeof refusal.projectCode === 'string' && (
                  <>
                    {' '}
                    <Link to={`/duplicate-heads?project=${encodeURIComponent(refusal.projectCode)}`} target="_blank">
                      查看本项目一人多户核查
                    </Link>
                  </>
                )}
              </div>
            </>
          }
        />
      )}
      <Form.Item
        label="重复户主原因"
        name="duplicateHeadReason"
        preserve={false}
        rules={
          refusal ? [required('请填写一人多户的原因'), { min: 2, message: '原因至少 2 个字' }] : [{ min: 2, message: '原因至少 2 个字' }]
        }
        extra={refusal ? '2–200 字，保存后记入该户信息和审计日志' : '一人多户的原因（该户主同时是本项目其他户的户主）'}
      >
        <Input.TextArea rows={2} maxLength={200} showCount placeholder="如：户主在本项目另有一处宅基地，经村委会核实" />
      </Form.Item>
    </Cell>
  );
}
