import path from 'node:path';
import { installedVersion } from '../lexicon/installed-version';
import { readJsonFile } from '../lexicon/read-json';
import { compromise } from './compromise';

/** The parts of compromise's model that the entity rules read, as plain JSON. */
export interface LexiconSnapshot {
  compromiseVersion: string;
  lexicon: Record<string, string | string[]>;
  orgWords: string[];
  placeWords: string[];
}

/**
 * Where the build writes the snapshot. Both `src/nlp` (under ts-jest) and `dist/nlp` are two
 * levels below the package root, so one relative path serves both.
 */
export const SNAPSHOT_PATH = path.join(__dirname, '..', '..', 'dist', 'compromise-lexicon.json');

/**
 * Reads the lexicon out of compromise itself. Loading compromise unpacks and inflects its whole
 * lexicon, about 400 ms on every start and in every worker thread; the snapshot is that result.
 */
export function takeSnapshot(): LexiconSnapshot {
  const model = compromise().model() as unknown as {
    one: { lexicon: Record<string, string | string[]> };
    two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
  };
  return {
    compromiseVersion: installedVersion('compromise'),
    lexicon: model.one.lexicon,
    orgWords: Object.keys(model.two.orgWords),
    placeWords: Object.keys(model.two.placeWords),
  };
}

/** The build's snapshot, or undefined when there is none or it came from another compromise. */
export function readSnapshot(file = SNAPSHOT_PATH): LexiconSnapshot | undefined {
  const snapshot = readJsonFile<LexiconSnapshot>(file);
  return snapshot?.compromiseVersion === installedVersion('compromise') ? snapshot : undefined;
}
