import type { Fact } from '../types';

/** The value of a fact as one plain string: the TIMEX3 value, the amount, the number or the name. */
export function plainValue(f: Fact): string {
  switch (f.kind) {
    case 'money':
      return String(f.value.amount);
    case 'percent':
      return String(f.value);
    default:
      return f.value;
  }
}

/** A second field that qualifies the value: currency, percent unit, TIMEX3 type or entity id. */
export function valueQualifier(f: Fact): string {
  switch (f.kind) {
    case 'money':
      return f.value.currency ?? '';
    case 'percent':
      return f.unit;
    case 'date':
      return f.timexType;
    default:
      return f.entityId;
  }
}
