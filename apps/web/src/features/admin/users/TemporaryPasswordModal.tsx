import { Alert, Button, Descriptions, Modal, Typography } from 'antd';

interface Props {
  /** The account and its temporary password; null: closed. */
  shown: { username: string; displayName: string; password: string; reason: 'created' | 'reset' } | null;
  onClose(): void;
}

/**
 * The temporary password of a new or reset account. The api returns it once and keeps only its
 * hash, so the dialog closes only by an explicit confirmation that it was noted.
 */
export function TemporaryPasswordModal({ shown, onClose }: Props) {
  return (
    <Modal
      open={!!shown}
      title={shown?.reason === 'reset' ? '密码已重置' : '用户已创建'}
      closable={false}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下，关闭
        </Button>
      }
    >
      {shown && (
        <>
          <Alert
            type="warning"
            showIcon
            message="临时密码只显示这一次"
            description="关闭后无法再次查看。请立即复制，并通过安全渠道当面或电话告知本人；该用户首次登录时须修改密码。"
            style={{ marginBottom: 16 }}
          />
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="用户名">{shown.username}</Descriptions.Item>
            <Descriptions.Item label="姓名">{shown.displayName}</Descriptions.Item>
            <Descriptions.Item label="临时密码">
              <Typography.Text
                code
                copyable={{ text: shown.password, tooltips: ['复制', '已复制'] }}
                style={{ fontSize: 16 }}
                data-testid="temporary-password"
              >
                {shown.password}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Modal>
  );
}
