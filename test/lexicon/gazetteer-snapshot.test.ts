import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildGazetteerData } from '../../src/lexicon/gazetteer';
import { GAZETTEER_SNAPSHOT_PATH, gazetteerStamp, readGazetteerSnapshot, writeGazetteerSnapshot } from '../../src/lexicon/gazetteer/snapshot';

describe('the build-time snapshot of the place index', () => {
  const live = buildGazetteerData();
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazetteer-snapshot-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is written by the build and holds what the packages give', () => {
    const built = JSON.parse(fs.readFileSync(GAZETTEER_SNAPSHOT_PATH, 'utf8')) as Record<string, unknown>;
    expect(built.places).toEqual(live.places);
    expect(built.ambiguous).toEqual(live.ambiguous);
    expect(built.demonyms).toEqual(live.demonyms);
    expect(built.maxWords).toBe(live.maxWords);
  });

  it('is read back when it matches the code and data that run', () => {
    const file = path.join(dir, 'fresh.json');
    writeGazetteerSnapshot(live, file);
    expect(readGazetteerSnapshot(file)).toEqual({ stamp: gazetteerStamp(), ...live });
  });

  it('is ignored when it came from other code or data', () => {
    const stale = path.join(dir, 'stale.json');
    fs.writeFileSync(stale, JSON.stringify({ stamp: 'from an older build', ...live }));
    expect(readGazetteerSnapshot(stale)).toBeUndefined();
  });

  it('is ignored when missing or unreadable', () => {
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{"stamp":');
    expect(readGazetteerSnapshot(broken)).toBeUndefined();
    expect(readGazetteerSnapshot(path.join(dir, 'absent.json'))).toBeUndefined();
  });

  it('knows countries, cities and demonyms', () => {
    const places = new Map(live.places);
    expect(places.get('belgium')?.type).toBe('country');
    expect(places.get('brussels')?.type).toBe('city');
    expect(live.demonyms).toContain('ukrainian');
  });
});
