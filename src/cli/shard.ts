import { UsageError } from './errors';

export interface Shard {
  /** 1-based: shard 1 of 4 is the first. */
  index: number;
  count: number;
}

const SHARD = /^(\d{1,6})\/(\d{1,6})$/;

export function parseShard(spec: string): Shard {
  const m = SHARD.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`invalid shard "${spec}"; use K/N with 1 <= K <= N, e.g. --shard 2/4`);
  }
  return { index, count };
}

/**
 * Picks shard K of N from the inputs, keeping their order. The partition is balanced by size
 * and depends only on the list and the sizes, so every shard of one CI matrix agrees on it and
 * together they cover every input exactly once: largest first, each input goes to the shard
 * with the fewest bytes so far (the lowest-numbered on a tie).
 */
export function selectShard<T extends { size: number }>(items: readonly T[], shard: Shard): T[] {
  const order = items.map((_, i) => i).sort((a, b) => items[b].size - items[a].size || a - b);
  const load = new Array<number>(shard.count).fill(0);
  const owner = new Array<number>(items.length);
  for (const i of order) {
    let best = 0;
    for (let s = 1; s < shard.count; s++) if (load[s] < load[best]) best = s;
    // Count at least one byte per item so that empty files spread out too.
    load[best] += Math.max(items[i].size, 1);
    owner[i] = best;
  }
  return items.filter((_, i) => owner[i] === shard.index - 1);
}
