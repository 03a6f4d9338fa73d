/** The answer to a write carrying a `version` someone else has since changed (409). */
export const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试';
