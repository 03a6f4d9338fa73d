import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Empty, Row } from 'antd';
import { useCallback, useState } from 'react';
import type { ImportBatch } from '../../api/views';
import { QueueConsumersAlert } from '../../lib/queue-consumers';
import { ImportHistoryTable } from './ImportHistoryTable';
import { ImportResultCard } from './ImportResultCard';
import { ImportUploadCard } from './ImportUploadCard';

/** 导入: upload a workbook, follow its progress and result, and look back at past imports. */
export function ImportsPage() {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  // The batch shown above, as last polled: its row in the list shows the same live counts.
  const [live, setLive] = useState<ImportBatch | null>(null);
  const reloadList = useCallback(() => setReloadKey((k) => k + 1), []);

  const uploaded = useCallback((id: string) => {
    setSelectedId(id);
    setReloadKey((k) => k + 1);
  }, []);

  return (
    <PageContainer title="Excel 导入" content="从摸底台账等 Excel 工作簿批量导入动迁户、企业或地块；每一行被拒绝的原因都列在错误报告里。">
      <QueueConsumersAlert style={{ marginBottom: 16 }} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <ImportUploadCard onUploaded={uploaded} />
        </Col>
        <Col xs={24} xl={14}>
          {selectedId ? (
            <ImportResultCard key={selectedId} id={selectedId} onChange={setLive} onFinished={reloadList} />
          ) : (
            <Card title="导入进度">
              <Empty description="上传文件后在此查看导入进度和结果；也可以点击下方的导入记录查看" />
            </Card>
          )}
        </Col>
        <Col span={24}>
          <ImportHistoryTable reloadKey={reloadKey} live={live} selectedId={selectedId} onSelect={setSelectedId} />
        </Col>
      </Row>
    </PageContainer>
  );
}
