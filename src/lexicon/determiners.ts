/** Possessive determiners, which name an owner before a noun: "its", "their". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Articles, possessives and demonstratives, which open a noun phrase: "the", "its", "these". */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', ...POSSESSIVE_DETERMINERS, 'this', 'that', 'these', 'those']);
