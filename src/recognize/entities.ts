import type { Recognizer } from '../pipeline-types';

export const entityRecognizer: Recognizer = {
  name: 'entities',
  kinds: ['person', 'organization', 'location'],
  recognize: () => [],
};
