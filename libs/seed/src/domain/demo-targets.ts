import type { TargetMeasure, TargetUnit } from '@app/targets';

/** A target of the 2013 plan (`seed/xujing-2013-work-report.txt`, 四、确保完成6项政府实事工程). */
export interface DemoTarget {
  name: string;
  measure: TargetMeasure;
  targetValue: string;
  unit: TargetUnit;
  /** Demo progress of a manual target: [date, value, note]. */
  entries: Array<[string, string, string]>;
  /** A milestone target's time node, by its name (seeded by the milestones seeder, which runs first). */
  milestoneName?: string;
}

export const DEMO_TARGET_YEAR = 2013;
export const DEMO_ENTRY_MARK = '（演示数据）';

/**
 * The plan's practical projects as targets. The plan gives no figure for households signed or parcels handed over,
 * so those built-in measures get no target; 金联动迁基地前期手续办理 is a milestone target: done when its time node is.
 * Manual targets carry a few demo progress entries, marked 演示数据 in their notes.
 */
export const DEMO_TARGETS: DemoTarget[] = [
  { name: '解决536户动迁户居民住房问题', measure: 'housing_solved', targetValue: '536', unit: '户', entries: [] },
  {
    name: '金联动迁基地前期手续办理',
    measure: 'milestone',
    targetValue: '1',
    unit: '项',
    entries: [],
    milestoneName: '金联动迁基地前期手续办理',
  },
  {
    name: '完成2个农民动迁小区综合整治',
    measure: 'manual',
    targetValue: '2',
    unit: '项',
    entries: [['2013-09-28', '1', '第一个农民动迁小区综合整治完成验收']],
  },
  {
    name: '职业技能培训1000人',
    measure: 'manual',
    targetValue: '1000',
    unit: '人',
    entries: [
      ['2013-04-30', '260', '第一期职业技能培训结业'],
      ['2013-07-31', '310', '第二期职业技能培训结业'],
      ['2013-10-31', '280', '第三期职业技能培训结业'],
    ],
  },
  {
    name: '食品从业人员上岗证培训800人',
    measure: 'manual',
    targetValue: '800',
    unit: '人',
    entries: [
      ['2013-05-31', '300', '上半年上岗证培训'],
      ['2013-11-30', '420', '下半年上岗证培训'],
    ],
  },
  { name: '京华广场改造（跑道、照明设施建设）', measure: 'manual', targetValue: '1', unit: '项', entries: [] },
];
