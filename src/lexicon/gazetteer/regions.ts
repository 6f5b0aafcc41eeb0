import { lookupTable } from '../lookup-table';
/**
 * Continents, sub-continents and geographic regions news names that are not countries. The
 * country package supplies its region and subregion names too ("Europe", "North America");
 * these are the ones it does not.
 */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'Oceania', 'Antarctica', 'Americas', 'Eurasia',
  'North America', 'South America', 'Central America', 'Latin America', 'Middle East', 'Near East', 'Far East',
  'East Asia', 'South Asia', 'Southeast Asia', 'South East Asia', 'Central Asia', 'West Africa', 'East Africa',
  'North Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Western Europe', 'Eastern Europe',
  'Central Europe', 'Northern Europe', 'Southern Europe', 'Scandinavia', 'Balkans', 'Caucasus', 'Baltics',
  'Caribbean', 'West Indies', 'Persian Gulf', 'Gulf', 'Mediterranean', 'Pacific', 'Atlantic', 'Arctic', 'Pacific Northwest',
  'Midwest', 'New England', 'Siberia', 'Patagonia', 'Sahara', 'Sahel', 'Gaza', 'Gaza Strip', 'West Bank',
  'Kashmir', 'Crimea', 'Donbas', 'Kurdistan', 'Tibet', 'Xinjiang', 'Chechnya', 'Darfur', 'Balkan',
  'Atlantic Ocean', 'Pacific Ocean', 'Indian Ocean', 'Arctic Ocean', 'Black Sea', 'Baltic Sea', 'North Sea',
  'Red Sea', 'South China Sea', 'East China Sea', 'Mediterranean Sea', 'Caspian Sea', 'English Channel',
  'Mideast', 'Asia-Pacific', 'Asia Pacific', 'Pacific Rim', 'Levant', 'Maghreb', 'Anatolia', 'Mesopotamia', 'Iberia',
  'Indochina', 'Manchuria', 'Transylvania', 'Galilee', 'Golan Heights', 'Golan', 'Ruhr', 'Nagorno-Karabakh', 'Karabakh',
  'South Ossetia', 'Falklands', 'Falkland Islands', 'Malvinas', 'Arabian Peninsula', 'Korean Peninsula', 'Borneo',
  'Luzon', 'Mindanao', 'Kyushu', 'Honshu', 'Shikoku', 'Spratlys', 'Spratly Islands', 'Paracel Islands', 'Kuril Islands', 'Kurils', 'Hebrides', 'Orkney',
  // historic and tourist regions that no administrative list names ("farmers in Brittany", "villas
  // on the Riviera"); a region named like a person wins only where no surname follows ("Brittany Higgins")
  'Brittany', 'Provence', 'Normandy', 'Riviera', 'French Riviera', 'Cote d\'Azur', 'Côte d\'Azur', 'Cotswolds', 'Peloponnese',
  'Highlands', 'Scottish Highlands', 'Outback', 'Dalmatia', 'Bohemia', 'Moravia', 'Slavonia', 'Eastern Slavonia',
  // regions of the United States that its news names like places
  'East Coast', 'Gulf Coast', 'Deep South', 'Great Plains', 'Great Lakes',
  'Rust Belt', 'Sun Belt', 'Upper Midwest', 'Rocky Mountains', 'Appalachia',
  // farming regions that crop and weather copy names by what they grow ("yields across the Corn
  // Belt", "frost in Western Australia's Wheat Belt", "the Argentine Pampas")
  'Corn Belt', 'Wheat Belt', 'Cotton Belt', 'Grain Belt', 'Pampas', 'Canadian Prairies',
  'Earth', 'Hong Kong', 'Macau', 'Taiwan', 'Puerto Rico', 'Greenland', 'Washington D.C.', 'Washington, D.C.',
];

/**
 * The adjectives of continents and world regions, which no country's demonym gives: "European
 * governments", "North American sales". Written out since the country package names regions
 * but not their peoples.
 */
export const REGION_PEOPLES: Readonly<Record<string, string>> = lookupTable({
  european: 'Europe', asian: 'Asia', african: 'Africa', 'north american': 'North America', 'south american': 'South America',
  'latin american': 'Latin America', 'central american': 'Central America', 'middle eastern': 'Middle East', scandinavian: 'Scandinavia',
  'east asian': 'East Asia', 'southeast asian': 'Southeast Asia', 'central asian': 'Central Asia', 'west african': 'West Africa',
  'east african': 'East Africa', 'north african': 'North Africa', 'sub-saharan': 'Sub-Saharan Africa', 'eastern european': 'Eastern Europe',
  'western european': 'Western Europe', 'central european': 'Central Europe',
});
