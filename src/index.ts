import { runPipeline } from './pipeline';
import type { ExtractOptions, ExtractionResult } from './types';

export { SCHEMA_VERSION } from './schema-version';
export * from './types';

const REFERENCE_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Extracts dates, money, percentages and named entities from English text.
 *
 * Offsets are UTF-16 code units into `text`, end exclusive: `text.slice(f.start, f.end) === f.text`.
 * Throws a TypeError only for invalid options; any text gets a result.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
  if (options.referenceDate !== undefined && !isValidReferenceDate(options.referenceDate)) {
    throw new TypeError(`extract: referenceDate must be a real date as YYYY-MM-DD, got ${JSON.stringify(options.referenceDate)}`);
  }
  return runPipeline(text, options);
}

export function isValidReferenceDate(s: string): boolean {
  if (!REFERENCE_DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
