import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWorldGivenNames, readWorldNamesSnapshot, WORLD_NAMES_SNAPSHOT_PATH, worldGivenNames, writeWorldNamesSnapshot } from '../../src/lexicon/world-given-names';

describe("the build-time snapshot of the world's given names", () => {
  const live = buildWorldGivenNames();
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'world-names-snapshot-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is written by the build and holds what the package gives', () => {
    const built = JSON.parse(fs.readFileSync(WORLD_NAMES_SNAPSHOT_PATH, 'utf8')) as { names: string };
    expect(built.names.split('\n').sort()).toEqual([...live].sort());
  });

  it('is read back when it matches the code and data that run', () => {
    const file = path.join(dir, 'fresh.json');
    writeWorldNamesSnapshot(file);
    expect(readWorldNamesSnapshot(file)).toEqual(live);
  });

  it('is ignored when it came from other code or data, or is missing', () => {
    const stale = path.join(dir, 'stale.json');
    fs.writeFileSync(stale, JSON.stringify({ stamp: 'from an older build', names: 'milan' }));
    expect(readWorldNamesSnapshot(stale)).toBeUndefined();
    expect(readWorldNamesSnapshot(path.join(dir, 'absent.json'))).toBeUndefined();
  });

  it.each(['milan', 'farouk', 'zbigniew'])('holds the given name %s', (name) => expect(worldGivenNames().has(name)).toBe(true));

  it.each(['tiger', 'sunday', 'ontario', 'fatah', 'zhao'])('leaves out %s, a word, a day, a region, a body or a family name', (name) =>
    expect(worldGivenNames().has(name)).toBe(false),
  );
});
