/**
 * Peoples and faiths that news names as often as nations, and that no country's demonym gives:
 * "Kurdish sources said", "Hutu rebels", "Shiite clerics". Like a demonym, such a word is never a
 * place or a name of its own. Words that are also given names or places ("Karen", "Roma",
 * "Han") are left out.
 */
export const PEOPLES: readonly string[] = [
  'kurd', 'kurdish', 'arab', 'bedouin', 'basque', 'flemish', 'walloon', 'pashtun', 'hazara', 'baluch', 'sindhi',
  'punjabi', 'sinhalese', 'hutu', 'tutsi', 'zulu', 'xhosa', 'uighur', 'uyghur', 'tibetan', 'hmong', 'rohingya',
  'yazidi', 'druze', 'maronite', 'copt', 'coptic', 'alawite', 'shiite', 'shia', "shi'ite", 'sunni', 'muslim',
  'moslem', 'jewish', 'jew', 'hindu', 'sikh', 'buddhist', 'hispanic', 'latino', 'latina', 'slav', 'cossack',
  'tatar', 'ingush', 'ossetian', 'abkhaz', 'circassian', 'maori', 'inuit', 'serb', 'bosniak', 'kosovar',
  'catholic', 'protestant', 'anglican', 'lutheran', 'methodist', 'presbyterian', 'mormon', 'evangelical',
  // peoples 1990s wire copy names before officials, rebels and activists: "Azeri officials said",
  // "Ogoni activists", "Baluchi tribesmen", "Kashmiri militants", "Mohajir gunmen"
  'azeri', 'ogoni', 'baluchi', 'kashmiri', 'mohajir',
];

/**
 * The forms of a people's name that open a compound of two peoples: "Anglo-Dutch", "Sino-US",
 * "Franco-German". No country package lists them, and they stand only before a hyphen.
 */
export const COMBINING_FORMS: ReadonlySet<string> = new Set([
  'anglo', 'franco', 'sino', 'russo', 'italo', 'greco', 'graeco', 'austro', 'indo', 'afro', 'euro', 'judeo', 'hispano',
  'germano', 'turco', 'serbo', 'polono', 'nippo', 'luso', 'irano', 'arabo', 'swiss',
]);
