import type { Recognizer } from '../pipeline-types';
import { dateRecognizer } from './dates';
import { entityRecognizer } from './entities';
import { moneyRecognizer } from './money';
import { percentRecognizer } from './percent';

/** Every recognizer, in the order they run. Order does not change results: refiners settle conflicts. */
export const RECOGNIZERS: readonly Recognizer[] = [moneyRecognizer, percentRecognizer, dateRecognizer, entityRecognizer];
