export * from './domain/scheme.js';
export { exampleScheme } from './domain/example-scheme.js';
export { validateScheme, type SchemeProblem, type SchemeProblemCode, type SchemeValidation, type ValidatedScheme } from './domain/validate-scheme.js';
export { fenToDec, formatDecimal, formatYuan, roundToFen, yuanText, type Fen } from './domain/money.js';
export { toChineseCapital } from './domain/amount-in-words.js';
