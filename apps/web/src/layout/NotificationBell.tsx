import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, List, Popover, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { api, call, errorMessage } from '../api/client';
import type { NotificationPageView, NotificationsReadView, NotificationView } from '../api/views';
import { formatDateTime } from '../lib/format';

const list = () => call<NotificationPageView>(api.GET('/api/notifications', { params: { query: { pageSize: 20 } } }));
const markRead = (id: string) => call<NotificationView>(api.POST('/api/notifications/{id}/read', { params: { path: { id } } }));
const markAllRead = () => call<NotificationsReadView>(api.POST('/api/notifications/read-all'));

/** The header's bell: the signed-in user's unread count; opens their latest notifications; a click reads one and opens its page. */
export function NotificationBell() {
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const [page, setPage] = useState<NotificationPageView | null>(null);
  const [open, setOpen] = useState(false);

  const load = useCallback(async () => {
    try {
      setPage(await list());
    } catch {
      // the bell stays as it was; the page itself shows any problem with the session
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 60_000);
    return () => clearInterval(timer);
  }, [load, location.pathname]);

  const openOne = async (n: NotificationView) => {
    try {
      if (!n.readAt) await markRead(n.id);
      setOpen(false);
      await load();
      if (n.link) navigate(n.link);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const unread = page?.unreadCount ?? 0;
  const content = (
    <div style={{ width: 360 }} data-testid="notification-list">
      {page && page.items.length > 0 ? (
        <List<NotificationView>
          size="small"
          dataSource={page.items}
          style={{ maxHeight: 420, overflowY: 'auto' }}
          renderItem={(n) => (
            <List.Item key={n.id} style={{ cursor: 'pointer', background: n.readAt ? undefined : '#e6f4ff', paddingInline: 8 }} onClick={() => void openOne(n)}>
              <Space direction="vertical" size={0}>
                <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {n.body}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(n.createdAt)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无通知" />
      )}
    </div>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) void load();
      }}
      title={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>通知</span>
          <Button
            size="small"
            type="link"
            disabled={unread === 0}
            onClick={() =>
              void markAllRead()
                .then(load)
                .catch((e: unknown) => message.error(errorMessage(e)))
            }
          >
            全部已读
          </Button>
        </Space>
      }
      content={content}
    >
      <span role="button" tabIndex={0} aria-label={`通知，未读 ${unread} 条`} data-testid="notification-bell" style={{ cursor: 'pointer', padding: '0 8px' }}>
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </span>
    </Popover>
  );
}
