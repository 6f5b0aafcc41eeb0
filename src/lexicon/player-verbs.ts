/**
 * Verbs of a player's own play, after which a name is a player's, not a firm's named for its
 * founders: "Ulf Kirsten scored twice", "Wasim Akram bowled", "Nick Price carded a 66".
 */
export const PLAYER_VERBS: ReadonlySet<string> = new Set([
  'scored', 'netted', 'headed', 'volleyed', 'equalised', 'equalized', 'kicked', 'converted', 'pitched', 'homered',
  'bowled', 'batted', 'birdied', 'bogeyed', 'carded',
  // the participle of an aside after "with": "with Arrascaeta scoring twice"
  'scoring', 'netting',
]);
