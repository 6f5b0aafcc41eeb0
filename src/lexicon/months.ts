/** Month names and the abbreviations news uses ("Feb.", "Sept"), lower-cased, to month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/**
 * Month names that are also common words or names ("May I ask", "the March on Rome",
 * "April Ryan", "an august body"): standing alone they need a temporal cue to be a month.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'april', 'june', 'august', 'mar', 'jan', 'jun']);

/** Month names that are also verbs ("prices may fall", "they march on"): in lower case they need a day and a year. */
export const VERB_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar']);

/** The full month names, as against their abbreviations ("December", not "Dec."). */
export const FULL_MONTH_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Monthly statistics a month names as their period: "June sales had risen", "the March jobs report". */
export const MONTHLY_FIGURES: ReadonlySet<string> = new Set([
  'sales', 'figures', 'output', 'data', 'exports', 'imports', 'production', 'orders', 'payrolls', 'shipments', 'inflation',
  'unemployment', 'jobs', 'deficit', 'surplus', 'retail', 'housing', 'industrial', 'consumer', 'trade', 'auto', 'car',
  'gdp', 'cpi', 'pmi',
]);

/**
 * Events, dates and publications a month names before its noun: after "the" or a possessive,
 * "the March deadline", "the June meeting", "its April summit", "the IMF's April outlook" name the
 * month, where "the March on Rome" and "the April Fools" do not.
 */
export const MONTH_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'meeting', 'meetings', 'summit', 'election', 'elections', 'vote', 'deadline', 'session', 'auction', 'primary',
  'primaries', 'referendum', 'conference', 'hearing', 'trial', 'ceremony', 'launch', 'visit', 'budget', 'ballot',
  'talks', 'deal', 'agreement', 'ceasefire', 'truce', 'attack', 'attacks', 'storm', 'floods', 'earthquake', 'strike',
  'strikes', 'protests', 'uprising', 'coup', 'crash', 'announcement', 'decision', 'ruling', 'verdict', 'debate',
  'convention', 'congress', 'plenum', 'rally', 'offensive', 'invasion', 'bombing', 'bombings', 'shooting', 'fire',
  'recess', 'break', 'holiday', 'holidays', 'vacation', 'issue', 'edition', 'festival', 'opening', 'lockdown', 'shutdown', 'release',
  // what a body publishes in a month: "the IMF's April outlook", "its March report", "the June minutes"
  'report', 'outlook', 'forecast', 'forecasts', 'survey', 'statement', 'minutes', 'review', 'update', 'projections',
  // a legislature's, a court's and a campaign's calendar: "the April sitting", "the May polls", "the June runoff"
  'sitting', 'sittings', 'sessions', 'term', 'plenary', 'polls', 'runoff', 'run-off', 'by-election', 'by-elections',
  'caucus', 'caucuses', 'inauguration', 'recount', 'sentencing', 'arraignment', 'hearings', 'negotiations', 'round',
  'reshuffle', 'census', 'deadlines', 'votes', 'retrial', 'dissolution',
]);

/**
 * Words that name the kind of an election or meeting between a month and its event noun: "the May
 * local elections", "the June general election", "its March party congress".
 */
export const MONTH_EVENT_QUALIFIERS: ReadonlySet<string> = new Set([
  'local', 'general', 'presidential', 'parliamentary', 'legislative', 'municipal', 'regional', 'provincial', 'state',
  'federal', 'snap', 'special', 'mayoral', 'council', 'party', 'leadership', 'national', 'annual', 'budget', 'peace',
  'trade', 'court', 'primary', 'runoff',
]);

/**
 * What a month owns in a report ("March's gain", "May's figures", "June's meeting"): after one of
 * these a possessive month that is also a name is the month, where "June's husband" stays June.
 */
export const MONTH_OWNED_NOUNS: ReadonlySet<string> = new Set([
  ...MONTHLY_FIGURES,
  ...MONTH_EVENT_NOUNS,
  'gain', 'gains', 'rise', 'increase', 'jump', 'surge', 'rally', 'rebound', 'advance', 'drop', 'decline', 'fall', 'slump',
  'loss', 'losses', 'dip', 'slide', 'plunge', 'numbers', 'number', 'total', 'totals', 'level', 'levels', 'reading',
  'report', 'reports', 'survey', 'estimate', 'estimates', 'forecast', 'results', 'pace', 'rate', 'record', 'high', 'low',
  'peak', 'poll', 'release', 'figure', 'print',
]);

/**
 * Words before a month that make it the time of what follows: "In January Apple unveiled",
 * "since October Tesla has", "By June Congress had".
 */
export const MONTH_LEAD_WORDS: readonly string[] = ['in', 'since', 'until', 'till', 'by', 'from', 'during', 'before', 'after', 'through', 'early', 'late', 'mid', 'last', 'next', 'this'];
