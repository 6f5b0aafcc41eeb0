/**
 * A word-to-value table with no prototype, so that looking up any word of an article gives
 * undefined unless the table holds it: in a plain object literal, "5 toString" found a currency
 * under "toString" (Object.prototype's method).
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
