import fs from 'node:fs';
import path from 'node:path';
import { AtomicFile, makeFolders } from './output';

/**
 * Where --out-dir puts an input's JSON: `<dir>/<relative>.json`. The relative path comes from
 * a walk or a basename, but it is checked anyway, and so is the real path of the folder it
 * lands in, so that neither "../" nor a symbolic link inside DIR can lead a write outside it.
 */
export function outDirTarget(outDir: string, relative: string): string {
  const target = path.resolve(outDir, `${relative}.json`);
  if (!isInside(outDir, target)) throw escapeError(outDir);
  return target;
}

/** Writes one file into DIR atomically, after checking that its folder really is inside DIR. */
export async function writeInOutDir(outDir: string, target: string, fill: (write: (chunk: string) => void) => Promise<void>): Promise<void> {
  const dir = path.dirname(target);
  makeFolders(outDir);
  const realOut = fs.realpathSync(outDir);
  const leadsOut = (p: string) => {
    const real = fs.realpathSync(p);
    return real !== realOut && !isInside(realOut, real);
  };
  // Checked before creating folders too: mkdir through a link would already write outside.
  if (leadsOut(nearestExisting(dir))) throw escapeError(outDir);
  makeFolders(dir);
  if (leadsOut(dir)) throw escapeError(outDir);
  const file = new AtomicFile(target);
  try {
    await fill((chunk) => file.write(chunk));
    file.commit();
  } catch (err) {
    file.abort();
    throw err;
  }
}

function escapeError(outDir: string): Error {
  return new Error(`it would land outside ${outDir}`);
}

function nearestExisting(p: string): string {
  let at = p;
  while (!fs.existsSync(at) && path.dirname(at) !== at) at = path.dirname(at);
  return at;
}

function isInside(dir: string, p: string): boolean {
  const rel = path.relative(dir, p);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
