import fs from 'node:fs';

/** A JSON file's content, or undefined when the file is missing or unreadable (a snapshot the build did not write). */
export function readJsonFile<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
