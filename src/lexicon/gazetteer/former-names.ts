import { lookupTable } from '../lookup-table';
/**
 * Cities that wire copy still calls by an older or English name, which the city package lists
 * only under the current one ("Bombay" for Mumbai, "Peking" for Beijing), mapped to that name.
 */
export const FORMER_CITY_NAMES: Readonly<Record<string, string>> = lookupTable({
  Bombay: 'Mumbai',
  Calcutta: 'Kolkata',
  Madras: 'Chennai',
  Bangalore: 'Bengaluru',
  Saigon: 'Ho Chi Minh City',
  Peking: 'Beijing',
  Rangoon: 'Yangon',
  Teheran: 'Tehran',
  Leningrad: 'Saint Petersburg',
  'St. Petersburg': 'Saint Petersburg',
  Kiev: 'Kyiv',
  // Korean ports as the McCune-Reischauer spelling of the war years wrote them: "the landing at Inchon"
  Inchon: 'Incheon',
  Pusan: 'Busan',
  Kharkov: 'Kharkiv',
  Odessa: 'Odesa',
  'Alma-Ata': 'Almaty',
  'Alma Ata': 'Almaty',
  // the transliterations 1990s wire copy used for Kurdish, Afghan and Russian cities: "Iraqi
  // troops entered Arbil", "crude from Novorossiisk"
  Arbil: 'Erbil',
  Sulaimaniya: 'Sulaymaniyah',
  Sulaymaniya: 'Sulaymaniyah',
  'Mazar-i-Sharif': 'Mazar-e Sharif',
  Novorossiisk: 'Novorossiysk',
  // Arabic towns the lists hold under one spelling of their article: "the bombing at Khobar", "the dam at Damazin"
  Khobar: 'Khubar',
  'Al-Khobar': 'Khubar',
  Damazin: 'Ad Damazin',
});

/**
 * Short forms news writes for places that neither the country nor the state packages list:
 * "L.A." for Los Angeles, "NSW" for New South Wales. Only forms no word or acronym shares.
 */
export const PLACE_SHORT_FORMS: Readonly<Record<string, string>> = lookupTable({
  'L.A.': 'Los Angeles',
  NSW: 'New South Wales',
  'N.S.W.': 'New South Wales',
  'D.C.': 'Washington, D.C.',
  'U.S.S.R.': 'Soviet Union',
  GDR: 'East Germany',
  FRG: 'West Germany',
  'E. Germany': 'East Germany',
  'W. Germany': 'West Germany',
  'N. Korea': 'North Korea',
  'S. Korea': 'South Korea',
  'S. Africa': 'South Africa',
  Hongkong: 'Hong Kong',
  Kampuchea: 'Cambodia',
});

/**
 * European cities by their own language's name, which translated and local copy keeps ("Genova",
 * "München") and the city packages, English-only, lack; and an English name they list only in the
 * local form ("Gent", "Tel Aviv-Yafo"). Not "Roma", a people's name as often.
 */
export const LOCAL_CITY_NAMES: Readonly<Record<string, string>> = lookupTable({
  Genova: 'Genoa',
  Milano: 'Milan',
  Torino: 'Turin',
  Napoli: 'Naples',
  Firenze: 'Florence',
  Venezia: 'Venice',
  München: 'Munich',
  Köln: 'Cologne',
  Wien: 'Vienna',
  'Den Haag': 'The Hague',
  Bruxelles: 'Brussels',
  Praha: 'Prague',
  Warszawa: 'Warsaw',
  Moskva: 'Moscow',
  Genève: 'Geneva',
  București: 'Bucharest',
  Bucureşti: 'Bucharest',
  Ghent: 'Gent',
  Pilsen: 'Plzeň',
  'Tel Aviv': 'Tel Aviv-Yafo',
  'Tel-Aviv': 'Tel Aviv-Yafo',
});

/**
 * Short names news gives cities that the packages list only in full, where the short name is also
 * a word: "Hull" for Kingston upon Hull ("the ship's hull"). Each is a place only where a context
 * of place vouches for it ("ferries from Hull"), as other cities named by words are.
 */
export const WORD_SHORT_CITY_NAMES: Readonly<Record<string, string>> = lookupTable({
  Hull: 'Kingston upon Hull',
});
