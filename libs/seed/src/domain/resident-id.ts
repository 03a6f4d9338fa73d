import { fromDay, toDay } from './calendar.js';

/** GB 11643-1999 (ISO 7064 MOD 11-2) weights of the first 17 characters. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';

/** The check character of a 身份证号 from its first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`not 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK_CHARS[sum % 11];
}

/** Whether `id` is a well-formed 18-character 身份证号 with a real birth date and the right check character. */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (fromDay(toDay(birth)) !== birth) return false;
  return residentIdCheckChar(id.slice(0, 17)) === id[17];
}

export type Sex = 'male' | 'female';

/**
 * Builds a 身份证号: 6-digit region, birth date, a 3-digit sequence whose parity carries the sex
 * (odd = male), and the check character. `sequence` is 0–499; it is mapped onto the right parity.
 */
export function makeResidentId(input: { region: string; birthDate: string; sequence: number; sex: Sex }): string {
  const seq = input.sequence * 2 + (input.sex === 'male' ? 1 : 0);
  if (seq < 1 || seq > 999) throw new Error(`sequence out of range: ${input.sequence}`);
  const first17 = `${input.region}${input.birthDate.replaceAll('-', '')}${seq.toString().padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** The birth date written in a 身份证号, `YYYY-MM-DD`. */
export function birthDateOf(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** The sex carried by the 17th character. */
export function sexOf(id: string): Sex {
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}
