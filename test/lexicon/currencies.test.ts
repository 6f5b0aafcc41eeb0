import {
  CODE_ALIASES,
  CURRENCY_PREFIX_WORDS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  GLUED_MINOR_UNITS,
  HISTORIC_CURRENCY_CODES,
  MINOR_UNIT_WORDS,
  QUALIFIED_CURRENCY_WORDS,
  SYMBOL_PREFIXES,
} from '../../src/lexicon/currencies';
import { isCurrentIsoCurrency, isIsoCurrency } from '../../src/resolve/iso-4217';

/** Every code our currency lexicon maps to must be ISO 4217 ('' marks a currency without one). */
describe('currency lexicon', () => {
  const tables: Record<string, Readonly<Record<string, string>>> = {
    CURRENCY_SYMBOLS,
    SYMBOL_PREFIXES,
    CURRENCY_PREFIX_WORDS,
    CURRENCY_WORDS,
    QUALIFIED_CURRENCY_WORDS,
    CODE_ALIASES,
  };
  for (const [name, table] of Object.entries(tables)) {
    it(`${name} maps only to ISO 4217 codes`, () => {
      const bad = Object.entries(table).filter(([, code]) => code !== '' && !isIsoCurrency(code));
      expect(bad).toEqual([]);
    });
  }
  it('minor units belong to current currencies', () => {
    const all = { ...MINOR_UNIT_WORDS, ...GLUED_MINOR_UNITS };
    expect(Object.entries(all).filter(([, m]) => !isCurrentIsoCurrency(m.currency))).toEqual([]);
  });
  it('historic codes are not current ones', () => {
    expect([...HISTORIC_CURRENCY_CODES].filter(isCurrentIsoCurrency)).toEqual([]);
  });
});
