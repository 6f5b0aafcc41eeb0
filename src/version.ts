import fs from 'node:fs';
import path from 'node:path';

/** The package version, read from package.json at run time so that it has one source. */
export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
