import type { AgreementView, CalculationView, CaseView } from '../../../api/views';
import { formatAmount } from '../../../lib/format';
import type { MoneyStage } from './NextAction';

export interface StageInput {
  caseFile: Pick<CaseView, 'status'>;
  calculation: Pick<CalculationView, 'stale'> | null;
  agreement: Pick<AgreementView, 'status' | 'swap'> | null;
  balance: { agreed: string; paid: string; balance: string } | null;
}

const hasPaid = (paid: string | undefined) => !!paid && /[1-9]/.test(paid);

/** Where the case's money stands and the next action, in words, for whoever does it. */
export function moneyStage({ caseFile, calculation, agreement, balance }: StageInput): { stage: MoneyStage; message: string } {
  const live = agreement && agreement.status !== 'voided' ? agreement : null;
  if (live?.status === 'signed') {
    if (live.swap?.direction === 'by_household')
      return { stage: 'paid', message: `协议已签订：${live.swap.summary}，无须向被征收户支付补偿款。` };
    if (balance && !hasPaid(balance.balance)) return { stage: 'paid', message: `补偿款 ${formatAmount(balance.agreed)} 元已全部支付。` };
    const due = balance ? `，待支付 ${formatAmount(balance.balance)} 元` : '';
    return hasPaid(balance?.paid)
      ? { stage: 'paying', message: `协议已签订，部分款项已支付${due}。下一步：财务继续登记支付。` }
      : { stage: 'signed', message: `协议已签订${due}。下一步：财务在“支付情况”中登记支付。` };
  }
  if (!calculation) {
    return caseFile.status === 'surveying'
      ? { stage: 'no_calculation', message: '摸底尚未完成。下一步：完成摸底（案件进度中点击“完成摸底”），然后计算补偿。' }
      : { stage: 'no_calculation', message: '尚未测算。下一步：经办人点击“计算补偿”，按项目现行补偿方案逐项测算。' };
  }
  if (calculation.stale) return { stage: 'stale', message: '测算之后摸底信息有变更，测算已过期。下一步：点击“重新计算”。' };
  if (live?.status === 'draft')
    return { stage: 'drafted', message: '协议草稿已起草。下一步：打印协议请被征收户签字，然后点击“签约”并填写签约日期。' };
  if (caseFile.status !== 'confirmed')
    return { stage: 'calculated', message: '测算已完成。下一步：在“公司协作 → 确认批次”中提交该案件，西虹桥公司确认后经办人起草协议。' };
  return { stage: 'calculated', message: '测算已完成。下一步：点击“起草协议”，选择货币补偿或产权调换。' };
}
