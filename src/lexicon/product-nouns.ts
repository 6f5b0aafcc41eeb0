/**
 * Nouns of goods sold by brand, which make the one name before them a brand, not a place or a
 * person: "Kent cigarettes", "Dunhill cigars", "Stolichnaya vodka".
 */
export const BRAND_NOUNS: ReadonlySet<string> = new Set([
  'cigarette', 'cigarettes', 'cigar', 'cigars', 'beer', 'beers', 'lager', 'vodka', 'whisky', 'whiskey', 'brandy',
  'cola', 'jeans', 'sneakers', 'perfume', 'lipstick', 'cereal', 'detergent',
]);
