import { lookupTable } from './lookup-table';
/**
 * How news writes currencies, mapped to ISO 4217 codes. Every code here is checked against the
 * `currency-codes` package (or HISTORIC_CURRENCY_CODES) by test/lexicon/currencies.test.ts.
 * Keys are lower-case; multi-word names use single spaces and no dots ("us dollar").
 */

/** Currency signs, before or after the number: "$5", "€40m", "5 €", "100元". */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = lookupTable({
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS',
  '₦': 'NGN', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', '₫': 'VND', '₱': 'PHP', '฿': 'THB', '₴': 'UAH', '₸': 'KZT',
  '₵': 'GHS', '₲': 'PYG', '₼': 'AZN', '₮': 'MNT', '₨': 'INR', '元': 'CNY', '円': 'JPY', '₣': 'CHF', '₿': '',
});

/**
 * Letters written before "$" (or "£") to say which dollar: "US$", "C$", "A$", "HK$", "NZ$",
 * "S$", "R$", "NT$", "Mex$"; also the code itself ("USD$", "AUD$").
 */
export const SYMBOL_PREFIXES: Readonly<Record<string, string>> = lookupTable({
  us: 'USD', usd: 'USD', u: 'USD',
  c: 'CAD', ca: 'CAD', can: 'CAD', cad: 'CAD',
  a: 'AUD', au: 'AUD', aus: 'AUD', aud: 'AUD',
  nz: 'NZD', nzd: 'NZD',
  hk: 'HKD', hkd: 'HKD',
  s: 'SGD', sg: 'SGD', sgd: 'SGD',
  r: 'BRL', brl: 'BRL',
  nt: 'TWD', twd: 'TWD',
  mex: 'MXN', mx: 'MXN', mxn: 'MXN',
  j: 'JMD', jmd: 'JMD',
  z: 'ZWL',
  ec: 'XCD',
  gb: 'GBP', uk: 'GBP',
});

/** Single-letter prefixes: trusted glued ("C$5") but not spaced after an apostrophe ("'s $5"). */
export const SINGLE_LETTER_PREFIXES: ReadonlySet<string> = new Set(['u', 'c', 'a', 's', 'r', 'j', 'z']);

/**
 * Abbreviations written before the number in place of a sign: "Rs 500", "RM2 billion", "Rp 10,000",
 * and the wire services' Scandinavian crowns and pre-euro francs, guilders and pesetas ("Skr 1.2
 * billion", "FFr 2 billion", "Dfl 300 million", "Ptas 20 billion").
 */
export const CURRENCY_PREFIX_WORDS: Readonly<Record<string, string>> = lookupTable({
  rs: 'INR', inr: 'INR', rm: 'MYR', kr: 'SEK', rp: 'IDR', ksh: 'KES', kshs: 'KES', php: 'PHP', tk: 'BDT', dh: 'AED', dhs: 'AED',
  sfr: 'CHF', chf: 'CHF', dm: 'DEM', ff: 'FRF', rmb: 'CNY', hk: 'HKD', nis: 'ILS', zar: 'ZAR',
  skr: 'SEK', nkr: 'NOK', dkr: 'DKK', ffr: 'FRF', bfr: 'BEF', lfr: 'LUF', dfl: 'NLG', hfl: 'NLG', pta: 'ESP', ptas: 'ESP',
  // East Africa's shillings as its papers write them: Kenya's "Sh3.6 trillion" (the widest read of
  // the bare "Sh"), Uganda's "Shs50 billion", "USh", and Tanzania's "TSh"
  sh: 'KES', shs: 'UGX', ush: 'UGX', ushs: 'UGX', tsh: 'TZS', tshs: 'TZS',
  // South Africa's rand and Nigeria's naira as their papers write them before a scale ("R50bn",
  // "N2.5 billion"); alone, one letter before a number is a road, a grade or a model
  r: 'ZAR', n: 'NGN',
});

/** Prefix abbreviations that are no English word, trusted in lower case too ("kr 10", "rs 20"). */
export const LOWER_CASE_PREFIX_WORDS: ReadonlySet<string> = new Set(['kr', 'rs', 'inr']);

/** Abbreviations written after the number, as written: "42 RM", "20Rs", "10 kr". */
export const SUFFIX_ABBREVIATIONS: Readonly<Record<string, string>> = lookupTable({ RM: 'MYR', Rs: 'INR', kr: 'SEK', Kr: 'SEK' });

/**
 * "a dollar", "a buck", "a grand", "a couple of bucks": currency words an article or "a couple"
 * counts, as speech does. Not "a yen for travel", "a mark of respect" or "lost a pound".
 */
export const COUNTED_BY_ARTICLE: ReadonlySet<string> = new Set([
  'dollar', 'dollars', 'buck', 'bucks', 'grand', 'euro', 'euros', 'quid', 'penny', 'pennies', 'cent', 'cents', 'rupee', 'rupees',
]);

/** Verbs whose "a buck" is a male deer: "shot a buck after dawn", "saw a buck in the woods". */
export const GAME_VERBS: ReadonlySet<string> = new Set([
  'shot', 'shoot', 'shoots', 'killed', 'kill', 'kills', 'hunted', 'hunt', 'hunting', 'bagged', 'bag', 'spotted',
  'spot', 'saw', 'see', 'sees', 'tagged', 'harvested', 'stalked', 'startled', 'photographed',
]);

/** "3 grand", "a grand": a thousand dollars in speech. */
export const GRAND = 1000;

/**
 * Words that may follow a spoken amount ("paid 3 grand for it", "a dollar a day"); any other word
 * makes "grand" the adjective ("a grand total", "two grand slams") and "a dollar" a modifier
 * ("a dollar sign", "a euro zone").
 */
export const WORDS_AFTER_SPOKEN_AMOUNT: ReadonlySet<string> = new Set([
  'for', 'in', 'a', 'an', 'and', 'or', 'to', 'on', 'per', 'each', 'from', 'at', 'of', 'off', 'more', 'less', 'cash',
  'upfront', 'down', 'back', 'short', 'extra', 'worth', 'is', 'was', 'will', 'would', 'plus', 'last', 'this', 'next',
  'up', 'please', 'now', 'later', 'tops', 'max', 'minimum', 'left', 'after', 'since', 'than', 'apiece',
  'overnight', 'yesterday', 'today', 'again', 'higher', 'lower',
]);

/** Words a few tokens before "pounds" that make it weight: "weighed about 7 pounds", "heavier by 3 pounds". */
export const WEIGHT_CUES: ReadonlySet<string> = new Set([
  'weigh', 'weighs', 'weighed', 'weighing', 'weight', 'heavy', 'heavier', 'lighter', 'overweight',
]);

/** How many tokens before "pounds" a weight cue may stand: "weighing more than 300 pounds". */
export const WEIGHT_CUE_REACH = 5;

/** "7 pounds 5 ounces": a smaller weight unit after the pounds. */
export const WEIGHT_UNITS_AFTER_POUNDS: ReadonlySet<string> = new Set(['ounce', 'ounces', 'oz']);

/** Nouns after a hyphenated "N-pound" that money pays ("a ten-pound note"); before any other it is weight ("a 300-pound man"). */
export const POUND_MONEY_NOUNS: ReadonlySet<string> = new Set([
  'note', 'notes', 'coin', 'coins', 'fine', 'fines', 'fee', 'fees', 'ticket', 'tickets', 'bill', 'bills', 'charge', 'levy',
  'tax', 'bet', 'stake', 'voucher', 'vouchers', 'prize', 'payment', 'payments', 'loan', 'bonus', 'donation', 'price',
]);

/**
 * Currency names after the number, singular form: "5 euros", "5 mln dlrs", "10,000 yen". The
 * value is the code, or '' for a currency with no ISO code (bitcoin).
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = lookupTable({
  dollar: 'USD', dlr: 'USD', buck: 'USD', usd: 'USD',
  euro: 'EUR', eur: 'EUR',
  sterling: 'GBP', stg: 'GBP', quid: 'GBP', gbp: 'GBP',
  yen: 'JPY', jpy: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', cny: 'CNY', kuai: 'CNY',
  rupee: 'INR', inr: 'INR',
  ruble: 'RUB', rouble: 'RUB', rub: 'RUB',
  franc: 'CHF', chf: 'CHF',
  peso: 'MXN',
  reais: 'BRL', real: 'BRL', won: 'KRW', mark: 'DEM',
  rand: 'ZAR',
  dirham: 'AED', dirhams: 'AED',
  riyal: 'SAR', rial: 'IRR',
  dinar: 'KWD',
  shekel: 'ILS', sheqel: 'ILS',
  lira: 'TRY', lire: 'ITL',
  krona: 'SEK', kronor: 'SEK', krone: 'DKK', kroner: 'NOK', kronur: 'ISK',
  zloty: 'PLN', zlotys: 'PLN', zlotych: 'PLN',
  forint: 'HUF', koruna: 'CZK', baht: 'THB', ringgit: 'MYR', rupiah: 'IDR', dong: 'VND', naira: 'NGN',
  cedi: 'GHS', shilling: 'KES', hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH', tenge: 'KZT', taka: 'BDT',
  kyat: 'MMK', tugrik: 'MNT', tughrik: 'MNT', lari: 'GEL', dram: 'AMD', manat: 'AZN', leu: 'RON', lei: 'RON', lev: 'BGN', leva: 'BGN',
  kuna: 'HRK', kwacha: 'ZMW', pula: 'BWP', rufiyaa: 'MVR', pataca: 'MOP', bolivar: 'VES', bolivares: 'VES',
  sol: 'PEN', soles: 'PEN', quetzal: 'GTQ', quetzales: 'GTQ', lempira: 'HNL', cordoba: 'NIO', guarani: 'PYG',
  colon: 'CRC', colones: 'CRC', afghani: 'AFN', birr: 'ETB', ariary: 'MGA', ouguiya: 'MRU', somoni: 'TJS',
  markka: 'FIM', markkaa: 'FIM', guilder: 'NLG', peseta: 'ESP', escudo: 'PTE', drachma: 'GRD', drachmas: 'GRD',
  drachmae: 'GRD', schilling: 'ATS', punt: 'IEP',
  // the European Currency Unit, the euro's forerunner in the 1980s' and 1990s' EU budgets and bonds
  ecu: 'XEU',
  bitcoin: '', btc: '', satoshi: '',
});

/** Currency words that are also ordinary English words, trusted only with a scale or a big number. */
export const AMBIGUOUS_CURRENCY_WORDS: ReadonlySet<string> = new Set(['won', 'mark', 'real', 'sol', 'colon', 'lev', 'dram', 'dong']);

/** Of those, the ones whose plural is the same word ("1,000 won", "50,000 dong"). */
export const INVARIANT_CURRENCY_WORDS: ReadonlySet<string> = new Set(['won', 'dong']);

/** Words before an amount that make it a price: "cost 500 won", "for 800 won", "paid 300 won". */
export const PRICE_LEAD_WORDS: ReadonlySet<string> = new Set(
  'cost costs costing paid pay pays paying priced price prices worth for at fetch fetched fetches charge charged charges sold sell sells bought buy buys earn earned earns spent spend spends fined fine raised only just about around nearly almost than under over'.split(' '),
);

/** Words that close the phrase an amount's currency ends: "cost 500 won for a bowl", "800 won each". */
export const AFTER_PRICE_WORDS: ReadonlySet<string> = new Set('for each apiece per a an in at to from or and on with'.split(' '));

/** Singular forms of plural currency words ("dollars" → "dollar"). */
export const CURRENCY_PLURALS: Readonly<Record<string, string>> = lookupTable({
  dollars: 'dollar', dlrs: 'dlr', bucks: 'buck', euros: 'euro', pounds: 'pound', rupees: 'rupee', rubles: 'ruble',
  roubles: 'rouble', francs: 'franc', pesos: 'peso', rands: 'rand', riyals: 'riyal', rials: 'rial', dinars: 'dinar',
  shekels: 'shekel', sheqalim: 'shekel', liras: 'lira', marks: 'mark', reals: 'real', crowns: 'crown',
  shillings: 'shilling', cedis: 'cedi', kyats: 'kyat', nairas: 'naira', bahts: 'baht', guilders: 'guilder',
  pesetas: 'peseta', escudos: 'escudo', schillings: 'schilling', punts: 'punt', bitcoins: 'bitcoin',
  satoshis: 'satoshi', kwachas: 'kwacha', quetzals: 'quetzal', lempiras: 'lempira', cordobas: 'cordoba',
  guaranis: 'guarani', afghanis: 'afghani', yuans: 'yuan', manats: 'manat', laris: 'lari', drams: 'dram',
  tenges: 'tenge', takas: 'taka', forints: 'forint', korunas: 'koruna', ringgits: 'ringgit', rupiahs: 'rupiah',
  dongs: 'dong', leus: 'leu', levs: 'lev', kunas: 'kuna', pulas: 'pula', colons: 'colon', somonis: 'somoni',
  birrs: 'birr', markkas: 'markka', ecus: 'ecu', yens: 'yen', euroes: 'euro', usds: 'usd', tugriks: 'tugrik', tughriks: 'tughrik',
});

/**
 * Names besides the ambiguous words that are no currency before a number: "pounds 5 ounces",
 * "punt 40 yards", "sterling 3 hotels", the codes that have their own reader, and units of coins
 * with no ISO code.
 */
const NOT_BEFORE_NUMBER: ReadonlySet<string> = new Set([
  ...AMBIGUOUS_CURRENCY_WORDS, 'pound', 'buck', 'punt', 'sterling', 'stg', 'quid', 'dlr', 'crown', 'kuai',
  'usd', 'eur', 'gbp', 'jpy', 'cny', 'inr', 'rmb',
]);

/**
 * Currency names, singular and plural, that price lists and speech write before the number:
 * "ringgit 42", "dollars 5", "dollar 22.5 million".
 */
export const NAMES_BEFORE_NUMBER: ReadonlySet<string> = new Set(
  [...Object.keys(CURRENCY_WORDS), ...Object.keys(CURRENCY_PLURALS)].filter((word) => {
    const name = CURRENCY_PLURALS[word] ?? word;
    return CURRENCY_WORDS[name] && !NOT_BEFORE_NUMBER.has(name);
  }),
);

/**
 * Names of sterling that wire copy writes before a scaled amount ("sterling 300 million", "stg
 * 40 mln"); before a plain number they count something else ("sterling 3 hotels").
 */
export const SCALED_NAMES_BEFORE_NUMBER: ReadonlySet<string> = new Set(['sterling', 'stg']);

/**
 * A currency named by a country or region word before the name: "U.S. dollars", "Australian
 * dollars", "Swiss francs", "South Korean won", "pounds sterling" is in POUND_STERLING below.
 * Key: "<qualifier> <singular name>".
 */
export const QUALIFIED_CURRENCY_WORDS: Readonly<Record<string, string>> = lookupTable({
  'us dollar': 'USD', 'american dollar': 'USD', 'united states dollar': 'USD', 'us dlr': 'USD', 'greenback dollar': 'USD',
  'australian dollar': 'AUD', 'aussie dollar': 'AUD', 'canadian dollar': 'CAD', 'hong kong dollar': 'HKD',
  'new zealand dollar': 'NZD', 'singapore dollar': 'SGD', 'taiwan dollar': 'TWD', 'new taiwan dollar': 'TWD',
  'taiwanese dollar': 'TWD', 'jamaican dollar': 'JMD', 'zimbabwe dollar': 'ZWL', 'zimbabwean dollar': 'ZWL',
  'namibian dollar': 'NAD', 'fijian dollar': 'FJD', 'fiji dollar': 'FJD', 'bahamian dollar': 'BSD', 'barbados dollar': 'BBD',
  'belize dollar': 'BZD', 'brunei dollar': 'BND', 'guyanese dollar': 'GYD', 'liberian dollar': 'LRD',
  'east caribbean dollar': 'XCD', 'trinidad and tobago dollar': 'TTD', 'bermudian dollar': 'BMD',
  'british pound': 'GBP', 'uk pound': 'GBP', 'english pound': 'GBP', 'egyptian pound': 'EGP', 'lebanese pound': 'LBP',
  'syrian pound': 'SYP', 'sudanese pound': 'SDG', 'irish pound': 'IEP', 'cypriot pound': 'CYP', 'cyprus pound': 'CYP',
  'chinese yuan': 'CNY', 'japanese yen': 'JPY', 'indian rupee': 'INR', 'pakistani rupee': 'PKR', 'pakistan rupee': 'PKR',
  'sri lankan rupee': 'LKR', 'sri lanka rupee': 'LKR', 'nepalese rupee': 'NPR', 'nepali rupee': 'NPR',
  'mauritian rupee': 'MUR', 'seychelles rupee': 'SCR', 'indonesian rupiah': 'IDR',
  'russian ruble': 'RUB', 'russian rouble': 'RUB', 'belarusian ruble': 'BYN', 'belarusian rouble': 'BYN',
  'swiss franc': 'CHF', 'french franc': 'FRF', 'belgian franc': 'BEF', 'luxembourg franc': 'LUF', 'cfa franc': 'XOF',
  'congolese franc': 'CDF', 'rwandan franc': 'RWF', 'burundian franc': 'BIF', 'guinean franc': 'GNF',
  'djiboutian franc': 'DJF', 'malagasy franc': 'MGF', 'comorian franc': 'KMF',
  'mexican peso': 'MXN', 'philippine peso': 'PHP', 'argentine peso': 'ARS', 'argentinian peso': 'ARS',
  'chilean peso': 'CLP', 'colombian peso': 'COP', 'cuban peso': 'CUP', 'dominican peso': 'DOP', 'uruguayan peso': 'UYU',
  'brazilian real': 'BRL', 'south african rand': 'ZAR', 'uae dirham': 'AED', 'emirati dirham': 'AED',
  'moroccan dirham': 'MAD', 'saudi riyal': 'SAR', 'qatari riyal': 'QAR', 'qatar riyal': 'QAR', 'omani rial': 'OMR',
  'iranian rial': 'IRR', 'yemeni rial': 'YER', 'kuwaiti dinar': 'KWD', 'bahraini dinar': 'BHD', 'jordanian dinar': 'JOD',
  'iraqi dinar': 'IQD', 'libyan dinar': 'LYD', 'tunisian dinar': 'TND', 'algerian dinar': 'DZD', 'serbian dinar': 'RSD',
  'israeli shekel': 'ILS', 'new shekel': 'ILS', 'new israeli shekel': 'ILS', 'turkish lira': 'TRY', 'italian lira': 'ITL',
  'maltese lira': 'MTL', 'swedish krona': 'SEK', 'swedish crown': 'SEK', 'danish krone': 'DKK', 'danish crown': 'DKK',
  'norwegian krone': 'NOK', 'norwegian crown': 'NOK', 'icelandic krona': 'ISK', 'czech koruna': 'CZK', 'czech crown': 'CZK',
  'slovak koruna': 'SKK', 'estonian kroon': 'EEK', 'polish zloty': 'PLN', 'hungarian forint': 'HUF', 'thai baht': 'THB',
  'malaysian ringgit': 'MYR', 'malaysia ringgit': 'MYR', 'mongolian tugrik': 'MNT', 'vietnamese dong': 'VND', 'nigerian naira': 'NGN', 'ghanaian cedi': 'GHS',
  'kenyan shilling': 'KES', 'ugandan shilling': 'UGX', 'tanzanian shilling': 'TZS', 'somali shilling': 'SOS',
  'austrian schilling': 'ATS', 'ukrainian hryvnia': 'UAH', 'kazakh tenge': 'KZT', 'bangladeshi taka': 'BDT',
  'south korean won': 'KRW', 'korean won': 'KRW', 'north korean won': 'KPW', 'peruvian sol': 'PEN',
  'venezuelan bolivar': 'VES', 'romanian leu': 'RON', 'bulgarian lev': 'BGN', 'croatian kuna': 'HRK',
  'georgian lari': 'GEL', 'armenian dram': 'AMD', 'azerbaijani manat': 'AZN', 'zambian kwacha': 'ZMW',
  'malawian kwacha': 'MWK', 'botswana pula': 'BWP', 'finnish markka': 'FIM', 'dutch guilder': 'NLG',
  'spanish peseta': 'ESP', 'portuguese escudo': 'PTE', 'greek drachma': 'GRD', 'german mark': 'DEM',
  'deutsche mark': 'DEM', 'deutschmark': 'DEM', 'd mark': 'DEM', 'finnish mark': 'FIM', 'brazilian cruzeiro': 'BRE',
  'pound sterling': 'GBP', 'sterling pound': 'GBP', 'hk dollar': 'HKD', 'nt dollar': 'TWD', 'sg dollar': 'SGD',
  'nz dollar': 'NZD', 'aus dollar': 'AUD', 'au dollar': 'AUD', 'can dollar': 'CAD', 'israeli new shekel': 'ILS',
  'european currency unit': 'XEU',
});

/**
 * Plurals of currency names that only a qualifier makes sure of: "20 Brazilian reais", "500 Danish
 * kroner", "300 Swedish kronor", "120 Polish zlotys". Alone, "kroner" keeps its own entry in
 * CURRENCY_WORDS and "reais" is no longer the ambiguous "real".
 */
export const QUALIFIED_NAME_PLURALS: Readonly<Record<string, string>> = lookupTable({
  reais: 'real', zlotys: 'zloty', zlotych: 'zloty', kroner: 'krone', kronor: 'krona', kronur: 'krona',
  dirhams: 'dirham', hryvnias: 'hryvnia', bolivares: 'bolivar', soles: 'sol', quetzales: 'quetzal', colones: 'colon',
  drachmas: 'drachma', lire: 'lira', lei: 'leu', leva: 'lev', markkaa: 'markka', sheqels: 'sheqel', units: 'unit',
});

/** The longest qualifier in QUALIFIED_CURRENCY_WORDS, in words: bounds the look-ahead. */
export const MAX_CURRENCY_QUALIFIER_WORDS = 4;

/** Minor units: the currency they belong to and how many make one major unit. */
export interface MinorUnit {
  currency: string;
  perMajor: number;
  /**
   * The currencies whose hundredth the word names, when it names no one currency: a "cent" is a
   * hundredth of a dollar or a euro and a "penny" one of a pound or a dollar, so the story decides
   * (see story-currency.ts) and `currency` is only the guess for a story that gives no clue.
   */
  sharedBy?: readonly string[];
}

/** The currencies news counts in cents: the dollars and the euro. */
const CENT_CURRENCIES: readonly string[] = ['USD', 'EUR', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'ZAR'];
/** The currencies whose cent news calls a penny: Britain's, and the North American cent. */
const PENNY_CURRENCIES: readonly string[] = ['GBP', 'USD', 'CAD'];

const CENT: MinorUnit = { currency: 'USD', perMajor: 100, sharedBy: CENT_CURRENCIES };

/**
 * "50 cents" → 0.5 USD; "470 pence" → 4.7 GBP; "20p" is in GLUED_MINOR_UNITS. Alone, "a penny"
 * guesses Britain's and "pennies" the American coin, which US copy counts in ("5,000 pennies").
 */
export const MINOR_UNIT_WORDS: Readonly<Record<string, MinorUnit>> = lookupTable({
  cent: CENT,
  cents: CENT,
  cts: CENT,
  eurocent: { currency: 'EUR', perMajor: 100 },
  eurocents: { currency: 'EUR', perMajor: 100 },
  penny: { currency: 'GBP', perMajor: 100, sharedBy: PENNY_CURRENCIES },
  pence: { currency: 'GBP', perMajor: 100 },
  pennies: { currency: 'USD', perMajor: 100, sharedBy: PENNY_CURRENCIES },
  kopeck: { currency: 'RUB', perMajor: 100 },
  kopecks: { currency: 'RUB', perMajor: 100 },
  kopek: { currency: 'RUB', perMajor: 100 },
  kopeks: { currency: 'RUB', perMajor: 100 },
  paise: { currency: 'INR', perMajor: 100 },
  centime: { currency: 'CHF', perMajor: 100 },
  centimes: { currency: 'CHF', perMajor: 100 },
  centavo: { currency: 'MXN', perMajor: 100 },
  centavos: { currency: 'MXN', perMajor: 100 },
  satang: { currency: 'THB', perMajor: 100 },
  fen: { currency: 'CNY', perMajor: 100 },
  mao: { currency: 'CNY', perMajor: 10 },
  jiao: { currency: 'CNY', perMajor: 10 },
});

/**
 * Minor units read only after their major unit: "20 ringgit and 43 sen". Alone, "sen" is more
 * often the abbreviation of senator ("42 Sen. Smith").
 */
export const ADDEND_MINOR_UNITS: Readonly<Record<string, MinorUnit>> = lookupTable({
  sen: { currency: 'MYR', perMajor: 100 },
});

/** Minor-unit letters trusted only glued to the digits and in lower case: "20p", "99c", "10¢" (not "5C"). */
export const GLUED_MINOR_UNITS: Readonly<Record<string, MinorUnit>> = lookupTable({
  p: { currency: 'GBP', perMajor: 100 },
  c: CENT,
  '¢': CENT,
});

/**
 * Lookalike codes that are still the currency right after a number or before one that no name
 * precedes: "42 SAR", "SAR 10", not "Hong Kong SAR 10 years on".
 */
export const NUMBER_BOUND_CODES: ReadonlySet<string> = new Set(['SAR']);

/** ISO 4217 codes that are also everyday English words; never read as codes ("ALL 5 solutions"). */
export const CODE_LOOKALIKES: ReadonlySet<string> = new Set([
  'ALL', 'TOP', 'CUP', 'MOP', 'BOB', 'SOS', 'PEN', 'TRY', 'GEL', 'MAD', 'BAM', 'AMD', 'ANG', 'CVE', 'DOP', 'FOK',
  'GIP', 'MUR', 'NAD', 'PAB', 'SAR', 'STD', 'TND', 'WST', 'XAU', 'XAG', 'XPT', 'XPD', 'XTS', 'XXX', 'ERN', 'LSL', 'SLL',
  'RON', 'BAM', 'KES', 'LAK', 'MGA', 'SHP', 'SRD', 'HNL', 'YER',
]);

/** Codes also accepted in lower case, as lower-cased wire copy writes them ("usd 20", "40 rmb"). */
export const LOWER_CASE_CODES: ReadonlySet<string> = new Set([
  'usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'inr', 'cad', 'aud', 'chf', 'hkd', 'nzd', 'sgd', 'mxn', 'brl', 'krw',
  'rub', 'zar', 'sek', 'nok', 'dkk', 'btc',
]);

/** Codes that are not ISO 4217 but stand for one in news ("RMB" is the renminbi, "BTC" is bitcoin). */
export const CODE_ALIASES: Readonly<Record<string, string>> = lookupTable({ RMB: 'CNY', BTC: '', NIS: 'ILS', ECU: 'XEU' });

/**
 * Withdrawn ISO 4217 codes (list three) that older news still names: the currencies the euro
 * replaced, and others. `currency-codes` holds only current codes.
 */
export const HISTORIC_CURRENCY_CODES: ReadonlySet<string> = new Set([
  'DEM', 'FRF', 'ITL', 'ESP', 'PTE', 'NLG', 'BEF', 'LUF', 'FIM', 'ATS', 'IEP', 'GRD', 'CYP', 'MTL', 'SKK', 'EEK',
  'HRK', 'ZWL', 'MGF', 'BRE', 'SIT', 'LTL', 'LVL', 'XEU',
]);

/** Scale letters glued before a code: "30 MUSD", "120 MEUR", "MAUD 60", "5 KUSD". */
export const CODE_SCALE_PREFIXES: Readonly<Record<string, number>> = lookupTable({ K: 1e3, M: 1e6, MM: 1e6, B: 1e9, BN: 1e9 });
