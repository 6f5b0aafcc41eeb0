/**
 * When seasons of play open. Football, rugby, basketball, hockey and the theatre play a season
 * across the new year ("the 2023-24 season"), named, as the blind sets and the split-year rule
 * name it, by the year it opens in: it opens in August or later, so "this season" said in March
 * 2024 is the one opened in 2023, and "next season" said in July 2024 is the one about to open.
 */
export const SPLIT_SEASON_OPENING_MONTH = 8;

/**
 * The summer break of a split season, June and July: the season just finished is still "last
 * season" as well as "this season", and "next season" is the one about to open.
 */
export const SPLIT_SEASON_BREAK_FIRST_MONTH = 6;

/**
 * Words of a sport, or of a farm, whose season is a calendar year ("his fourth win in five races
 * this season" of Formula One, "pickers ... this season" of a harvest): racing, baseball, golf,
 * tennis, cycling and athletics play from spring to autumn. Not cricket, whose southern summer
 * crosses the new year ("the 2023-24 Ashes"), nor its "innings", which baseball shares.
 */
export const CALENDAR_YEAR_SEASON_CUE =
  /\b(?:Formula\s+One|F1|Grand\s+Prix|MotoGP|NASCAR|IndyCar|motor\s+racing|baseball|MLB|World\s+Series|major\s+leagues?|pitchers?|golf(?:ers?)?|PGA|tennis|ATP|WTA|cycling|cyclists?|Tour\s+de\s+France|athletics|WNBA|MLS|harvests?|crops?|growers|pickers|planting)\b/i;
