import fs from 'node:fs';
import path from 'node:path';

export const FIXTURES_DIR = path.join(__dirname, '..', '..', 'fixtures');

/** Every article in fixtures/, with its text. */
export function fixtureArticles(): Array<{ name: string; file: string; text: string }> {
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, file: path.join(FIXTURES_DIR, name), text: fs.readFileSync(path.join(FIXTURES_DIR, name), 'utf8') }));
}
