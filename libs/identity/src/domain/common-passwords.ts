/** Passwords too common to allow (lowercase). Extended from public breach top lists; checked case-insensitively. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'p@ssword1', 'p@ssw0rd1', 'p@ssw0rd123',
  'admin123', 'admin@123', 'admin@1234', 'administrator', 'root@123', 'qwerty123', 'qwe123!@#', 'qwer1234', 'qwerty@123',
  '1qaz2wsx', '1qaz@wsx', '1qaz!qaz', 'zaq12wsx', 'abc123!@#', 'abcd1234', 'abc@1234', 'aa123456', 'a1234567', 'a12345678',
  'test@123', 'test1234', 'welcome1', 'welcome@1', 'welcome123', 'iloveyou1', 'sunshine1', 'football1', 'monkey123',
  'letmein1', 'changeme', 'changeme1', 'shanghai1', 'shanghai123', 'shanghai@123', 'woaini1314', 'woaini520', 'huawei@123',
  'p@55w0rd', 'abcd@1234', 'asdf1234', 'asd123456', 'zxcvbnm1', 'qazwsx123', 'q1w2e3r4', 'q1w2e3r4t5', '1q2w3e4r',
  '12345678', '123456789', '1234567890', '87654321', '11111111', '88888888', '00000000', '12341234', '11223344',
]);
