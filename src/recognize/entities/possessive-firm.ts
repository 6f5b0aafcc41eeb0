import type { Located } from './document';
import { lowerPhrase } from './tokens';

/**
 * The names of firms the document spells as a possessive before more words of their name,
 * lower-cased without the "'s": "kohl" for "Kohl's Corp.", "dillard" for "Dillard's Department
 * Stores Inc.". The tokens drop the "'s", so the bare name alone would read as the surname.
 */
export function possessiveFirmNames(located: readonly Located[]): Set<string> {
  const names = new Set<string>();
  for (const l of located) {
    const d = l.decision;
    if (d.kind !== 'organization' || d.span || d.to - d.from < 2) continue;
    for (let k = d.from; k < d.to - 1; k++) {
      if (!l.tokens[k].possessive) continue;
      names.add(lowerPhrase(l.tokens, d.from, k + 1));
      break;
    }
  }
  return names;
}

/**
 * "Kohl's Corp. … Kohl's said", "Lowe's Cos. … Lowe's shares fell": a later mention with its
 * possessive, whose words the document gave a firm's possessive name, is the firm, not the
 * public figure or the surname those words spell alone ("Kohl said" stays a person).
 */
export function namesPossessiveFirm(l: Located, firms: ReadonlySet<string>): boolean {
  const d = l.decision;
  return firms.size > 0 && !d.span && l.tokens[d.to - 1].possessive && firms.has(lowerPhrase(l.tokens, d.from, d.to));
}
