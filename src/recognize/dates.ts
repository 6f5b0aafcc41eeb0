import type { Recognizer } from '../pipeline-types';

export const dateRecognizer: Recognizer = {
  name: 'dates',
  kinds: ['date'],
  recognize: () => [],
};
