import { lookupTable } from './lookup-table';
/**
 * Words that place a story in a currency and that no data package gives: markets and seats of
 * government named for their street or index ("Nasdaq", "FTSE", "Whitehall"), the euro's area,
 * and peoples of Britain that `world-countries` (which has only "British") lacks. The places and
 * peoples the packages do give come from the gazetteer (place-currencies.ts); these words win
 * over them.
 */
export const CURRENCY_WORDS_NO_PACKAGE_GIVES: Readonly<Record<string, string>> = lookupTable({
  nasdaq: 'USD', nyse: 'USD',
  ftse: 'GBP', westminster: 'GBP', whitehall: 'GBP', britons: 'GBP', scottish: 'GBP', welsh: 'GBP', londoners: 'GBP',
  eurozone: 'EUR',
});
