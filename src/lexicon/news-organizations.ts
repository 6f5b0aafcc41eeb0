/**
 * Organizations that international news names often and that compromise's lexicon lacks,
 * lower-cased. No maintained npm data package lists organizations (the registry has country,
 * city and state data, but nothing for movements, NGOs or companies), so this short list is
 * kept by hand: only names that are not ordinary words or places ("Shell", "Amazon" are not here).
 */
export const NEWS_ORGANIZATIONS: ReadonlySet<string> = new Set([
  // movements and armed groups
  'hamas', 'hezbollah', 'hizbollah', 'taliban', 'al-qaeda', 'al-qaida', 'al qaeda', 'islamic state', 'isis', 'isil',
  'daesh', 'boko haram', 'al-shabaab', 'al-shabab', 'fatah', 'plo', 'pkk', 'farc', 'muslim brotherhood',
  'islamic jihad', 'wagner group',
  // parties named by one word that is no place
  'labour', 'likud', 'kadima', 'shas', 'fidesz', 'syriza', 'podemos', 'sinn fein', 'ukip', 'kuomintang', 'ennahda',
  'tories', 'jobbik', 'smer', 'pasok', 'sanseito',
  // non-governmental organizations
  'human rights watch', 'greenpeace', 'red cross', 'red crescent', 'doctors without borders', 'medecins sans frontieres',
  'oxfam', 'transparency international', 'reporters without borders', 'save the children',
  // companies
  'apple', 'huawei', 'gazprom', 'rosneft', 'aeroflot', 'lufthansa', 'airbus', 'alibaba', 'tencent', 'baidu', 'xiaomi',
  'bytedance', 'tiktok', 'petrobras', 'pemex', 'aramco', 'siemens', 'basf', 'nestle', 'unilever', 'novartis',
  'astrazeneca', 'glaxosmithkline', 'sanofi', 'chevron', 'exxonmobil', 'halliburton', 'raytheon', 'netflix', 'uber',
  'tesla', 'spacex', 'twitter', 'youtube', 'instagram', 'whatsapp', 'openai', 'nvidia', 'qualcomm', 'ericsson',
  'vodafone', 'barclays', 'hsbc', 'jpmorgan', 'citigroup', 'blackrock', 'ikea', 'lvmh', 'volkswagen', 'renault',
  'peugeot', 'fiat', 'hyundai', 'nissan', 'ryanair', 'easyjet', 'emirates airline', 'qantas',
]);
