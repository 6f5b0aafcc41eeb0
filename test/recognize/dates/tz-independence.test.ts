import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = `
const { extract } = require(${JSON.stringify(path.join(ROOT, 'dist'))});
const text = 'The minister said Thursday that talks would resume next month. Two years ago, on Dec. 31, 2021 at 23:30, the deal collapsed. The vote is tomorrow.';
process.stdout.write(JSON.stringify(extract(text, { referenceDate: '2024-02-16', kinds: ['date'] }).facts));
`;

function runUnder(tz: string): string {
  return execFileSync(process.execPath, ['-e', SCRIPT], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
}

describe('date values do not depend on the time zone', () => {
  it('gives the same facts under UTC, Pacific/Kiritimati and America/Adak', () => {
    const utc = runUnder('UTC');
    expect(JSON.parse(utc).length).toBeGreaterThan(4);
    expect(runUnder('Pacific/Kiritimati')).toBe(utc);
    expect(runUnder('America/Adak')).toBe(utc);
  });
});
