import type { Role } from '@app/platform';

/** The demo accounts (non-production only), all with this password and no forced first-login change. */
export const DEMO_PASSWORD = 'Demo@2013';

export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  /** Codes of the assigned projects. */
  projects: string[];
}

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['admin'], projects: [] },
  { username: 'officer', displayName: '动迁经办人（王建国）', roles: ['officer'], projects: ['GJ17', 'LXYQ'] },
  { username: 'finance', displayName: '财务（李秀英）', roles: ['finance'], projects: [] },
  { username: 'leader', displayName: '分管领导（陈志强）', roles: ['leader'], projects: [] },
  { username: 'company', displayName: '西虹桥公司联络员（张敏）', roles: ['company'], projects: ['GJ17', 'SYQH'] },
];
