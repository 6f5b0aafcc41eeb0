/**
 * Tense cues near a temporal expression, for news-mode resolution: "said Thursday" points
 * back, "will meet Thursday" points forward. Only cheap local evidence is used — auxiliaries,
 * past-tense forms and a few verbs of planning — never a parse.
 */
import { CHANGE_VERBS } from '../lexicon/change-verbs';
import { DEFERRING_VERBS } from '../lexicon/date-modifiers';
import { NOUN_DETERMINERS } from '../lexicon/determiners';
import { MONTHS } from '../lexicon/months';
import { SEASONS } from '../lexicon/seasons';
import { TIME_UNITS } from '../lexicon/time-units';
import { TIME_ZONE_ABBREVIATIONS, ZONE_WORDS } from '../lexicon/time-zones';
import { WEEKDAYS } from '../lexicon/weekdays';
import { compromiseLexicon } from '../nlp/lexicon';

export type Tense = 'past' | 'future';

/** How far to look for a cue, in code units, before and after the expression. */
const LOOK_BEHIND = 200;
const LOOK_AHEAD = 80;

const WORD = /[A-Za-z][A-Za-z']*/g;

const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', "won't", 'would', 'should', 'could', 'might', 'may', 'gonna', 'upcoming', 'next',
  'expected', 'scheduled', 'planned', 'plans', 'plan', 'intends', 'aims', 'tomorrow', 'forthcoming', 'due',
  'expects', 'anticipates', 'predicts',
  // A weather report's outlook: "showers are likely Sunday".
  'likely',
  // Markets' pricing of what may come: "the odds of a rate cut in June rose", "bets on a hike in July".
  'odds', 'bets', 'likelihood', 'probability',
  // What is waited for has not come: "investors await Friday's jobs report", "awaiting a ruling on Monday".
  'await', 'awaits', 'awaiting',
  "i'll", "we'll", "he'll", "she'll", "they'll", "it'll", "you'll", "that'll",
]);

const PAST_WORDS: ReadonlySet<string> = new Set([
  'said', 'was', 'were', 'had', 'did', 'ago', 'last', 'since', 'yesterday', 'earlier', 'previously',
  'went', 'came', 'made', 'took', 'told', 'met', 'began', 'gave', 'held', 'left', 'saw', 'won', 'lost', 'fell',
  'rose', 'got', 'paid', 'sold', 'bought', 'brought', 'thought', 'found', 'led', 'ran', 'spent', 'sent', 'struck',
  'became', 'broke', 'chose', 'drove', 'flew', 'grew', 'knew', 'spoke', 'stood', 'wrote', 'felt', 'kept',
  'built', 'caught', 'fought', 'sought', 'taught', 'won', 'hit', 'quit', 'shut', 'set', 'put', 'cut', 'beat',
  'meant', 'heard', 'sat', 'shot', 'slid', 'swept', 'threw', 'told', 'wore', 'woke', 'arose', 'bore', 'forgot',
  'dealt', 'fled', 'froze', 'hung', 'laid', 'lay', 'lent', 'lit', 'overtook', 'rang', 'sang', 'sank', 'shook',
  'shrank', 'sprang', 'stole', 'stuck', 'swore', 'swam', 'tore', 'underwent', 'withdrew', 'wound', 'unveiled',
  'overran', 'overcame', 'overthrew', 'oversaw', 'overrode', 'outran', 'undertook', 'understood', 'upheld', 'withheld',
  'withstood', 'foresaw', 'forbade', 'forgave', 'mistook', 'rebuilt', 'rode', 'drew', 'drank', 'ate', 'blew', 'bent',
  'bled', 'bit', 'clung', 'crept', 'dug', 'dove', 'fed', 'hid', 'knelt', 'leapt', 'slept', 'slew', 'sped', 'spun',
  'strode', 'strove', 'stung', 'swung', 'wept', 'wove',
  // Regular past forms too short for the "-ed" test below (more than four letters): "died on New Year's Eve".
  'died', 'sued', 'tied', 'owed', 'axed', 'vied',
]);

/**
 * Present-tense verbs of a timetable, which in news point forward: "the summit opens Monday",
 * "trading resumes Friday", "the team faces Ajax on Sunday".
 */
const SCHEDULE_VERBS: ReadonlySet<string> = new Set([
  'opens', 'begins', 'starts', 'resumes', 'ends', 'closes', 'meets', 'faces', 'plays', 'hosts', 'visits', 'arrives',
  'leaves', 'departs', 'returns', 'travels', 'launches', 'kicks', 'convenes', 'reconvenes', 'expires', 'runs', 'turns',
  'elects', 'testifies', 'holds', 'announces', 'reopens', 'goes', 'heads', 'retires', 'continues', 'concludes', 'adjourns',
  'premieres', 'debuts',
  // a golfer's start: "Rory McIlroy tees off at 8.10am on Thursday"
  'tees',
  // what an agency or a court puts out or takes up on its calendar: "the ONS publishes GDP on
  // Wednesday", "the court hears the appeal Monday"
  'publishes', 'releases', 'unveils', 'delivers', 'hears',
]);

/**
 * The same timetable verbs after a plural subject: "talks resume Monday", "voters go to the polls
 * Sunday". Only right after a plural noun or a plural pronoun: the bare forms are also nouns ("off to
 * a bright start on Saturday", "its return Monday") and infinitives, whose "to" or modal sets the tense.
 */
const PLURAL_SCHEDULE_VERBS: ReadonlySet<string> = new Set([
  'open', 'close', 'begin', 'start', 'end', 'resume', 'reopen', 'meet', 'vote', 'face', 'play', 'return', 'go', 'convene', 'reconvene', 'head',
  'continue', 'conclude', 'travel', 'fly', 'host', 'visit', 'arrive', 'depart', 'launch',
]);

/**
 * Nouns of a group that British copy gives a plural verb: "Arteta's side travel to Madrid on
 * Tuesday", "the squad fly out Friday", "police appeal for witnesses".
 */
const COLLECTIVE_SUBJECTS: ReadonlySet<string> = new Set(['side', 'team', 'squad', 'crew', 'club', 'band', 'couple', 'pair', 'duo', 'police', 'family']);

/**
 * Verbs of expectation in the plural present, which look ahead like their -s forms ("expects"):
 * "economists expect a cut in December", "we anticipate a recovery in the spring".
 */
const PLURAL_EXPECTATION_VERBS: ReadonlySet<string> = new Set(['expect', 'anticipate', 'predict', 'foresee', 'intend']);
/** Words before such a verb that leave its tense to another: "to expect", "did not expect", "had expected". */
const UNTENSED_EXPECTATION_BEFORE: ReadonlySet<string> = new Set(['to', 'did', "didn't", 'not', 'had', "hadn't", 'never']);

/**
 * Verbs of a fixture that British copy puts in the plural after a side's name, which need not end
 * in -s: "Brazil face Argentina on Sunday", "Leeds play Everton Saturday", "Arsenal host Chelsea",
 * "Ireland begin their defence on Friday". After a possessive they are nouns ("Kane's start").
 */
const FIXTURE_VERBS_AFTER_NAME: ReadonlySet<string> = new Set(['face', 'meet', 'play', 'host', 'visit', 'travel', 'begin', 'start', 'open', 'resume']);

/**
 * Relative pronouns, after which a timetable verb's bare form agrees with a plural antecedent: "the
 * Olympics, which open on Friday", "the Wallabies, who play Fiji on Sunday".
 */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who']);

const CAPITALIZED = /^\p{Lu}/u;

/** Words ending in -ed that are not past forms, or that mark the future ("expected to"). */
const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need', 'needed', 'indeed', 'hundred', 'speed', 'seed', 'feed', 'breed', 'proceed', 'exceed', 'succeed', 'red',
  'bed', 'shed', 'wed', 'bred', 'deed', 'greed', 'weed', 'creed', 'steed', 'united', 'limited', 'based', 'related',
  'concerned', 'interested', 'supposed', 'expected', 'scheduled', 'planned', 'so-called', 'advanced', 'detailed',
  'qualified', 'armed', 'skilled', 'renowned', 'talented', 'beloved', 'wicked', 'naked', 'sacred', 'rugged',
]);


/** A word that follows "to" in an infinitive of intent ("to meet Thursday"), not a place or article. */
const NOT_INFINITIVE: ReadonlySet<string> = new Set([
  ...NOUN_DETERMINERS,
  'date', 'about', 'around', 'some', 'all', 'more', 'less', 'one', 'two', 'three', 'him', 'them', 'us', 'me',
]);

/** Verbs before a participle that is a state, not a past event: "is closed", "will remain closed", "stays shut". */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'is', 'are', 'am', "isn't", "aren't", 'remain', 'remains', 'stay', 'stays', 'get', 'gets', 'become', 'becomes',
]);
const INFINITIVE_BEFORE: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'shall', 'cannot',
  "won't", "wouldn't", "couldn't", "shouldn't", "can't", 'do', 'does', "don't", "doesn't", 'did', "didn't",
]);
/**
 * "offences committed on or after July 1", "contracts signed on or before March 31": a rule's
 * threshold names a class of acts by its participle, no act told in the past, so the date is no
 * past event's ("the guidelines apply to offences committed on or after July 1" is this July).
 */
const THRESHOLD_BEFORE = /\bon\s+or\s+(?:after|before)\s+$/i;

/**
 * Determiners before which a past form is a noun or an adjective, no finite verb: "expect a cut in
 * December", "the proposed merger". Not "that" nor "her", which a verb may follow ("the firm
 * that cut jobs", "saw her quit").
 */
const NOUN_BEFORE_PAST_FORM: ReadonlySet<string> = new Set([
  ...[...NOUN_DETERMINERS].filter((w) => w !== 'that' && w !== 'her'),
  // Nouns a past form that is also a noun compounds with: "a rate cut in June", "the tax cut", "job cuts".
  'rate', 'tax', 'job', 'price', 'budget', 'spending', 'wage', 'pay', 'cost',
  // A comparative makes the form a noun or an adjective, no finite verb: "one more cut by the summer".
  'more',
]);

/**
 * Adjectives of order between a determiner and a past form that is also a noun: "the first cut in
 * June", "a further cut", "another hit". "the company first cut jobs" has a noun before "first",
 * so the verb stays, as does a verb with no noun form: "the first came in March".
 */
const ORDER_ADJECTIVES: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'next', 'last', 'final', 'further', 'another', 'latest']);
const PAST_FORM_NOUNS: ReadonlySet<string> = new Set(['cut', 'hit', 'set', 'shot']);

/**
 * words[i] is a noun after a determiner and an adjective of order, or after "another": "the first
 * cut", "another cut"; or a participle there that qualifies the noun after it: "the first powered
 * flight", "another delayed launch".
 */
function nounAfterOrder(words: ReadonlyArray<{ w: string }>, i: number): boolean {
  const word = words[i].w.toLowerCase();
  if (!PAST_FORM_NOUNS.has(word) && !word.endsWith('ed')) return false;
  const previous = words[i - 1]?.w.toLowerCase();
  if (previous === undefined || !ORDER_ADJECTIVES.has(previous)) return false;
  return previous === 'another' || NOUN_DETERMINERS.has(words[i - 2]?.w.toLowerCase() ?? '');
}

/**
 * A comma between a noun and a past form parts the compound: "the governor's budget, released
 * Monday, assumes" has a participle that dates the release, not "a budget cut".
 */
function commaBetween(text: string, previous: { w: string; at: number }, at: number): boolean {
  return text.slice(previous.at + previous.w.length, at).includes(',');
}

const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', "wasn't", "weren't", 'had', "hadn't"]);

/**
 * Present forms that with "effect" name a change ahead: "the rules take effect in January",
 * "goes into effect"; and with "office" or "power" a start in a post: "the governor takes office
 * in January".
 */
const INTO_EFFECT: ReadonlySet<string> = new Set(['take', 'takes', 'go', 'goes', 'come', 'comes']);
const INTO_EFFECT_NEXT: ReadonlySet<string> = new Set(['effect', 'into', 'office', 'power']);

/** Words before "forecast" that leave it only a past form: a singular subject's present is "forecasts". */
const PAST_FORECASTERS: ReadonlySet<string> = new Set(['it', 'he', 'she']);
/** Prepositions that date the act of forecasting itself: "it forecast in December", "she forecast on Monday". */
const FORECAST_WHEN: ReadonlySet<string> = new Set(['in', 'on', 'at', 'last', 'earlier']);

/** Planning words that after an article or possessive are nouns, no future: "approved the plan over the weekend". */
const PLAN_NOUNS: ReadonlySet<string> = new Set(['plan', 'plans']);

/**
 * "plan" is the noun after a determiner ("the plan"), and wherever no infinitive or object
 * follows it ("rejected the bailout plan Tuesday"); the verb plans to do or plans something
 * ("plans to vote", "plans a vote").
 */
function isPlanNoun(previous: string | undefined, next: string | undefined): boolean {
  if (previous !== undefined && NOUN_DETERMINERS.has(previous.toLowerCase())) return true;
  const after = next?.toLowerCase();
  return after === undefined || !(after === 'to' || NOUN_DETERMINERS.has(after));
}

/** "set to", "due to", "going to" + verb: an arrangement for the future. */
const INTENT_BEFORE_TO: ReadonlySet<string> = new Set(['set', 'due', 'going', 'poised', 'slated', 'expected', 'scheduled', 'planning', 'planned', 'about', 'hoping', 'aiming', 'supposed']);

/**
 * "the hearing is set for Tuesday", "a vote slated for 9 a.m. Friday", "a call scheduled for 5 p.m.
 * ET Tuesday": the date fixed for an event lies ahead; "was set for" (or "was originally set for") may tell an arrangement already past, so it does not count.
 */
const ZONE_NAMES = [...TIME_ZONE_ABBREVIATIONS, ...ZONE_WORDS].join('|');
const ARRANGED_FOR = new RegExp(
  String.raw`\b(?<!\b(?:was|were|been)\s+(?:(?:originally|initially|previously|already|also|first)\s+)?)(?:set|slated|scheduled|due|planned)\s+for\s+(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.m\.|[ap]m)\s+(?:(?:${ZONE_NAMES})\s+(?:time\s+)?)?(?:on\s+)?)?$`,
  'i',
);
const ARRANGED_REACH = 52;

/**
 * Present-tense verbs that a change's start follows, besides the figure verbs of CHANGE_VERBS
 * ("rise", "fall"): "new rules apply from April", "bills go up from January". "go", "kick" and
 * "come" count only with their particle: "return from" and "come from" name an origin.
 */
const START_VERBS: ReadonlyMap<string, ReadonlyArray<string> | null> = new Map([
  ['apply', null], ['change', null], ['switch', null], ['double', null], ['go', ['up', 'down']], ['kick', ['in']], ['come', ['in']],
]);
/** The -s forms of START_VERBS: "the levy applies from April", "the charge kicks in from May". */
const START_VERBS_S: ReadonlyMap<string, string> = new Map(
  [...START_VERBS.keys()].map((v) => [v === 'apply' ? 'applies' : /(?:o|sh|ch)$/.test(v) ? `${v}es` : `${v}s`, v]),
);
/** "from" right before the expression, and what comes before it. */
const FROM_BEFORE = /\bfrom\s+$/;
const CHANGE_PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'in']);
const CHANGE_REACH = 56;
/**
 * What may follow a change's start: the clause's end, or a word that opens another part of it.
 * "shares fall from March highs" has a noun after the month, which is then no start of a change.
 */
const AFTER_CHANGE_START = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:as|and|but|when|while|with|to|until|till|through|onwards?|on|in|at|for|under|after|because|so|if|unless)\b)/;

/** The present form `verb` as its base and whether it is the -s form; null for a past form or no such verb. */
function presentChangeVerb(verb: string): { base: string; s: boolean } | null {
  if (START_VERBS.has(verb)) return { base: verb, s: false };
  const startBase = START_VERBS_S.get(verb);
  if (startBase) return { base: startBase, s: true };
  if (!CHANGE_VERBS.has(verb)) return null;
  // CHANGE_VERBS lists every form: the base is the one whose -s form is there too ("rise", not "rose").
  if (CHANGE_VERBS.has(`${verb}s`) || CHANGE_VERBS.has(`${verb}es`)) return { base: verb, s: false };
  const base = [verb.slice(0, -1), verb.slice(0, -2)].find((b) => verb.endsWith('s') && CHANGE_VERBS.has(b));
  return base ? { base, s: true } : null;
}

/**
 * "Fares rise from March", "new rules apply from April", "bills go up from January": a change told
 * in the present whose start "from" dates is announced ahead, whatever tense the report's "said"
 * has. The bare form only after a plural subject ("did not rise", "a rise" are none); the -s form
 * after no determiner ("the falls").
 */
function changeStartsAt(text: string, from: number, at: number, end: number): boolean {
  const lead = text.slice(Math.max(from, at - CHANGE_REACH), at);
  const fromWord = FROM_BEFORE.exec(lead);
  if (!fromWord || !AFTER_CHANGE_START.test(text.slice(end, end + 12))) return false;
  const words = lead.slice(0, fromWord.index).match(WORD) ?? [];
  dropChangeSize(words);
  const particle = CHANGE_PARTICLES.has(words[words.length - 1] ?? '') ? words.pop() : undefined;
  const verb = presentChangeVerb(words.pop() ?? '');
  if (!verb) return false;
  const particles = START_VERBS.get(verb.base) ?? null;
  if (particles ? !particles.includes(particle ?? '') : particle !== undefined) return false;
  const subject = (words.pop() ?? '').toLowerCase();
  return verb.s ? subject !== '' && !NOUN_DETERMINERS.has(subject) && !INFINITIVE_BEFORE.has(subject) : isPluralSubject(subject);
}

/** Words of a change's size between the verb and "from" (its figures are no words): "rise by about 4.9% from", "go up by an average of £100 from". */
const CHANGE_SIZE_WORDS: ReadonlySet<string> = new Set(['about', 'around', 'almost', 'nearly', 'roughly', 'some', 'an', 'average', 'of', 'up', 'to']);

/** Drops the size of a change told with "by" from the end of `words`, leaving its verb and particle last. */
function dropChangeSize(words: string[]): void {
  const by = words.lastIndexOf('by');
  if (by >= 0 && words.slice(by + 1).every((w) => CHANGE_SIZE_WORDS.has(w))) words.length = by;
}

/**
 * The hour written before a day, with its zone: "noon", "5 p.m. ET on", "2:45 p.m. Frankfurt time
 * on". What stands before the hour is what stands before the day: "is at 10 a.m. on Thursday",
 * "were told to leave by noon Tuesday". A range of hours ends at the hour, so what stands before
 * its first hour counts: "Visiting hours are from 4 to 8 p.m. Wednesday", "is 9 a.m.-noon Friday".
 */
const CLOCK_BEFORE = new RegExp(
  String.raw`(?:\b(?:from|between)\s+)?(?:\b\d{1,2}(?::\d\d)?(?:\s?[ap]\.?m\.?)?\s?(?:-|\u2013|to|until|till|and)\s?)?(?:\bnoon|\bmidnight|\b\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?)(?:\s+(?:(?:${ZONE_NAMES})(?:\s+time)?|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+time))?\s+(?:on\s+)?$`,
  'iu',
);
const CLOCK_REACH = 64;

/**
 * "The vote is Monday", "the deadline is on March 1", "the call is at 10 a.m. on Thursday", "the
 * general election is in November", "the trials? They're in late August": a present copula right
 * before a date (or its hour) puts it on a timetable.
 */
const COPULA_BEFORE = /(?:\b(?:is|are)|\w['\u2019]re)\s+(?:on\s+|for\s+|at\s+|in\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;
const COPULA_REACH = 20;

/**
 * "the vote was postponed to Friday", "court adjourned until Monday", "rescheduled for Saturday",
 * "adjourned until a date in early September", "members put off a vote until March" (the thing put
 * off between verb and preposition): a date something is put off to is a new date ahead, whatever
 * the tense of the verb.
 */
const DEFERRED_TO = new RegExp(String.raw`\b(?:${DEFERRING_VERBS})\s+(?:[\w'\u2019-]+\s+){0,3}?(?:to|until|till|for)\s+(?:(?:a|another|some)\s+(?:date|day|time)\s+in\s+)?(?:(?:early|mid|late)[\s-]+)?$`, 'i');
const DEFERRED_REACH = 48;

/**
 * "promised a decision before Christmas", "demanded an answer by Friday", "hinted at a cut before
 * Christmas": a deadline for the act a promise or a demand names by a noun dates that act, which
 * lies ahead whatever the tense of the verb. Not "agreed a deal before Christmas", which tells
 * of an act done.
 */
// The directives that also take a noun for the act they commit to: "promised a decision".
const COMMITTING_VERBS = ['promised', 'pledged', 'vowed', 'demanded', 'proposed', 'threatened'];
const PROMISED_BY = new RegExp(
  String.raw`\b(?:${COMMITTING_VERBS.join('|')}|signall?ed|flagged|guaranteed|sought|requested|hinted\s+at)\s+(?:a|an|the|its|their|his|her|fresh|new|further)\s+(?:[\w-]+\s+){0,3}(?:by|before|until|no\s+later\s+than)\s+(?:the\s+(?:end\s+of\s+(?:the\s+)?)?)?$`,
  'i',
);
const PROMISED_REACH = 90;

/**
 * "issued a flood watch through Thursday evening", "extended the curfew until Friday", "the ban was
 * imposed until March": a measure put in force up to a date runs on past the report, so the date
 * lies ahead whatever the tense of the verb. Closing and halting are left out: "police closed the
 * road until Tuesday afternoon" tells as often of a closure already over.
 */
const IN_FORCE_UNTIL = /\b(?:extended|imposed|issued|declared|suspended|banned|barred|grounded|reimposed|renewed)\b(?:\s+[\w'\u2019-]+){0,6}?\s+(?:until|till|through)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;
const IN_FORCE_REACH = 72;

/**
 * "set a trial date for April", "setting arguments for the April sitting", "scheduled the vote for
 * June": a court or a chamber that fixes an event for a date puts it ahead, as "set for" does; an
 * arrangement told in the past perfect or the passive ("had set the trial for April") may be over.
 */
const FIXED_FOR = /\b(?<!\b(?:was|were|been|had)\s+)(?:set|sets|setting|scheduled|schedules|scheduling|fixed|fixes|fixing)\s+(?:[\w'\u2019-]+\s+){1,3}?for\s+(?:the\s+)?$/i;
const FIXED_REACH = 64;

/**
 * "was given until Friday to respond", "the judge gave the state until Jan. 15", "has until 5pm on
 * Friday", "have until the end of next month": time granted up to a date is a deadline still ahead
 * when the report tells of the grant; "had until" is left to the tense, as a deadline that may have passed.
 */
const GRANTED_UNTIL = /\b(?:given|granted|allowed|gave|gives|give|grants?|has|have)\s+(?:[\w'\u2019-]+\s+){0,2}?until\s+(?:the\s+(?:end\s+of\s+(?:the\s+)?)?)?$/i;
const GRANTED_REACH = 48;

/** Leads that put the date after them ahead whatever the verb's tense, each with how far back it reaches. */
const AHEAD_LEADS: ReadonlyArray<readonly [RegExp, number]> = [
  [DEFERRED_TO, DEFERRED_REACH],
  [PROMISED_BY, PROMISED_REACH],
  [IN_FORCE_UNTIL, IN_FORCE_REACH],
  [FIXED_FOR, FIXED_REACH],
  [GRANTED_UNTIL, GRANTED_REACH],
];

/**
 * Past forms of verbs that direct, ask or commit someone to act later: "urged Congress to pass
 * the bill by Friday", "agreed to repay the loan before March". A deadline after the infinitive
 * they govern dates that later act, which the report has not seen happen; a plain date there
 * most often dates the verb itself ("agreed to buy the firm on Thursday"). Verbs of trying or
 * wanting are left out: "sought to strengthen its defence at a meeting on Thursday" tells of the
 * meeting the report covers.
 */
/**
 * Words of readiness before an infinitive, which like a directive look ahead to its deadline or
 * span: "the union said it was ready to strike until Christmas", "prepared to wait until May".
 */
const READINESS: ReadonlySet<string> = new Set(['ready', 'prepared', 'willing', 'determined', 'eager', 'poised']);

/**
 * Past forms of hoping and planning, which look ahead to the deadline of the infinitive they
 * govern as a directive does ("said he hoped to form a coalition by Easter"), unless a past
 * perfect makes the hope one that failed ("had hoped to finish by Easter"). Trying and wanting
 * are told of attempts that ended as often ("wanted to finish by Christmas, but").
 */
const HOPING_VERBS: ReadonlySet<string> = new Set(['hoped', 'aimed', 'planned', 'intended', 'expected', 'wished']);

const DIRECTIVE_VERBS: ReadonlySet<string> = new Set([
  ...COMMITTING_VERBS, 'urged', 'asked', 'told', 'called', 'ordered', 'agreed', 'voted', 'decided', 'instructed', 'invited',
  'encouraged', 'pressed', 'authorized', 'authorised', 'required',
]);

/**
 * A deadline's preposition right before the expression, or the end of a stretch: "by Friday", "no
 * later than March", "by the end of June", "until after the November election", "agreed to extend
 * the cuts through the end of March".
 */
const DEADLINE_BEFORE = /\b(?:by|before|until|till|through|no\s+later\s+than)\s+(?:after\s+)?(?:the\s+(?:end\s+of\s+(?:the\s+)?)?)?$/i;

/**
 * A stretch the infinitive's act fills: "voted to strike during the summer holidays", "agreed to
 * freeze prices throughout the winter". Like a deadline it dates the later act, not the vote.
 */
const SPAN_BEFORE = /\b(?:during|throughout)\s+$/i;

const DEADLINE_REACH = 28;

/**
 * "remains in effect through the weekend", "stays closed until Monday": with no verb to tell the
 * tense, a stretch lasting up to the date points ahead of a present report.
 */
const LASTING_UNTIL = /\b(?:until|till|through)\s+(?:the\s+)?$/i;

/**
 * "Authorities have closed schools until Tuesday", "the club has suspended him until March": a
 * present perfect tells a state that holds now, so the date it lasts up to lies ahead.
 */
function isPresentPerfectAuxiliary(word: string | undefined): boolean {
  const lower = word?.toLowerCase();
  return lower === 'has' || lower === 'have' || lower?.endsWith("'ve") === true;
}

/** "voted 60 to 40", "rose 5 to 10": "to" before a number is no infinitive. */
const NUMBER_AFTER_TO = /^to\s+\d/i;

/** "let's" is "let us", a proposal whose verb looks ahead ("Let's go on Feb 1st"), not a possessive. */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'you', "let's"]);

/** "talks", "leaders", "they": a word that may be the plural subject of the verb after it (lower case). */
export function isPluralSubject(word: string): boolean {
  // "Shearer's start on Saturday": a possessive owns the noun after it and is no subject.
  return PLURAL_PRONOUNS.has(word) || (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !NOUN_DETERMINERS.has(word) && !POSSESSIVE_END.test(word));
}

/**
 * Words that stay in lower case in a headline written in title case ("Senate to Vote Friday on
 * Budget"); any other lower-case word of four letters or more shows running text.
 */
const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(['with', 'from', 'over', 'into', 'after', 'amid', 'than', 'that', 'this', 'upon', 'onto', 'says', 'said']);

const TITLE_WORD = /\b[a-z][a-z']{3,}\b/g;

/** The line [from, to) is a headline in title case: no lower-case word but the small ones. */
function isTitleCase(text: string, from: number, to: number): boolean {
  const line = text.slice(from, to);
  const last = line.trimEnd().slice(-1);
  if (last === '.' || last === '!' || last === '?') return false;
  TITLE_WORD.lastIndex = 0;
  for (let m = TITLE_WORD.exec(line); m; m = TITLE_WORD.exec(line)) if (!TITLE_CASE_SMALL_WORDS.has(m[0])) return false;
  return true;
}

/** Tags of a capitalized word after "to" that make it a place, a name or a day, not a verb. */
const NAME_TAGS: ReadonlySet<string> = new Set(['ProperNoun', 'Place', 'City', 'Country', 'Region', 'Person', 'FirstName', 'LastName', 'Organization', 'Month', 'WeekDay', 'Date']);

/** "to Vote" in a title-case headline: an infinitive of intent, not "to Washington". */
function isCapitalizedInfinitive(next: string): boolean {
  if (!CAPITALIZED.test(next)) return false;
  const lower = next.toLowerCase();
  if (NOT_INFINITIVE.has(lower)) return false;
  const tags = compromiseLexicon().tags(lower);
  return tags !== undefined && !tags.some((t) => NAME_TAGS.has(t));
}

/**
 * A plural noun's shape, which no verb's base form has: "speaking to supporters", "told to
 * reporters". Base forms that end in "s" end in "ss", "us" or "is" ("to discuss", "to focus").
 */
function looksPlural(word: string): boolean {
  const beforeS = word[word.length - 2];
  return word.length > 3 && word.endsWith('s') && beforeS !== 's' && beforeS !== 'u' && beforeS !== 'i';
}

type Cue = { tense: Tense; strong: boolean; at: number; directive?: boolean; standing?: boolean };

/** Prepositions that open a phrase between a plural subject and its verb: "voters in the borough go", "leaders of both parties meet". */
const SUBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'across', 'at', 'around', 'for']);
/** How many words back from the verb such a phrase may open. */
const SUBJECT_PHRASE_WORDS = 4;

/**
 * words[i] follows a plural subject and the phrase of place or kind that modifies it ("Voters in
 * the borough go to the polls on Thursday"): the subject stands before the preposition, and the
 * word before the verb is a noun, not a determiner nor an infinitive's "to".
 */
function pluralSubjectBeforePhrase(words: ReadonlyArray<{ w: string }>, i: number): boolean {
  const previous = words[i - 1]?.w.toLowerCase();
  if (previous === undefined || NOUN_DETERMINERS.has(previous) || INFINITIVE_BEFORE.has(previous) || SUBJECT_PREPOSITIONS.has(previous)) return false;
  for (let k = i - 2; k >= Math.max(1, i - 1 - SUBJECT_PHRASE_WORDS); k--) {
    if (SUBJECT_PREPOSITIONS.has(words[k].w.toLowerCase())) return isPluralSubject(words[k - 1].w.toLowerCase());
  }
  return false;
}

/** "we'd", "they’d": before "been" the contraction is "had", not "would". */
const PAST_PERFECT_CONTRACTION = /\w['\u2019]d$/;

/** "than expected", "as planned": a comparison with what was foreseen, not a plan. */
const COMPARED_WITH: ReadonlySet<string> = new Set(['than', 'as']);
const FORESEEN: ReadonlySet<string> = new Set(['expected', 'forecast', 'anticipated', 'planned', 'scheduled', 'predicted', 'estimated', 'feared', 'hoped']);

function cueOf(word: string, next: string | undefined, previous: string | undefined, titleCase: boolean, subjectBeyond = false): Omit<Cue, 'at'> | null {
  const lower = word.toLowerCase();
  if (lower.endsWith("'ll")) return { tense: 'future', strong: true };
  // "We'd been told to leave by Thursday": "'d been" is "had been", a past perfect ("would been" is no English).
  if (PAST_PERFECT_CONTRACTION.test(lower) && next?.toLowerCase() === 'been') return { tense: 'past', strong: true };
  // "the economy grew faster than expected in the December quarter", "arrived as planned on
  // Monday": a comparison with what was foreseen leaves the tense to the clause's own verb.
  if (COMPARED_WITH.has(previous?.toLowerCase() ?? '') && FORESEEN.has(lower)) return null;
  // "residents must leave by Tuesday": an obligation still to meet; "must have left" infers a past.
  if (lower === 'must') return next?.toLowerCase() === 'have' ? null : { tense: 'future', strong: true };
  // "sources close to the talks" is no verb.
  if (PLURAL_SCHEDULE_VERBS.has(lower)) {
    const before = previous?.toLowerCase() ?? '';
    // "won the French Open on Sunday": a capital makes the word part of the name.
    const afterName = !!previous && word === lower && FIXTURE_VERBS_AFTER_NAME.has(lower) && CAPITALIZED.test(previous) && !NOUN_DETERMINERS.has(before) && !POSSESSIVE_END.test(previous);
    const subject = subjectBeyond || (!!previous && (isPluralSubject(before) || COLLECTIVE_SUBJECTS.has(before) || RELATIVE_PRONOUNS.has(before) || afterName));
    return subject && !(lower === 'close' && next?.toLowerCase() === 'to') ? { tense: 'future', strong: true } : null;
  }
  // "snow is forecast for Saturday", "the forecast for Sunday": the outlook, not "the firm forecast on Monday that".
  // After "it", "he" or "she" and before a preposition of when, the bare form is the past
  // act: "later than it forecast in December"; "he forecast a rebound in June" dates what it foresees.
  if (lower === 'forecast') {
    const before = previous?.toLowerCase() ?? '';
    if (PASSIVE_AUXILIARIES.has(before) || NOUN_DETERMINERS.has(before)) return { tense: 'future', strong: true };
    return PAST_FORECASTERS.has(before) && FORECAST_WHEN.has(next?.toLowerCase() ?? '') ? { tense: 'past', strong: true } : null;
  }
  // No noun is spelled so, so only an infinitive or a past auxiliary before it leaves the tense to
  // another verb: "had come to expect", "did not expect"; "Westpac and ANZ now expect" looks ahead.
  if (PLURAL_EXPECTATION_VERBS.has(lower)) return previous && UNTENSED_EXPECTATION_BEFORE.has(previous.toLowerCase()) ? null : { tense: 'future', strong: true };
  // "May" with a capital is far more often the month than the modal.
  // "approved next year's budget on Monday": a period "next" owns qualifies a noun and tells no verb's tense.
  if (lower === 'next' && next && POSSESSIVE_END.test(next) && namesPeriod(next)) return null;
  if (FUTURE_WORDS.has(lower) && word !== 'May') return { tense: 'future', strong: true };
  // "its releases on Monday", "the returns Friday": after a determiner the -s form is a plural noun.
  if (SCHEDULE_VERBS.has(lower)) return previous && NOUN_DETERMINERS.has(previous.toLowerCase()) ? null : { tense: 'future', strong: true };
  // "Spain votes on Sunday", "the Senate votes Tuesday": a vote on a timetable after a name; after a
  // determiner, a count or a possessive it is the noun ("the votes on Sunday", "Labour's votes").
  if (lower === 'votes') return previous && CAPITALIZED.test(previous) && !NOUN_DETERMINERS.has(previous.toLowerCase()) && !/['\u2019]s?$/.test(previous) ? { tense: 'future', strong: true } : null;
  // "the chairman steps down in June": a departure on a timetable; "steps" alone is a noun too.
  if (lower === 'steps' && (next?.toLowerCase() === 'down' || next?.toLowerCase() === 'aside')) return { tense: 'future', strong: true };
  // "the Open gets under way on Thursday": a start on a timetable, as "begins" is.
  if (lower === 'gets' && (next?.toLowerCase() === 'under' || next?.toLowerCase() === 'underway')) return { tense: 'future', strong: true };
  if (INTO_EFFECT.has(lower) && INTO_EFFECT_NEXT.has(next?.toLowerCase() ?? '')) return { tense: 'future', strong: true };
  // "stocks rose ahead of Friday's jobs report", "waiting for Tuesday's vote": an event still to come.
  if ((lower === 'ahead' && next?.toLowerCase() === 'of') || (lower === 'waiting' && next?.toLowerCase() === 'for')) return { tense: 'future', strong: true };
  // Before the past forms: "set to take place" looks ahead although "set" is also a past form.
  if (next?.toLowerCase() === 'to' && INTENT_BEFORE_TO.has(lower)) return { tense: 'future', strong: true };
  if (lower === 'last' && next && namesPeriod(next)) return null;
  // "Lunar New Year falls on Jan. 29": where the calendar puts a day still to come.
  if (lower === 'falls' && next?.toLowerCase() === 'on') return { tense: 'future', strong: true };
  // "no earlier than Friday": the first day a plan may happen, ahead unless a verb tells otherwise.
  if (lower === 'earlier' && previous?.toLowerCase() === 'no' && next?.toLowerCase() === 'than') return { tense: 'future', strong: false };
  if (PAST_WORDS.has(lower)) return { tense: 'past', strong: true };
  if (lower === 'to' && next && /^[a-z]/.test(next) && !NOT_INFINITIVE.has(next) && !looksPlural(next)) return { tense: 'future', strong: false };
  // "Senate to Vote Friday": headlinese for a plan, in a headline that capitalizes its verbs.
  if (lower === 'to' && titleCase && next && isCapitalizedInfinitive(next)) return { tense: 'future', strong: false };
  if (lower.length > 4 && lower.endsWith('ed') && word[0] === lower[0] && !NOT_PAST_ED.has(lower)) return { tense: 'past', strong: true };
  return null;
}

/** Verbs of saying that a news sentence puts after its report, between commas: ", the union said on Wednesday,". */
const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(['said', 'told', 'added', 'noted', 'announced', 'confirmed', 'warned', 'stated']);
/** How far before the verb the comma that opens its attribution may stand: ", a spokeswoman for the ministry said". */
const ATTRIBUTION_REACH = 60;
/** What parts a verb from the comma before it: a quotation or another sentence. */
const SENTENCE_OR_QUOTE = /[.;:!?"\u201c\u201d]/;
/** From the verb to the expression: the rest of the attribution, its closing comma, then an -ing word. */
const ING_AFTER_ATTRIBUTION = /^[^,.;:!?"\u201c\u201d]*,\s+([a-z]+ing)\b/;

/**
 * -ing words after an attribution that do not go on with the report: prepositions and auxiliaries
 * ("including", "being"), pronouns, and participles that go on with the saying ("adding on
 * Tuesday that…", "citing a glitch on Monday"), whose time is the aside's.
 */
const NOT_REPORT_PARTICIPLES: ReadonlySet<string> = new Set([
  'including', 'according', 'during', 'following', 'regarding', 'concerning', 'excluding', 'notwithstanding', 'pending',
  'being', 'having', 'nothing', 'something', 'anything', 'everything',
  'adding', 'saying', 'noting', 'stating', 'telling', 'warning', 'explaining', 'insisting', 'arguing', 'claiming', 'citing',
  'calling', 'describing', 'urging', 'asking', 'speaking', 'writing', 'referring', 'pointing', 'stressing', 'acknowledging',
  'admitting', 'declining', 'refusing', 'responding', 'replying', 'announcing', 'confirming', 'denying', 'blaming', 'quoting',
]);

/**
 * "Crews will strike from Friday, the union said on Wednesday, threatening plans over the
 * Thanksgiving weekend": an attribution put after its report is an aside, and a participle after
 * it that goes on with the report takes the report's tense ("will strike"), not the aside's
 * ("said"). A verb of saying after a comma whose text then runs through a closing comma to such a
 * participle before the expression.
 */
function isAsideAttribution(text: string, from: number, verb: { w: string; at: number }, start: number): boolean {
  if (!ATTRIBUTION_VERBS.has(verb.w.toLowerCase())) return false;
  const head = text.slice(Math.max(from, verb.at - ATTRIBUTION_REACH), verb.at);
  const comma = head.lastIndexOf(',');
  if (comma < 0 || SENTENCE_OR_QUOTE.test(head.slice(comma))) return false;
  const tail = text.slice(verb.at + verb.w.length, start);
  if (REPORT_GOES_ON.test(tail)) return true;
  const participle = ING_AFTER_ATTRIBUTION.exec(tail);
  return participle !== null && !NOT_REPORT_PARTICIPLES.has(participle[1]);
}

/**
 * "Traffic will peak on Thursday, the RAC said, and again on Sunday": after the aside's closing
 * comma a conjunction goes on with the report, whose date has no verb of its own.
 */
const REPORT_GOES_ON = /^[^,.;:!?"\u201c\u201d]*,\s+(?:and|or|but)\s+(?:(?:again|also|then|later|possibly|perhaps)\s+)?(?:(?:on|in|at|by|from|until|over|during)\s+)?(?:the\s+)?$/i;

/**
 * "last year's level", "last week", "last summer": "last" opens a date of its own there, which
 * says nothing of the tense of another date in the sentence ("bookings for the winter are
 * running below last year's"); "the team last won in 2019" keeps "last" as an adverb of the past.
 */
function namesPeriod(word: string): boolean {
  const lower = word.toLowerCase().replace(POSSESSIVE_END, '');
  return TIME_UNITS.has(lower) || SEASONS.has(lower) || WEEKDAYS.has(lower) || MONTHS.has(lower) || lower === 'night' || lower === 'season';
}
const POSSESSIVE_END = /['\u2019]s?$/;

/** "was set to", "had been due to": the auxiliary before words[i] puts it in the past. */
function toldInPast(words: ReadonlyArray<{ w: string }>, i: number): boolean {
  const k = beforeAdverb(words, i - 1);
  const previous = words[k]?.w.toLowerCase();
  if (previous === 'been') return PAST_AUXILIARIES.has(words[beforeAdverb(words, k - 1)]?.w.toLowerCase() ?? '');
  return previous !== undefined && PAST_AUXILIARIES.has(previous);
}

/** Adverbs that stand between an auxiliary and its participle: "was originally scheduled", "had initially been planned". */
const AUXILIARY_ADVERBS: ReadonlySet<string> = new Set(['originally', 'initially', 'previously', 'already', 'also', 'first']);

/** The index of the word at k, or of the one before it where words[k] is such an adverb. */
function beforeAdverb(words: ReadonlyArray<{ w: string }>, k: number): number {
  return AUXILIARY_ADVERBS.has(words[k]?.w.toLowerCase() ?? '') ? k - 1 : k;
}

/** Words of a fixture fixed for a day: "was set to play", "were due to arrive", "was scheduled to open". */
const FIXTURE_WORDS: ReadonlySet<string> = new Set(['set', 'due', 'scheduled', 'slated', 'supposed']);

/**
 * What undoes or overtakes a fixture later in its sentence: "was set to open on Dec. 18, but it
 * was delayed", "was due to fly before it crashed", "had been scheduled to end Friday".
 */
const FIXTURE_UNDONE = /\b(?:but|however|yet|instead|until|before|although|though|postponed|delayed|cancel+ed|called\s+off|scrapped|suspended|scrubbed|abandoned|moved|pushed\s+back)\b/i;

/**
 * "The champions were set to play on Saturday", written on a Wednesday: a fixture reported in the
 * past tense (the reporter's "was", not the event's) whose sentence says nothing undid it may be
 * still ahead, as "is set to play" would be, or just past ("the rules were due to take effect on
 * Monday", written on a Tuesday): see TenseReading.standingFixture. Only
 * after "was" or "were", not "had been", which tells a plan overtaken.
 */
function standingFixture(words: ReadonlyArray<{ w: string }>, i: number, fixture: FixtureRest): boolean {
  const previous = words[i - 1]?.w.toLowerCase();
  return (previous === 'was' || previous === 'were') && fixture.undone === null;
}

/** The rest of the sentence from a fixture's word, and the first thing in it that undoes the fixture. */
interface FixtureRest {
  rest: string;
  undone: RegExpExecArray | null;
}

/** The fixture words[i] opens ("due to", "set to"), read to the sentence's end once; null where it opens none. */
function readFixture(words: ReadonlyArray<{ w: string; at: number }>, i: number, text: string, to: number): FixtureRest | null {
  if (!FIXTURE_WORDS.has(words[i].w.toLowerCase()) || words[i + 1]?.w.toLowerCase() !== 'to') return null;
  const rest = text.slice(words[i].at, to);
  return { rest, undone: FIXTURE_UNDONE.exec(rest) };
}

const CLAUSE_END = /[.;!?]/;

/** The turn from a fixture to what became of it: "was due to resume on Thursday, but …". */
const FIXTURE_TURNS: ReadonlySet<string> = new Set(['but', 'however', 'yet', 'though', 'although']);

/** Words that tell a turn in the present or the future: "but the opposition has not confirmed", "but it is unclear". */
const PRESENT_TURN_WORDS: ReadonlySet<string> = new Set([
  'has', 'have', "hasn't", "haven't", 'is', 'are', "isn't", "aren't", 'will', "won't", 'remains', 'remain', 'now', 'says', 'say', 'may', 'might', 'could',
]);

/**
 * "Talks were due to resume on Thursday, but the opposition has not confirmed it will attend": a
 * fixture told in the past ("were due" tells the plan) whose turn is told in the present is a plan
 * still ahead and in doubt, so its day is the coming one: TimeML places the event ("resume") by
 * its own time, which the present turn shows has not come. A turn told in the past ("but lawyers
 * asked for more time", "but was postponed") leaves the day behind the report, where it was
 * undone. Only where the turn is the first thing that undoes the fixture (FIXTURE_UNDONE).
 */
function fixtureStillAhead({ rest, undone }: FixtureRest): boolean {
  if (!undone || !FIXTURE_TURNS.has(undone[0].toLowerCase())) return false;
  const clause = rest.slice(undone.index + undone[0].length).split(CLAUSE_END)[0];
  for (const w of clause.match(WORD) ?? []) {
    const lower = w.toLowerCase();
    if (PRESENT_TURN_WORDS.has(lower)) return true;
    if (PAST_AUXILIARIES.has(lower) || lower === 'did' || lower === "didn't" || isPastForm(lower)) return false;
  }
  return false;
}

/**
 * The tense an expression takes, and whether that tense comes from a fixture told in the past
 * with nothing undoing it ("were set to play on Saturday"): such a day may be just past the report
 * ("were due to take effect on Monday" told on a Tuesday), not only ahead of it.
 */
export interface TenseReading {
  tense: Tense | null;
  standingFixture: boolean;
}

const FUTURE_READING: TenseReading = { tense: 'future', standingFixture: false };
const PAST_READING: TenseReading = { tense: 'past', standingFixture: false };

/**
 * "core inflation at 2.8% by year-end, up from 2.5% in their December projections", "sales of
 * $4 billion, compared with $3.6 billion in June", "growth of 5%, down from its February
 * forecast": the figure a new one is measured against was given before, so its date lies behind
 * the report, whatever the forecast around it says.
 */
const PRIOR_LEVEL = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:(?:about\s+|around\s+|roughly\s+)?[-+\u2212]?[$€£¥]?\d[\d.,]*(?:\s?(?:%|percent|per\s+cent|[a-z]{1,8}))?\s+(?:in|at|on|for)\s+(?:(?:the|their|its|his|her)\s+)?|(?:the|their|its|his|her)\s+)$/i;
const PRIOR_LEVEL_REACH = 80;

/**
 * "expects the economy to stagnate in the third quarter after contracting 0.3% in the spring": a
 * figure's change told by "after" and a gerund is data already reported, so what it names lies
 * behind, whatever the forecast around it says. Only with a figure right after the gerund:
 * "will speak after meeting on Tuesday" is a plan.
 */
const AFTER_FIGURE_CHANGE = /^after\s+[a-z]+ing\s+(?:(?:by|about|nearly|almost|some|around|just|as\s+much\s+as)\s+)?[-+\u2212]?\$?\d/i;
const FIGURE_CHANGE_REACH = 48;

/** Nouns of a figure's change: "a rise of 705,000", "a 0.3% gain". */
const CHANGE_NOUNS = String.raw`(?:rise|gain|increase|jump|surge|climb|advance|drop|fall|decline|decrease|dip|slide|slump|plunge|loss)`;

/**
 * "expect a gain of 150,000 jobs, after a rise of 705,000 in February", "following a 0.3% drop
 * in March": the change a figure made, named by a noun after "after" or "following", is reported
 * data as the gerund's is. Only with the figure, before the noun or after "of": "rebound after
 * a drop in February" may be a drop still to come.
 */
const AFTER_NOUN_CHANGE = new RegExp(
  String.raw`^(?:after|following)\s+(?:an?\s+)?(?:(?:revised|upwardly\s+revised|downwardly\s+revised|seasonally\s+adjusted)\s+)?(?:[-+−]?\$?\d[\d.,]*(?:\s?(?:%|percent|per\s+cent))?[\s-]+(?:point\s+)?${CHANGE_NOUNS}|${CHANGE_NOUNS}\s+of\s+(?:(?:about|nearly|almost|some|around|just)\s+)?[-+−]?\$?\d)`,
  'i',
);

/** A figure's change told after "after" or "following", at `at`: reported data. */
function reportsChange(text: string, at: number): boolean {
  const ahead = text.slice(at, at + FIGURE_CHANGE_REACH);
  return AFTER_FIGURE_CHANGE.test(ahead) || AFTER_NOUN_CHANGE.test(ahead);
}
const REPORTED_CHANGE = { tense: 'past', strong: true } as const;

/** The word at [at, at + length) is joined to another by a hyphen. */
function inCompound(text: string, at: number, length: number): boolean {
  return text[at + length] === '-' || text[at - 1] === '-';
}

/**
 * The tense the expression at [start, end) most likely takes, looking inside [from, to) (its
 * sentence): the nearest strong cue before it, else a weak one before it ("to begin on
 * Wednesday"), else the first cue after it, strong before weak; else null.
 */
export function tenseNear(text: string, from: number, to: number, start: number, end: number): Tense | null {
  return readTense(text, from, to, start, end).tense;
}

/** tenseNear, and whether its cue is a standing fixture told in the past. */
export function readTense(text: string, from: number, to: number, start: number, end: number): TenseReading {
  const hour = CLOCK_BEFORE.exec(text.slice(Math.max(from, start - CLOCK_REACH), start));
  const at = hour ? start - hour[0].length : start;
  if (at - from >= 3 && COPULA_BEFORE.test(text.slice(Math.max(from, at - COPULA_REACH), at))) return FUTURE_READING;
  if (at - from >= 8 && AHEAD_LEADS.some(([lead, reach]) => lead.test(text.slice(Math.max(from, at - reach), at)))) return FUTURE_READING;
  if (at - from >= 12 && PRIOR_LEVEL.test(text.slice(Math.max(from, at - PRIOR_LEVEL_REACH), at))) return PAST_READING;
  if (start - from >= 8 && ARRANGED_FOR.test(text.slice(Math.max(from, start - ARRANGED_REACH), start))) return FUTURE_READING;
  if (changeStartsAt(text, from, start, end)) return FUTURE_READING;
  const lo = Math.max(from, start - LOOK_BEHIND);
  const hi = Math.min(to, end + LOOK_AHEAD);
  const words: Array<{ w: string; at: number }> = [];
  WORD.lastIndex = lo;
  for (let m = WORD.exec(text); m && m.index < hi; m = WORD.exec(text)) {
    if (m.index >= start && m.index < end) continue;
    words.push({ w: m[0], at: m.index });
  }
  const titleCase = words.some((w) => w.w === 'to' || w.w === 'To') && isTitleCase(text, from, to);
  let before: Cue | null = null;
  let after: Cue | null = null;
  let weakBefore: Cue | null = null;
  let weakAfter: Cue | null = null;
  const expression = text.slice(start, end);
  const lead = text.slice(Math.max(from, at - DEADLINE_REACH), at);
  const deadline = DEADLINE_BEFORE.test(lead) || SPAN_BEFORE.test(lead);
  const lasting = LASTING_UNTIL.test(lead);
  for (let i = 0; i < words.length; i++) {
    if (words[i].w.length === 2 && NUMBER_AFTER_TO.test(text.slice(words[i].at, words[i].at + 8))) continue;
    // The word after the last one before the expression is the expression itself: "to" in "the six months to June" is a preposition.
    const next = words[i].at < start && (words[i + 1]?.at ?? end) >= end ? expression : words[i + 1]?.w;
    const cue = reportsChange(text, words[i].at)
      ? REPORTED_CHANGE
      : cueOf(words[i].w, next, words[i - 1]?.w, titleCase, PLURAL_SCHEDULE_VERBS.has(words[i].w.toLowerCase()) && pluralSubjectBeforePhrase(words, i));
    if (!cue) continue;
    // "next-generation chips", "a would-be buyer": a word of a hyphenated compound is no verb's tense.
    if (cue.tense === 'future' && inCompound(text, words[i].at, words[i].w.length)) continue;
    if (PLAN_NOUNS.has(words[i].w.toLowerCase()) && isPlanNoun(words[i - 1]?.w, next)) continue;
    // A participle after "be" is passive, not past: "will be held", "is expected".
    if (cue.tense === 'past' && i > 0 && PASSIVE_AUXILIARIES.has(words[i - 1].w.toLowerCase())) continue;
    if (cue.tense === 'past' && i > 0 && NOUN_BEFORE_PAST_FORM.has(words[i - 1].w.toLowerCase()) && !commaBetween(text, words[i - 1], words[i].at)) continue;
    if (cue.tense === 'past' && nounAfterOrder(words, i)) continue;
    if (cue.tense === 'past' && lasting && words[i].at < start && isPresentPerfectAuxiliary(words[i - 1]?.w)) {
      before = { tense: 'future', strong: true, at: words[i].at, directive: false, standing: false };
      continue;
    }
    // A verb whose past form is its base form is a bare infinitive after a modal or "to": "could last", "will cut";
    // not where the expression stands between them ("the six months to June rose": "to" is its preposition).
    const spansExpression = i > 0 && words[i - 1].at < start && words[i].at >= end;
    if (cue.tense === 'past' && i > 0 && !spansExpression && INFINITIVE_BEFORE.has(words[i - 1].w.toLowerCase())) continue;
    // "was due to take effect on Monday": the infinitive after an arrangement told in the past is
    // told with it, so the arrangement's cue stands.
    if (cue.tense === 'future' && i > 1 && words[i - 1].w === 'to' && INTENT_BEFORE_TO.has(words[i - 2].w.toLowerCase()) && toldInPast(words, i - 2)) continue;
    // An arrangement told in the past is a past one: "the hearing was set to open on Dec. 18",
    // "economists had expected a gain for September", "had been scheduled to end on Friday";
    // but a fixture told in the past with nothing undoing it still stands ahead (standingFixture).
    const inPast = cue.tense === 'future' && toldInPast(words, i);
    const fixture = inPast ? readFixture(words, i, text, to) : null;
    const standing = fixture !== null && standingFixture(words, i, fixture);
    const told = inPast && !standing && !(fixture && fixtureStillAhead(fixture));
    const c = { ...cue, tense: told ? ('past' as const) : cue.tense, at: words[i].at, directive: cue.tense === 'past' && (DIRECTIVE_VERBS.has(words[i].w.toLowerCase()) || (deadline && HOPING_VERBS.has(words[i].w.toLowerCase()) && words[i - 1]?.w.toLowerCase() !== 'had')), standing };
    if (c.strong && c.at < start && isAsideAttribution(text, from, words[i], start)) continue;
    // "remains in effect through Friday, the weather service said": a stretch lasting up to the
    // date holds now, and the attribution after it dates the report, not the stretch.
    if (lasting && c.at >= end && ATTRIBUTION_VERBS.has(words[i].w.toLowerCase())) continue;
    // "urged Congress to pass the bill by Friday": the infinitive a directive governs looks ahead to its deadline or span.
    if (deadline && !c.strong && c.tense === 'future' && c.at < start && (before?.directive || READINESS.has(words[i - 1]?.w.toLowerCase() ?? ''))) before = { ...c, strong: true };
    else if (!c.strong) {
      if (c.at < start) weakBefore = c;
      else weakAfter ??= c;
    } else if (c.at < start) before = c;
    else after ??= c;
  }
  const chosen = before && after && inReportedClause(text, before, after, start, end) ? after : (before ?? weakBefore ?? after ?? weakAfter);
  if (chosen) return { tense: chosen.tense, standingFixture: chosen.standing === true };
  return { tense: lasting ? 'future' : null, standingFixture: false };
}

/** Modals of the future that a reported clause takes: "said the Masters in April will be limited". */
const REPORTED_FUTURE_MODALS: ReadonlySet<string> = new Set(['will', "won't", "'ll", 'shall']);
/**
 * What opens the subject of a reported clause before the expression: a determiner right after the
 * verb ("said the race in"), or "that" anywhere after it ("said on Thursday that the Masters in").
 */
const REPORTED_SUBJECT_START = /^\s+(?:the|a|an|its|their|his|her|this|these)\b|\bthat\s/i;
/** What parts the report from its clause: a stop, a quotation or a comma. */
const CLAUSE_PARTS = /[,.;:!?"\u201c\u201d]/;
/** How far after the expression the reported clause's modal may stand: "in April will". */
const REPORTED_MODAL_REACH = 40;

/**
 * "Officials said on Thursday that the Masters in April will be limited": an expression inside the
 * subject of a reported clause takes the tense of that clause's modal, not the report's past;
 * "said on Thursday that it will" dates the saying, where nothing opens a subject between them.
 */
function inReportedClause(text: string, report: Cue, modal: Cue, start: number, end: number): boolean {
  if (report.tense !== 'past' || modal.tense !== 'future') return false;
  const verb = /^[A-Za-z']+/.exec(text.slice(report.at))?.[0].toLowerCase() ?? '';
  const future = /^[A-Za-z']+/.exec(text.slice(modal.at))?.[0].toLowerCase() ?? '';
  if (!ATTRIBUTION_VERBS.has(verb) || !REPORTED_FUTURE_MODALS.has(future)) return false;
  const lead = text.slice(report.at + verb.length, start);
  const tail = text.slice(end, modal.at);
  return REPORTED_SUBJECT_START.test(lead) && !CLAUSE_PARTS.test(lead) && tail.length <= REPORTED_MODAL_REACH && !CLAUSE_PARTS.test(tail);
}

/**
 * Past forms that report, arrange or direct rather than tell an event: what follows them may lie
 * ahead ("said the vote is on March 23", "agreed to meet on March 23", "was set for May 2").
 */
const NOT_EVENT_PAST: ReadonlySet<string> = new Set([
  ...DIRECTIVE_VERBS, 'said', 'told', 'added', 'noted', 'stated', 'wrote', 'announced', 'reported', 'confirmed', 'claimed',
  'argued', 'insisted', 'warned', 'predicted', 'expected', 'was', 'were', 'had', 'did', 'set', 'planned', 'scheduled',
  'postponed', 'delayed', 'moved', 'rescheduled', 'deferred', 'adjourned', 'pushed', 'put', 'extended', 'hoped', 'wanted',
  'sought', 'tried', 'needed', 'meant', 'thought', 'forecast', 'forecasted', 'projected', 'estimated', 'targeted',
]);

/** Cues of the past that are no verb: "the last flight, which launches June 28". */
const PAST_ADVERBS: ReadonlySet<string> = new Set(['ago', 'last', 'since', 'yesterday', 'earlier', 'previously']);

/** Prepositions of a deadline or a booking, which look ahead whatever the verb: "booked a room for March 23". */
const AHEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'until', 'till', 'by', 'before', 'through', 'to']);

/** A verb's past form, not an adverb of the past ("ago", "last"): "sank", "arrested". */
function isPastForm(lower: string): boolean {
  return (PAST_WORDS.has(lower) && !PAST_ADVERBS.has(lower)) || (lower.length > 4 && lower.endsWith('ed') && !NOT_PAST_ED.has(lower));
}

/** Words between the event's verb and the date: "ran aground on", "sank off Crete on", "was killed in". */
const EVENT_REACH_WORDS = 4;
const EVENT_REACH_CHARS = 48;
const CLAUSE_BREAK = /[.;:!?"\u201c\u201d][^.;:!?"\u201c\u201d]*$/;

/**
 * A verb in the past tells the event the date dates, a few words before it: "the ship sank on
 * March 23", "ran aground off Suez on March 23", "was killed on June 2". The date then lies on or
 * before the report, where a past cue alone ("said the vote is on March 23") leaves it open.
 */
export function pastEventBefore(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - EVENT_REACH_CHARS), start);
  const clause = lead.slice((CLAUSE_BREAK.exec(lead)?.index ?? -1) + 1);
  const words = clause.match(WORD) ?? [];
  if (AHEAD_PREPOSITIONS.has(words[words.length - 1]?.toLowerCase() ?? '') || THRESHOLD_BEFORE.test(clause)) return false;
  for (let i = words.length - 1; i >= Math.max(0, words.length - EVENT_REACH_WORDS); i--) {
    const lower = words[i].toLowerCase();
    if (INFINITIVE_BEFORE.has(lower) || FUTURE_WORDS.has(lower) || SCHEDULE_VERBS.has(lower) || NOT_EVENT_PAST.has(lower)) return false;
    const past = isPastForm(lower);
    if (!past) continue;
    const previous = words[i - 1]?.toLowerCase();
    return previous === undefined || !(PASSIVE_AUXILIARIES.has(previous) || INFINITIVE_BEFORE.has(previous) || NOUN_BEFORE_PAST_FORM.has(previous));
  }
  return false;
}

/** "On March 3, " opening its sentence or line: the date of the episode the sentence goes on to tell. */
const OPENING_ON = /(?:^|[.!?\n]["'\u201c]?\s?)On\s$/;
const OPENING_COMMA = /^,?\s+/;

/** Past forms after which the date is a plan, not an event: "On March 3, the firm was due to vote". */
const PLAN_AFTER_PAST: ReadonlySet<string> = new Set(['expected', 'scheduled', 'due', 'set', 'slated', 'planned', 'going', 'supposed', 'to']);

/**
 * "On March 3, police arrested him", "On Aug. 30, the levees failed": a date opening its sentence,
 * then the event's past verb within a few words of its comma. The date lies on or before the
 * report, as with the verb before it (pastEventBefore); a modal or a timetable verb there first
 * ("On March 3, the court will rule") looks ahead instead.
 */
export function pastEventAfterOpening(text: string, start: number, end: number): boolean {
  if (!OPENING_ON.test(text.slice(Math.max(0, start - 6), start))) return false;
  const comma = OPENING_COMMA.exec(text.slice(end, end + 4));
  if (!comma) return false;
  const clause = text.slice(end + comma[0].length, end + comma[0].length + EVENT_REACH_CHARS).split(/[,;:.!?]/)[0];
  return firstVerbIsPast(clause.match(WORD) ?? [], 0, EVENT_REACH_WORDS + 1, false);
}

/**
 * The first verb among words [from, to) tells a past event: a past form or auxiliary comes before
 * any modal, infinitive or timetable verb, and no plan follows it ("was due to"); with `deferrable`,
 * nor a verb that puts the event off ("was postponed").
 */
function firstVerbIsPast(words: readonly string[], from: number, to: number, deferrable: boolean): boolean {
  const deferred = (k: number) => deferrable && DEFERRED.test(words.slice(k).join(' '));
  for (let i = from; i < Math.min(words.length, to); i++) {
    const lower = words[i].toLowerCase();
    if (INFINITIVE_BEFORE.has(lower) || FUTURE_WORDS.has(lower) || SCHEDULE_VERBS.has(lower) || lower.endsWith("'ll")) return false;
    if (PAST_AUXILIARIES.has(lower)) return !PLAN_AFTER_PAST.has(words[i + 1]?.toLowerCase() ?? '') && !deferred(i + 1);
    if (isPastForm(lower)) return !PLAN_AFTER_PAST.has(lower) && !deferred(i);
  }
  return false;
}

/** "the" right before the date, which then qualifies the noun after it. */
const THE_BEFORE = /\bthe\s$/i;
/** A past form that puts off what the date names, which may still lie ahead: "the Oct. 15 vote was postponed". */
const DEFERRED = new RegExp(String.raw`^(?:${DEFERRING_VERBS}|cancell?ed|called)\b`, 'i');
/** How many words of the noun the date qualifies may stand before the verb: "the Oct. 7 border attack". */
const SUBJECT_NOUN_WORDS = 2;

/**
 * "The Oct. 7 attack killed 1,200 people", "the June 2 vote was close": a date that qualifies the
 * subject after "the", whose verb is in the past, dates an event on or before the report, as a
 * past verb before the date does (pastEventBefore); a modal or a timetable verb there ("the June 2
 * vote will decide") looks ahead instead.
 */
export function pastEventOfSubject(text: string, start: number, end: number): boolean {
  if (!THE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
  const clause = text.slice(end, end + EVENT_REACH_CHARS).split(/[,;:.!?(]/)[0];
  return firstVerbIsPast(clause.match(WORD) ?? [], 1, SUBJECT_NOUN_WORDS + 1, true);
}
