/**
 * Verbs whose subject is a person, not a company or a place, right after a lone name: "Dukakis
 * conceded", "Gorbachev met Bush", "Mandela smiled". Verbs that firms take too ("agreed",
 * "declined", "announced", "fired") are left out.
 */
export const PERSON_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'met', 'meets', 'conceded', 'concedes', 'vetoed', 'vetoes', 'resigned', 'resigns', 'visited', 'visits', 'urged',
  'urges', 'praised', 'praises', 'criticized', 'criticised', 'flew', 'arrived', 'arrives', 'died', 'dies',
  'married', 'campaigned', 'campaigns', 'pardoned', 'telephoned', 'phoned', 'smiled', 'laughed', 'shrugged',
  'nodded', 'wept', 'thanked', 'greeted', 'hugged', 'retired', 'replied', 'recalled', 'vowed', 'pledged',
  'appealed', 'addressed', 'toured', 'embraced', 'apologized', 'apologised', 'admitted', 'confessed',
]);

/**
 * Participles that, after "was" or "has been", befall a person and not a company or a place:
 * "Dutroux was arrested", "Bhutto was ousted", "Ferdinand was sent off". Ones that befall
 * firms too ("charged", "fined", "sued", "named", "sold") are left out.
 */
export const PERSON_PASSIVE_VERBS: ReadonlySet<string> = new Set([
  'arrested', 'detained', 'jailed', 'imprisoned', 'sentenced', 'convicted', 'acquitted', 'indicted', 'extradited',
  'executed', 'assassinated', 'murdered', 'kidnapped', 'abducted', 'wounded', 'injured', 'hospitalised',
  'hospitalized', 'born', 'buried', 'ousted', 'elected', 're-elected', 'reelected', 'sworn', 'knighted',
  'sacked', 'booked', 'substituted', 'dropped', 'suspended', 'appointed', 'nominated', 'married', 'interviewed',
]);

/**
 * Verbs after which "his" or "her" is the subject's own, so the lone name before them is a
 * person's: "Rodri made his first start", "Osaka won her third title", "Pedri injured his knee".
 * Verbs of a firm's dealings with someone else's ("confirmed his", "announced her") are left out.
 */
export const OWN_POSSESSION_VERBS: ReadonlySet<string> = new Set([
  'made', 'makes', 'scored', 'scores', 'won', 'wins', 'earned', 'earns', 'celebrated', 'celebrates', 'injured', 'hurt',
  'broke', 'marked', 'marks', 'kept', 'lost', 'ended', 'ends', 'began', 'begins', 'opened', 'doubled', 'shook', 'shrugged',
  // what a winner does with a prize or a title: "Shakira dedicated her award", "Swiatek defended her title"
  'dedicated', 'dedicates', 'defended', 'defends',
]);

/** The possessives and reflexives of one person, after such a verb: "made his", "hurt herself". */
export const OWN_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'himself', 'herself']);
