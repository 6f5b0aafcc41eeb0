import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('percent', 'percent signs and words', [
  { expect: { value: 2, unit: 'percent', rule: 'percent/digits' }, phrases: ['spend [[2 percent]] of GDP', 'spend [[2%]] of GDP', 'spend [[2 %]] of GDP', 'spend [[2 per cent]] of GDP', 'spend [[2 pct]] of GDP', 'spend [[2pc]] of GDP', 'spend [[2 per-cent]] of GDP'] },
  { expect: { value: 2, unit: 'percent', rule: 'percent/words' }, phrases: ['spend [[two percent]] of GDP', 'spend [[two per cent]] of GDP'] },
  { expect: { value: 5.6, unit: 'percent', rule: 'percent/words' }, phrases: ['prices rose [[five point six percent]] last year', 'prices rose [[five point six per cent]] last year'] },
  { expect: { value: 1.05, unit: 'percent' }, phrases: ['it gained [[one point oh five percent]]', 'it gained [[one point zero five percent]]'] },
  { expect: { value: 100, unit: 'percent' }, phrases: ['[[one hundred percent]] sure', '[[100 percentage]]', '[[one hundred percents]]'] },
  { expect: { value: 50, unit: 'percent' }, phrases: ['a [[50-percent]] stake', 'a [[50-per-cent]] stake', 'a [[50%]] stake'] },
  { expect: { value: -0.4, unit: 'percent' }, phrases: ['growth of [[-0.4%]] in May', 'growth of [[minus 0.4 percent]] in May'] },
  { expect: { value: 2, unit: 'percent' }, phrases: ['revenue of $4 billion, plus or minus [[2%]]', 'a margin of error of plus or minus [[2 percent]]'] },
  { expect: { value: 0.5, unit: 'percentage-point', rule: 'percent/percentage-points' }, phrases: ['up [[0.5 percentage points]]', 'up [[0.5 percentage point]]', 'up [[half a percentage point]]'] },
  { expect: { value: 0.25, unit: 'percentage-point' }, phrases: ['a cut of [[a quarter percentage point]]'] },
  { expect: { value: 0.5, unit: 'percentage-point', rule: 'percent/percentage-points' }, phrases: ['rates rose [[half a point]] in May', 'yields fell by [[a half-point]]', 'rates rose [[a half point]]'] },
  { expect: { value: 0.25, unit: 'percentage-point' }, phrases: ['after [[a quarter-point]] increase', 'cut by [[a quarter of a point]]', 'cut by [[one-quarter point]]'] },
  { expect: { value: 0.75, unit: 'percentage-point' }, phrases: ['yields fell [[three-quarters of a point]] over the month', 'a [[three-quarter-point]] cut in rates'] },
  { expect: { value: 0.5, unit: 'percentage-point' }, phrases: ['economists expect another [[half-point]] cut', 'the incumbent leads by [[half a point]] in the latest poll'] },
  { expect: { value: 0.25, unit: 'basis-point', rule: 'percent/basis-points' }, phrases: ['raised rates [[25 basis points]]', 'raised rates [[25bp]]', 'raised rates [[25 bps]]'] },
  { expect: { value: 0.5, unit: 'basis-point' }, phrases: ['a [[50-basis-point]] cut', 'cut rates [[50 basis points]]'] },
  { expect: { value: 0.01, unit: 'basis-point' }, phrases: ['yields edged up [[a basis point]]'] },
  { expect: { value: 22, unit: 'percent', rule: 'percent/unit-first' }, phrases: ['per cent of twenty-two', 'percent of 22'] },
  { expect: { value: 6.5, unit: 'percent' }, phrases: ['it dropped by [[6.50%]] (323.65 points)'] },
  { expect: { value: 7.75, unit: 'percent' }, phrases: ['bonds yielding [[7 3/4 %]] due 1999', 'bonds yielding [[7 3/4%]] due 1999', 'bonds yielding [[7-3/4%]] due 1999'] },
  { expect: { value: 0.5, unit: 'percent' }, phrases: ['a rise of [[1/2 %]] today'] },
  { expect: { value: 6.25, unit: 'percent' }, phrases: ['base rate rose to [[6¼%]] in June', 'gilts yielding [[6¼ per cent]] rallied'] },
  { expect: { value: 1, unit: 'percentage-point' }, phrases: ['rates rose [[a percentage point]] in May'] },
  { expect: { value: 0.25, unit: 'percentage-point' }, phrases: ['a cut of [[a quarter of a percentage point]]', 'a cut of [[one-quarter of a percentage point]]'] },
  { expect: { value: 0.75, unit: 'percentage-point' }, phrases: ['by [[three-quarters of a percentage point]]', 'by [[three-fourths of a percentage point]]'] },
  { expect: { value: 0.3, unit: 'percentage-point' }, phrases: ['yields slipped [[three-tenths of a percentage point]]', 'yields slipped [[three tenths of a percentage point]]'] },
  { expect: { value: 0.1, unit: 'percentage-point' }, phrases: ['the rate edged up [[one-tenth of a percentage point]]'] },
  { expect: { value: 0.4, unit: 'percent' }, phrases: ['prices rose [[two-fifths of a percent]]'] },
]);

describeNegatives('percent', 'an ordinal that is also a fraction word', ['It fell for the tenth straight month, by 3 points.', 'A fifth of the staff left.']);
describeNegatives('percent', 'points that count no percentage', [
  'The Dow fell 30 points to 3,500.',
  'IBM rose 3/4 point to 112.',
  'The team won by two points.',
  'He made a point of it.',
  'Karpov leads the match by half a point after seven games.',
  'The grandmaster is a half-point clear of the field.',
  'She lost half a point to the judges for a stumble.',
]);
