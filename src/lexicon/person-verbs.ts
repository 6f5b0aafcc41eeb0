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
