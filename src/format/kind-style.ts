import type { Chalk } from 'chalk';
import type { Kind } from '../types';

export const KIND_TITLES: Record<Kind, string> = {
  date: 'Dates',
  money: 'Money',
  percent: 'Percentages',
  person: 'People',
  organization: 'Organizations',
  location: 'Places',
};

/** One hue per kind, chosen to read on dark and light backgrounds alike (no white, no black, no yellow). */
export function kindColor(style: Chalk, kind: Kind): Chalk {
  switch (kind) {
    case 'date':
      return style.blue;
    case 'money':
      return style.green;
    case 'percent':
      return style.cyan;
    case 'person':
      return style.magenta;
    case 'organization':
      return style.red;
    case 'location':
      return style.keyword('darkorange');
  }
}
