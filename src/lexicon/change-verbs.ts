/**
 * Verbs (and "up", "down") that report a change of a figure in news: "rose 50 cents to $23.12",
 * "cut its forecast by $2 to $30", "was down 3 percent to 12 percent". After one, "X to Y" is
 * a change and a new level, two figures, not a range. A closed class of market and economy
 * verbs in their past and present forms; no data package lists it.
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(
  [
    'rise rises rose risen rising',
    'fall falls fell fallen falling',
    'gain gains gained',
    'lose loses lost',
    'climb climbs climbed',
    'jump jumps jumped',
    'slip slips slipped',
    'drop drops dropped',
    'decline declines declined',
    'add adds added',
    'ease eases eased',
    'edge edges edged',
    'increase increases increased',
    'decrease decreases decreased',
    'surge surges surged',
    'soar soars soared',
    'tumble tumbles tumbled',
    'plunge plunges plunged',
    'advance advances advanced',
    'retreat retreats retreated',
    'slide slides slid',
    'sink sinks sank sunk',
    'grow grows grew grown',
    'shed sheds',
    'raise raises raised',
    'lower lowers lowered',
    'cut cuts',
    'boost boosts boosted',
    'trim trims trimmed',
    'slash slashes slashed',
    'widen widens widened',
    'narrow narrows narrowed',
    'shrink shrinks shrank shrunk',
    'up down',
  ].flatMap((forms) => forms.split(' ')),
);
