import { formatAmount, formatArea, formatDate } from '../../../lib/format';
import type { AgreementPrintView } from '../../../api/views';

export interface AgreementDocumentProps {
  print: AgreementPrintView;
  /** The scheme version the amounts were calculated under. */
  schemeName: string | null;
}

const blank = <span className="xj-doc-line">&nbsp;</span>;

/**
 * 集体土地房屋征收补偿协议 as printed: the parties, the compensation method, every amount in figures
 * and in capitals (大写), the swap housing and its 差价, the fees, the transition, the payment deadline
 * and signature lines. Only lines that apply are printed.
 */
export function AgreementDocument({ print, schemeName }: AgreementDocumentProps) {
  const a = print.agreement;
  const swap = a.method === 'swap';
  let article = 0;
  const next = () => `第${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][article++]}条`;
  return (
    <article className="xj-document" data-testid="agreement-document">
      <h1>集体土地房屋征收补偿协议</h1>
      <p className="xj-doc-subtitle">（{a.methodLabel}）</p>
      <div className="xj-doc-meta">
        <span>项目：{`${print.projectCode} ${print.projectName}`}</span>
        <span>签约顺序号：{a.sequenceNo ?? '（签约时编号）'}</span>
        <span>编号：{print.subjectCode}</span>
      </div>
      <table className="xj-doc-parties">
        <tbody>
          <tr>
            <td>甲方（征收实施单位）</td>
            <td>{print.acquirer}</td>
          </tr>
          <tr>
            <td>乙方（被征收人）</td>
            <td>{print.party}</td>
          </tr>
          <tr>
            <td>被征收对象编号</td>
            <td>{print.subjectCode}</td>
          </tr>
        </tbody>
      </table>
      <p>
        根据《上海市征收集体土地房屋补偿规定》等有关规定，{schemeName ? `按照《${schemeName}》，` : ''}
        甲乙双方在平等、自愿的基础上，就乙方房屋征收补偿事宜达成如下协议：
      </p>

      <h2>{next()} 补偿方式</h2>
      <p>乙方选择{a.methodLabel}。</p>

      <h2>{next()} 补偿金额</h2>
      <table>
        <thead>
          <tr>
            <th style={{ width: '6%' }}>序号</th>
            <th style={{ width: '16%' }}>补偿项目</th>
            <th>计算方法</th>
            <th style={{ width: '15%' }}>金额（元）</th>
            <th style={{ width: '27%' }}>金额（大写）</th>
          </tr>
        </thead>
        <tbody>
          {print.lines.map((l, i) => (
            <tr key={`${i}-${l.label}`}>
              <td style={{ textAlign: 'center' }}>{i + 1}</td>
              <td>{l.label}</td>
              <td>{l.words ?? ''}</td>
              <td className="xj-doc-amount">{l.figures}</td>
              <td>{l.capitals}</td>
            </tr>
          ))}
          <tr className="xj-doc-total">
            <td colSpan={3}>{print.total.label}</td>
            <td className="xj-doc-amount" data-testid="agreement-total">
              {print.total.figures}
            </td>
            <td data-testid="agreement-total-words">{print.total.capitals}</td>
          </tr>
        </tbody>
      </table>
      <p>
        其中搬家费 {formatAmount(a.movingFee)} 元，临时安置费 {formatAmount(a.temporaryResettlementFee)} 元。
      </p>

      {swap && a.swap && (
        <>
          <h2>{next()} 产权调换</h2>
          <p>
            甲方提供位于 {a.swapLocation ?? '—'} 的安置房，面积 {formatArea(a.swapArea)}（按认定人口应安置面积{' '}
            {formatArea(a.swap.entitlementArea)}）。房屋价值与差价如下：
          </p>
          <table>
            <tbody>
              {a.swap.lines.map((l) => (
                <tr key={l.label}>
                  <td>{l.label}</td>
                  <td>{l.words}</td>
                  <td className="xj-doc-amount">{formatAmount(l.amount)}</td>
                </tr>
              ))}
              <tr className="xj-doc-total">
                <td colSpan={2}>{a.swap.summary}</td>
                <td className="xj-doc-amount">{formatAmount(a.swap.difference)}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}

      <h2>{next()} 过渡方式</h2>
      <p>
        乙方采用{a.transitionMethodLabel ?? '—'}，过渡期限 {a.transitionMonths ?? '—'} 个月，自乙方搬离被征收房屋之日起计算。
      </p>

      <h2>{next()} 付款</h2>
      <p>
        甲方应于 {formatDate(a.paymentDeadline)} 前向乙方支付{swap ? '差价' : '补偿款'}人民币 {print.payable.figures} 元（大写：
        {print.payable.capitals}）。
      </p>

      <h2>{next()} 其他</h2>
      <p>
        乙方应在约定期限内搬离被征收房屋并交甲方验收。本协议未尽事宜，双方可另行协商签订补充协议。本协议一式三份，甲乙双方各执一份，另一份存档，自双方签字（盖章）之日起生效。
      </p>

      <div className="xj-doc-signatures">
        <div>
          <div>甲方（盖章）：{blank}</div>
          <div>代表人（签字）：{blank}</div>
          <div>日期：{a.signedOn ? formatDate(a.signedOn) : blank}</div>
        </div>
        <div>
          <div>乙方（签字）：{blank}</div>
          <div>委托代理人：{blank}</div>
          <div>日期：{a.signedOn ? formatDate(a.signedOn) : blank}</div>
        </div>
      </div>
    </article>
  );
}
