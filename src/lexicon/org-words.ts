import { CRAFT_HEADS } from './product-nouns';
/**
 * Trades that close a local firm's name after its owner's or its town's ("Hendricks Hardware",
 * "Pritchard's Garage", "Loftus Construction", "Hanson Aggregates"): no one's surname, so a
 * given name before one opens a shop's name, not a person's.
 */
export const LOCAL_TRADE_HEADS: ReadonlySet<string> = new Set([
  'hardware', 'diner', 'garage', 'garages', 'construction', 'aggregates', 'bakery', 'bakeries', 'builders',
  'plumbing', 'haulage', 'removals', 'roofing', 'landscaping', 'catering', 'pharmacy', 'pharmacies', 'florists',
  'butchers', 'jewellers', 'jewelers', 'opticians', 'solicitors', 'brewery', 'distillery', 'creamery', 'dairies',
  'nurseries', 'lumber', 'tyres', 'tires', 'upholstery', 'undertakers', 'auctioneers',
]);

/**
 * Words that end company names ("Acme Inc", "Lockheed Martin Corp."), lower-cased without dots.
 * A capitalized sequence ending in one is an organization.
 */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'cos', 'company', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'ag',
  'sa', 'nv', 'bv', 'gmbh', 'spa', 'srl', 'ab', 'asa', 'oyj', 'kk', 'pty', 'group', 'holdings', 'holding', 'bank',
  'bancorp', 'airlines', 'airways', 'air', 'lines', 'motors', 'motor', 'industries', 'enterprises', 'partners', 'associates',
  'capital', 'ventures', 'investments', 'securities', 'insurance', 'assurance', 'energy', 'oil', 'petroleum',
  'pharmaceuticals', 'technologies', 'technology', 'systems', 'software', 'labs', 'laboratories', 'media',
  'communications', 'telecom', 'networks', 'entertainment', 'studios', 'studio', 'pictures', 'films', 'records', 'publishing',
  'press', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'news', 'daily', 'magazine', 'weekly',
  'television', 'tv', 'radio', 'broadcasting', 'network', 'channel', 'agency', 'foods', 'brands', 'stores',
  'electric', 'electronics', 'steel', 'mining', 'chemicals', 'automotive', 'aerospace', 'logistics', 'shipping',
  'railways', 'railway', 'railroad', 'exchange', 'fund', 'trust', 'reserve', 'club', 'fc', 'united', 'city',
  'computer', 'computers', 'auto', 'automotive', 'pharma', 'financial', 'semiconductor', 'semiconductors',
  // property, resource and brewing firms: "Sun Hung Kai Properties", "Western Mining Resources", "Asia Pacific Breweries",
  // "Boston Brewing", "Sinyi Realty", "Olympia & York Developments"
  'properties', 'resources', 'mines', 'breweries', 'brewing', 'distilling', 'distillers', 'cement', 'realty', 'developments',
  // hotel and casino groups: "Crown Resorts", "Wynn Resorts", "Hilton Hotels"
  'resorts', 'hotels', 'casinos',
  // technology and drug firms: "Meta Platforms", "Aker Solutions", "Vertex Therapeutics"
  'platforms', 'solutions', 'therapeutics', 'pharmaceutical', 'biopharmaceutical', 'biopharmaceuticals', 'biotech',
  'biotechnology', 'biosciences', 'bioscience', 'genomics', 'diagnostics',
  // pollsters, analysts and advisers: "Edison Research", "Eurasia Group", "Oxford Analytics"
  'research', 'analytics', 'consulting', 'consultants', 'advisors', 'advisers',
  // newspapers: "Toronto Star", "The Globe and Mail", "Edmonton Sun"
  'star', 'globe', 'mail', 'observer', 'telegraph', 'mirror', 'express', 'chronicle', 'inquirer', 'examiner',
  'bulletin', 'courier', 'sun', 'standard', 'guardian', 'independent', 'economist', 'monitor', 'dispatch',
  // "Warner Bros.", "Salomon Brothers"
  'bros', 'brothers',
  // the newspaper in other tongues: "Frankfurter Allgemeine Zeitung", "Asahi Shimbun", "Chosun Ilbo"
  'zeitung', 'shimbun', 'ilbo',
  // the bank in other tongues, where it closes the name: "Komercni Banka", "Ziraat Bankasi"
  'banka', 'bankasi',
  // a maker's or a consortium's name in French or German: "Airbus Industrie"
  'industrie',
  // motor racing teams, a sponsor's or a founder's name before the word: "Red Bull Racing", "Chip Ganassi Racing"
  'racing', 'motorsport', 'autosport',
  // a fund's or an agency's reach: "Tiger Global", "Liberty Global", "Ogilvy Worldwide"
  'global', 'worldwide',
  ...LOCAL_TRADE_HEADS,
]);

/**
 * Firms' closing words that are no one's surname and no verb a headline puts after a name, so a
 * given name before one opens a firm's name: "Ola Electric", "Tiger Global", "Davido Music
 * Worldwide" ("Jim Press", "Adele Records New Album" stay people).
 */
export const NON_SURNAME_FIRM_HEADS: ReadonlySet<string> = new Set([
  'electric', 'electronics', 'entertainment', 'studios', 'telecom', 'semiconductor', 'semiconductors', 'therapeutics',
  'biosciences', 'platforms', 'solutions', 'logistics', 'aerospace', 'pharma', 'software', 'global', 'worldwide',
  'brewing', 'distilling', 'resorts', 'hotels', 'casinos',
]);

/**
 * Words that end a football club's name after its town, which then names the club alone:
 * "Derby County" → "Derby", "Blackburn Rovers" → "Blackburn", "Oldham Athletic" → "Oldham".
 */
export const CLUB_TOWN_SUFFIXES: ReadonlySet<string> = new Set([
  'united', 'city', 'town', 'county', 'rovers', 'athletic', 'wanderers', 'albion', 'fc',
]);

/**
 * Institutions' heads that are no one's surname, so a given name before one opens the body's
 * name, not a person's: "the Mahdi Army", "the Abdullah Azzam Brigades" ("Margaret Court" and
 * "Charlotte Church" are people).
 */
export const NON_SURNAME_HEADS: ReadonlySet<string> = new Set([
  'army', 'navy', 'party', 'police', 'ministry', 'council', 'committee', 'commission', 'university', 'federation',
  'brigade', 'brigades', 'battalion', 'battalions', 'corps', 'militia', 'movement', 'front',
  // houses of learning, music and care: "Jesus College", "Cory Band"
  'college', 'academy', 'institute', 'orchestra', 'philharmonic', 'band', 'hospital', 'association', 'foundation',
  'laboratory', 'observatory', 'conservatory', 'conservancy', 'guild',
  ...NON_SURNAME_FIRM_HEADS,
]);

/** The suffixes of ORG_SUFFIXES that only companies carry: "Jim Press" is a person, "Jim Corp." is not. */
export const STRONG_ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'cos', 'company', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'ag',
  'sa', 'nv', 'bv', 'gmbh', 'spa', 'srl', 'ab', 'asa', 'oyj', 'kk', 'pty', 'group', 'holdings', 'bancorp',
  'airlines', 'airways', 'motors', 'industries', 'enterprises', 'technologies', 'pharmaceuticals', 'fc', 'bros',
  // "Delta Air Lines", "American President Lines": a carrier's lines
  'lines',
  'zeitung', 'shimbun', 'ilbo',
  // a maker's or a consortium's name in French or German: "Airbus Industrie"
  'industrie',
  ...LOCAL_TRADE_HEADS,
]);

/** The word of a firm's lending arm, after the firm's name: "Ford Motor Credit", "Nissan Motor Acceptance". */
export const LENDING_ARMS: ReadonlySet<string> = new Set(['credit', 'finance', 'leasing', 'acceptance']);

/**
 * Plurals that end a firm's name and are no one's surname: "Fidelity Investments", "Lazard
 * Partners", "Salomon Brothers", a defence venture's "Leonardo Rheinmetall Military Vehicles".
 * Alone before "and" they may open an agency's name ("Securities and Exchange Commission").
 */
export const FIRM_PLURALS: ReadonlySet<string> = new Set(['investments', 'partners', 'associates', 'securities', 'ventures', 'brothers', 'bros', 'vehicles', 'resorts', 'properties', 'developments']);

/**
 * Nouns of firms that partners' surnames name, before such a name written with "and": "the law
 * firm Jenkens and Gilchrist", "auditors Coopers and Lybrand".
 */
export const PARTNERSHIP_NOUNS: ReadonlySet<string> = new Set([
  'firm', 'auditor', 'auditors', 'accountants', 'accountancy', 'broker', 'brokers', 'stockbroker', 'stockbrokers',
  'brokerage', 'consultancy', 'consultants', 'partnership',
]);

/**
 * Legal forms of companies, which end their names: "Apple Inc.", "Daimler AG", "Tesco plc",
 * "Airbus SE" (a European company).
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'co', 'cos', 'ltd', 'llc', 'llp', 'lp', 'plc', 'ag', 'gmbh', 'nv', 'bv', 'sa', 'spa', 'pty', 'kk', 'oyj', 'se',
]);

/**
 * Legal forms that open a company's name, in capitals as written: "AB Volvo", "PT Telkom", "OAO
 * Gazprom", the Swedish, Indonesian and Russian way.
 */
export const LEADING_LEGAL_FORMS: ReadonlySet<string> = new Set(['AB', 'PT', 'OAO', 'ZAO', 'OOO', 'PAO', 'JSC']);

/**
 * Words before "District" that make it a public body rather than an area: "the Irving
 * Independent School District", "the Metropolitan Water District".
 */
export const SERVICE_DISTRICT_WORDS: ReadonlySet<string> = new Set([
  'school', 'water', 'fire', 'sanitation', 'sanitary', 'transit', 'hospital', 'irrigation', 'utility', 'utilities',
  'library', 'sewer', 'conservation', 'park', 'management', 'drainage', 'flood',
]);

/**
 * Words before "Center" or "Centre" that make it a body which studies, forecasts, watches or
 * treats something: "the National Hurricane Center", "the Climate Prediction Center", "the
 * Fred Hutchinson Cancer Research Center". A field in "-ology" needs no entry ("Cardiology").
 */
export const STUDY_CENTER_FIELDS: ReadonlySet<string> = new Set([
  'research', 'studies', 'study', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'tsunami', 'earthquake', 'prediction',
  'forecast', 'forecasting', 'warning', 'disease', 'diseases', 'cancer', 'counterterrorism', 'intelligence', 'policy',
  // what a centre guards or watches: "the National Cyber Security Centre", "the Drought Monitoring Centre"
  'security', 'cybersecurity', 'monitoring',
  // the climate, the land and the hazards a centre studies or fights: "the World Agroforestry
  // Centre", "the National Interagency Fire Center", "the European Climate Centre"
  'climate', 'weather', 'environment', 'environmental', 'forestry', 'agroforestry', 'fisheries', 'biodiversity',
  'fire', 'wildfire', 'drought',
  // what a centre puts out or stands up for, as agencies and rights groups of the 1990s named
  // themselves: "the Kosova Information Centre reported", "the Humanitarian Law Centre", "the
  // Human Rights Documentation Centre"
  'information', 'documentation', 'law', 'rights',
]);

/**
 * Words before "Survey" that make it a body which maps or studies the land and the seas, not a
 * poll ("the American Community Survey"): "the British Antarctic Survey", "Ordnance Survey". A
 * science's adjective needs no entry ("Geological", "Hydrographic").
 */
export const SURVEY_FIELDS: ReadonlySet<string> = new Set(['antarctic', 'arctic', 'polar', 'ordnance', 'geodetic', 'botanical', 'soil']);

/**
 * Units that a number names, of an army, a navy or the federal courts: "the 9th Circuit",
 * "501st Legion", "the Seventh Fleet".
 */
export const NUMBERED_UNIT_HEADS: ReadonlySet<string> = new Set([
  'legion', 'brigade', 'regiment', 'battalion', 'division', 'army', 'corps', 'fleet', 'squadron', 'circuit', 'precinct',
  'force', 'wing', 'group',
]);

/**
 * Sub-units of a regiment that a number names before the regiment's name and a comma, as British
 * and Commonwealth armies write them: "the 1st Battalion, Royal Anglian Regiment", "B Squadron".
 */
export const REGIMENTAL_SUBUNITS: ReadonlySet<string> = new Set(['battalion', 'company', 'squadron', 'battery']);

/**
 * Heads that close a regiment's name: "the Royal Gurkha Rifles", "the Royal Welch Fusiliers",
 * "the Coldstream Guards", "the Queen's Royal Hussars"; a regiment's name may also run on with
 * "of" and a place ("the Royal Regiment of Scotland").
 */
export const REGIMENT_HEADS: ReadonlySet<string> = new Set(['regiment', 'rifles', 'fusiliers', 'guards', 'hussars', 'lancers', 'dragoons', 'borderers', 'corps']);

/**
 * Movements whose national societies take the country's name or its people's adjective before
 * the movement's: "the Mexican Red Cross", "the Kenya Red Cross", "the Palestine Red Crescent".
 */
export const NATIONAL_SOCIETY_MOVEMENTS: ReadonlySet<string> = new Set(['red cross', 'red crescent']);

/**
 * Heads of institutional names, wherever they stand ("Ministry of Defence", "the Supreme Court",
 * "Harvard University", "the Labour Party", "Xinhua News Agency").
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'municipality', 'council', 'committee', 'commission', 'court', 'tribunal', 'university',
  'college', 'school', 'academy', 'institute', 'institution', 'party', 'army', 'navy', 'marines', 'force', 'forces', 'guard',
  'police', 'constabulary', 'union', 'organization', 'organisation', 'association', 'federation', 'confederation', 'league',
  'society', 'foundation', 'fund', 'reserve', 'exchange', 'bureau', 'office', 'authority', 'administration',
  'board', 'service', 'services', 'parliament', 'assembly', 'senate', 'congress', 'cabinet', 'government',
  'secretariat', 'directorate', 'inspectorate', 'commissariat', 'legislature', 'brigade', 'brigades', 'battalion', 'battalions', 'division', 'command', 'church',
  ...REGIMENT_HEADS,
  'hospital', 'infirmary', 'clinic', 'bank', 'group', 'alliance', 'coalition', 'front', 'movement', 'network', 'centre', 'center', 'centres', 'centers', 'institutes',
  'laboratory', 'lab', 'observatory', 'library', 'orchestra', 'philharmonic', 'opera', 'ballet', 'band', 'team', 'club', 'company', 'patrol', 'chamber', 'unit', 'squad',
  'corporation', 'news', 'times', 'post', 'journal', 'daily', 'press', 'herald', 'tribune', 'gazette', 'magazine', 'council', 'diocese', 'order', 'brotherhood', 'mission', 'panel', 'taskforce', 'legion',
  // a trade's guild, a body that keeps land, a school of music: "the American Guild of Musical Artists", "the Galápagos Conservancy"
  'guild', 'conservancy', 'conservatory',
  // a body where leaders meet, a funder's plural, a body of commanders: "the Pacific Islands Forum",
  // "Open Society Foundations", "the Joint Chiefs of Staff"
  'forum', 'foundations', 'chiefs',
  // a legislature's groups of members: "the Congressional Black Caucus", "the Progressive Caucus"
  'caucus',
  // a party or an alliance named as a platform: "Civic Platform", "the National Unity Platform"
  'platform',
  // "the Sea Org": the clipped word is a head of its own
  'org',
  // a drug-trafficking organization named for its home state or city: "the Sinaloa Cartel",
  // "the Jalisco New Generation Cartel", "the Gulf Cartel"
  'cartel',
  // churches' bodies beside the diocese: "the Roman Catholic Archdiocese of Baltimore", "the
  // Ukrainian Catholic Eparchy of London", "the General Synod"
  'archdiocese', 'eparchy', 'synod',
  // heads in South Asian languages, which close the name as English heads do: "Janata Dal" (party),
  // "Shiv Sena" (army), "Jharkhand Mukti Morcha" (front), "Rashtriya Swayamsevak Sangh" (union),
  // "Vishva Hindu Parishad" (council), "Lok Sabha" (assembly), "Bajrang Dal"
  'dal', 'sena', 'morcha', 'sangh', 'parishad', 'sabha', 'samiti',
  'inc', 'corp', 'ltd', 'llc', 'plc', 'gmbh', 'airlines', 'airways', 'motors', 'holdings', 'industries',
]);

/**
 * Members that make a conference a standing body, not a meeting: "the Kenya Conference of
 * Catholic Bishops", "the Mexican Episcopal Conference", "the U.S. Conference of Mayors", "the
 * All Africa Conference of Churches", "the Central Conference of American Rabbis".
 */
export const CONFERENCE_MEMBERS: ReadonlySet<string> = new Set([
  'bishops', 'episcopal', 'churches', 'rabbis', 'mayors', 'rectors', 'legislatures',
]);

/**
 * Heads of place and facility names: "Changi Airport", "Kennedy Space Center", "the Science Museum".
 * A head-first name with "of" or "for" is an institution instead ("Center for Strategic Studies").
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'airport', 'station', 'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'square', 'bridge', 'park',
  'stadium', 'arena', 'hall', 'tower', 'towers', 'palace', 'castle', 'mosque', 'cathedral', 'temple', 'harbour',
  // places of worship named by their town or saint: "Westminster Abbey", "York Minster", "St Peter's Basilica"
  'abbey', 'minster', 'basilica', 'chapel', 'shrine', 'synagogue', 'monastery',
  'harbor', 'port', 'island', 'islands', 'isle', 'mountain', 'mountains', 'mount', 'mt', 'river', 'lake', 'sea',
  'ocean', 'bay', 'gulf', 'strait', 'straits', 'valley', 'desert', 'coast', 'peninsula', 'province', 'county',
  'district', 'region', 'state', 'city', 'town', 'village', 'territory', 'territories', 'prefecture',
  'canal', 'tunnel', 'dam', 'beach', 'forest', 'base', 'memorial', 'plaza', 'heights', 'hills', 'falls', 'canyon', 'creek', 'zone',
  'center', 'centre', 'museum', 'planetarium', 'gallery', 'galleries', 'zoo', 'theatre', 'theater',
  // a group of buildings: "the Olympic Sports Complex", "the Kennedy Space Center Visitor Complex"
  'complex',
  // buildings of justice that police copy names by their county or town: "the Macon County Jail"
  'jail', 'prison', 'penitentiary', 'courthouse',
  // natural features and divisions: "Mekong Delta", "Tarim Basin", "Florida Panhandle", "Moscow Oblast"
  'delta', 'basin', 'plateau', 'glacier', 'reef', 'archipelago', 'lagoon', 'fjord', 'highlands', 'lowlands', 'plains',
  'panhandle', 'peak', 'volcano', 'gorge', 'ridge', 'range', 'ranges', 'trail', 'steppe', 'estuary', 'wetlands', 'oblast', 'governorate', 'krai',
  'okrug', 'canton', 'parish', 'borough', 'township', 'neighborhood', 'neighbourhood', 'strip', 'sound', 'gardens', 'garden',
  // ice, wet land and sea floor that climate news names: "the Ross Ice Shelf", "Funafuti Atoll", "the
  // Okefenokee Swamp", "Bodmin Moor", "the Mariana Trench", "the Ogallala Aquifer"; and the words for
  // river and lake of Central Asia, the Himalaya and Mongolia: "the Amu Darya", "Imja Tsho", "Uvs Nuur"
  'shelf', 'atoll', 'swamp', 'bog', 'moor', 'moors', 'fens', 'marshes', 'wetland', 'rainforest', 'icefield', 'trench',
  'escarpment', 'aquifer', 'darya', 'tsho', 'nuur',
  // mountain country that avalanche and climbing copy names: "the Khumbu Icefall", "the Yorkshire
  // Dales", "the Vatnajökull Icecap", "the Mont Blanc Massif"
  'icefall', 'icecap', 'dales', 'massif',
  // a small bay and a bank in the sea, where landings and stand-offs happen: "Anzac Cove", "Second Thomas Shoal"
  'cove', 'shoal', 'shoals',
  // a metropolitan area: "the Bay Area", "the Greater Toronto Area"; a rural region: "the Texas Hill Country"
  'area', 'country',
  // a coast as a region: "the Eastern Seaboard", "the French Riviera"; cliffs and bluffs that name
  // the places on them: "Pacific Palisades", "Council Bluffs"
  'seaboard', 'riviera', 'palisades', 'bluffs', 'cliffs',
  // South Asia's gardens, squares, grounds and roads, which close places' names there: "Shaheen Bagh",
  // "Chandni Chowk", "Azad Maidan", "Rajpath Marg"
  'bagh', 'chowk', 'maidan', 'marg',
  // sports grounds: "the Melbourne Cricket Ground", "Kensington Oval", "Indianapolis Motor Speedway",
  // and motor racing tracks: "the Yas Marina Circuit", "Suzuka Circuit"
  'ground', 'oval', 'racecourse', 'speedway', 'raceway', 'velodrome', 'circuit',
  // old rail yards and docks that property copy names as whole districts: "Hudson Yards",
  // "Canary Wharf", "Circular Quay"
  'yards', 'wharf', 'quay',
  // roads named as a whole: "the New Jersey Turnpike", "the Long Island Expressway", "Pacific Coast Highway"
  'highway', 'expressway', 'freeway', 'motorway', 'turnpike', 'thruway', 'parkway', 'tollway', 'causeway',
  // objects in the sky, which news annotation counts as places: "the Carina Nebula", "the Andromeda Galaxy"
  'nebula', 'galaxy',
]);

/**
 * Heads of PLACE_HEADS that name a building or a ground, which a sponsor's name may open whole:
 * "Bank of America Stadium", "University of Phoenix Stadium", "Bank of China Tower".
 */
export const VENUE_HEADS: ReadonlySet<string> = new Set([
  'stadium', 'arena', 'tower', 'towers', 'plaza', 'ground', 'oval', 'speedway', 'raceway', 'velodrome', 'racecourse', 'circuit',
]);

/**
 * Heads of event, document and award names, which are neither organizations nor places
 * ("the Defence Investment Pledge", "the World Cup", "the Paris Agreement").
 */
export const NON_ENTITY_HEADS: ReadonlySet<string> = new Set([
  ...CRAFT_HEADS,
  'pledge', 'cup', 'shield', 'games', 'olympics', 'championship', 'championships', 'tournament', 'open', 'prix', 'series',
  'treaty', 'accord', 'accords', 'agreement', 'act', 'bill', 'law', 'charter', 'declaration', 'convention',
  'protocol', 'plan', 'initiative', 'program', 'programme', 'strategy', 'doctrine', 'report', 'summit', 'war',
  'wars', 'revolution', 'crisis', 'award', 'awards', 'prize', 'medal', 'trophy', 'festival', 'day', 'week',
  'year', 'season', 'show', 'album', 'film', 'movie', 'book', 'novel', 'song', 'index', 'constitution',
  'amendment', 'code', 'rule', 'rules', 'policy', 'budget', 'election', 'elections', 'referendum', 'era',
  'age', 'syndrome', 'disease', 'virus', 'flu', 'storm', 'hurricane', 'typhoon', 'cyclone', 'earthquake',
  'project', 'mission', 'operation', 'exercise', 'talks', 'process', 'deal', 'framework', 'resolution',
  'conference', 'expo', 'airshow', 'motorshow', 'fair', 'marathon', 'race', 'masters', 'classic', 'invitational', 'derby', 'rally', 'stakes',
  // rounds of a competition and a league's draft: "the NBA Finals", "the NFL Draft", "the NHL Playoffs"
  'final', 'finals', 'semifinal', 'semifinals', 'semi-final', 'semi-finals', 'quarterfinal', 'quarterfinals', 'playoff', 'playoffs', 'draft',
]);

/**
 * Capitalized acronyms that name no organization ("CEO", "GDP", "TV"); ISO currency codes and
 * time zones are checked apart.
 */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'CEO', 'CFO', 'COO', 'CTO', 'GDP', 'GNP', 'TV', 'DNA', 'RNA', 'HIV', 'AIDS', 'SARS', 'COVID', 'AM', 'PM', 'A.M.',
  'P.M.', 'OK', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'PC', 'PCs', 'CD', 'DVD', 'GPS', 'ID', 'IT',
  'AI', 'VIP', 'IPO', 'CPI', 'PhD', 'MBA', 'RMB', 'KM', 'MPH', 'ET', 'PT', 'MW', 'GW', 'KG', 'AD', 'BC', 'SUV', 'URL', 'HTML', 'PDF', 'USB',
  'LCD', 'LED', 'CCTV', 'ATM', 'FAQ', 'RIP', 'SOS', 'VAT', 'MP', 'MPs', 'MEP', 'MEPs', 'QC', 'SC', 'Jr', 'Sr',
  'I', 'A', 'WWII', 'WWI', 'NO', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'CO2', 'LNG', 'LPG', 'EV', 'EVs', 'UFO',
  // measures, conditions, weapons and things in general: "an IQ test", "the NGOs", "IEDs"
  'IQ', 'HQ', 'NGO', 'NGOs', 'ICU', 'MRI', 'CPR', 'PTSD', 'ADHD', 'BMI', 'LGBT', 'LGBTQ', 'SMS', 'PR', 'R&D', 'M&A',
  'Q&A', 'GMO', 'GMOs', 'WMD', 'UAV', 'UAVs', 'IED', 'IEDs', 'RPG', 'RPGs', 'ICBM', 'ICBMs', 'POW', 'POWs', 'MIA',
  'DIY', 'ETF', 'ETFs', 'EPS', 'APR', 'OTC', 'ISP', 'VPN', 'GB', 'MB', 'KB', 'TB',
  // a kind of listed landlord, as property copy names it: "the city's largest REIT", "office REITs"
  'REIT', 'REITs',
  // terms of a results report: "in FY 24", "YoY growth", "EBITDA margin"
  'FY', 'YTD', 'YoY', 'QoQ', 'CAGR', 'EBIT', 'EBITDA', 'ROI', 'ROE',
  // marks of a sports result: overtime, a shoot-out, after extra time, did not finish, leg before wicket
  'OT', 'SO', 'AET', 'DNF', 'LBW',
  // credit ratings: "affirmed its AAA rating", "cut to BBB"
  'AAA', 'BBB', 'CCC',
  // honours and statistics of a game: "was named MVP", "a 2.10 ERA", "three RBIs"
  'MVP', 'MVPs', 'ERA', 'RBI', 'RBIs',
]);

/** News agencies that sign datelines and photo credits ("(Xinhua)", "Reuters", "AP"). */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'xinhua', 'reuters', 'ap', 'afp', 'upi', 'dpa', 'ansa', 'efe', 'kyodo', 'yonhap', 'tass', 'itar-tass', 'ria',
  'interfax', 'bernama', 'pti', 'ians', 'anadolu', 'kcna', 'irna', 'wafa', 'mena', 'aap', 'cna', 'bloomberg',
  'associated press', 'agence france-presse', 'agence france presse', 'press association', 'canadian press',
  'xinhua news agency',
  // wire services and data vendors that business copy cites for polls and consensus figures
  'thomson reuters', 'refinitiv', 'dow jones newswires', 'reuters news',
  // national agencies the 1990s wires quote by name alone: Yugoslavia's, Poland's, Hungary's, the
  // Czech Republic's, Belgium's, the Netherlands', Indonesia's, Kuwait's
  'tanjug', 'pap', 'mti', 'ctk', 'belga', 'anp', 'antara', 'kuna',
]);

/**
 * Lower-case nouns that, right before a capitalized name, make it an organization
 * ("automaker Chrysler", "the airline Ryanair", "rival Toyota").
 */
export const ORG_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'automaker', 'carmaker', 'airline', 'carrier', 'airframer', 'maker', 'manufacturer', 'company', 'firm', 'giant',
  'rival', 'rivals', 'retailer', 'bank', 'lender', 'insurer', 'broker', 'brokerage', 'subsidiary', 'unit', 'division',
  // a group's part, named after it: "its retail arm Reliance Retail", "its holding company Alphabet"
  'arm', 'affiliate',
  'conglomerate', 'startup', 'start-up', 'publisher', 'studio', 'label', 'newspaper', 'magazine', 'broadcaster',
  'network', 'agency', 'operator', 'supplier', 'brewer', 'chain', 'club', 'party', 'band', 'charity', 'union',
  'group', 'organization', 'organisation', 'outfit', 'insurgents', 'militia', 'automakers', 'airlines', 'companies',
  'firms', 'banks', 'developer', 'distributor', 'exporter', 'importer', 'producer', 'refiner', 'miner', 'utility',
  'telecom', 'conglomerate', 'franchise', 'team', 'side', 'daily', 'tabloid', 'website', 'site', 'portal',
  // who owns it, which only a firm or an outlet has: "state-owned Credit Lyonnais", "state-run Xinhua"
  'state-owned', 'state-run', 'government-owned', 'government-run', 'privately-owned', 'privately-held',
  'family-owned', 'family-controlled', 'foreign-owned', 'publicly-traded', 'publicly-listed',
  // a party or a movement against the government: "the opposition Civic Forum"
  'opposition',
  // makers named by their goods, and firms that poll, advise or watch: "chipmaker TSMC", "pollster
  // Cadem", "consultancy Capital Economics", "watchdog Ofcom"
  'chipmaker', 'drugmaker', 'steelmaker', 'planemaker', 'pollster', 'consultancy', 'think-tank', 'watchdog',
  // bodies of farm and freight copy, which no one is called: "farm federation Farsul", "freight
  // platform Xeneta", "crusher Bunge", "the regulator Cocobod", "the co-operative Arla", "bourse Euronext",
  // "Agribusiness Kernel Holding said" (the kind, not the firm's first word)
  'federation', 'association', 'cooperative', 'co-operative', 'co-op', 'crusher', 'processor', 'shipper',
  'forwarder', 'regulator', 'platform', 'bourse', 'exchange', 'agribusiness',
  // public bodies named by their kind before a coined name: "state copper commission Cochilco said"
  'commission',
]);

/**
 * Kinds of company that, right before a name, make it the company even where the name is also a
 * region's or a town's: "Spanish carrier Iberia", "bank Santander", "bourse operator Dubai"
 * would not say so. Nouns a country may be called by ("supplier", "exporter", "rival") are left out.
 */
export const COMPANY_KIND_NOUNS: ReadonlySet<string> = new Set([
  'automaker', 'carmaker', 'airline', 'carrier', 'airframer', 'planemaker', 'manufacturer', 'firm', 'retailer',
  'bank', 'lender', 'insurer', 'brokerage', 'conglomerate', 'brewer', 'chipmaker', 'drugmaker', 'steelmaker',
]);

/**
 * Plural kinds of company that introduce examples of themselves: "property developers such as
 * Country Garden", "lenders including Banesto". Kinds a country may be too ("exporters such as
 * Brazil", "rivals such as Japan") are left out.
 */
export const FIRM_PLURALS_BEFORE_EXAMPLES: ReadonlySet<string> = new Set([
  ...[...COMPANY_KIND_NOUNS].map((kind) => `${kind}s`),
  'companies', 'developers', 'miners', 'refiners', 'publishers', 'broadcasters', 'utilities', 'startups', 'start-ups',
  'builders', 'homebuilders', 'housebuilders',
]);

/**
 * Words after a name's possessive that make it an organization ("Apple's chief executive",
 * "Ryanair's shares").
 */
export const ORG_POSSESSIONS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'shareholders', 'board', 'headquarters', 'subsidiary', 'subsidiaries', 'employees', 'workers',
  'staff', 'revenue', 'revenues', 'profit', 'profits', 'sales', 'earnings', 'products', 'stake', 'ceo', 'chief',
  'chairman', 'founder', 'co-founder', 'executives', 'management', 'fleet', 'factory', 'factories', 'plant',
  'plants', 'stores', 'brand', 'customers', 'website', 'spokesman', 'spokeswoman', 'spokesperson', 'members',
  'leadership', 'division', 'unit', 'operations', 'market', 'debt', 'bonds', 'merger', 'acquisition', 'software',
]);

/**
 * A nation's armed services, capitalized alone: "a contract from the Navy", "the Army said". In a
 * line of capitals they are as often the common noun ("BURUNDI ARMY SEIZES POWER").
 */
export const ARMED_SERVICES: ReadonlySet<string> = new Set(['army', 'navy']);

/** Institutions a single capitalized word names ("Congress passed the bill", "the Pentagon said"). */
export const SINGLE_WORD_INSTITUTIONS: ReadonlySet<string> = new Set([
  'congress', 'senate', 'parliament', 'pentagon', 'treasury', 'fed', 'bundesbank', 'knesset', 'duma', 'politburo',
  'interpol', 'europol', 'eurostat', 'bundestag', 'bundesrat', 'sejm', 'majlis', 'storting', 'riksdag', 'folketing',
  'commonwealth',
  ...ARMED_SERVICES,
]);

/**
 * Common words that name a legislative chamber when capitalized after "the" or before a post
 * held in it: "the House voted", "House Speaker", "the Commons", but not "House prices".
 */
export const CHAMBER_WORDS: ReadonlySet<string> = new Set([
  'house', 'commons',
  // the prosecution in Commonwealth courts: "the Crown alleged", "Crown Prosecutor Ann Lowe"
  'crown',
]);

/** Kinds of paper whose name follows them: "the daily Nasa Borba", "the weekly Vreme", "the tabloid Bild". */
export const PAPER_KIND_NOUNS: ReadonlySet<string> = new Set(['daily', 'weekly', 'newspaper', 'paper', 'tabloid', 'magazine']);

/** Kinds of political group that follow the group's name: "the Herri Batasuna party", "the Hamas movement". */
export const POLITICAL_GROUP_NOUNS: ReadonlySet<string> = new Set(['party', 'movement', 'militia', 'faction']);

/**
 * Creeds and causes that parties name themselves by: inside a run before "party" or "movement"
 * they make it a party's name, though a place's head ends it ("the Democratic Centre party",
 * "the National Harbour movement"), where "the Hyde Park party" is an evening in a park. Words that
 * name parks and squares as often ("Green", "Freedom", "Independence") are left out.
 */
export const POLITICAL_CREED_WORDS: ReadonlySet<string> = new Set([
  'democratic', 'democrat', 'socialist', 'social', 'liberal', 'conservative', 'republican', 'national', 'nationalist',
  'popular', 'progressive', 'labour', 'labor', 'communist', 'christian', 'radical', 'revolutionary', 'patriotic',
  'islamic', 'civic', 'federalist', 'unionist', 'liberation', 'justice', 'solidarity',
]);

/**
 * Kinds of body that follow a body's name after "the" or its country's possessive, whatever the
 * name's shape: "Pakistan's Inter-Services Intelligence agency", "the Wagner group", "the Sinaloa
 * cartel", "the United Steelworkers union".
 */
export const BODY_KIND_NOUNS: ReadonlySet<string> = new Set([
  ...POLITICAL_GROUP_NOUNS, 'agency', 'group', 'organization', 'organisation', 'network', 'cartel', 'alliance', 'coalition', 'company', 'union',
  'institute',
]);

/**
 * Lower-case words that say what a body does, between its name and its kind: "the Foro Penal
 * rights group", "the Tarvex militant group", "the Wagner mercenary group".
 */
export const BODY_KIND_MODIFIERS: ReadonlySet<string> = new Set([
  'rights', 'militant', 'rebel', 'mercenary', 'insurgent', 'jihadist', 'separatist', 'paramilitary', 'armed',
  'advocacy', 'lobby', 'pressure', 'campaign', 'activist', 'environmental', 'watchdog', 'protest', 'guerrilla',
  // what an agency does: "the Iprinda news agency"
  'news',
]);

/**
 * Nouns that a company's name modifies directly ("Opel employees", "Uralsib analyst Chris
 * Weafer", "Apple executives"): a lone unknown name before one is an organization.
 */
export const ORG_MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  ...ORG_POSSESSIONS, 'analyst', 'analysts', 'executive', 'officials', 'engineers', 'dealers', 'dealerships',
  'shareholder', 'investors', 'spokesman', 'spokeswoman', 'boss', 'president', 'chairwoman', 'director',
  // what a political group's name modifies: "the royalist Vanto party", "the Hamas movement"
  ...POLITICAL_GROUP_NOUNS,
  // what a broadcaster's or a paper's name modifies: "told Deutschlandfunk radio", "the Izvestia daily"
  'radio', 'television', 'newspaper', 'daily', 'weekly', 'magazine', 'broadcaster',
]);

/**
 * Nouns of kinds of settlement that "of" links to a name, which may be an English word ("the
 * village of Pale", "the suburb of Tooting"); "the state of Emergency" names none.
 */
export const SETTLEMENT_CLASS_NOUNS: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'hamlet', 'township', 'suburb', 'port', 'municipality', 'commune', 'settlement',
  'kibbutz', 'resort', 'borough', 'neighborhood', 'neighbourhood', 'oasis',
  // and in the plural before a list: "the villages of Shali and Samashki"
  'towns', 'cities', 'villages', 'hamlets', 'suburbs', 'ports', 'municipalities', 'settlements', 'resorts', 'boroughs',
  'neighborhoods', 'neighbourhoods',
]);

/** Nouns of kinds of place that "of" links to a name: "the town of Yeoncheon", "the province of Aceh". */
export const PLACE_CLASS_NOUNS: ReadonlySet<string> = new Set([
  ...SETTLEMENT_CLASS_NOUNS,
  'province', 'region', 'state', 'county', 'district', 'capital', 'island', 'prefecture', 'republic', 'kingdom',
  'emirate', 'outskirts', 'enclave', 'governorate',
  'provinces', 'regions', 'districts', 'islands', 'enclaves',
]);

/** What a town is the place "of", besides its kind: "the mayor of Orlando", "residents of Tamworth". */
export const OF_TOWN_NOUNS: ReadonlySet<string> = new Set([
  'mayor', 'governor', 'residents', 'streets', 'suburbs', 'centre', 'center', 'heart', 'north', 'south', 'east', 'west',
  // an electoral division named for its town or area: "the seat of Dickson", "the riding of Carleton"
  'seat', 'constituency', 'electorate', 'riding',
]);

/**
 * Common words that head an organization's name only before "of" and a name: a chamber, a
 * fashion or retail house, a dynasty ("House of Lords", "House of Fraser", "House of Windsor"),
 * a watchdog ("the Regulator of Social Housing"). Alone they are ordinary words ("House prices",
 * "the regulator said"), and the name after "of" is no person.
 */
export const OF_NAME_HEADS: ReadonlySet<string> = new Set(['house', 'regulator']);

/**
 * Words after a leading head that make the two a day off or a rate, no body: "Bank Holiday
 * Monday", "Bank Rate" (the Bank of England's policy rate, capitalized as its own term).
 */
export const LEADING_HEAD_NON_NAMES: ReadonlySet<string> = new Set(['holiday', 'holidays', 'rate']);

/**
 * Words that open an organization's name in other languages and in club names, where the head
 * comes first: "Instituto Gonzaga", "Banco Santander", "Partido Popular", "Borussia Dortmund",
 * "Olympique Marseille", "FC Porto".
 */
export const LEADING_ORG_HEADS: ReadonlySet<string> = new Set([
  'instituto', 'institut', 'istituto', 'universidad', 'universidade', 'università', 'université', 'universität',
  'universitat', 'banco', 'banca', 'banque', 'compagnie', 'compañía', 'companhia', 'société', 'sociedad',
  'società', 'grupo', 'gruppo', 'groupe', 'partido', 'partito', 'parti', 'ministerio', 'ministère', 'ministero',
  'ministerium', 'comité', 'comitato', 'consejo', 'conseil', 'consiglio', 'federación', 'federazione',
  'fédération', 'asociación', 'associazione', 'fundación', 'fondazione', 'fondation', 'stiftung', 'verband',
  'hochschule', 'accademia', 'colegio', 'liceo', 'escuela', 'scuola', 'école', 'movimento', 'movimiento',
  'fc', 'ac', 'as', 'sc', 'sv', 'vfb', 'vfl', 'tsv', 'cf', 'cd', 'ud', 'afc', 'ssc', 'real', 'sporting',
  'olympique', 'dynamo', 'dinamo', 'spartak', 'lokomotiv', 'atletico', 'atlético', 'athletic', 'borussia',
  'eintracht', 'fortuna', 'hertha', 'racing', 'deportivo', 'inter', 'rapid', 'slavia', 'sparta', 'legia',
  'steaua', 'partizan', 'hajduk',
  // Malay and Indonesian heads, and the English "Bank" that banks abroad put first: "Dewan Rakyat",
  // "Partai Demokrat", "Kementerian Keuangan", "Badan Pusat Statistik", "Bank Mandiri", "Bank Leumi"
  'dewan', 'majlis', 'partai', 'kementerian', 'badan', 'lembaga', 'bank',
  // savings banks and corporations, and the accented heads as wire copy without accents spells them
  'caja', 'caixa', 'cassa', 'corporacion', 'compania', 'societe', 'societa', 'ministere', 'comite', 'federacion',
  'asociacion', 'fundacion', 'universite', 'universita', 'ecole',
  // broadcasters named by the medium first: "Radio France Internationale", "Radio Free Europe"
  'radio',
  // parties and alliances named in French by the word first: "Coalition Avenir Québec", "Union
  // Nationale", "Alliance Québec"
  'coalition', 'union', 'alliance',
  // cycling and motor racing teams and national squads named by the word first: "Team Sky",
  // "Team Penske", "Team GB"
  'team',
  // stock exchanges named by the word first: "Borsa Istanbul", "Borsa Italiana", "Bolsa de Madrid"
  'borsa', 'bourse', 'bolsa',
  // Portuguese heads, which Brazilian farm and business copy names bodies by: "Associação Brasileira
  // das Indústrias de Óleos Vegetais", "Confederação da Agricultura e Pecuária do Brasil",
  // "Sindicato Rural de Sorriso", "Usina São Martinho" (a sugar mill), "Cooperativa Agroindustrial"
  'associação', 'associacao', 'federação', 'federacao', 'confederação', 'confederacao', 'fundação', 'fundacao',
  'ministério', 'sociedade', 'agência', 'sindicato', 'cooperativa', 'usina', 'empresa', 'conselho',
]);

/**
 * The heads of LEADING_ORG_HEADS that open a bank's or a firm's name and drop from it later in the
 * story ("Banco Santander … Santander shares rose", "Grupo Bimbo … Bimbo said"); a club's heads
 * do not leave its town the club's ("Real Madrid … in Madrid").
 */
export const DROPPED_FIRM_HEADS: ReadonlySet<string> = new Set([
  'banco', 'banca', 'banque', 'bank', 'grupo', 'gruppo', 'groupe', 'caixa', 'caja',
]);

/**
 * Words for a party, front, movement, army or council in the languages groups abroad are named
 * in, which stand anywhere in the name and are no one's given name or surname: "Hayat Tahrir
 * al-Sham", "Hizb ut-Tahrir", "Jamaat-e-Islami", "Lashkar-e-Taiba", "Barisan Revolusi Nasional",
 * "Pakatan Harapan", "Samagi Jana Balawegaya", "Dravida Munnetra Kazhagam", "Pheu Thai",
 * "Chama Cha Mapinduzi", "Frente Amplio".
 */
export const GROUP_WORDS_ABROAD: ReadonlySet<string> = new Set([
  // Arabic
  'hizb', 'harakat', 'harakah', 'jabhat', 'jaish', 'jaysh', 'kataib', 'tanzim', 'jamaat', 'jamaah', 'jemaah', 'jamiat',
  'majlis', 'tahrir', 'asaib',
  // Urdu and Persian, often joined by the izafe: "Tehreek-e-Insaf", "Sipah-e-Sahaba"
  'tehreek', 'tehrik', 'harkat', 'lashkar', 'sipah', 'ittehad', 'muttahida', 'tanzeem', 'anjuman',
  // Malay and Indonesian
  'barisan', 'partai', 'pakatan', 'perikatan', 'gerakan', 'pertubuhan',
  // Sinhala and Tamil
  'peramuna', 'balawegaya', 'pakshaya', 'sandanaya', 'vimukthi', 'kazhagam', 'munnetra', 'kachchi', 'katchi',
  // Hindi
  'morcha', 'parishad', 'samithi', 'samiti', 'sangh', 'sangathan',
  // Thai: "for" and "power" open parties' names
  'pheu', 'palang',
  // Swahili, Zulu and Xhosa: "Chama Cha Mapinduzi", "uMkhonto weSizwe", "Inkatha"
  'chama', 'umkhonto', 'inkatha',
  // Spanish and Portuguese, where the word need not come first: "Frente Amplio", "Fuerzas Armadas Revolucionarias"
  'frente', 'fuerzas', 'ejercito', 'ejército',
]);

/**
 * Arabic "supporters", which opens many militant groups' names ("Ansar al-Sharia", "Ansar Dine",
 * "Ansar Bait al-Maqdis", "Ansar Allah") and is also a given name ("Ansar Ali"): it opens a
 * group's name only before a word no list holds as a person's name.
 */
export const SUPPORTERS_WORDS: ReadonlySet<string> = new Set(['ansar', 'ansaru']);

/** Words after a country that name its government, not a separate body: "the Canadian Government", "US Administration". */
export const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(['government', 'administration', 'govt']);

/** Words that, after a capitalized "The", name a newspaper or magazine on their own: "The Guardian", "told The Times". */
export const NEWSPAPER_NAMES: ReadonlySet<string> = new Set([
  'guardian', 'independent', 'times', 'economist', 'observer', 'telegraph', 'mirror', 'express', 'chronicle',
  'inquirer', 'examiner', 'herald', 'tribune', 'gazette', 'globe', 'post', 'journal', 'star', 'mail', 'monitor',
  'dispatch', 'courier', 'bulletin', 'scotsman', 'spectator', 'atlantic', 'oregonian', 'tennessean', 'hindu',
]);

/**
 * Words that close a newspaper's title after the place it serves, which are ordinary words or no
 * firm's suffix elsewhere: "the Sacramento Bee", "The Arizona Republic", "the Ottawa Citizen",
 * "the Liverpool Echo". Not "leader", "democrat" or "constitution", which follow a place as a post,
 * a party's member or a charter ("the Texas Democrat"); those close a title only inside a
 * hyphened one ("Democrat-Gazette", "Herald-Leader").
 */
export const MASTHEAD_WORDS: ReadonlySet<string> = new Set([
  'bee', 'republic', 'register', 'blade', 'citizen', 'record', 'echo', 'sentinel', 'enquirer', 'courant', 'statesman',
  'ledger', 'picayune', 'telegram', 'dealer', 'eagle', 'banner', 'gleaner', 'intelligencer', 'advocate',
]);

/** Words that join a masthead word in a newspaper's hyphened or two-word title: "Times-Dispatch", "Plain Dealer", "Journal Sentinel". */
export const MASTHEAD_PARTS: ReadonlySet<string> = new Set([
  ...MASTHEAD_WORDS, ...NEWSPAPER_NAMES, 'news', 'press', 'review', 'union', 'democrat', 'republican', 'leader',
  'constitution', 'american', 'pilot', 'enterprise', 'plain', 'free', 'evening', 'morning', 'daily', 'sunday',
]);

/**
 * Nouns that head an apposition about an organization: "Brightwater, a Boston-based investment
 * firm", "Vexcor, the country's largest chipmaker", "Quill, a unit of Arden Group".
 */
export const APPOSITIVE_ORG_NOUNS: ReadonlySet<string> = new Set([
  ...[...ORG_ROLE_NOUNS].filter((noun) => noun !== 'producer' && noun !== 'side' && noun !== 'site' && noun !== 'rival' && noun !== 'rivals' && noun !== 'giant'),
  'corporation', 'concern', 'affiliate', 'chipmaker', 'drugmaker', 'steelmaker', 'planemaker', 'shipbuilder', 'provider',
  'fund', 'consortium', 'venture', 'watchdog', 'charity', 'foundation', 'institute', 'university',
  'college', 'school', 'body', 'coalition', 'alliance', 'movement', 'faction',
  'grouping', 'newspaper', 'weekly', 'monthly', 'channel', 'broadcaster', 'insurer',
  'bank', 'lender', 'group', 'firm', 'company', 'maker', 'manufacturer', 'retailer', 'chain', 'carrier', 'airline',
  // a part of a company run as one: "its budget arm, Jetstar,"
  'arm', 'offshoot',
  // a part of a government: "Destatis, the federal statistics office,", "Ofgem, the energy authority,"
  'office', 'ministry', 'department', 'authority', 'commission', 'bureau', 'inspectorate', 'directorate',
]);

/**
 * People who work at a seat of government, after whose name they stand: "White House aides",
 * "Kremlin officials", "White House press secretary". There the seat names its staff's employer.
 */
export const SEAT_STAFF_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'aide', 'aides', 'staff', 'staffer', 'staffers',
  'adviser', 'advisers', 'advisor', 'advisors', 'counsel', 'press', 'chief', 'lawyer', 'lawyers', 'economist', 'economists',
]);

/**
 * A common noun for a body of some kind ("company", "group", "club", "union"), which names none
 * alone; a club's last word names the club ("City manager Pep Guardiola").
 */
export const isBodyNoun = (lower: string): boolean =>
  !CLUB_TOWN_SUFFIXES.has(lower) && (INSTITUTION_HEADS.has(lower) || ORG_SUFFIXES.has(lower) || ORG_ROLE_NOUNS.has(lower) || BODY_KIND_NOUNS.has(lower) || APPOSITIVE_ORG_NOUNS.has(lower));
