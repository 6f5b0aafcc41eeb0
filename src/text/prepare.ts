import type { PreparedText } from '../pipeline-types';
import { normalizeText } from './normalize';
import { splitSentences } from './sentences';

export function prepareText(input: string): PreparedText {
  const text = normalizeText(input);
  return { input, text, sentences: splitSentences(text) };
}
