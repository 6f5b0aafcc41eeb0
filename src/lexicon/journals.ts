/**
 * Journals whose title is one ordinary word, lower-cased: "published in Nature", "the journal
 * Science". Alone the word names no body, so only a cue of publishing makes it the journal.
 * Titles of more words ("Nature Medicine") are in the list of news organizations.
 */
export const ONE_WORD_JOURNALS: ReadonlySet<string> = new Set([
  'nature', 'science', 'cell', 'lancet', 'neuron', 'pediatrics', 'circulation', 'gut', 'thorax', 'brain', 'radiology',
  'neurology', 'chest', 'blood', 'immunity', 'joule', 'chem', 'matter', 'genome', 'diabetologia', 'addiction',
]);

/** Words before "in" that tell a study's publication: "published in Nature", "writing in Science". */
export const PUBLISHING_WORDS: ReadonlySet<string> = new Set([
  'published', 'publishes', 'publish', 'publishing', 'writing', 'wrote', 'write', 'writes', 'reported', 'report',
  'reports', 'appeared', 'appears', 'appear', 'described', 'describe', 'describes', 'detailed', 'paper', 'study',
  'studies', 'article', 'letter', 'findings', 'research', 'editorial', 'commentary',
]);

/** Nouns right before a journal's title: "the journal Science", "an editorial in the journal Cell". */
export const JOURNAL_NOUNS: ReadonlySet<string> = new Set(['journal', 'journals', 'magazine']);
