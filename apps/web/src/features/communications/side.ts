import type { CurrentUser } from '../../api/views';

export type Side = 'town' | 'company';

/** The side a user acts for (as the api decides it): the company's liaison, or the town's officers and admins; others read only. */
export function sideOf(user: Pick<CurrentUser, 'roles'>): Side | null {
  if (user.roles.includes('company')) return 'company';
  if (user.roles.includes('officer') || user.roles.includes('admin')) return 'town';
  return null;
}

/** Whether the user may mark an item of `ownerSide` done or open: its own side, or an admin. */
export const mayUpdate = (user: Pick<CurrentUser, 'roles'>, ownerSide: Side): boolean => user.roles.includes('admin') || sideOf(user) === ownerSide;

export const SIDE_OPTIONS = [
  { value: 'town', label: '镇动迁办' },
  { value: 'company', label: '西虹桥公司' },
];
