import type { Formatter } from './types';

/** One input prints one document object; several print an array of them. */
export const jsonFormatter: Formatter = {
  begin: (ctx) => (ctx.total === 1 ? '' : '['),
  item: (item, index, ctx) => {
    if (ctx.total === 1) return JSON.stringify(item.record, null, 2);
    return (index > 0 ? ',\n' : '\n') + indent(JSON.stringify(item.record, null, 2));
  },
  end: (ctx) => (ctx.total === 1 ? '\n' : ctx.total === 0 ? ']\n' : '\n]\n'),
};

function indent(s: string): string {
  return s.replace(/^/gm, '  ');
}
