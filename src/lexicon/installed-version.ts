import fs from 'node:fs';
import path from 'node:path';

/**
 * The version of an installed package. Some packages' exports maps hide their package.json
 * (compromise does), so it is found above the resolved entry point.
 */
export function installedVersion(name: string, entry = name): string {
  let dir = path.dirname(require.resolve(entry));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '';
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '';
    dir = parent;
  }
}
