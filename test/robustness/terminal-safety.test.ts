import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { styleFor } from '../../src/cli/color';
import { formatAll, type FormatContext, type FormatName } from '../../src/format';
import { SCHEMA_VERSION } from '../../src/schema-version';
import { ALL_KINDS, type ExtractionResult, type OutputRecord } from '../../src/types';
import { runBin } from '../helpers/cli';

/** Sequences a hostile article may carry: screen clears, window titles, hyperlinks, bells, C1 controls. */
const HOSTILE = [
  '\u001b[2J\u001b[H',
  '\u001b]0;owned\u0007',
  '\u001b]8;;https://example.invalid\u001b\\click\u001b]8;;\u001b\\',
  '\u0007',
  '\u009b31m',
  '\u009d0;title\u009c',
  '\u0090qdcs\u009c',
  'back\u0008\u0008space',
  'over\rwrite',
  '\u202eevil\u202c',
].join(' ');

// What the views may emit: SGR colour codes of our own, nothing else below U+0020 but newlines.
const OWN_COLOUR = /\u001b\[[0-9;]*m/g;
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileRecord(): ExtractionResult {
  const span = { start: 0, end: HOSTILE.length, sentence: 0, rule: 'test/hostile' };
  return {
    schemaVersion: SCHEMA_VERSION,
    source: `story${HOSTILE}.txt`,
    encoding: 'utf-8',
    referenceDate: '2024-02-16',
    referenceDateSource: 'option',
    length: HOSTILE.length,
    counts: { date: 1, money: 1, percent: 1, person: 1, organization: 1, location: 1 },
    facts: [
      { kind: 'date', text: HOSTILE, ...span, value: '2024-02-15', timexType: 'DATE' },
      { kind: 'money', text: HOSTILE, ...span, value: { amount: 5, currency: 'USD', per: HOSTILE } },
      { kind: 'percent', text: HOSTILE, ...span, value: 2, unit: 'percent' },
      { kind: 'person', text: HOSTILE, ...span, value: HOSTILE, entityId: 'person-1', canonical: HOSTILE },
      { kind: 'organization', text: HOSTILE, ...span, value: HOSTILE, entityId: 'organization-1', canonical: HOSTILE },
      { kind: 'location', text: HOSTILE, ...span, value: HOSTILE, entityId: 'location-1', canonical: HOSTILE },
    ],
    entities: (['person', 'organization', 'location'] as const).map((kind) => ({ id: `${kind}-1`, kind, canonical: HOSTILE, aliases: [HOSTILE], mentions: 1 })),
  };
}

const errorRecord: OutputRecord = { schemaVersion: SCHEMA_VERSION, source: `bad${HOSTILE}.bin`, error: { code: 'BINARY_INPUT', message: `bad${HOSTILE}.bin: binary input` } };

function context(level: 0 | 1 | 2 | 3, explain: boolean): FormatContext {
  return { total: 2, width: 100, style: styleFor(level), kinds: ALL_KINDS, explain };
}

describe('terminal views never pass control characters from the input through', () => {
  const views: FormatName[] = ['table', 'markdown'];
  const cases = views.flatMap((view) => [0, 3].flatMap((level) => [false, true].map((explain) => [view, level, explain] as const)));
  it.each(cases)('%s, colour level %i, explain %s', (view, level, explain) => {
    const out = formatAll(view, [{ record: hostileRecord(), input: HOSTILE }, { record: errorRecord }], context(level as 0 | 3, explain));
    expect(out).toContain('owned'); // the text is shown, neutralized, not dropped
    expect(out.replace(OWN_COLOUR, '')).not.toMatch(RAW_CONTROL);
    if (level === 0) expect(out).not.toContain('\u001b');
  });
});

describe('through the CLI', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-term-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const ARTICLE = `WASHINGTON, Feb. 15 ${HOSTILE}\nAcme Corp. \u001b]0;owned\u0007paid $5 million\u0007 on Feb. 15, 2024, up 2%, said John Smith in Paris.\n`;

  it.each(['table', 'markdown'])('%s output, coloured, on a file whose name and text hold escapes', (format) => {
    const file = path.join(tmp, `news\u001b[31m\u0007.txt`);
    fs.writeFileSync(file, ARTICLE);
    const r = runBin(['-f', format, '--explain', file], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(r.status).toBe(0);
    expect(r.stdout.replace(OWN_COLOUR, '')).not.toMatch(RAW_CONTROL);
  });

  it('error lines on stderr neutralize escapes in a file name', () => {
    const missing = path.join(tmp, 'gone\u001b]0;owned\u0007.txt');
    const r = runBin(['-f', 'table', missing]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('gone');
    expect(r.stderr.replace(/\n$/, '')).not.toMatch(RAW_CONTROL);
    expect(r.stdout.replace(/\n/g, ' ')).not.toMatch(RAW_CONTROL);
  });
});
