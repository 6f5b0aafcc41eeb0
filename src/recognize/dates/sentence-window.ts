import { sentenceAt } from '../../text/sentence-at';
import type { DateScan } from './hit';

/**
 * The text up to `reach` characters around [start, end), inside the expression's own sentence:
 * where a rule looks for a word of the report's subject (money, weather) that decides a reading.
 */
export function sentenceWindow(scan: DateScan, start: number, end: number, reach: number): string {
  const sentence = scan.sentences[sentenceAt(scan.sentences, start)];
  const from = Math.max(0, start - reach, sentence?.start ?? 0);
  const to = Math.min(end + reach, sentence && sentence.end >= end ? sentence.end : scan.text.length);
  return scan.text.slice(from, to);
}
