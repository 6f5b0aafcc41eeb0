/** Articles, possessives and demonstratives, which open a noun phrase: "the", "its", "these". */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
