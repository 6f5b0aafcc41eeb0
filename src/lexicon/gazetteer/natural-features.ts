/**
 * Rivers, mountain ranges, seas and deserts that news names without a head word ("floods on the
 * Danube", "snow in the Alps"). No maintained npm package lists natural features by name, and
 * most are named with a head the rules read ("Yellow River", "Lake Chad", "Gulf of Aden"); these
 * are the ones that go bare. Names that are mostly something else are left out ("Amazon", "Jordan").
 */
export const NATURAL_FEATURES: readonly string[] = [
  // mountain ranges
  'Alps', 'Andes', 'Himalayas', 'Himalaya', 'Rockies', 'Urals', 'Pyrenees', 'Appalachians', 'Carpathians',
  'Dolomites', 'Apennines', 'Hindu Kush', 'Karakoram', 'Pamirs', 'Tian Shan', 'Sierra Nevada',
  // rivers
  'Rhine', 'Danube', 'Thames', 'Nile', 'Yangtze', 'Euphrates', 'Tigris', 'Volga', 'Ganges', 'Indus', 'Mekong',
  'Seine', 'Elbe', 'Oder', 'Dnieper', 'Dniester', 'Zambezi', 'Limpopo', 'Rio Grande', 'Brahmaputra', 'Irrawaddy',
  'Orinoco', 'Potomac', 'Loire', 'Rhone', 'Tiber', 'Vistula', 'Litani', 'Shatt al-Arab',
  // seas and waters without a head
  'Adriatic', 'Aegean', 'Baltic', 'Caspian', 'Ionian', 'Tyrrhenian', 'Bosphorus', 'Dardanelles', 'Solent',
  // deserts and plateaus
  'Gobi', 'Kalahari', 'Negev', 'Sinai', 'Atacama', 'Mojave', 'Tibetan Plateau',
];
