// The model's currency is defined once, with the salaries it prices.
export { modelCurrency } from '../../funding/model-currency.ts';
