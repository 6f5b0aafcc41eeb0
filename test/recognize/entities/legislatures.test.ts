import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('organization', "a chamber's common word after \"the\" or before a post in it", [
  { expect: { rule: 'organization/chamber' }, phrases: [
    'After a long debate the [[House]] voted 220-210 to pass it.',
    'The [[House]] adjourned early.',
    'The bill now goes to the [[Commons]] for a second reading.',
    'A vote by [[House]] Speaker Dana Whitlock is due.',
  ] },
]);

describeNegatives('organization', 'a common word that names no chamber', [
  '[[House]] prices fell for a third month.',
  'They bought a house near the river.',
]);

describeCorpus('organization', "a US state's House is a chamber of its legislature, also before a post in it", [
  { expect: { rule: 'organization/chamber' }, phrases: [
    'The [[Ohio House]] voted 60-31 on the budget.',
    'Lobbyists courted former [[Illinois House]] Speaker Dana Whitlock.',
    'Former [[Illinois House]] Speaker Dana Whitlock was charged.',
    '[[Kansas House]] Majority Leader Ann Lowe objected.',
  ] },
]);

describeNegatives('organization', "another place's House is a building", ['Guests dined at Somerset House on Friday.']);

describeCorpus('organization', "a state's legislature is a body, not the state", [
  { expect: { rule: 'organization/head' }, phrases: [
    'The [[Utah Legislature]] set aside $40 million for the lake.',
    'Lobbyists courted members of the [[Texas Legislature]] on Monday.',
  ] },
]);

describeNegatives('location', "a state's legislature is no place", ['The [[Utah]] Legislature met.']);

describeCorpus('organization', "a legislature or central bank's one word", [
  { expect: { rule: 'organization/institution' }, phrases: [
    '[[Fed]] Chairman Ansel Corwin said rates would stay low.',
    '[[Fed]] officials met on Tuesday.',
    'Rates were raised by the [[Fed]] last week.',
  ] },
  { expect: { rule: 'organization/head' }, phrases: ['The [[State Duma]] must confirm him within a week.'] },
]);

describeNegatives('organization', 'a verb that spells an institution', ['Fed up with delays, the tenants moved out.']);

describeCorpus('organization', 'a lone name before a political group it names', [
  { expect: { rule: 'organization/lone-modifier' }, phrases: ['The leader of the royalist [[Vantipec]] party rejected the results.'] },
]);

describeCorpus('organization', 'a seat of government before the people who work there', [
  { expect: { rule: 'organization/seat-staff' }, phrases: ['A [[White House]] spokesman said the talks would go on.', '[[Kremlin]] officials denied the report.'] },
]);

describeCorpus('location', 'a seat of government elsewhere stays a place', [
  { expect: { kind: 'location' }, phrases: ['He spoke at the [[White House]] on Monday.'] },
]);

describeCorpus('organization', "an institution's head alone after \"the\", once the document named it in full", [
  { expect: { rule: 'organization/short-institution' }, phrases: [
    'The Church of the Quiet Light sued her. In a statement, the [[Church]] denied the claims.',
    'The Supreme Court heard the appeal. The case on which the [[Court]] ruled began in 2011.',
    'The Maxine Fund for the Arts hired Ann Loweth. Loweth joined the [[Maxine]] in May.',
  ] },
]);

describeNegatives('organization', 'a namesake alone with no "the" before it', ['The Maxine Fund for the Arts hired Ann Loweth. Her aunt [[Maxine]] was pleased.']);

describeNegatives('organization', "an institution's head the document named nothing with", [
  'In a statement, the [[Church]] denied the claims.',
  'The Supreme Court heard the appeal. The [[church]] was empty.',
]);

describeCorpus('organization', 'the Crown, which prosecutes in Commonwealth courts, after "the"', [
  { expect: { rule: 'organization/chamber' }, phrases: [
    'The jury heard the case for the [[Crown]] on Monday.',
    'Evidence was led by the [[Crown]] prosecutor, Ann Loweth.',
  ] },
]);

describeNegatives('organization', 'a crown that is no prosecution', ['He won the Triple [[Crown]] in 1978.', 'The [[Crown]] Prince flew to Oslo.', 'A crown was placed on her head.']);

describeCorpus('organization', 'a unit of an army, a navy or the courts that a number names', [
  { expect: { rule: 'organization/numbered-unit' }, phrases: [
    'An appeal to the [[5th Circuit]] failed in June.',
    'Veterans of the [[82nd Battalion]] marched past.',
    'Ships of the [[Sixth Fleet]] sailed at dawn.',
    'Tanks of the [[4th Armored Division]] rolled north.',
    'The [[2nd Marine Expeditionary Force]] landed at dawn.',
    'Pilots of the [[Ninth Tactical Air Wing]] flew home.',
  ] },
]);

describeCorpus('organization', 'a unit with the region it was raised in bracketed between its number and its head', [
  { expect: { rule: 'organization/numbered-unit' }, phrases: [
    'The [[36th (Ulster) Division]] attacked at dawn.',
    'Men of the [[51st (Highland) Division]] held the line.',
  ] },
]);

describeNegatives('location', 'the bracketed region is part of the unit, no place of its own', ['The 36th ([[Ulster]]) Division attacked at dawn.']);

describeCorpus('location', 'a bracketed place after no number stays a place', [
  { expect: { rule: 'location/gazetteer' }, phrases: ['Sales rose 5% ([[Ulster]]) Division said.'] },
]);

describeCorpus('organization', "a regiment's sub-unit that a number names, with its regiment after a comma", [
  { expect: { rule: 'organization/regimental-unit' }, phrases: [
    'Men of the [[2nd Battalion, Royal Anglian Regiment]] patrolled the town.',
    'The [[1st Battalion, Welsh Guards]] arrived on Friday.',
    'Recruits joined the [[4th Battalion, Royal Regiment of Fusiliers]] in May.',
    "Gunners of the [[7th Battery, Queen's Royal Artillery Corps]] fired first.",
  ] },
]);

describe('a sub-unit after which no regiment follows the comma', () => {
  it('ends at the sub-unit before a clause', () => {
    expect(factsOf('organization', 'The 2nd Battalion, which landed first, lost 20 men.').map((f) => f.text)).toEqual(['2nd Battalion']);
  });
  it('ends at the sub-unit before a speaker', () => {
    expect(factsOf('organization', 'The 3rd Battalion, Colonel Hart said, would stay.').map((f) => f.text)).toEqual(['3rd Battalion']);
  });
});

describeCorpus('organization', 'a regiment whose name closes on its soldiers in the plural', [
  { expect: { rule: 'organization/head' }, phrases: [
    'Soldiers of the [[Royal Gurkha Rifles]] led the column.',
    'The [[Assam Rifles]] guarded the border post.',
    'A band of the [[Royal Welch Fusiliers]] played.',
    'Officers of the [[Queen Alexandra Lancers]] rode past.',
  ] },
]);

describeCorpus('organization', 'a service named in the plural', [
  { expect: { value: 'Royal Marines', rule: 'organization/head' }, phrases: ['Commandos of the [[Royal Marines]] seized the port.'] },
]);

describeCorpus('organization', 'a count that opens the sentence is no part of the name after it', [
  { expect: { value: 'Army', rule: 'organization/institution' }, phrases: ['Two [[Army]] officers were charged.'] },
  { expect: { value: 'Navy' }, phrases: ['Twelve [[Navy]] ships took part.'] },
]);

describeNegatives('organization', 'a number before a word that names no unit', ['She finished 3rd [[Place]] overall.', 'He came first in the Mile.', 'It was the first division of the estate.']);

describeCorpus('organization', 'a chamber of trade or of a parliament named in full', [
  { expect: { rule: 'organization/head-of' }, phrases: ['The [[Chamber of Commerce]] lobbied against the tax .', 'The [[Chamber of Deputies]] rejected the budget .'] },
]);

describeNegatives('organization', 'a chamber that names no body', ['The [[Chamber]] was nearly empty by noon .']);

describeCorpus('organization', "Taiwan's branches of government", [
  { expect: { rule: 'organization/lexicon' }, phrases: ['The cabinet , or [[Executive Yuan]] , approved the budget .', 'The [[Legislative Yuan]] passed the bill .'] },
]);

describe("a leader's plan after a chamber's 'for the'", () => {
  it('the chamber ends before the name that qualifies the plan', () => {
    expect(factsOf('organization', 'Votes piled up in the Senate for the Clinton budget .').map((f) => f.text)).toEqual(['Senate']);
  });
  it('a remit after "for the" stays in the name', () => {
    expect(factsOf('organization', 'The Office for the Protection of Rivers said so .').map((f) => f.text)).toEqual(['Office for the Protection of Rivers']);
  });
});

describeCorpus('organization', 'two bodies that one word each names, joined by "and"', [
  { expect: { rule: 'organization/institution' }, phrases: ['The bill cleared the [[House]] and Senate on Friday.', 'The bill cleared the House and [[Senate]] on Friday.', 'Veterans of the [[Army]] and Navy marched.'] },
]);

describeCorpus('organization', 'a body whose name holds two such words', [{ expect: {}, phrases: ['He dined at the [[Army and Navy Club]] in London.'] }]);
