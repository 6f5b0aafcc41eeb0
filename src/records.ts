import type { ErrorRecord, OutputRecord } from './types';

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return 'error' in record;
}
