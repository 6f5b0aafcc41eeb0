import { data as isoCurrencies } from 'currency-codes';
import { CURRENCY_WORDS } from './currencies';
import { foldAccents } from '../text/fold-accents';

/**
 * ISO 4217's own names of currencies with a qualifier before the name ("Yuan Renminbi", "Uganda
 * Shilling", "Cabo Verde Escudo", "Falkland Islands Pound"), from the `currency-codes` package,
 * keyed as QUALIFIED_CURRENCY_WORDS is ("<qualifier> <singular name>", lower case, no accents).
 * Only names that end in a currency word we read anyway: "Unidad de Fomento" names no money
 * anyone pays with.
 */
export const ISO_QUALIFIED_CURRENCY_NAMES: ReadonlyMap<string, string> = new Map(
  isoCurrencies.flatMap(({ code, currency }) => {
    const name = foldAccents(currency).toLowerCase().trim();
    const words = name.split(/\s+/);
    return words.length > 1 && !/[()]/.test(name) && CURRENCY_WORDS[words[words.length - 1]] !== undefined ? [[name, code] as const] : [];
  }),
);
