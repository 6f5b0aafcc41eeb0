/**
 * Seats of government that news names for the government inside them ("the White House said",
 * "the Kremlin denied"). Annotated news keeps them as places, and no data package lists them;
 * ones with a head word ("Downing Street", "Elysee Palace") the place-head rule already finds.
 */
export const SEATS_OF_GOVERNMENT: readonly string[] = [
  'White House', 'Kremlin', 'Capitol Hill', 'Whitehall', 'Elysee', 'Élysée', 'Zhongnanhai', 'Blue House',
  'Quai d\'Orsay', 'Foggy Bottom', 'Vatican', 'Holy See',
];
