/**
 * Nouns that make an amount a rate after "a", "an", "per" or "each": "$4 a share",
 * "$80 per barrel", "$15 an hour". After "per" any noun is a rate unit; after "a"/"an" only
 * these are, since "$5 a year ago" is not.
 */
export const RATE_UNITS: ReadonlySet<string> = new Set([
  'share', 'barrel', 'hour', 'day', 'week', 'month', 'year', 'annum', 'ton', 'tonne', 'ounce', 'gallon', 'litre', 'liter',
  'head', 'person', 'seat', 'unit', 'copy', 'ticket', 'night', 'mile', 'kilo', 'kilogram', 'kg', 'pound', 'bushel',
  'dozen', 'acre', 'piece', 'kilowatt-hour', 'megawatt-hour', 'square', 'bottle', 'pack', 'cigarette', 'vote',
  'passenger', 'student', 'customer', 'subscriber', 'household', 'employee', 'worker', 'plate', 'visit', 'game',
  'minute', 'second', 'word', 'page', 'episode', 'lb', 'oz', 'bbl', 'megawatt', 'kilowatt', 'cubic', 'metric',
  'troy', 'car', 'vehicle', 'room', 'bed', 'meal', 'pair', 'box', 'sack', 'bag', 'tablet', 'pill', 'dose', 'ride',
]);

/** Words that introduce a rate unit. */
export const RATE_MARKERS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', '/']);
