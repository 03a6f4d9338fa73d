import { LAND_USE_LABELS, OWNER_KIND_LABELS, type PlanDetail } from '@app/land-admin';
import { toShanghaiIso } from '@app/platform';
import { openStreamingWorkbook, SheetWriter } from './settlement-workbooks.js';

const when = (at: Date | null) => (at ? toShanghaiIso(at).slice(0, 16).replace('T', ' ') : '—');
const area = (text: string) => Number(text);

/**
 * 集体土地归并方案 for signing: the plan's target and people, each piece of land with its owner and use before, the
 * totals before and after by owner kind and by use, and the signature lines. Returns the number of land rows.
 */
export async function writeConsolidationPlan(path: string, { plan, items, before, after }: PlanDetail, watermark: string): Promise<number> {
  const workbook = openStreamingWorkbook(path);
  const sheet = workbook.addWorksheet('归并方案', {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const w = new SheetWriter(sheet, [6, 14, 10, 16, 22, 12, 22, 14, 14], new Set([3, 5, 8]));
  w.row([`集体土地归并方案：${plan.name}`], { bold: true, size: 16, merge: 9 });
  w.row([
    '状态',
    { draft: '草拟', approved: '已批准', done: '已完成' }[plan.status],
    null,
    '归并后所有权人',
    `${OWNER_KIND_LABELS[plan.targetOwnerKind]}：${plan.targetOwnerName}`,
    null,
    '归并后用途',
    LAND_USE_LABELS[plan.targetUse],
  ]);
  w.row([
    '拟定',
    `${plan.createdBy} ${when(plan.createdAt)}`,
    null,
    '批准',
    plan.approvedBy ? `${plan.approvedBy} ${when(plan.approvedAt)}` : '未批准',
    null,
    '完成',
    plan.doneBy ? `${plan.doneBy} ${when(plan.doneAt)}` : '未完成',
  ]);
  if (plan.remarks) w.row(['说明', plan.remarks]);
  w.blank();
  w.row(['序号', '登记编号', '村', '项目/地块', '坐落', '原所有权人类型', '原所有权人', '原用途', '面积（㎡）'], { header: true });
  items.forEach((item, i) => {
    const o = item.ownership!;
    const place = o.parcel ? `${o.parcel.project?.code ?? ''} ${o.parcel.code}`.trim() : '';
    const kind = item.formerOwnerKind ?? o.ownerKind;
    w.row([
      i + 1,
      o.code,
      o.village,
      place,
      o.location ?? '',
      OWNER_KIND_LABELS[kind],
      item.formerOwnerName ?? o.ownerName,
      LAND_USE_LABELS[item.formerUse ?? o.landUse],
      area(o.area),
    ]);
  });
  w.row(['合计', `${before.count} 宗`, null, null, null, null, null, null, area(before.area)], { bold: true });
  w.blank();
  w.row(['面积汇总', '类别', '归并前宗数', '归并前面积（㎡）', '归并后宗数', '归并后面积（㎡）'], { header: true });
  const lines = [
    ...before.byOwner.map((l, i) => ({ group: '所有权人', label: l.label, b: l, a: after.byOwner[i]! })),
    ...before.byUse.map((l, i) => ({ group: '土地用途', label: l.label, b: l, a: after.byUse[i]! })),
  ];
  for (const line of lines) w.row([line.group, line.label, line.b.count, area(line.b.area), line.a.count, area(line.a.area)]);
  w.blank();
  w.row(['拟定单位（盖章）：', null, null, '经办人签字：', null, null, '日期：', '______年____月____日']);
  w.blank();
  w.row(['批准单位（盖章）：', null, null, '负责人签字：', null, null, '日期：', '______年____月____日']);
  w.blank();
  w.finish(watermark);
  await workbook.commit();
  return items.length;
}
