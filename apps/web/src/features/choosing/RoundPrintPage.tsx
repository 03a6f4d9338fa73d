import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import type { ChoosingRoundDetailView } from '../../api/views';
import { formatDateTime } from '../../lib/format';
import { getRound } from './choosing-api';
import './choosing.css';

/** The printable published order (`/choosing/:id/print`): the round's seed, algorithm and its description, the order's hash and the list. */
export function RoundPrintPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [round, setRound] = useState<ChoosingRoundDetailView | null>(null);
  const [error, setError] = useState<{ text: string; missing: boolean } | null>(null);
  useEffect(() => {
    getRound(id).then(setRound, (e: unknown) => setError({ text: errorMessage(e), missing: e instanceof ApiError && e.status === 404 }));
  }, [id]);
  useEffect(() => {
    if (round) document.title = `选房顺序表 ${round.number}`;
    return () => {
      document.title = '徐泾动迁';
    };
  }, [round]);

  return (
    <>
      <div className="xj-order-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/choosing/${id}`)}>
          返回选房
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} disabled={!round} onClick={() => window.print()}>
          打印
        </Button>
      </div>
      <div className="xj-order-print" data-testid="order-print">
        {error && <Result status={error.missing ? '404' : 'error'} title={error.missing ? '选房轮次不存在或无权查看' : '加载失败'} subTitle={error.text} />}
        {!round && !error && <Skeleton active paragraph={{ rows: 12 }} />}
        {round && (
          <>
            <h1>选房顺序表（{round.number}）</h1>
            <table className="facts">
              <tbody>
                <tr>
                  <td>安置基地</td>
                  <td>{round.baseName}</td>
                </tr>
                <tr>
                  <td>参加项目</td>
                  <td>{round.projectCodes.join('、')}</td>
                </tr>
                <tr>
                  <td>公布时间</td>
                  <td>{formatDateTime(round.publishedAt)}</td>
                </tr>
                <tr>
                  <td>种子</td>
                  <td style={{ wordBreak: 'break-all' }}>{round.seed}</td>
                </tr>
                <tr>
                  <td>排序算法</td>
                  <td>{round.algorithm}</td>
                </tr>
                <tr>
                  <td>算法说明</td>
                  <td>{round.algorithmDescription}</td>
                </tr>
                <tr>
                  <td>顺序哈希</td>
                  <td style={{ wordBreak: 'break-all' }}>{round.orderHash}</td>
                </tr>
              </tbody>
            </table>
            <p style={{ fontSize: 12, margin: '8px 0' }}>复核方法：导出本轮“选房顺序表”后运行 npm run verify:order -- 文件名，程序按上列种子、案件编号和签约顺序号重新计算顺序并逐位比对。</p>
            <table>
              <thead>
                <tr>
                  <th>选房顺序</th>
                  <th>案件编号</th>
                  <th>签约顺序号</th>
                  <th>项目</th>
                </tr>
              </thead>
              <tbody>
                {round.entries.map((e) => (
                  <tr key={e.id}>
                    <td className="num">{e.position}</td>
                    <td>{e.caseRef}</td>
                    <td className="num">{e.sequenceNo}</td>
                    <td>{e.projectCode}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p style={{ marginTop: 8 }}>共 {round.entries.length} 户</p>
          </>
        )}
      </div>
    </>
  );
}
