import { INSTITUTION_HEADS, NEWS_AGENCIES, NON_ORG_ACRONYMS, ORG_SUFFIXES } from '../../lexicon/org-words';
import { compromiseLexicon } from '../../nlp/lexicon';
import type { Token } from './tokens';

const bare = (t: Token) => t.lower.replace(/\.$/, '').replace(/\./g, '');

// Two to six capitals, optionally dotted or with an ampersand: "NATO", "U.N.", "AT&T", "EADS".
const ACRONYM = /^(?:\p{Lu}[.&]?){2,6}$/u;

export function isAcronym(t: Token): boolean {
  return ACRONYM.test(t.text) && !NON_ORG_ACRONYMS.has(t.text.replace(/\.$/, ''));
}

/**
 * The rule that makes a capitalized run an organization by its shape, or undefined:
 * "Acme Holdings Inc." (suffix), "Ministry of Defence" and "the Supreme Court" (institution
 * head), "(Xinhua)" (news agency), "NATO" (acronym).
 */
export function organizationRule(tokens: Token[], from: number, to: number): string | undefined {
  const words = tokens.slice(from, to);
  const phrase = words.map((t) => t.lower).join(' ');
  if (NEWS_AGENCIES.has(phrase)) return 'organization/news-agency';
  const last = bare(words[words.length - 1]);
  if (words.length > 1 && ORG_SUFFIXES.has(last)) return 'organization/suffix';
  if (words.length > 1 && (INSTITUTION_HEADS.has(last) || compromiseLexicon().orgWords.has(last))) return 'organization/head';
  // "Bank of America", "University of Texas", "Ministry of Defence"
  const ofAt = words.findIndex((t) => t.lower === 'of');
  if (ofAt > 0 && words.slice(0, ofAt).some((t) => INSTITUTION_HEADS.has(bare(t)))) return 'organization/head-of';
  if (words.length === 1 && isAcronym(words[0])) return 'organization/acronym';
  return undefined;
}
