import type { MoneyValue, Qualifier } from '../types';
import { humanNumber, humanNumberRange } from './human-number';
import { QUALIFIER_WORDS } from './qualifier-words';

/**
 * The symbol a reader expects before an amount. Intl knows them ("CA$", "€", "₹"); the dollar
 * is spelled "US$" because a bare "$" is ambiguous in international news.
 */
const SYMBOL_OVERRIDES: Record<string, string> = { USD: 'US$' };
const symbolCache = new Map<string, string>();

/** "US$380 billion", "about €5–10 million", "US$4 per share", "CHF 12,500". */
export function humanMoney(v: MoneyValue): string {
  const amount = v.min !== undefined && v.max !== undefined ? humanNumberRange(v.min, v.max) : humanNumber(v.amount);
  const money = v.currency ? withCurrency(v.currency, amount) : `${amount} (currency unknown)`;
  const per = v.per ? ` per ${v.per}` : '';
  return `${qualifierPrefix(v.qualifier, v.approximate)}${money}${per}`;
}

export function qualifierPrefix(qualifier: Qualifier | undefined, approximate: boolean | undefined): string {
  if (qualifier) return `${QUALIFIER_WORDS[qualifier]} `;
  return approximate ? 'about ' : '';
}

function withCurrency(code: string, amount: string): string {
  const symbol = currencySymbol(code);
  // A symbol that is only letters ("CHF", "SEK") reads as a word and needs a space.
  return /[A-Za-z]$/.test(symbol) ? `${symbol} ${amount}` : `${symbol}${amount}`;
}

function currencySymbol(code: string): string {
  let symbol = symbolCache.get(code);
  if (symbol === undefined) {
    symbol = SYMBOL_OVERRIDES[code] ?? intlSymbol(code);
    symbolCache.set(code, symbol);
  }
  return symbol;
}

function intlSymbol(code: string): string {
  try {
    const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).formatToParts(1);
    return parts.find((p) => p.type === 'currency')?.value ?? code;
  } catch {
    return code;
  }
}
