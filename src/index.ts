import { runPipeline } from './pipeline';
import { referenceDay } from './reference-date-format';
import type { ExtractOptions, ExtractionResult } from './types';

export { SCHEMA_VERSION } from './schema-version';
export { isValidReferenceDate } from './reference-date-format';
export * from './types';

/**
 * Extracts dates, money, percentages and named entities from English text.
 *
 * Offsets are UTF-16 code units into `text`, end exclusive: `text.slice(f.start, f.end) === f.text`.
 * Throws a TypeError only for invalid options; any text gets a result.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
  if (options.referenceDate === undefined) return runPipeline(text, options);
  const day = referenceDay(options.referenceDate);
  if (day === null) {
    throw new TypeError(`extract: referenceDate must be a real date as YYYY-MM-DD, got ${JSON.stringify(options.referenceDate)}`);
  }
  return runPipeline(text, { ...options, referenceDate: day });
}
