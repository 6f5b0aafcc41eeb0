import type nlpType from 'compromise';

type Nlp = typeof nlpType;

let loaded: Nlp | undefined;

/**
 * compromise, loaded on first use. Loading it costs about 100 ms, which `extract --version`
 * and date-only runs should not pay. This is the only module that imports compromise.
 */
export function compromise(): Nlp {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('compromise') as Nlp;
  return loaded;
}
