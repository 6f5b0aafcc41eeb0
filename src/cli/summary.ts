import { ALL_KINDS, type Kind } from '../types';
import type { TaskResult } from './task';

/** Totals over a batch, for the summary line on stderr. */
export class BatchSummary {
  files = 0;
  failures = 0;
  bytes = 0;
  readonly facts: Partial<Record<Kind, number>> = {};

  add(result: TaskResult): void {
    this.files++;
    this.bytes += result.bytes;
    if (result.failure) this.failures++;
    if (!result.counts) return;
    for (const k of ALL_KINDS) {
      const n = result.counts[k];
      if (n !== undefined) this.facts[k] = (this.facts[k] ?? 0) + n;
    }
  }

  /**
   * Two lines:
   *   extract: 400 files, 2 failed, 1.2 MB in 3.1 s (387 KB/s)
   *   extract: facts: date 1200, money 310, percent 84, person 900, organization 700, location 650
   */
  render(kinds: readonly Kind[], seconds: number): string {
    const kb = this.bytes / 1024;
    const size = kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb.toFixed(1)} KB`;
    const rate = seconds > 0 ? Math.round(kb / seconds) : 0;
    const files = `${this.files} file${this.files === 1 ? '' : 's'}, ${this.failures} failed`;
    const facts = kinds.map((k) => `${k} ${this.facts[k] ?? 0}`).join(', ');
    return `extract: ${files}, ${size} in ${seconds.toFixed(2)} s (${rate} KB/s)\nextract: facts: ${facts}\n`;
  }
}
