/**
 * Words after a month that make it a futures contract's delivery month: "Gold for October
 * delivery", "the December contract", "March futures". A contract trades before its month, so
 * the month is the next one of that name, whatever the tense of the report.
 */
export const CONTRACT_WORDS: ReadonlySet<string> = new Set([
  'delivery', 'deliveries', 'contract', 'contracts', 'futures', 'options', 'expiration', 'expiry', 'settlement',
]);

/**
 * Commodities the futures pages name after a contract month: "December crude rose 90 cents",
 * "the March wheat contract". Trusted only where no preposition puts the month in time ("In
 * October gold prices fell" is last October).
 */
export const CONTRACT_COMMODITIES: ReadonlySet<string> = new Set([
  'crude', 'gold', 'silver', 'copper', 'platinum', 'palladium', 'corn', 'wheat', 'soybeans', 'soybean', 'oats', 'cotton',
  'coffee', 'cocoa', 'sugar', 'cattle', 'hogs', 'lumber', 'heating', 'gasoline', 'unleaded', 'natural', 'brent', 'wti',
]);

/** Words before a month that leave it a contract month before a commodity: "the December crude", "for March gold". */
export const CONTRACT_LEADS: ReadonlySet<string> = new Set(['', 'the', 'and', 'for', 'a']);

/** Crude oil benchmarks named for a field or a grade, not a body: "Brent crude", "WTI futures". */
export const CRUDE_BENCHMARKS: ReadonlySet<string> = new Set(['brent', 'wti']);

/** Words of an oil report that make "Brent" or "WTI" the benchmark: "Brent rose to $107 a barrel". */
export const OIL_WORDS: ReadonlySet<string> = new Set(['crude', 'oil', 'blend', 'barrel', 'barrels', 'futures', 'bbl']);
