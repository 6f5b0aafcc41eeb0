import { code as currencyByCode } from 'currency-codes';
import { HISTORIC_CURRENCY_CODES } from '../lexicon/currencies';

/**
 * The adapter to ISO 4217 data from the `currency-codes` package (current codes), plus the
 * withdrawn codes that older news still names (HISTORIC_CURRENCY_CODES).
 */

const known = new Map<string, boolean>();

/** True when `code` (upper-case) is a current or withdrawn ISO 4217 currency code. */
export function isIsoCurrency(code: string): boolean {
  let found = known.get(code);
  if (found === undefined) {
    found = HISTORIC_CURRENCY_CODES.has(code) || (code.length === 3 && currencyByCode(code) !== undefined);
    known.set(code, found);
  }
  return found;
}

/** True when `code` is a current ISO 4217 code in the package. */
export function isCurrentIsoCurrency(code: string): boolean {
  return code.length === 3 && currencyByCode(code) !== undefined;
}
