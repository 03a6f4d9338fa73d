/**
 * Passwords too common to allow, lowercase and at least 8 characters (shorter ones fail the length
 * rule anyway); checked case-insensitively, so `Aa123456` and `AA123456` are both refused.
 *
 * Drawn from public breach top lists (RockYou, the yearly "worst passwords" lists, the 2011 CSDN
 * and Tianya leaks) and from what Chinese offices actually use: keyboard walks, pinyin words,
 * 520/1314 love numbers, `Aa`/`Qq` prefixes, `@123` suffixes, company and place names. Many are
 * all digits or all letters, which the composition rule already refuses; they stay on the list so
 * the list alone is a sound blocklist if the composition rule is ever relaxed (ASVS drops it).
 */
export const COMMON_PASSWORD_LIST: readonly string[] = [
  // Digits and repeats (top of every breach list, CSDN above all)
  '12345678', '123456789', '1234567890', '0123456789', '87654321', '987654321', '9876543210', '11111111', '111111111',
  '1111111111', '22222222', '33333333', '44444444', '55555555', '66666666', '77777777', '88888888', '99999999',
  '00000000', '000000000', '0000000000', '12341234', '11223344', '12344321', '12121212', '123123123', '123321123',
  '123456123', '123654789', '147258369', '159753456', '789456123', '741852963', '963852741', '112233445566',
  '123456654321', '1234512345', '1357924680', '31415926', '3141592653', '110110110', '12301230', '10203040',
  '20082008', '20102010', '20122012', '20132013', '19491001', '19870101', '19880808', '19900101', '88889999',
  // Chinese love numbers: 520 = 我爱你, 1314 = 一生一世, 7758521 = 亲亲我吧我爱你
  '52013145', '520131400', '5201314520', '1314520520', '13145201314', '520520520', '5205201314',
  '7758521521', '77585210', 'woaini1314', 'woaini520', 'woaini521', 'woaini123', 'woaini1234', 'woaini12345',
  'woaini123456', 'woaiwojia', 'woaiwoziji', 'woainima', 'iloveyou1314', 'iloveyou520', 'woaini@1314', 'woaini.1314',
  'wo5201314', 'aini1314', 'w5201314', 'qq5201314', 'love1314', 'love5201314',
  // Pinyin words and names
  'zhangwei', 'zhangwei1', 'wangwei123', 'wangjing', 'liuyang123', 'zhang123', 'zhang123456', 'wang1234',
  'wang123456', 'li123456', 'chen123456', 'liu123456', 'yang123456', 'huang123456', 'zhao123456', 'xiaoming',
  'xiaoming123', 'xiaoxiao', 'xiaolong', 'dongdong', 'tiantian', 'huanhuan', 'beibei123', 'nihao123', 'nihao123456',
  'woshishui', 'wodemima', 'mima1234', 'mima123456', 'zhongguo', 'zhongguo123', 'zhongguo1949', 'china123',
  'china1234', 'china123456', 'beijing123', 'beijing2008', 'shanghai', 'shanghai1', 'shanghai123', 'shanghai@123',
  'shanghai2013', 'qingpu123', 'qingpu@123', 'xujing123', 'xujing@123', 'xujing2013', 'hongqiao123', 'hongqiao@123',
  'dearbook', 'xiazhili', 'sunliu66', 'caonima123', 'wocaonima', 'tingting', 'jiajia123', 'yangyang',
  // Aa / Qq / capitalised-prefix patterns (three classes, hence worth listing)
  'aa123456', 'aa1234567', 'aa12345678', 'aa123456789', 'aa112233', 'aa123123', 'aa666666', 'aa888888', 'aa147258',
  'aa123456!', 'aa123456@', 'aa@123456', 'aa.123456', 'aaa12345', 'aaa123456', 'aaaa1111', 'aaaa1234', 'aaaaaa11',
  'qq123456', 'qq1234567', 'qq12345678', 'qq123456789', 'qq112233', 'qq666666', 'qq888888', 'qq@123456',
  'qq123456!', 'qqq11111', 'qqqqqqqq', 'zz123456', 'zz12345678', 'ww123456', 'ss123456', 'xx123456', 'yy123456',
  'ab123456', 'ab12345678', 'sh123456', 'bj123456', 'wy123456', 'zx123456', 'zxc123456', 'zxc12345', 'asd12345',
  'asd123456', 'asd@123456', 'qwe12345', 'qwe123456', 'qwe@123456', 'abc12345', 'abc123456', 'abc1234567',
  'abc123456789', 'abc@123456', 'abc#123456', 'abc.123456', 'abc_123456', 'abc123456!', 'abc@12345', 'abc@1234',
  'abc123!@#', 'abcd1234', 'abcd@1234', 'abcd#1234', 'abcd1234!', 'abcd12345', 'abcd123456', 'abcde12345',
  'abcdef123', 'abcdefg1', 'abcdefgh', 'abcdefg123', 'a1234567', 'a12345678', 'a123456789', 'a1234567890',
  'a123456.', 'a123456!', 'a123456@', 'a@123456', 'a1b2c3d4', 'a1b2c3d4e5', 'a1s2d3f4', 'a11111111', 'a1111111',
  'a123123123', 'a147258369', 'a5201314', 'a7758521', 'a8888888', 'a6666666', '123456aa', '123456ab', '123456abc',
  '123456qq', '123456a!', '123456aa!', '12345678a', '12345678aa', '123456789a', '1234567a', '1234abcd', '1234qwer',
  '123qwe!@#', '123qweasd', '123qweasdzxc', '123abc!@#', '123456abc!', 'abc123abc',
  // Admin and office defaults
  'admin123', 'admin1234', 'admin12345', 'admin123456', 'admin@123', 'admin@1234', 'admin@12345', 'admin@123456',
  'admin#123', 'admin!123', 'admin_123', 'admin.123', 'admin123!', 'admin123!@#', 'admin888', 'admin8888',
  'administrator', 'administrator1', 'root1234', 'root123456', 'root@123', 'root@1234', 'root@123456', 'toor1234',
  'system123', 'system@123', 'sysadmin', 'sysadmin1', 'manager1', 'manager123', 'manager@123', 'super123',
  'superman', 'superman1', 'test1234', 'test12345', 'test123456', 'test@123', 'test@1234', 'test@123456',
  'testtest', 'guest123', 'guest@123', 'user1234', 'user@123', 'user@1234', 'user123456', 'oracle123', 'oracle@123',
  'mysql123', 'mysql@123', 'server@123', 'huawei123', 'huawei@123', 'huawei12#$', 'h3c@1234', 'cisco123',
  'ruijie@123', 'sangfor@123', 'hik12345', 'hik12345+', 'dahua123', 'welcome1', 'welcome12', 'welcome123',
  'welcome@1', 'welcome@123', 'welcome1!', 'changeme', 'changeme1', 'changeme123', 'default1', 'default123',
  'temp1234', 'temp@123', 'initial1', 'newpass1', 'newpassword', 'mima@123', 'office123', 'office@123',
  'gov@1234', 'zhengfu123', 'company123', 'company@123', 'demo1234', 'demo@1234', 'demo123456',
  // password and its variants
  'password', 'password1', 'password12', 'password123', 'password1234', 'password!', 'password1!', 'password@1',
  'password@123', 'password#1', 'passw0rd', 'passw0rd!', 'passw0rd1', 'passw0rd123', 'passw0rd@123', 'p@ssword',
  'p@ssword1', 'p@ssword123', 'p@ssw0rd', 'p@ssw0rd1', 'p@ssw0rd!', 'p@ssw0rd123', 'p@ssw0rd@123', 'p@55w0rd',
  'p@55word', 'pa$$word', 'pa$$w0rd', 'passwd123', 'passwd@123', 'pass1234', 'pass@123', 'pass@1234', 'pass12345',
  'pass123456', 'mypassword', 'mypassword1', 'secret123', 'secret@123', 'letmein1', 'letmein123', 'letmein!',
  // Keyboard walks
  'qwertyui', 'qwertyuiop', 'qwerty12', 'qwerty123', 'qwerty1234', 'qwerty123456', 'qwerty@123', 'qwerty!@#',
  'qwerty1!', 'qwer1234', 'qwer@1234', 'qwer!@#$', 'qwer1234!', 'qwert123', 'qwert12345', 'qwe123!@#',
  'qwe123qwe', 'qweasdzxc', 'qweasd123', 'qazwsxedc', 'qazwsx123', 'qazwsx12', 'qaz123456', 'qaz!@#123',
  'qwaszx12', '1qaz2wsx', '1qaz2wsx3edc', '1qaz@wsx', '1qaz@wsx3edc', '1qaz!qaz', '1qaz!qaz2wsx', '!qaz2wsx',
  '!qaz@wsx', '!qaz1qaz', 'zaq12wsx', 'zaq1@wsx', 'zaq1xsw2', 'zaq1zaq1', '2wsx3edc', '3edc4rfv', '1q2w3e4r',
  '1q2w3e4r5t', '1q2w3e4r5t6y', '1q2w3e4r!', 'q1w2e3r4', 'q1w2e3r4t5', 'q1w2e3r4t5y6', 'q1w2e3r4!', '1qa2ws3ed',
  'asdfghjk', 'asdfghjkl', 'asdf1234', 'asdf@1234', 'asdfasdf', 'asdasdasd', 'asdqwe123', 'zxcvbnm1', 'zxcvbnm123',
  'zxcvbnm,', 'zxcv1234', 'zxcvbn123', '1234qwer!', '147258qwe', '123456789q', 'aaaaaaaa', 'aaaaaaaa1', 'abcabc123',
  // English words from the breach top lists
  'iloveyou', 'iloveyou1', 'iloveyou2', 'iloveyou!', 'sunshine', 'sunshine1', 'princess', 'princess1', 'football',
  'football1', 'baseball', 'baseball1', 'basketball', 'monkey123', 'dragon123', 'michael1', 'jennifer', 'jordan23',
  'trustno1', 'starwars', 'starwars1', 'whatever', 'whatever1', 'computer', 'computer1', 'internet', 'internet1',
  'liverpool', 'chelsea1', 'arsenal1', 'barcelona', 'superstar', 'butterfly', 'chocolate', 'pokemon1', 'master123',
  'shadow123', 'freedom1', 'lovely123', 'babygirl', 'babygirl1', 'mustang1', 'charlie1', 'michelle', 'jessica1',
  'asshole1', 'fuckyou1', 'fuckyou123', 'hello123', 'hello1234', 'helloworld', 'hello@123', 'qweasdzx', 'samsung1',
  'samsung123', 'google123', 'linkedin', 'facebook', 'facebook1', 'iphone123', 'apple123', 'microsoft',
];

/** The blocklist as a set, for the policy check. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(COMMON_PASSWORD_LIST);
