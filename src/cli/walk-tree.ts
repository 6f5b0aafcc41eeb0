import fs from 'node:fs';
import path from 'node:path';

/** A file found under a root, or a link in the tree that leads nowhere. */
export interface TreeFile {
  /** The path as the walk reached it: the root joined with `relative`. */
  path: string;
  /** Forward-slash path relative to the root, used for matching and for --out-dir. */
  relative: string;
  size: number;
  brokenLink?: boolean;
}

export interface WalkOptions {
  /** Takes a file into the result, given its forward-slash path relative to the root. */
  accept(relative: string): boolean;
  /** Skips a file or a whole folder, given its forward-slash path relative to the root. */
  skip(relative: string): boolean;
  /** How many folders deep to go; Infinity for a full walk. */
  maxDepth: number;
}

/**
 * Walks a folder depth-first, each folder's entries in code-unit order, so that the same tree
 * always gives the same list whatever the file system or locale.
 *
 * A symbolic link is followed only when its target lies inside the root: a link to /etc in a
 * news folder is never read. Each folder is entered once, by its real path, so a link back to
 * an ancestor ("loop -> ..") or to a sibling cannot hang the walk or list files twice.
 */
export function walkTree(root: string, options: WalkOptions): TreeFile[] {
  const rootReal = fs.realpathSync(root);
  const visited = new Set<string>([rootReal]);
  const out: TreeFile[] = [];
  const inside = (real: string) => real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);

  const visit = (dir: string, relDir: string, depth: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // an unreadable subfolder holds nothing we can take
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const relative = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (options.skip(relative)) continue;
      let stat: fs.Stats;
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = fs.realpathSync(full);
          stat = fs.statSync(real);
        } catch {
          if (options.accept(relative)) out.push({ path: full, relative, size: 0, brokenLink: true });
          continue;
        }
        if (!inside(real)) continue;
        if (stat.isDirectory()) {
          if (visited.has(real) || depth + 1 > options.maxDepth) continue;
          visited.add(real);
          visit(full, relative, depth + 1);
          continue;
        }
      } else if (entry.isDirectory()) {
        if (depth + 1 > options.maxDepth) continue;
        let real: string;
        try {
          real = fs.realpathSync(full);
        } catch {
          continue;
        }
        if (visited.has(real)) continue;
        visited.add(real);
        visit(full, relative, depth + 1);
        continue;
      } else if (entry.isFile()) {
        if (options.accept(relative)) out.push({ path: full, relative, size: sizeOf(full) });
        continue;
      } else continue;
      if (stat.isFile() && options.accept(relative)) out.push({ path: full, relative, size: stat.size });
    }
  };

  visit(root, '', 0);
  return out;
}

/** The size for balancing shards and the progress bar; a file that cannot be read fails later, with its own error. */
function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
