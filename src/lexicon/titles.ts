/**
 * Public offices and church posts that news writes capitalized after "the" for their holder
 * ("the Coroner said", "the Ombudsman said", "the Chief Coroner"): titles, never a body's name.
 * Words that are also common names ("Dean", "Warden", "Chamberlain") or newspapers' names
 * ("Recorder", "Advocate") are left out.
 */
const OFFICE_TITLES = [
  'coroner', 'ombudsman', 'ombudswoman', 'registrar', 'treasurer', 'comptroller', 'controller', 'auditor',
  'superintendent', 'bailiff', 'chaplain', 'vicar', 'archdeacon', 'abbot', 'monsignor', 'nuncio', 'patriarch',
  'headmaster', 'headmistress', 'headteacher', 'vice-chancellor', 'surgeon', 'postmaster', 'paymaster',
  'auditor-general', 'inspector-general', 'solicitor-general', 'advocate-general', 'surgeon-general',
  'comptroller-general', 'registrar-general', 'postmaster-general', 'paymaster-general',
];

/**
 * Titles and roles that stand before a person's name and are not part of it
 * ("Secretary General Jens Stoltenberg", "spokeswoman Sandy Angers", "Mr. Lee").
 * Lower-cased; multi-word titles are matched word by word, longest first.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father',
  'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'sheik', 'pope', 'cardinal', 'bishop', 'archbishop',
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'general', 'deputy',
  'undersecretary', 'ambassador', 'envoy', 'governor', 'mayor', 'senator', 'sen', 'congressman', 'congresswoman',
  'representative', 'rep', 'gov', 'judge', 'justice', 'magistrate', 'attorney', 'prosecutor', 'sheriff', 'chief',
  'commissioner', 'commandant', 'inspector', 'detective', 'det', 'officer', 'constable', 'sergeant', 'sgt', 'lieutenant', 'lt',
  'captain', 'capt', 'colonel', 'col', 'major', 'maj', 'commander', 'cmdr', 'admiral', 'adm', 'marshal', 'gen',
  'democrat', 'republican',
  'corporal', 'private', 'king', 'queen', 'prince', 'princess', 'emperor', 'sultan', 'emir', 'crown',
  // ranks that wire copy writes before a soldier's name: "Brigadier Sarath Munasinghe", "Lieutenant-General X"
  'brigadier', 'brigadier-general', 'major-general', 'lieutenant-general', 'lieutenant-colonel', 'commodore', 'rear',
  'field', 'warrant',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'executive', 'director',
  'manager', 'founder', 'co-founder', 'head', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'coach',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'analyst', 'economist', 'editor', 'correspondent',
  'reporter', 'columnist', 'author', 'actor', 'actress', 'singer', 'star', 'player', 'champion', 'driver',
  'mp', 'mep', 'lawmaker', 'legislator', 'delegate', 'councillor', 'councilor', 'alderman', 'administrator',
  'emeritus', 'associate', 'assistant', 'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'health',
  'state', 'trade', 'industry', 'economy', 'energy', 'justice', 'education', 'labour', 'labor', 'environment',
  'agriculture', 'transport', 'culture', 'security', 'aviation', 'immigration', 'tourism', 'housing', 'commerce',
  'fisheries', 'sports', 'youth', 'welfare', 'shadow', 'acting', 'former', 'late', 'first', 'opposition', 'party',
  'senior', 'junior', 'supreme', 'grand', 'high', 'presiding', 'managing', 'operating', 'financial', 'federal',
  'national', 'press', 'chief-executive',
  // a post shared by two holders: "Co-chief executive Ted Sarandos"
  'co-chief', 'co-chair', 'co-chairman', 'co-president', 'vice-president', 'vice-chairman', 'secretary-general', 'director-general',
  'attorney-general', 'governor-general', 'president-elect', 'dj', 'pastor', 'deacon', 'elder',
  'mufti', 'ayatollah', 'mullah', 'sayyid', 'sayyida', 'nurse', 'doctor', 'scientist', 'researcher', 'lawyer', 'qc', 'mrs.', 'ms.',
  // plural titles before a list of surnames: "Messrs. Hunt and Roberts", "Sens. Nunn and Warner"
  'messrs', 'mmes', 'drs', 'sens', 'reps', 'gens',
  // a legislature's posts: "House Speaker", "Senate Majority Leader", "Minority Whip"
  'speaker', 'majority', 'minority', 'whip',
  // a court's posts: "U.S. District Judge", "Bankruptcy Judge", "District Attorney"
  'district', 'bankruptcy',
  // a minister's seat in Kenya's and other cabinets: "Interior Cabinet Secretary Kithure Kindiki"
  'cabinet',
  ...OFFICE_TITLES,
]);

/** Words that join a portfolio's parts: "Minister of Trade, Industry and Cooperatives", "Health & Social Care". */
export const PORTFOLIO_JOINS: ReadonlySet<string> = new Set(['and', '&', ',']);

/**
 * The words of PERSON_TITLES that are titles on their own; the others ("foreign", "state")
 * only qualify one ("Foreign Minister"). A run of title words must end in one of these.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father',
  'rabbi', 'imam', 'sheikh', 'sheik', 'pope', 'cardinal', 'bishop', 'archbishop', 'president', 'minister', 'premier',
  'chancellor', 'secretary', 'general', 'undersecretary', 'ambassador', 'envoy', 'governor', 'mayor', 'senator',
  'sen', 'congressman', 'congresswoman', 'representative', 'rep', 'gov', 'judge', 'justice', 'magistrate',
  'attorney', 'prosecutor', 'sheriff', 'commissioner', 'commandant', 'inspector', 'detective', 'det', 'officer', 'constable',
  'sergeant', 'sgt', 'lieutenant', 'lt', 'captain', 'capt', 'colonel', 'col', 'major', 'maj', 'commander', 'cmdr',
  'admiral', 'adm', 'marshal', 'gen', 'corporal', 'private', 'king', 'queen', 'prince', 'princess', 'emperor',
  'brigadier', 'brigadier-general', 'major-general', 'lieutenant-general', 'lieutenant-colonel', 'commodore',
  'sultan', 'emir', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'executive', 'director',
  'manager', 'founder', 'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'analyst', 'economist', 'editor', 'correspondent', 'reporter', 'columnist', 'author',
  'actor', 'actress', 'singer', 'mp', 'mep', 'lawmaker', 'legislator', 'councillor', 'councilor', 'administrator',
  'chief', 'co-chief', 'co-chair', 'co-chairman', 'co-president', 'vice-president', 'vice-chairman', 'chief-executive', 'secretary-general', 'director-general',
  'attorney-general', 'governor-general', 'president-elect', 'pastor', 'deacon', 'mufti', 'ayatollah', 'mullah',
  // the Gulf's honorific for a ruling family's members and the Prophet's descendants: "Sayyid Badr bin Hamad"
  'sayyid', 'sayyida',
  'doctor', 'scientist', 'researcher', 'lawyer', 'qc', 'leader', 'head', 'star', 'champion', 'driver', 'player',
  'speaker', 'whip', 'messrs', 'mmes', 'drs', 'sens', 'reps', 'gens', 'democrat', 'republican',
  ...OFFICE_TITLES,
]);

/**
 * Forms of address that stand only before a person's name, whatever the name means elsewhere:
 * "Mr. Washington", "Mr. Sun", "Mrs. Paris", "Messrs. Hunt and Roberts".
 */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'messrs', 'mmes']);

/** Titles of more than one person, before a list of their surnames: "Messrs. Hunt and Roberts". */
export const PLURAL_TITLES: ReadonlySet<string> = new Set(['messrs', 'mmes', 'drs', 'sens', 'reps', 'gens']);

/**
 * Titles shortened without their dot: before a name they are titles ("Sen Ann Lowe"), after a
 * word they are a name's last word ("Hun Sen", "Amartya Sen"), never a post held at that word.
 */
export const CLIPPED_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'cmdr', 'det',
]);

/** Relatives, whose names obituaries and crime reports set off with commas: "his wife, Patty,". */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'widow', 'widower', 'stepson',
  'stepdaughter', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'uncle', 'aunt', 'nephew', 'niece',
  'cousin', 'fiancee', 'fiance', 'girlfriend', 'boyfriend', 'partner', 'sibling', 'twin', 'stepfather', 'stepmother',
]);

/** Lower-case role nouns that, right before a capitalized name, make it a person ("analyst Chris Weafer"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'minister', 'president', 'executive',
  'chairman', 'chairwoman', 'chair', 'director', 'manager', 'founder', 'secretary', 'senator', 'governor', 'mayor', 'judge',
  'lawyer', 'attorney', 'professor', 'researcher', 'scientist', 'author', 'writer', 'actor', 'actress', 'singer',
  'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'captain', 'officer', 'editor', 'reporter',
  'correspondent', 'photographer', 'commander', 'general', 'ambassador', 'envoy', 'leader', 'chief', 'head',
  'boss', 'ceo', 'cfo', 'president-elect', 'candidate', 'challenger', 'champion', 'driver', 'rider',
  ...KIN_NOUNS, 'friend', 'colleague', 'adviser', 'advisor', 'aide', 'deputy', 'lawmaker',
  'legislator', 'prosecutor', 'defendant', 'suspect', 'victim', 'witness', 'businessman', 'businesswoman',
  'billionaire', 'tycoon', 'entrepreneur', 'investor', 'banker', 'economist', 'historian', 'artist', 'musician',
  'novelist', 'poet', 'director', 'producer', 'comedian', 'presenter', 'host', 'activist', 'dissident', 'cleric',
  'colonel', 'sergeant', 'lieutenant', 'detective', 'inspector', 'sheriff', 'teammate', 'compatriot',
  'administrator', 'commissioner', 'chancellor', 'premier', 'pastor', 'priest', 'bishop', 'mp', 'congressman',
  'congresswoman', 'dr', 'mr', 'mrs', 'ms',
  // players by their place in a side or their event, as sports copy names them: "fast bowler Curtly
  // Ambrose", "left-hander David Wells", "goaltender Patrick Roy", "flyhalf Henry Honiball"
  'bowler', 'batsman', 'spinner', 'paceman', 'seamer', 'wicketkeeper', 'all-rounder', 'pitcher', 'left-hander',
  'right-hander', 'southpaw', 'outfielder', 'infielder', 'shortstop', 'quarterback', 'linebacker', 'goaltender',
  'goalie', 'defenceman', 'defenseman', 'winger', 'forward', 'playmaker', 'sweeper', 'flanker', 'flyhalf', 'fly-half',
  'scrum-half', 'full-back', 'fullback', 'hooker', 'sprinter', 'hurdler', 'swimmer', 'skier', 'skater', 'jockey',
  'boxer', 'golfer', 'cyclist', 'rower', 'referee', 'umpire', 'promoter', 'heavyweight', 'middleweight',
  // a player new to a side or a league, and a part-owner of a franchise: "debutant Shubman Gill",
  // "rookie Gabriel Bortoleto", "co-owner Shah Rukh Khan"
  'debutant', 'rookie', 'co-owner',
  // a player capped by a country: "Dutch international Regi Blinker", "former England international X"
  'international',
  // performers and makers by their art, as entertainment copy names stage names no lexicon holds:
  // "rapper Stormzy", "Grime star Skepta", "frontman Alex Turner", "filmmaker Lila Aviles"
  'rapper', 'star', 'singer-songwriter', 'songwriter', 'vocalist', 'frontman', 'frontwoman', 'guitarist', 'bassist',
  'drummer', 'pianist', 'violinist', 'cellist', 'composer', 'conductor', 'filmmaker', 'screenwriter', 'playwright',
  'choreographer', 'dancer', 'painter', 'sculptor', 'illustrator', 'cartoonist', 'influencer', 'youtuber',
]);

/**
 * Posts only a sports club has: the place before one is its club ("Newcastle manager Kevin
 * Keegan"), where "White House spokesman" keeps the White House a seat of government.
 */
export const CLUB_POSTS: ReadonlySet<string> = new Set([
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'forward', 'winger', 'playmaker',
  'player-manager', 'player-coach',
  // positions in other team sports: "Red Wings goalie", "Yankees pitcher", "Lancashire batsman"
  'goalie', 'goaltender', 'netminder', 'quarterback', 'linebacker', 'pitcher', 'shortstop', 'outfielder', 'infielder',
  'batsman', 'bowler', 'wicketkeeper', 'all-rounder', 'fly-half', 'scrum-half', 'full-back', 'centre-back',
  'centre-forward', 'sweeper', 'left-back', 'right-back',
  // a fellow player: "former Edmonton team-mate Mark Messier"
  'team-mate', 'teammate',
  // the player who leads the side: "All Blacks captain Sam Cane", "Storm skipper Harry Grant"
  'captain', 'skipper',
]);

/**
 * Posts at a racing or cycling team: the name before one is the team ("Williams driver Damon
 * Hill", "ONCE rider Alex Zuelle"), unless it is a place the driver comes from ("the Texas driver").
 */
export const RACING_POSTS: ReadonlySet<string> = new Set(['driver', 'rider']);

/**
 * Titles held at a club, a team or a company, not over a place: the name before one is the employer
 * ("Bayern Munich coach", "Ryanair chief executive", "Ajax spokesman"), unless it is a country,
 * whose national side news annotation keeps as a place ("England coach").
 */
export const EMPLOYER_TITLES: ReadonlySet<string> = new Set([
  ...CLUB_POSTS,
  'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'cfo', 'coo', 'cto', 'owner',
  // "Virgin Atlantic chief Richard Branson", "Fiat boss Gianni Agnelli", "Ford executive Ann Lowe"
  'chief', 'boss', 'executive',
  // "Amazon founder Jeff Bezos"
  'founder', 'co-founder', 'cofounder',
  ...RACING_POSTS,
]);

/**
 * Nouns that head an apposition about a person: "Rich, a former trader", "Baker, the president's
 * chief of staff". The role nouns, and other words for what people are or do.
 */
export const APPOSITIVE_PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...[...ROLE_NOUNS].filter((noun) => noun !== 'producer' && noun !== 'host' && noun !== 'partner'),
  'trader', 'official', 'spokesman', 'veteran', 'native', 'resident', 'graduate', 'student', 'teacher', 'farmer',
  'man', 'woman', 'boy', 'girl', 'mother', 'father', 'grandmother', 'grandfather', 'widow', 'widower', 'citizen',
  'politician', 'diplomat', 'democrat', 'republican', 'conservative', 'liberal', 'socialist', 'communist', 'nationalist',
  'economist', 'physician', 'surgeon', 'doctor', 'nurse', 'engineer', 'architect', 'designer', 'consultant', 'chemist',
  'physicist', 'biologist', 'journalist', 'broadcaster', 'commentator', 'pilot', 'soldier', 'officer', 'sprinter',
  'runner', 'swimmer', 'cyclist', 'boxer', 'golfer', 'batsman', 'bowler', 'pitcher', 'quarterback', 'forward',
  'midfielder', 'winger', 'striker', 'keeper', 'referee', 'umpire', 'jockey', 'trainer', 'skier', 'skater',
  'lawmaker', 'congressman', 'senator', 'nominee', 'mp', 'campaigner', 'protester', 'fugitive', 'financier',
  'industrialist', 'magnate', 'heir', 'heiress', 'founder', 'owner', 'shareholder', 'employee', 'worker',
  // posts of government: "Carla Hills, the U.S. trade representative", "X, the deputy secretary"
  'representative', 'secretary', 'administrator', 'commissioner', 'negotiator', 'envoy', 'ambassador',
  // a player by a place in a draw or a field: "Seles, the fourth seed,", "Lind, the silver medallist,"
  'seed', 'medallist', 'medalist', 'titleholder', 'title-holder', 'debutant', 'rookie',
]);

/** Words for groups that take a verb of saying like a person: "Police said he", "Officials said she". */
export const GROUP_SPEAKERS: ReadonlySet<string> = new Set([
  'police', 'staff', 'management', 'security', 'industry', 'community', 'government', 'authorities', 'officials',
  'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'witnesses', 'prosecutors', 'investigators', 'sources', 'relatives',
  'crew', 'personnel', 'jury',
]);

/**
 * What a leader heads, after a name no gazetteer gives a country: "Mitterrand's government". A
 * city's is its own ("Beijing's government"), so these make no surname of a town's name.
 */
export const LEADER_POSSESSIONS: ReadonlySet<string> = new Set(['government', 'administration', 'cabinet', 'regime']);

/**
 * What only a leader gives a name to, in lower case after "the" and one capitalized word: "the
 * Bush administration", "the Carter presidency". A party or a level of government can name an
 * administration too ("the Labour administration"), so those words are listed apart.
 */
export const LEADER_NAMED_TERMS: ReadonlySet<string> = new Set(['administration', 'presidency']);

/**
 * What a leader, a party or a firm puts forward or heads, named for it by the capitalized words
 * before: "the Bush plan", "the Major government", "the Clinton budget".
 */
export const SPONSORED_WORKS: ReadonlySet<string> = new Set([
  ...LEADER_POSSESSIONS, ...LEADER_NAMED_TERMS, 'plan', 'plans', 'proposal', 'proposals', 'campaign', 'bill', 'budget',
  'package', 'initiative', 'policy', 'policies', 'programme', 'program', 'deal', 'agenda', 'reforms', 'doctrine',
]);

/** Capitalized words before "administration" that name a party or a level of government, not its leader. */
export const ADMINISTRATION_QUALIFIERS: ReadonlySet<string> = new Set([
  'labour', 'labor', 'tory', 'conservative', 'liberal', 'republican', 'democratic', 'democrat', 'socialist',
  'communist', 'coalition', 'federal', 'military', 'interim', 'transitional', 'provisional', 'national', 'state',
  'city', 'county', 'provincial', 'regional', 'local', 'civilian', 'colonial', 'nationalist', 'unionist', 'green',
  'new', 'current', 'previous', 'former', 'outgoing', 'incoming', 'present', 'last', 'next', 'whole', 'entire',
  'university', 'school', 'hospital', 'trust', 'church', 'council',
]);

/** What a person has and a company has not, after a possessive: "Dole's wife", "Baker's aides". */
export const PERSONAL_POSSESSIONS: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'father', 'mother', 'brother', 'brothers', 'sister',
  'sisters', 'widow', 'family', 'children', 'parents', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'lawyer',
  'lawyers', 'attorney', 'attorneys', 'aide', 'aides', 'bodyguard', 'bodyguards', 'biographer', 'memoirs',
  'campaign', 'presidency', 'premiership', 'tenure', 'resignation', 'funeral', 'death', 'birthday', 'career',
  ...LEADER_POSSESSIONS,
]);

/**
 * Works a person composes, writes or paints, after their author's possessive: "nine of Mahler's
 * symphonies", "Tolstoy's novels". A house that stages or hangs them takes an article ("the Met's operas").
 */
export const AUTHORED_WORKS: ReadonlySet<string> = new Set([
  'symphony', 'symphonies', 'concerto', 'concertos', 'sonata', 'sonatas', 'operas', 'quartets', 'novels', 'poems',
  'paintings', 'sculptures',
]);

/**
 * Royal titles that open the names of places named for royals: "Prince William Sound", "King
 * Street", "Queen Charlotte Islands". A place's head that ends such a run makes it the place.
 */
export const ROYAL_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess']);

/**
 * Posts held over a place, whose "of" names the see, the town or the state: "the Bishop of Kerry",
 * "the Mayor of Tulla", "Governor of Punjab", "the Emir of Kano".
 */
export const SEAT_TITLES: ReadonlySet<string> = new Set(['bishop', 'archbishop', 'primate', 'mayor', 'governor', 'emir', 'patriarch']);

/**
 * Titles whose holder is "of" the place they govern, represent or reign over, not of an employer:
 * "Rep. Jim Walsh of Whitmore", "Mayor Ann Lowe of Elmsford", "Democrat Tom Reed of Corning".
 */
export const PLACE_HOLDER_TITLES: ReadonlySet<string> = new Set([
  ...SEAT_TITLES, 'gov', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'assemblyman',
  'assemblywoman', 'councillor', 'councilor', 'councilman', 'councilwoman', 'lawmaker', 'legislator', 'mp', 'mep',
  'delegate', 'democrat', 'republican', 'king', 'queen', 'prince', 'princess', 'emperor', 'sultan',
]);

/** A noun of a post a person holds, formal ("chairman", "director-general") or a role ("analyst"). */
export const isPostNoun = (lower: string): boolean => TITLE_HEADS.has(lower) || ROLE_NOUNS.has(lower);
