import { AMBIGUOUS_MONTHS, MONTH_OWNED_NOUNS } from '../../lexicon/months';
import { monthOf, tensedMonthValue } from './absolute';
import { MONTH_FULL } from './fragments';
import type { DateRule } from './hit';
import { isCapitalized } from './words';

/** A month name with a possessive: "January's gain", "March's figures". */
const MONTH_POSSESSIVE = new RegExp(String.raw`\b${MONTH_FULL}(?=['\u2019]s\b)`, 'gi');

/** The word after the possessive, and one more past an adjective ("March's small gain"). */
const OWNED_WORDS = /^['\u2019]s\s+([a-z]+)(?:[\s-]+([a-z]+))?/;

/** A figure right after the possessive, which no person owns: "April's 45.4", "May's 3%", "June's 223,000". */
const FIGURE_OWNED = /^['\u2019]s\s+[-+\u2212]?(?:\d+\.\d+|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b))/;

/** The capitalized word just before, as in "Theresa May's", that makes a month name a surname. */
const NAME_BEFORE = /\b([A-Z][a-z]+)\s+$/;

/** Capitalized words that open a sentence before a month, not a given name: "Since May's vote". */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['the', 'in', 'but', 'and', 'after', 'since', 'from', 'with', 'for', 'by', 'before', 'until', 'despite', 'unlike', 'like', 'during', 'of']);

/**
 * TimeML marks the month itself in "January's gain". A month name that is also a given name or
 * a surname ("June's husband", "Theresa May's cabinet") needs a report's noun or a figure after
 * it and no name before it.
 */
const monthPossessive: DateRule = {
  id: 'date/month-possessive',
  pattern: MONTH_POSSESSIVE,
  build(m, scan) {
    if (!isCapitalized(m[1])) return null;
    const start = m.index;
    const end = start + m[0].length;
    if (AMBIGUOUS_MONTHS.has(m[1].toLowerCase())) {
      const after = scan.text.slice(end, end + 40);
      const owned = OWNED_WORDS.exec(after);
      const ownsReport = !!owned && (MONTH_OWNED_NOUNS.has(owned[1]) || (owned[2] !== undefined && MONTH_OWNED_NOUNS.has(owned[2])));
      if (!ownsReport && !FIGURE_OWNED.test(after)) return null;
      const before = NAME_BEFORE.exec(scan.text.slice(Math.max(0, start - 24), start));
      if (before && !SENTENCE_OPENERS.has(before[1].toLowerCase())) return null;
    }
    const month = monthOf(m[1]);
    return { start, end, rule: this.id, value: tensedMonthValue(scan, month, start, end), timexType: 'DATE', grain: 'month', explicitYear: false };
  },
};

export const MONTH_POSSESSIVE_RULES: readonly DateRule[] = [monthPossessive];
