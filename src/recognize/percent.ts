import type { Recognizer } from '../pipeline-types';

export const percentRecognizer: Recognizer = {
  name: 'percent',
  kinds: ['percent'],
  recognize: () => [],
};
