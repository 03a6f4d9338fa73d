/** The five roles (DOMAIN.md "Who uses it"). */
export const ROLES = ['admin', 'officer', 'finance', 'leader', 'company'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  officer: '动迁经办人',
  finance: '财务',
  leader: '领导',
  company: '西虹桥公司联络员',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
