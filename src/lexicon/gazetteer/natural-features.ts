/**
 * Rivers, mountain ranges, peaks, seas, deserts and worlds of the solar system that news names
 * without a head word ("floods on the Danube", "snow in the Alps", "stranded on Annapurna"). No
 * maintained npm package lists natural features by name, and most are named with a head the rules
 * read ("Yellow River", "Lake Chad", "Gulf of Aden"); these are the ones that go bare. Names that
 * are mostly something else are left out ("Amazon", "Jordan").
 */
export const NATURAL_FEATURES: readonly string[] = [
  // mountain ranges
  'Alps', 'Andes', 'Himalayas', 'Himalaya', 'Rockies', 'Urals', 'Pyrenees', 'Appalachians', 'Carpathians',
  'Dolomites', 'Apennines', 'Hindu Kush', 'Karakoram', 'Pamirs', 'Tian Shan', 'Sierra Nevada', 'Western Ghats',
  'Eastern Ghats', 'Atlas Mountains', 'Pennines', 'Cairngorms', 'Grampians',
  // peaks climbers and volcanologists name without "Mount"; one that is also a firm's name goes
  // in anyway when the peak is the better-known sense ("Everest")
  'Everest', 'Annapurna', 'Kangchenjunga', 'Lhotse', 'Makalu', 'Nanga Parbat', 'Manaslu', 'Dhaulagiri',
  'Matterhorn', 'Eiger', 'Mont Blanc', 'Denali', 'Aconcagua', 'Elbrus', 'Vesuvius', 'Stromboli', 'Popocatepetl',
  'Eyjafjallajokull', 'Krakatoa', 'Pinatubo', 'Etna',
  // rivers
  'Rhine', 'Danube', 'Thames', 'Nile', 'Yangtze', 'Euphrates', 'Tigris', 'Volga', 'Ganges', 'Indus', 'Mekong',
  'Seine', 'Elbe', 'Oder', 'Dnieper', 'Dniester', 'Zambezi', 'Limpopo', 'Rio Grande', 'Brahmaputra', 'Irrawaddy',
  'Orinoco', 'Potomac', 'Loire', 'Rhone', 'Tiber', 'Vistula', 'Litani', 'Shatt al-Arab',
  // rivers that flood and drought copy names bare ("the Vltava crested", "the Morava burst its banks",
  // "the Yamuna rose above the danger mark"); not those whose names are mostly words or people's
  // ("Don", "Main", "Inn", "Lot", "Orange", "Pearl", "Havel", "Krishna", "Magdalena")
  'Vltava', 'Morava', 'Moselle', 'Mosel', 'Ebro', 'Arno', 'Adige', 'Tagliamento', 'Garonne', 'Saône', 'Douro', 'Tagus',
  'Guadalquivir', 'Scheldt', 'Weser', 'Neckar', 'Spree', 'Isar', 'Ahr', 'Erft', 'Tisza', 'Drina', 'Neretva', 'Maritsa',
  'Prut', 'Pripyat', 'Kuban', 'Yenisei', 'Salween', 'Songhua', 'Yamuna', 'Sutlej', 'Chenab', 'Teesta', 'Narmada',
  'Hooghly', 'Meghna', 'Padma', 'Jamuna', 'Murrumbidgee', 'Susquehanna', 'Shenandoah', 'Brazos', 'Ubangi', 'Shabelle',
  // seas and waters without a head
  'Adriatic', 'Aegean', 'Baltic', 'Caspian', 'Ionian', 'Tyrrhenian', 'Bosphorus', 'Dardanelles', 'Solent',
  // islands of the Pacific war that histories name bare, whose words read apart as two towns:
  // "the flag on Iwo Jima", "the fall of Corregidor"
  'Iwo Jima', 'Corregidor', 'Peleliu',
  // Mediterranean and Atlantic islands that travel, sport and migration copy names bare, as no list
  // of towns or divisions holds them: "Nadal, from Manacor on Majorca", "migrants landed on Lampedusa"
  'Majorca', 'Mallorca', 'Menorca', 'Minorca', 'Ibiza', 'Formentera', 'Tenerife', 'Gran Canaria', 'Lanzarote',
  'Fuerteventura', 'Ischia', 'Elba', 'Lampedusa', 'Lesbos', 'Mykonos', 'Santorini', 'Gozo',
  // islands of Hawaii and Indonesia that disaster copy names bare ("wildfires on Maui", "a quake
  // off Lombok"), and mangrove, swamp, volcanic and wine country it names so ("the Sundarbans",
  // "the Okefenokee", "floods in the Eifel", "fires in East Gippsland")
  'Maui', 'Oahu', 'Kauai', 'Molokai', 'Lombok', 'Sundarbans', 'Okefenokee', 'Camargue', 'Eifel', 'Gippsland',
  // deserts and plateaus
  'Gobi', 'Kalahari', 'Negev', 'Sinai', 'Atacama', 'Mojave', 'Tibetan Plateau', 'Serengeti', 'Okavango', 'Deccan',
  // South America's savannas, wetlands and high plains, which farm and climate copy names bare: "fires
  // in the Pantanal", "soy farms in the Cerrado", "drought in the Caatinga"
  'Pantanal', 'Cerrado', 'Caatinga', 'Altiplano',
  // planets, moons and belts of the solar system, places where probes land, orbit or fly past
  // ("landed on Mars", "flew past Venus"). Not "Mercury" nor "Saturn", a metal and a car maker as
  // often; a person's name that opens with one keeps its person ("Venus Williams", "Bruno Mars").
  'Venus', 'Mars', 'Jupiter', 'Uranus', 'Neptune', 'Pluto', 'Ganymede', 'Callisto', 'Enceladus', 'Phobos',
  'Kuiper Belt', 'Milky Way',
];

/**
 * Rivers and forests whose bare name is mostly a firm's, a person's or a school's ("Amazon",
 * "Jordan", "Hudson"), but which news names after "the" ("logging in the Amazon", "a bridge over
 * the Jordan"): the article makes them the feature. So it makes "the Emirates" the country, where
 * "Emirates" alone is the airline, and "the Channel" the sea between England and France.
 */
export const FEATURES_AFTER_ARTICLE: ReadonlySet<string> = new Set([
  'amazon', 'jordan', 'hudson', 'shannon', 'severn', 'mersey', 'tyne', 'clyde', 'trent', 'columbia', 'congo', 'niger',
  'emirates', 'channel',
  // Earth's moon, capitalized after "the" ("a lander bound for the Moon"); "Moon" alone opens a Korean name
  'moon',
]);
