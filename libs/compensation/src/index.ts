export { fenToDec, formatDecimal, formatYuan, roundToFen, yuanText, type Fen } from './domain/money.js';
export { toChineseCapital } from './domain/amount-in-words.js';
