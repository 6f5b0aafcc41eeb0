/**
 * Lower-case words that may join the capitalized words of one name ("Bank of America",
 * "Charles de Gaulle", "Osama bin Laden", "Procter & Gamble").
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der',
  'den', 'ter', 'ten', 'zu', 'bin', 'ibn', 'al', 'el', 'y', 'arap', 'wa', 'and', '&', 'for', 'on', 'upon', 'in',
]);

/** What may stand between two names of one list: ", ", " and ", ", and ", " & ". */
export const LIST_SEPARATORS: ReadonlySet<string> = new Set([',', 'and', 'or', '&']);

/** The particles of Romance names, which join surnames and places alike: "Aravinda de Silva", "Barra da Tijuca". */
export const ROMANCE_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des']);

/**
 * Spanish plural articles, which open the names of gangs, bands, sides and towns ("Los Zetas",
 * "Los Lobos", "Los Pumas", "Las Palmas") and no one's own, where "La" and "El" may ("La Toya").
 */
export const PLURAL_ARTICLES: ReadonlySet<string> = new Set(['los', 'las']);

/** Particles that may open a person's surname ("van", "de", "al-"): connectors that keep a name a name. */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  ...ROMANCE_PARTICLES, 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'zu',
  'bin', 'ibn', 'al', 'el', 'y',
  // Kalenjin "son of" and Bantu "of": "Daniel arap Moi", "Kengo wa Dondo"
  'arap', 'wa',
]);
