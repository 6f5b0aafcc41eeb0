/**
 * Capitalized words that place a story in a country, read for the currency of a minor unit the
 * story shares with other countries ("a penny" in Ohio is a cent, in Leeds a hundredth of a
 * pound). Countries, their people and their best-known cities and markets; not language names
 * ("English", "French"), which US and British copy both write.
 */
export const CURRENCY_COUNTRY_WORDS: Readonly<Record<string, string>> = {
  america: 'USD', american: 'USD', americans: 'USD', washington: 'USD', nasdaq: 'USD', nyse: 'USD',
  britain: 'GBP', british: 'GBP', britons: 'GBP', england: 'GBP', scotland: 'GBP', scottish: 'GBP', wales: 'GBP',
  london: 'GBP', londoners: 'GBP', manchester: 'GBP', liverpool: 'GBP', leeds: 'GBP', glasgow: 'GBP', edinburgh: 'GBP',
  ftse: 'GBP', westminster: 'GBP', whitehall: 'GBP',
  canada: 'CAD', canadian: 'CAD', canadians: 'CAD', toronto: 'CAD', ottawa: 'CAD', montreal: 'CAD', vancouver: 'CAD',
  australia: 'AUD', australian: 'AUD', australians: 'AUD', sydney: 'AUD', melbourne: 'AUD',
  eurozone: 'EUR', germany: 'EUR', france: 'EUR', italy: 'EUR', spain: 'EUR', ireland: 'EUR', irish: 'EUR',
  netherlands: 'EUR', belgium: 'EUR', austria: 'EUR', portugal: 'EUR', greece: 'EUR', finland: 'EUR',
  paris: 'EUR', berlin: 'EUR', frankfurt: 'EUR', rome: 'EUR', milan: 'EUR', madrid: 'EUR', dublin: 'EUR',
  amsterdam: 'EUR', brussels: 'EUR', vienna: 'EUR', lisbon: 'EUR', athens: 'EUR',
};

/** Country abbreviations written in capitals, with or without dots ("U.S.", "UK"). */
export const CURRENCY_COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = { US: 'USD', USA: 'USD', UK: 'GBP' };
