import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSnapshot, SNAPSHOT_PATH, takeSnapshot } from '../../src/nlp/lexicon-snapshot';

describe('the build-time snapshot of compromise’s lexicon', () => {
  const live = takeSnapshot();
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lexicon-snapshot-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is written by the build and holds what compromise itself holds', () => {
    const built = readSnapshot(SNAPSHOT_PATH);
    expect(built).toBeDefined();
    expect(built).toEqual(JSON.parse(JSON.stringify(live)));
  });

  it('knows the words the entity rules look up', () => {
    expect(live.lexicon['monday']).toBeDefined();
    expect(live.orgWords).toContain('council');
    expect(live.placeWords.length).toBeGreaterThan(50);
  });

  it('is ignored when it came from another compromise release', () => {
    const stale = path.join(dir, 'stale.json');
    fs.writeFileSync(stale, JSON.stringify({ ...live, compromiseVersion: '0.0.1' }));
    expect(readSnapshot(stale)).toBeUndefined();
  });

  it('is ignored when missing or unreadable', () => {
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{"compromiseVersion":');
    expect(readSnapshot(broken)).toBeUndefined();
    expect(readSnapshot(path.join(dir, 'absent.json'))).toBeUndefined();
  });
});
