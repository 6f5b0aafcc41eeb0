import fs from 'node:fs';
import { decodeBytes } from '../text/decode';
import { inputErrorFrom } from './errors';
import { readAll, type CliIO } from './io';

export interface LoadedInput {
  source: string;
  text: string;
  encoding: string;
}

/** Reads and decodes one input; `-` is standard input. Failures come back as InputError. */
export async function readInput(source: string, io: CliIO): Promise<LoadedInput> {
  try {
    const bytes = source === '-' ? await readAll(io.stdin) : await fs.promises.readFile(source);
    const { text, encoding } = decodeBytes(bytes);
    return { source, text, encoding };
  } catch (err) {
    throw inputErrorFrom(err, source === '-' ? 'standard input' : source);
  }
}
