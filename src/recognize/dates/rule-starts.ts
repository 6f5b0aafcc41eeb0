import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readJsonFile } from '../../lexicon/read-json';
import { patternStarts } from '../pattern-starts';
import type { DateRule } from './hit';

/**
 * Where the build writes each date pattern's starts (pattern-starts.ts). Reading them off the
 * patterns takes about a third of a second, on every start and in every worker thread; the
 * snapshot is that result. Both `src/recognize/dates` (under ts-jest) and `dist/recognize/dates`
 * are three levels below the package root, so one relative path serves both.
 */
export const RULE_STARTS_SNAPSHOT_PATH = path.join(__dirname, '..', '..', '..', 'dist', 'date-rule-starts.json');

/** Starts by pattern key; null for a pattern that scans the whole text. */
type RuleStartsSnapshot = Record<string, string[] | null>;

/** A pattern's key: its flags and source, hashed, so that a changed pattern never meets stale starts. */
function patternKey(pattern: RegExp): string {
  return createHash('sha1').update(`${pattern.flags}/${pattern.source}`).digest('base64');
}

/** Each rule's starts, from the build's snapshot where it has the pattern, else read off the pattern. */
export function ruleStarts(rules: readonly DateRule[], file = RULE_STARTS_SNAPSHOT_PATH): (string[] | null)[] {
  const snapshot = readJsonFile<RuleStartsSnapshot>(file) ?? {};
  return rules.map((rule) => {
    const known = snapshot[patternKey(rule.pattern)];
    return known !== undefined ? known : patternStarts(rule.pattern);
  });
}

export function writeRuleStartsSnapshot(rules: readonly DateRule[], file = RULE_STARTS_SNAPSHOT_PATH): void {
  const snapshot: RuleStartsSnapshot = {};
  for (const rule of rules) snapshot[patternKey(rule.pattern)] = patternStarts(rule.pattern);
  fs.writeFileSync(file, JSON.stringify(snapshot));
}
