/** The saint that opens a town's or a building's name, lower-cased without its dot: "St.", "Ste.", "Saint". */
export const SAINT_WORDS: ReadonlySet<string> = new Set(['st', 'ste', 'saint', 'sainte']);

/**
 * Parks, squares, palaces, museums, theatres and churches of Spanish, Portuguese, French and
 * Italian towns, whose names English news keeps untranslated with the head first: "Parque Simón
 * Bolívar", "Plaza de Mayo", "Palacio de Bellas Artes", "Museo del Prado", "Teatro Colón".
 */
const ROMANCE_SITE_HEADS = [
  'parque', 'plaza', 'praça', 'piazza', 'palacio', 'palácio', 'palazzo', 'museo', 'museu', 'musée', 'teatro', 'catedral',
  'iglesia', 'igreja',
];

/**
 * Place words that open a name and need no "of": "Lake Chad", "Mount Kenya", "River Severn", "Mt. Fuji",
 * "Cape Cod", "Port Said", "Fort Worth", "Camp David"; the same words of other languages
 * that English news keeps in names: "Beit Hanoun", "Wadi Rum", "Kafr Qasim", "Masjid al-Haram",
 * "Calle Betis", "Mauna Kea";
 * and the saints that name towns: "St. Helier", "Ste. Genevieve", "San Siro", "Santa Rosa".
 */
export const LEADING_PLACE_HEADS: ReadonlySet<string> = new Set([
  'lake', 'mount', 'mt', 'cape', 'port', 'fort', 'ft', 'camp',
  // Britain's rivers: "the River Thames", "the River Severn"
  'river',
  'beit', 'deir', 'wadi', 'kafr', 'kfar', 'jebel', 'jabal', 'masjid', 'tel',
  // streets and grounds of Spanish, Portuguese, French and Italian towns, which English news keeps
  // untranslated: "Calle Betis", "Avenida Paulista", "Rua Augusta", "Stade Mohammed V", "Estadio
  // Azteca", "Estádio da Luz" (Portuguese writes the accent)
  'calle', 'avenida', 'rua', 'estadio', 'estádio', 'stade', 'stadio',
  // motor racing tracks of Spain, Portugal, Italy and Latin America: "Circuito de Jerez",
  // "Autodromo Nazionale Monza", "Autódromo Hermanos Rodríguez"
  'circuito', 'autodromo', 'autódromo',
  // French peaks that cycling and skiing name with no particle: "Mont Ventoux", "Mont Aiguille"
  'mont',
  // mountains and islands of Hawaii, Thailand, Indonesia and Malaysia, and Germany's rural
  // districts: "Mauna Kea", "Doi Inthanon", "Khao Lak", "Khao Yai", "Gunung Agung", "Pulau Ubin",
  // "Landkreis Rosenheim"
  'mauna', 'doi', 'khao', 'gunung', 'pulau', 'landkreis',
  ...ROMANCE_SITE_HEADS,
  ...SAINT_WORDS, 'san', 'santa', 'sao', 'são',
]);

/**
 * The counties of the island of Ireland, which Irish copy names after "Co" or "Co.": "Ennis, Co
 * Clare", "a Co Meath farmer", "Co. Down". "Co" opens no other place, and closes firms' names
 * ("Smith & Co"), so only these names follow it.
 */
export const IRISH_COUNTIES: ReadonlySet<string> = new Set([
  'antrim', 'armagh', 'carlow', 'cavan', 'clare', 'cork', 'derry', 'donegal', 'down', 'dublin', 'fermanagh', 'galway',
  'kerry', 'kildare', 'kilkenny', 'laois', 'leitrim', 'limerick', 'londonderry', 'longford', 'louth', 'mayo', 'meath',
  'monaghan', 'offaly', 'roscommon', 'sligo', 'tipperary', 'tyrone', 'waterford', 'westmeath', 'wexford', 'wicklow',
]);

/**
 * Spanish, Portuguese and Italian words that open a place's name before a particle or, after
 * "the", a second word: "Costa del Sol", "Puerto de la Cruz", "Palma de Mallorca", "the Costa
 * Brava", "the Sierra Madre". The saints of LEADING_PLACE_HEADS open such names too.
 */
export const ROMANCE_PLACE_HEADS: ReadonlySet<string> = new Set([
  'costa', 'puerto', 'porto', 'playa', 'praia', 'rio', 'río', 'sierra', 'isla', 'islas', 'ilha', 'cabo', 'ciudad',
  'villa', 'vila', 'valle', 'monte', 'bahia', 'bahía', 'punta', 'lago', 'torre', 'castel', 'castello', 'castillo',
  'palma', 'santiago', 'ponte', ...ROMANCE_SITE_HEADS,
  // a French street, only before its particle ("Rue de Rivoli"): "Rue" alone opens a given name too
  'rue',
  // French peaks, plateaus and lakes that mountain stages and ski races name: "Mont de Marsan",
  // "Plateau de Beille", "Puy de Dôme", "Lac de Neuchâtel" (not "Col", a colonel's title as often)
  'mont', 'plateau', 'puy', 'lac',
  // French hill country that fire and flood copy names: "the Massif des Maures", "the Massif Central"
  'massif',
  // the Andes' salt flats, hills, lagoons, ravines and snow peaks that mining and travel copy
  // names: "the Salar de Atacama", "Cerro de Pasco", "the Laguna Colorada", "the Quebrada de
  // Humahuaca", "Nevado del Ruiz", "Volcán de Fuego" (not "Salinas", a surname before "de" too)
  'salar', 'cerro', 'laguna', 'quebrada', 'nevado', 'volcán',
]);

/**
 * Heads of a building's name that go on with "of" and what it holds or serves: "the Museum of
 * Fine Arts", "the Metropolitan Museum of Art", "the National Gallery of Art", "the Temple of Heaven".
 */
export const OF_BUILDING_HEADS: ReadonlySet<string> = new Set(['museum', 'gallery', 'hall', 'palace', 'cathedral', 'basilica', 'temple', 'shrine', 'mausoleum']);

/**
 * Heads of a division that "of" and the larger place follow: "the Pudong New Area of Shanghai",
 * "the Kurdistan Region of Iraq", "the Tibet Autonomous Region of China".
 */
export const DIVISION_HEADS: ReadonlySet<string> = new Set(['area', 'region', 'district', 'county', 'province', 'prefecture', 'zone', 'borough', 'township']);

/** Heads of a street's or a square's name, which a plain word may open: "Wall Street", "Park Avenue", "Times Square". */
export const STREET_HEADS: ReadonlySet<string> = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'lane', 'square']);

/** Roads that a number names: "Interstate 95", "Highway 101", "Route 66", "State Road 7". */
export const NUMBERED_ROAD_WORDS: ReadonlySet<string> = new Set(['interstate', 'highway', 'route', 'motorway', 'freeway', 'expressway', 'road']);

/**
 * Compass regions news names with "the": "the Southeast", "the Northwest", and the blocs it names
 * by one point ("aid from the West", "trade with the East"). Not "Southwest" alone, an airline's
 * name as often, nor "the North" and "the South", which name a divided country's governments
 * as often as its halves ("talks between the North and the South").
 */
export const COMPASS_REGIONS: ReadonlySet<string> = new Set(['northeast', 'northwest', 'southeast', 'southwest', 'east', 'west']);

/**
 * Place words that open a name with "of": "Gulf of Aden", "Strait of Hormuz", "Bay of Bengal",
 * "Sea of Japan", "Isle of Man", "Province of Quebec".
 */
export const OF_PLACE_HEADS: ReadonlySet<string> = new Set([
  'gulf', 'strait', 'straits', 'bay', 'sea', 'isle', 'island', 'islands', 'cape', 'lake', 'province', 'state',
  'commonwealth', 'kingdom', 'republic', 'emirate', 'sultanate', 'principality', 'duchy', 'mouth', 'coast', 'plains',
  'valley',
  // a harbour named for its city: "the Port of Newark", "the Port of Rotterdam"
  'port',
  // buildings named for what they stand in or hold: "the Tower of London", "the Palace of Westminster", "the Dome of the Rock"
  'tower', 'palace', 'temple', 'dome', 'castle',
]);

// Heads that a headline writes before a place it only locates, lower-case in prose: "OFF COAST OF
// SOMALIA", "STATE OF EMERGENCY", "ISLAND OF CRETE".
const LOCATING_OF_HEADS = new Set(['coast', 'mouth', 'valley', 'plains', 'island', 'islands', 'state']);

/**
 * The "of" heads that open a place's name in capitals too, where no case marks where a name
 * begins: "GULF OF MEXICO", "STRAIT OF HORMUZ", "BAY OF BENGAL".
 */
export const SHOUTED_OF_PLACE_HEADS: ReadonlySet<string> = new Set([...OF_PLACE_HEADS].filter((w) => !LOCATING_OF_HEADS.has(w)));

/**
 * Words that, capitalized before a place, name a part of it: "Southern California", "East
 * Jerusalem", "Greater London", "Upper Egypt". Lower-case ("northern Iraq") they stay outside.
 */
export const PLACE_PART_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper',
  'lower', 'greater', 'inner', 'outer', 'mainland',
]);

/**
 * Plural nouns of a division that close a list of names: "Fukui and Ishikawa prefectures", "the
 * Kunar and Nuristan provinces". Only the name right before the noun, after "and" or a comma, is
 * read by them (the list's other names are named on their own).
 */
export const PLURAL_DIVISION_NOUNS: ReadonlySet<string> = new Set([
  'provinces', 'prefectures', 'districts', 'regions', 'governorates', 'oblasts', 'municipalities', 'counties',
]);

/**
 * Plural nouns of land, water and a town's quarters that close a list of names as a division's
 * plural does: "the Swannanoa and French Broad rivers", "the Petobo and Balaroa neighbourhoods".
 * Not "islands", which a name alone before it takes ("the Kuril islands").
 */
export const PLURAL_FEATURE_NOUNS: ReadonlySet<string> = new Set([
  'rivers', 'lakes', 'valleys', 'glaciers', 'volcanoes', 'neighbourhoods', 'neighborhoods', 'wards', 'parishes', 'townships', 'villages',
]);

/**
 * Lower-case nouns of kinds of place that follow a name and make it a place: "the Erez
 * checkpoint", "the Drina valley", "Tuzla airport", "the Allenby crossing". Not "camp", which
 * follows a candidate's name as often ("the Dole camp").
 */
export const PLACE_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set([
  'checkpoint', 'crossing', 'border', 'frontier', 'region', 'valley', 'enclave', 'province', 'district', 'prefecture',
  'municipality', 'governorate', 'oblast', 'township', 'suburb', 'suburbs', 'river', 'airport', 'airbase', 'basin',
  'peninsula', 'area', 'coast', 'highlands', 'mountains', 'refinery', 'seaport', 'port',
  // a town's part named for a founder or a landmark: "the Sam Hughes neighborhood"; a shore: "Bondi beach"
  'neighborhood', 'neighbourhood', 'beach',
  // electoral and civic divisions: "his Sedgefield constituency", "the Wentworth electorate", "the
  // Outremont riding", "the Kilburn ward", "the St Ives parish", "the Brent borough"
  'constituency', 'electorate', 'riding', 'ward', 'parish', 'borough',
  // features of land and water: "the Merapi volcano", "the Kerch strait", "the Kuril islands"
  'volcano', 'glacier', 'strait', 'canal', 'desert', 'plateau', 'delta', 'archipelago', 'island', 'islands',
  'gorge', 'lagoon', 'estuary', 'dam', 'reservoir', 'rainforest', 'jungle',
  // mountains and the channels floods run down: "the Gran Sasso massif", "the Poyo ravine", "the
  // Taal caldera"
  'massif', 'ravine', 'caldera',
  // a road's way through a range, named by its pass: "the southern end of the Salang tunnel"
  'tunnel',
  // fields of oil and gas, named by a name before them: "the Tengiz field", "the Troll gasfield"
  'field', 'oilfield', 'gasfield',
  // places of worship, named by a name before them: "the Rabaa al-Adawiya mosque", "the Kiyomizu temple"
  'mosque', 'shrine', 'monastery', 'synagogue', 'cathedral', 'temple',
  // buildings a story names by what they hold: "the Abu Ghraib prison", "the Shifa hospital"
  'prison', 'jail', 'hospital', 'stadium',
  // sites that mining and drilling news names: "its El Teniente mine", "the Johan Sverdrup oilfield",
  // "the Talcher coalfield"
  'mine', 'mines', 'smelter', 'oilfield', 'gasfield', 'coalfield',
  // wire copy from China lower-cases the division: "Wenchuan county", "Hubei and Hunan provinces";
  // Indonesia's is the regency: "Bantul regency"
  'county', 'provinces', 'village', 'regency',
  // forests that gunmen and rebels hide in: "the Sububu forest", "the Sambisa forest"
  'forest',
]);

/**
 * What a site yields, written between its name and the noun of the site: "the Tara zinc mine",
 * "the Rosebank oil field", "the Vaca Muerta shale formation", "the Mount Keith nickel mine".
 */
export const RESOURCE_WORDS: ReadonlySet<string> = new Set([
  'copper', 'gold', 'silver', 'zinc', 'nickel', 'cobalt', 'lithium', 'iron', 'ore', 'coal', 'platinum', 'diamond',
  'uranium', 'tin', 'bauxite', 'potash', 'phosphate', 'manganese', 'oil', 'gas', 'shale', 'offshore', 'onshore', 'opencast',
]);

/** The sites a resource word before them names, the formation only so ("the Vaca Muerta shale formation"). */
export const RESOURCE_SITE_NOUNS: ReadonlySet<string> = new Set([
  'mine', 'mines', 'field', 'fields', 'oilfield', 'gasfield', 'coalfield', 'formation', 'deposit', 'deposits',
]);

/** At most this many resource words stand between a site's name and its noun: "the Savage River iron ore mine". */
export const MAX_RESOURCE_WORDS = 2;

/**
 * Camps a name before them places, lower-cased, maybe after the people they hold: "the Zamzam
 * camp", "the Kakuma refugee camp". A person's name there is a campaign's ("the Haley camp").
 */
export const CAMP_NOUNS: ReadonlySet<string> = new Set(['camp', 'camps']);
export const CAMP_DWELLERS: ReadonlySet<string> = new Set(['refugee', 'refugees', 'displacement', 'idp', 'transit', 'detention']);

/**
 * Verbs and nouns of travel, whose "to", "from" or "into" points at a place: "flew to Zvornik",
 * "fled from Zepa", "the road to Tuzla". Not "moved", "returned" or "transferred", which take a
 * player to a club as often.
 */
export const JOURNEY_VERBS: ReadonlySet<string> = new Set([
  'flew', 'fly', 'flying', 'flown', 'travelled', 'traveled', 'travel', 'travelling', 'traveling', 'drove', 'driven',
  'sailed', 'fled', 'flee', 'fleeing', 'evacuated', 'deported', 'expelled', 'headed', 'heading', 'marched', 'retreated',
  'withdrew', 'withdrawn', 'emigrated', 'escaped', 'airlifted', 'trekked', 'extradited', 'trip', 'journey', 'flight',
  'flights', 'route', 'road', 'highway', 'railway', 'visit',
]);

/**
 * Words before "at" that put what follows on the map: "the camps at Mugunga", "fighting at
 * Kiran", "landed at Pleso". Not "jobs at", "analyst at" or "talks at", which as often lead to a
 * company or a body.
 */
export const PLACE_AT_WORDS: ReadonlySet<string> = new Set([
  'camp', 'camps', 'base', 'bases', 'checkpoint', 'checkpoints', 'crossing', 'fighting', 'clashes', 'battle',
  'ambush', 'massacre', 'summit', 'arrived', 'landed', 'stationed', 'stranded', 'encamped',
  // where troops are kept, ships are built and sieges and landings happen: "the airfield at
  // Hostomel", "the garrison at Kohima", "the dockyard at Devonport", "the landings at Anzio"
  'airfield', 'airfields', 'airbase', 'garrison', 'garrisons', 'barracks', 'shipyard', 'shipyards', 'dockyard', 'dockyards',
  'landing', 'landings', 'siege',
]);

/**
 * Verbs that send people back at a place: "turned back at Kalesija", "were sent back at the
 * border". "back at" after others answers someone: "hit back at Obama", "fired back at Google".
 */
export const TURNED_BACK_VERBS: ReadonlySet<string> = new Set(['turned', 'sent', 'pushed', 'driven', 'forced', 'stopped']);

/** Street-type words that close an address: "1600 Pennsylvania Avenue", "221 Baker St." */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'way', 'place',
  'court', 'terrace', 'parkway', 'pkwy', 'highway', 'hwy', 'crescent', 'row', 'alley',
]);

/** "New York-based Loews Corp.", "Kremlin-backed media": the ending that makes a name a modifier of what follows. */
export const AFFIXED_MODIFIER = /-(?:based|born|bred|backed|led|owned|run|listed|made|headquartered|registered|funded|controlled|dominated|linked|allied|friendly)$/i;

/**
 * Nouns that head an apposition describing a place: "Nazran, a town in Ingushetia", "Arbil, the
 * capital of the enclave", "Rahmaniya, a village near the border". Not "state" or "republic",
 * which head a description of a government as often ("Gazprom, the state gas monopoly").
 */
export const PLACE_APPOSITION_HEADS: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'hamlet', 'capital', 'province', 'region', 'district', 'county', 'port', 'island',
  'suburb', 'municipality', 'prefecture', 'enclave', 'stronghold', 'settlement', 'neighbourhood', 'neighborhood',
  'resort', 'oasis', 'outpost', 'seaport', 'township', 'borough', 'crossing',
]);

/** Units of a distance that places one place from another: "60 km south of Grozny", "30 miles from Kabul". */
export const DISTANCE_UNITS: ReadonlySet<string> = new Set(['km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'mi', 'metres', 'meters', 'yards']);

/** Compass directions that place a town from a known one: "south of Grozny", "north-west of the capital". */
export const COMPASS_DIRECTIONS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west',
]);
