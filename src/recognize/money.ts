import type { Recognizer } from '../pipeline-types';

export const moneyRecognizer: Recognizer = {
  name: 'money',
  kinds: ['money'],
  recognize: () => [],
};
