import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import { toFieldErrors } from '../http/validation-messages.js';
import { AppConfig } from './app-config.js';

export class ConfigError extends Error {}

/** Variables whose values must not appear in error messages or logs. */
const SECRETS = new Set(['DATA_KEY']);

/**
 * Reads AppConfig from the environment. Throws a ConfigError naming every bad variable,
 * so start-up stops with a message an operator can act on.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Optional variables without a default are no own keys of a fresh AppConfig (no define semantics under
  // SWC): every variable is one that carries a validation rule.
  const declared = getMetadataStorage().getTargetValidationMetadatas(AppConfig, '', true, false).map((m) => m.propertyName);
  const keys = [...new Set([...Object.keys(new AppConfig()), ...declared])];
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      // Worded in Chinese as API errors are, each naming the variable.
      const reasons = toFieldErrors([e]).map((f) => f.message).join('；');
      // A secret's value is never echoed, not even a wrong one.
      const shown = SECRETS.has(e.property) && raw[e.property] !== undefined ? '(已隐藏)' : JSON.stringify(raw[e.property]);
      return `  ${e.property}=${shown}: ${reasons}`;
    });
    throw new ConfigError(`环境变量配置错误 (invalid environment variables):\n${lines.join('\n')}`);
  }
  return config;
}
