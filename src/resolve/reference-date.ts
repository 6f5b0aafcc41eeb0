import type { PreparedText } from '../pipeline-types';
import type { ReferenceDateSource } from '../types';

export interface ReferenceDate {
  date: string | null;
  source: ReferenceDateSource;
}

export function detectReferenceDate(_prepared: PreparedText): ReferenceDate {
  return { date: null, source: 'none' };
}
