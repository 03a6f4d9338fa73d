import type { Role } from '@app/platform';

/** Who publishes and closes 选房 rounds and allocates, releases and delivers units: officers in their projects, admins anywhere. */
export const CHOOSING_WRITERS: readonly Role[] = ['officer', 'admin'];

export const CHOOSING_MESSAGES = {
  roundNotFound: '选房轮次不存在',
  entryNotFound: '选房顺序中没有该户',
  allocationNotFound: '房源分配不存在',
  unitNotFound: '房源不存在',
  baseNotFound: '安置基地不存在',
  caseNotFound: '案件不存在',
  projectNotFound: (code: string) => `项目 ${code} 不存在`,
  noParticipants: '所选项目中没有可参加选房的产权调换户（已签约、尚未分配安置房、不在其他未结束的轮次中）',
  roundClosed: '该选房轮次已结束',
  stale: '该记录已被他人修改，请刷新后重试',
  notWritable: '当前用户不能在该项目中办理选房',
} as const;
