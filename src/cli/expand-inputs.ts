import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { InputError } from './errors';
import { walkTree, type TreeFile } from './walk-tree';

/** One input after expansion: a file to read, standard input, or an error to report in its place. */
export interface InputEntry {
  /** What the output calls it: the path as the user wrote it or as the walk reached it, or "-". */
  source: string;
  /** The file to read; absent for standard input and errors. */
  path?: string;
  /** Forward-slash path below the folder or glob base it came from; its --out-dir name. */
  relative: string;
  /** Bytes on disk (0 for standard input and errors): balances shards and drives the progress bar. */
  size: number;
  /** Set when the entry can only be reported, never read. */
  error?: InputError;
}

export interface ExpandOptions {
  cwd: string;
  /** Extensions taken from folders, without dots: ["txt"]. */
  extensions: string[];
  /** Glob patterns for paths to leave out. */
  exclude: string[];
}

/**
 * Turns the named inputs into the list of files to process, in a stable order: each argument
 * in turn, a folder as its sorted recursive walk, a glob as its sorted matches. A named file is
 * taken whatever its extension; a named path that does not exist, or a glob or a folder that
 * yields nothing, stays in the list as a NOT_FOUND or NO_MATCH error, so that N names give N records.
 */
export function expandInputs(args: readonly string[], options: ExpandOptions): InputEntry[] {
  const excluded = excludeMatcher(options.exclude);
  const isExcluded = (display: string, relative: string) => excluded(toSlash(display)) || excluded(relative);
  const extensions = new Set(options.extensions.map((e) => e.replace(/^\./, '').toLowerCase()));
  const hasExtension = (name: string) => extensions.has(path.extname(name).slice(1).toLowerCase());
  const out: InputEntry[] = [];

  for (const arg of args) {
    if (arg === '-') {
      out.push({ source: '-', relative: 'stdin', size: 0 });
      continue;
    }
    const absolute = path.resolve(options.cwd, arg);
    const stat = statOrUndefined(absolute);
    if (stat?.isDirectory()) {
      const found = walkTree(absolute, {
        accept: (rel) => hasExtension(rel),
        skip: (rel) => isExcluded(path.join(arg, rel), rel),
        maxDepth: Infinity,
      });
      if (found.length === 0) out.push(emptyFolder(arg, [...extensions], options.exclude.length > 0));
      for (const f of found) out.push(treeEntry(path.join(arg, f.relative), f));
      continue;
    }
    const scan = picomatch.scan(arg);
    if (!stat && scan.isGlob) {
      for (const entry of expandGlob(arg, scan, options.cwd, isExcluded)) out.push(entry);
      continue;
    }
    if (isExcluded(arg, path.basename(arg))) continue;
    if (!stat) {
      out.push({ source: arg, relative: path.basename(arg), size: 0, error: new InputError('NOT_FOUND', `${arg}: no such file`) });
      continue;
    }
    out.push({ source: arg, path: absolute, relative: path.basename(arg), size: stat.size });
  }
  return out;
}

function expandGlob(
  pattern: string,
  scan: ReturnType<typeof picomatch.scan>,
  cwd: string,
  isExcluded: (display: string, relative: string) => boolean,
): InputEntry[] {
  const base = scan.base || '.';
  const baseAbsolute = path.resolve(cwd, base);
  const noMatch: InputEntry = { source: pattern, relative: path.basename(base), size: 0, error: new InputError('NO_MATCH', `${pattern}: no file matches`) };
  if (!statOrUndefined(baseAbsolute)?.isDirectory()) return [noMatch];
  const matches = picomatch(scan.glob, { dot: false });
  const segments = scan.glob.split('/');
  const maxDepth = segments.some((s) => s.includes('**')) ? Infinity : segments.length - 1;
  const display = (rel: string) => (scan.base ? path.join(base, rel) : rel);
  const found = walkTree(baseAbsolute, {
    accept: (rel) => matches(rel),
    skip: (rel) => isExcluded(display(rel), rel),
    maxDepth,
  });
  if (found.length === 0) return [noMatch];
  return found.map((f) => treeEntry(display(f.relative), f));
}

/**
 * A folder with no file to read gets a record of its own, as a glob that matches nothing does:
 * a batch over an emptied or misnamed folder must not pass as a batch with no facts.
 */
function emptyFolder(folder: string, extensions: string[], excluding: boolean): InputEntry {
  const kinds = extensions.map((e) => `.${e}`).join(' or ');
  const message = `${folder}: no ${kinds} file in this folder${excluding ? ' that --exclude leaves' : ''}`;
  return { source: folder, relative: path.basename(folder), size: 0, error: new InputError('NO_MATCH', message) };
}

function treeEntry(source: string, f: TreeFile): InputEntry {
  if (!f.brokenLink) return { source, path: f.path, relative: f.relative, size: f.size };
  return { source, relative: f.relative, size: 0, error: new InputError('BROKEN_LINK', `${source}: symbolic link to a missing file`) };
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * As in .gitignore, a pattern without a slash matches a name at any depth ("drafts", "*.bak"),
 * and one with a slash matches the path ("news/drafts/**"). picomatch's own `basename` option
 * stops slash patterns from matching at all, hence the two matchers.
 */
function excludeMatcher(patterns: string[]): (p: string) => boolean {
  const byName = patterns.filter((p) => !p.includes('/'));
  const byPath = patterns.filter((p) => p.includes('/'));
  const name = byName.length > 0 ? picomatch(byName, { dot: true }) : undefined;
  const full = byPath.length > 0 ? picomatch(byPath, { dot: true }) : undefined;
  return (p) => (name !== undefined && name(p.slice(p.lastIndexOf('/') + 1))) || (full !== undefined && full(p));
}

function toSlash(p: string): string {
  return p.split(path.sep).join('/').replace(/^\.\//, '');
}

/** Reads a --files-from list: one path per line, blank lines skipped, CRLF tolerated. */
export function parseFileList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
}
