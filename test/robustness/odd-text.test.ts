import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '../../src';
import { runBin } from '../helpers/cli';
import { brokenInvariants } from '../helpers/invariants';
import { schemaErrors } from '../helpers/schema';

/** Odd but real text: every invariant holds, through the library and through the CLI. */
const ODD: Record<string, string> = {
  'CRLF line ends': 'BRUSSELS, Feb. 15 (Xinhua) -- NATO met on Thursday.\r\nIt spent $5 billion, or 2 percent of GDP.\r\n',
  'lone CR line ends': 'Prices rose 3% in March 2023.\rJohn Smith of Acme Corp. said so.\r',
  'NBSP inside amounts and names': 'The deal is worth US$\u00a05\u00a0billion, said Jens\u00a0Stoltenberg on 3\u202fMarch.',
  'zero-width characters inside words': 'Ac\u200bme Corp. paid $\u200d3 million on Mon\u2060day, 12\ufeff% more.',
  'RTL and LTR marks': '\u200fOn 5 May 2024\u200e, \u202bPresident Ali\u202c of Egypt pledged €40\u200fm (3.5%).',
  'emoji and astral characters': '🎉 On Jan. 5, 2024 😀 Acme raised €40m 🚀 (12%) in 𝐏𝐚𝐫𝐢𝐬 👩‍👩‍👧.',
  'tabs and form feeds': 'Revenue\t$4.5 billion\tup\t3.2%\fPage two: June 2019, Mr.\tSmith.',
  'ANSI escapes and BEL': '\u001b[31mAcme\u001b[0m paid \u001b]0;t\u0007$4 million on May 1, 2020.\u0007',
  'replacement characters from broken bytes': 'Z\ufffdrich paid \ufffd5 million and 3\ufffd% on 2 June 2021.',
  'lone surrogates': 'Acme \ud800 paid $5 million \udc00 on May 2, 2024.',
  "Object.prototype's names where a lexicon looks words up": '5 toString, twenty valueOf dollars, 3 hasOwnProperty 2024, a constructor-point cut, $5 __proto__.',
};

describe("Object.prototype's names are words like any other", () => {
  it('name no currency, number or unit', () => {
    const result = extract(ODD["Object.prototype's names where a lexicon looks words up"], { referenceDate: '2024-02-16' });
    expect(result.facts.filter((f) => f.kind === 'money' || f.kind === 'percent').map((f) => f.text)).toEqual(['$5']);
  });
});

describe('odd text keeps every invariant', () => {
  it.each(Object.entries(ODD))('%s (library)', (_name, text) => {
    const result = extract(text, { referenceDate: '2024-02-16' });
    expect(brokenInvariants(text, result)).toEqual([]);
    expect(schemaErrors(result)).toBe('');
  });

  it('through the CLI, one file each, offsets into the decoded text', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-odd-'));
    try {
      const entries = Object.entries(ODD).filter(([name]) => name !== 'lone surrogates');
      const files = entries.map(([, text], i) => {
        const file = path.join(tmp, `odd-${i}.txt`);
        fs.writeFileSync(file, text);
        return file;
      });
      const r = runBin(['-f', 'jsonl', ...files]);
      expect(r.status).toBe(0);
      const docs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(docs).toHaveLength(entries.length);
      docs.forEach((doc, i) => {
        expect(schemaErrors(doc)).toBe('');
        expect(brokenInvariants(entries[i][1], doc)).toEqual([]);
      });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
