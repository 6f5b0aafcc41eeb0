import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../src';
import { FIXTURES_DIR, fixtureArticles } from './helpers/fixtures';

/**
 * Each fixtures/NAME.txt has a reviewed fixtures/NAME.expected.json. Only an explicit
 * `UPDATE_GOLDEN=1 npx jest test/golden.test.ts` rewrites them; review the diff like code.
 */
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden files', () => {
  it.each(fixtureArticles().map((a) => [a.name, a.text]))('%s matches its expected JSON', (name, text) => {
    const file = path.join(FIXTURES_DIR, name.replace(/\.txt$/, '.expected.json'));
    const actual = JSON.stringify(extract(text), null, 2) + '\n';
    if (update) fs.writeFileSync(file, actual);
    expect(fs.existsSync(file)).toBe(true);
    expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  });
});
