import type { Token } from './tokens';

// A person's age set off by commas after the name: "Rachel Denby, 34, of".
const AGE = /^\d{1,3}$/;
// What closes the town's name: a comma, or the end of the clause or sentence.
const TOWN_CLOSERS = new Set([',', '.', ';']);

/**
 * "Rachel Denby, 34, of Harrogate, was named": after a name and an age set off by commas, "of"
 * and a name that a comma or the sentence's end closes tell where the person lives, a town
 * whatever its name looks like; so does a one-word name with no age where the clause goes on
 * after the town ("Ted Marsh, of Quincy, was fined"), a firm there being mostly "of" a longer
 * name; so do "from" or "of" after an age compound, before the clause
 * goes on ("a 17-year-old from De Pere was charged"). A firm there has a suffix or a list's
 * entry, read before this.
 */
export function isHometownAfterAge(tokens: Token[], from: number, to: number): boolean {
  const after = tokens[to];
  const closed = !after || TOWN_CLOSERS.has(after.text);
  if (closed && followsNameAndAge(tokens, from)) return true;
  if (to - from === 1 && after?.text === ',' && followsName(tokens, from) && CLAUSE_AFTER_TOWN.has(tokens[to + 1]?.lower ?? '')) return true;
  return isHometownOfAged(tokens, from) && (closed || CLAUSE_AFTER_TOWN.has(after.lower));
}

function followsNameAndAge(tokens: Token[], from: number): boolean {
  const [of, comma, age, nameComma, name] = [tokens[from - 1], tokens[from - 2], tokens[from - 3], tokens[from - 4], tokens[from - 5]];
  return of?.lower === 'of' && comma?.text === ',' && AGE.test(age?.text ?? '') && nameComma?.text === ',' && !!name?.cap;
}

/**
 * "McClain, of Quincy, was convicted": "of" after a name set off by a comma, where the clause
 * goes on after the town's comma, tells where the person lives even with no age given.
 */
function followsName(tokens: Token[], from: number): boolean {
  const [of, comma, name] = [tokens[from - 1], tokens[from - 2], tokens[from - 3]];
  return of?.lower === 'of' && comma?.text === ',' && !!name?.cap && name.word && !name.upper && !name.possessive;
}

// A compound of age that names a person: "a 17-year-old", "the 42-year-old".
const AGED = /^\d{1,3}-year-old$/;
// Nouns of a person that an age compound may qualify: "a 42-year-old man from".
const AGED_PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'driver', 'motorist', 'resident', 'mother', 'father', 'student', 'suspect', 'victim', 'pedestrian', 'cyclist', 'worker', 'passenger']);
// Words that go on with the clause after a hometown: "a 17-year-old from Kaukauna was charged".
const CLAUSE_AFTER_TOWN = new Set(['was', 'is', 'has', 'had', 'who', 'and', 'died', 'said', 'faces', 'remains', 'were']);

/**
 * "A 17-year-old from De Pere was charged", "a 42-year-old man of Kaukauna": after an age compound
 * and "from" or "of", a name tells where the person lives, a town whatever its name looks like.
 */
function isHometownOfAged(tokens: Token[], from: number): boolean {
  const preposition = tokens[from - 1]?.lower;
  if (preposition !== 'from' && preposition !== 'of') return false;
  const before = tokens[from - 2];
  if (!before) return false;
  return AGED.test(before.lower) || (AGED_PERSON_NOUNS.has(before.lower) && AGED.test(tokens[from - 3]?.lower ?? ''));
}

// Nouns for a person or a household that a town's name may qualify: "a Fairview man", "a Limerick couple".
const TOWNSFOLK_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'youth', 'couple', 'pensioner', 'toddler', 'mother',
  'father', 'grandmother', 'grandfather', 'schoolboy', 'schoolgirl', 'widow', 'widower',
]);
// Words before such a name: "a Fairview man", "a 17-year-old Mount Vernon boy".
const TOWNSFOLK_ARTICLES = new Set(['a', 'an']);

/**
 * "A Fairview man has been charged", "a 17-year-old Mount Vernon boy died": a name between an
 * article (maybe with an age compound) and a plain noun for a person tells where the person
 * lives, local news's way to name a town. Peoples and faiths ("a Sikh man") and common words
 * ("a Black woman") qualify the person otherwise.
 */
export function isTownOfTownsfolk(tokens: Token[], from: number, to: number, isQualifier: (word: string) => boolean): boolean {
  if (!TOWNSFOLK_NOUNS.has(tokens[to]?.lower ?? '')) return false;
  const aged = AGED.test(tokens[from - 1]?.lower ?? '');
  const article = tokens[aged ? from - 2 : from - 1];
  if (!article || !TOWNSFOLK_ARTICLES.has(article.lower)) return false;
  return !tokens.slice(from, to).some((t) => isQualifier(t.text));
}

// Plurals for people who live somewhere, before "from" and their town: "families from Corio".
const DWELLER_PLURALS = new Set([
  'families', 'residents', 'people', 'villagers', 'parents', 'children', 'pupils', 'homeowners', 'neighbours',
  'neighbors', 'vendors', 'farmers', 'commuters', 'householders', 'tenants', 'locals',
]);

/**
 * "families from Corio and Norlane", "vendors from Putney": after a plural for people who live
 * somewhere, "from" and a name, or a second name joined by "and", tell where they live.
 */
export function isTownOfDwellers(tokens: Token[], from: number): boolean {
  const joined = tokens[from - 1]?.lower === 'and' && !!tokens[from - 2]?.cap;
  const at = joined ? from - 2 : from;
  return tokens[at - 1]?.lower === 'from' && DWELLER_PLURALS.has(tokens[at - 2]?.lower ?? '');
}

// The member nouns of the two US parties, which news puts after a lawmaker's home town.
const US_PARTY_MEMBERS: ReadonlySet<string> = new Set(['republican', 'democrat']);
// The most words a home town before the member noun takes: "a New York City Democrat".
const MAX_HOME_WORDS = 3;

/**
 * "Rep. Gary Click, a Fremont Republican,", "a Brooklyn Democrat": after "a", a name and then
 * "Republican" or "Democrat" tell where the lawmaker comes from; the name without the member
 * noun is a place, whatever its words look like.
 */
export function isHomeOfPartyMember(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  const member = tokens[to - 1];
  if (n < 2 || n > MAX_HOME_WORDS + 1 || !US_PARTY_MEMBERS.has(member.lower) || member.possessive) return false;
  return tokens[from - 1]?.lower === 'a' && tokens.slice(from, to - 1).every((t) => t.cap && !t.possessive && !t.upper);
}

// Nouns for the people who live in a town, which its name qualifies with no article: "said Cobargo
// resident Jenny Brown", "Mayfield residents fled". Not "native", which a firm's name qualifies
// too ("Microsoft native apps").
const RESIDENT_NOUNS: ReadonlySet<string> = new Set(['resident', 'residents']);

/**
 * "said Cobargo resident Jenny Brown", "Paradise residents fled down the Skyway": a name right
 * before "resident" or "residents" tells where the people live, a town whatever its name looks
 * like. A singular resident needs the person's name after it, or the clause's end ("Jenny
 * Brown, a Cobargo resident,"), so that a post ("the Google resident expert") names no town.
 */
export function isTownOfResidents(tokens: Token[], to: number): boolean {
  const [noun, next] = [tokens[to], tokens[to + 1]];
  if (!noun || noun.cap || noun.breakBefore || !RESIDENT_NOUNS.has(noun.lower) || tokens[to - 1].possessive) return false;
  return noun.lower === 'residents' || !next || next.breakBefore || !next.word || next.cap;
}
