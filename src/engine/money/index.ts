export { allocateMoney } from './allocate-money.ts';
export {
  addDecimal,
  DECIMAL_ZERO,
  type Decimal,
  decimalOf,
  decimalToNumber,
  formatDecimal,
  parseDecimal,
} from './decimal.ts';
export { displayMoney, formatMoney, type MoneyJson, moneyJson } from './format-money.ts';
export { minorDigits } from './minor-digits.ts';
export {
  addMoney,
  CurrencyMismatchError,
  compareMoney,
  type Money,
  minorPerMajor,
  money,
  subtractMoney,
  sumMoney,
  zero,
} from './money.ts';
export { moneyFromMajor, type ParseMoneyResult, parseMoney } from './money-from-major.ts';
export { multiplyMoney, multiplyMoneyByDecimal, multiplyMoneyRatio } from './multiply-money.ts';
export { divideHalfEven } from './round-half-even.ts';
