import type { DateFact, Fact, MoneyValue, PercentFact } from '../types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const SYMBOL: Record<string, string> = { USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹' };
const DURATION_UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second', DE: 'decade', CE: 'century' };

/** A fact's value as a reader would write it: "US$380 billion", "2%", "Thu 15 Feb 2024", "3 months". */
export function humanValue(f: Fact): string {
  switch (f.kind) {
    case 'money':
      return humanMoney(f.value);
    case 'percent':
      return humanPercent(f);
    case 'date':
      return humanDate(f);
    default:
      return f.value;
  }
}

export function humanMoney(v: MoneyValue): string {
  const amount = v.min !== undefined && v.max !== undefined ? `${humanNumber(v.min)}–${humanNumber(v.max)}` : humanNumber(v.amount);
  const prefix = v.currency ? (SYMBOL[v.currency] ?? `${v.currency} `) : '';
  const per = v.per ? ` per ${v.per}` : '';
  const approx = v.approximate ? '~' : '';
  return `${approx}${prefix}${amount}${per}`;
}

function humanNumber(n: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(n) >= scale) return `${trim(n / scale)} ${word}`;
  }
  return Number.isInteger(n) ? n.toLocaleString('en-US') : trim(n);
}

function trim(n: number): string {
  return String(Number(n.toFixed(3)));
}

function humanPercent(f: PercentFact): string {
  const n = f.min !== undefined && f.max !== undefined ? `${f.min}–${f.max}` : String(f.value);
  if (f.unit === 'basis-point') return `${n} bp`;
  if (f.unit === 'percentage-point') return `${n} pp`;
  return `${n}%`;
}

function humanDate(f: DateFact): string {
  const v = f.value;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(v);
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return `${WEEKDAYS[d.getUTCDay()]} ${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}${m[4] ? ' ' + m[4] : ''}`;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^P(\d+|X)(Y|M|W|D|DE|CE)$/.exec(v))) {
    const unit = DURATION_UNITS[m[2]];
    return m[1] === 'X' ? `some ${unit}s` : `${m[1]} ${unit}${m[1] === '1' ? '' : 's'}`;
  }
  if ((m = /^PT(\d+|X)(H|M|S)$/.exec(v))) {
    const unit = m[2] === 'M' ? 'minute' : DURATION_UNITS[m[2]];
    return m[1] === 'X' ? `some ${unit}s` : `${m[1]} ${unit}${m[1] === '1' ? '' : 's'}`;
  }
  return v;
}
