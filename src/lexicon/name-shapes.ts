/**
 * Endings of family names from naming traditions that English news quotes often: Slavic
 * ("Ivanisevic", "Kowalski", "Shevchenko"), Georgian and Armenian ("Saakashvili", "Pashinyan"),
 * Nordic ("Johansson"), Greek ("Papadopoulos"), Romanian ("Popescu"), Turkish ("Davutoglu"),
 * Italian ("Berlusconi"), Iberian ("Rodriguez", "Ronaldinho"), German ("Zwingmann"), Japanese
 * ("Hashimoto"), Finnish ("Virtanen", "Kankkunen") and Lithuanian ("Sabonauskas", "Jankaitis"). A lone capitalized word the lexicons do not know and that ends in one is a
 * person's surname far more often than a company or a place.
 */
export const SURNAME_ENDINGS: readonly string[] = [
  'ovic', 'evic', 'ović', 'ević', 'ovich', 'evich', 'ski', 'sky', 'ska', 'cki', 'wicz', 'czyk', 'enko', 'chuk', 'yuk',
  'shvili', 'dze', 'yan', 'sson', 'ssen', 'opoulos', 'poulos', 'akis', 'idis', 'escu', 'oglu', 'oğlu', 'ini', 'elli',
  'etti', 'ucci', 'otti', 'oni', 'ez', 'inho', 'mann', 'stein', 'witz', 'moto', 'mura', 'shita', 'hashi', 'uchi',
  'nen', 'auskas', 'aitis',
];

/**
 * Endings of Russian and Bulgarian surnames ("Petrov", "Medvedev", "Ivanova"). They are also
 * endings of Slavic city names ("Rostov"), so they count only in words the gazetteer does not know, and after four letters ("Genova" is a city).
 */
export const SLAVIC_SURNAME_ENDINGS: readonly string[] = ['ov', 'ev', 'ova', 'eva'];

/** Endings of place names: "Kyrgyzstan", "Volgograd", "Jacksonville", "Hyderabad", "Jaipur". */
export const PLACE_ENDINGS: readonly string[] = ['stan', 'grad', 'ville', 'polis', 'abad', 'pur', 'burg', 'burgh'];

/**
 * Family names that are English function words: Cantonese "To", "Or", "So", "On", Korean and
 * Vietnamese "An" and "Do", English "Will" and "May". Capitalized mid-sentence after a given name they
 * are the surname ("James To", "Wilson Or", "George Will", "Theresa May"). No word list tags them as names.
 */
export const FUNCTION_WORD_SURNAMES: ReadonlySet<string> = new Set(['to', 'or', 'so', 'on', 'an', 'do', 'will', 'may']);
