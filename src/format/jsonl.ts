import type { Formatter } from './types';

/** One document per line, so that consumers can stream and shards can be concatenated. */
export const jsonlFormatter: Formatter = {
  begin: () => '',
  item: (item) => JSON.stringify(item.record) + '\n',
  end: () => '',
};
