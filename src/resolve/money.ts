import type { MoneyPhrase, MoneySide } from '../recognize/money/read-money';
import type { CurrencyRead } from '../recognize/money/read-currency';
import type { MoneyValue } from '../types';
import { tidyNumber } from './tidy-number';

/**
 * Turns a money phrase into its value. A bare "$" or "dollars" is the US dollar, marked
 * `currencyAssumed`, even where the document names another dollar: news writes the other one out
 * to set it apart ("C$1.6 billion ($1.2 billion)", "$45 million … 1.6 billion Canadian dollars").
 * `storyCode` is the currency the story gives a shared minor unit ("5 cents" beside euros), still
 * marked `currencyAssumed`.
 */
export function resolveMoney(phrase: MoneyPhrase, storyCode: string | null = null): MoneyValue | null {
  const [side1, side2] = phrase.sides;
  const currency = side1.currency ?? side2?.currency;
  if (!currency) return null;
  let amount = phrase.sign * (sideValue(side1, currency) + phrase.minorAddend);
  let min: number | undefined;
  let max: number | undefined;
  if (side2) {
    const second = phrase.sign * sideValue(side2, side2.currency ?? currency);
    // "$5 to $7 billion": the scale of the second amount covers the first.
    if (side1.amount.scale === 1 && side2.amount.scale > 1) {
      const scaled = phrase.sign * sideValue({ ...side1, amount: { ...side1.amount, value: side1.amount.base * side2.amount.scale } }, currency);
      if (Math.abs(scaled) <= Math.abs(second)) amount = scaled;
    }
    min = Math.min(amount, second);
    max = Math.max(amount, second);
    amount = min;
  }
  const value: MoneyValue = { amount: tidyNumber(amount), currency: storyCode ?? currency.code };
  if (min !== undefined && max !== undefined) {
    value.min = tidyNumber(min);
    value.max = tidyNumber(max);
  }
  if (phrase.qualifier || side1.amount.vague) value.approximate = true;
  if (phrase.qualifier) value.qualifier = phrase.qualifier;
  if (currency.assumed) value.currencyAssumed = true;
  if (phrase.per) value.per = phrase.per;
  const numbers = [value.amount, value.min ?? 0, value.max ?? 0];
  return numbers.every(Number.isFinite) ? value : null;
}

function sideValue(side: MoneySide, currency: CurrencyRead): number {
  return (side.amount.value * currency.scale) / currency.perMajor;
}
