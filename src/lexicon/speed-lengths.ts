/** Lengths that "an hour" after them makes a speed, not a time: "winds of 140 miles an hour". */
export const SPEED_LENGTHS: ReadonlySet<string> = new Set(['miles', 'kilometres', 'kilometers', 'km', 'kms', 'feet', 'metres', 'meters', 'knots', 'yards']);
