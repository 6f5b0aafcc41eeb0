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
  'Luzon', 'Mindanao', 'Spratlys', 'Spratly Islands', 'Paracel Islands', 'Kuril Islands', 'Kurils', 'Hebrides', 'Orkney',
  // regions of the United States that its news names like places
  'East Coast', 'Gulf Coast', 'Deep South', 'Great Plains', 'Great Lakes',
  'Rust Belt', 'Sun Belt', 'Upper Midwest', 'Rocky Mountains', 'Appalachia',
  'Earth', 'Hong Kong', 'Macau', 'Taiwan', 'Puerto Rico', 'Greenland', 'Washington D.C.', 'Washington, D.C.',
];
