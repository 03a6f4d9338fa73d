import type { ValidationError } from 'class-validator';

/**
 * Chinese wording for class-validator's constraints; `{label}` is the field's description.
 * Keys are class-validator's constraint names (`IS_ISO8601 = 'isIso8601'`, `IS_UUID = 'isUuid'`), not its decorator names.
 */
const TEMPLATES: Record<string, string> = {
  whitelistValidation: '不允许提交字段 {label}',
  isDefined: '{label}不能为空',
  isNotEmpty: '{label}不能为空',
  isString: '{label}必须是文本',
  isInt: '{label}必须是整数',
  isNumber: '{label}必须是数字',
  isNumberString: '{label}必须是数字',
  isDecimal: '{label}必须是数字',
  isBoolean: '{label}必须是布尔值',
  isIn: '{label}的取值不在允许范围内',
  isEnum: '{label}的取值不在允许范围内',
  min: '{label}不能小于 {0}',
  max: '{label}不能大于 {0}',
  minLength: '{label}至少 {0} 个字符',
  maxLength: '{label}最多 {0} 个字符',
  isLength: '{label}长度不符合要求',
  matches: '{label}格式不正确',
  isDateString: '{label}必须是 YYYY-MM-DD 格式的日期',
  isIso8601: '{label}必须是 YYYY-MM-DD 格式的日期',
  isArray: '{label}必须是列表',
  arrayMaxSize: '{label}最多 {0} 项',
  arrayMinSize: '{label}至少 {0} 项',
  isUuid: '{label}格式不正确',
  isObject: '{label}必须是对象',
  nestedValidation: '{label}格式不正确',
  isPositive: '{label}必须大于 0',
  isMobilePhone: '{label}不是有效的手机号',
};

export interface FieldError {
  field: string;
  message: string;
}

function labelOf(error: ValidationError): string {
  const target = error.target as object | undefined;
  // Without reflect-metadata loaded (a plain script reading its configuration) there are no descriptions.
  if (target && typeof Reflect.getMetadata === 'function') {
    const meta = Reflect.getMetadata('swagger/apiModelProperties', target, error.property) as { description?: string } | undefined;
    const description = meta?.description?.split(/[（(，,。]/)[0]?.trim();
    if (description) return description;
  }
  return error.property;
}

function hasChinese(text: string): boolean {
  return /[\u4e00-\u9fa5]/.test(text);
}

/** Flattens class-validator errors into `{ field, message }` pairs with Chinese messages. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  // Two constraints can word the same problem alike (e.g. a date's two format checks): say it once.
  const push = (d: FieldError) => {
    if (!out.some((o) => o.field === d.field && o.message === d.message)) out.push(d);
  };
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const label = labelOf(error);
    for (const [constraint, original] of Object.entries(error.constraints ?? {})) {
      if (hasChinese(original)) {
        push({ field, message: original.includes(label) ? original : `${label}${original}` });
        continue;
      }
      const template = TEMPLATES[constraint] ?? '{label}的值无效';
      const args = (error.contexts?.[constraint] as { args?: unknown[] } | undefined)?.args ?? extractArgs(original);
      push({ field, message: template.replace('{label}', label).replace(/\{(\d)\}/g, (_m, i: string) => String(args[Number(i)] ?? '')) });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

function extractArgs(message: string): unknown[] {
  const number = message.match(/-?\d+(\.\d+)?/);
  return number ? [number[0]] : [];
}
