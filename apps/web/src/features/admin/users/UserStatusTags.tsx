import { Space, Tag } from 'antd';
import type { UserView } from '../../../api/views';

/** An account's state: 正常, or 已停用 / 已锁定 / 须改密码 (several may hold at once). */
export function UserStatusTags({ user }: { user: UserView }) {
  const tags = [
    user.disabled && <Tag key="disabled" color="default">已停用</Tag>,
    user.locked && <Tag key="locked" color="error">已锁定</Tag>,
    user.mustChangePassword && <Tag key="password" color="warning">须改密码</Tag>,
  ].filter(Boolean);
  return (
    <Space size={[0, 4]} wrap data-testid="user-status">
      {tags.length ? tags : <Tag color="success">正常</Tag>}
    </Space>
  );
}
