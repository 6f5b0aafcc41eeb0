import type { EntityCandidate, RecognizeContext, Recognizer } from '../pipeline-types';
import { entityName } from '../resolve/entities';
import { classifyRun } from './entities/classify';
import { CapitalStats } from './entities/capital-stats';
import { findChunks, firstWordIndex } from './entities/chunks';
import { resolveDocument, type Located, type LoneTitle, type Resolved } from './entities/document';
import { isLoneTitleWord } from './entities/titles';
import { isResultsTable, isScorersList, scoreLineWords } from './entities/results-line';
import { isShouting } from './entities/shouting';
import { isNewspaperLine, isPressDigest } from './entities/press-digest';
import { matchShoutingLine } from './entities/shouting-match';
import { tokenize, type Token } from './entities/tokens';
import { isFirmSpeaking } from './entities/sentence-opener';
import { peoplePlaceDecision } from './entities/people-place';
import { standsInScoreline } from './entities/teams';
import { chunkOutside, QUOTED_NICKNAME_RULE, quotedNicknames } from './entities/quoted-nickname';
import { markNamedGroups } from './entities/alphanumeric-name';

// A score line has a figure after a name: a cheap gate before reading its lines.
const SCORE_GATE = /\p{L} \d/u;

/**
 * People, organizations and places. Each sentence is cut into runs of capitalized words, each
 * run is classified from titles, gazetteers, lexicons, name shapes and context cues; then the
 * document settles the runs left unknown, and headlines in capitals are matched against the
 * names the document settled.
 */
export const entityRecognizer: Recognizer = {
  name: 'entities',
  kinds: ['person', 'organization', 'location'],
  recognize(ctx: RecognizeContext): EntityCandidate[] {
    const located: Located[] = [];
    const loneTitles: LoneTitle[] = [];
    const shouting: Token[][] = [];
    const plain: Token[][] = [];
    const stats = new CapitalStats();
    const papers: Resolved[] = [];
    let digest = false;
    for (const [i, s] of ctx.sentences.entries()) {
      const tokens = tokenize(ctx.text, s.start, s.end);
      if (i === 0) digest = isPressDigest(tokens);
      // "DAILY NATION", "KENYA TIMES": in a digest of the press, a line that only names a paper.
      else if (digest && isNewspaperLine(tokens)) {
        papers.push({ kind: 'organization', start: tokens[0].start, end: tokens[tokens.length - 1].end, rule: 'organization/newspaper-line' });
        continue;
      }
      if (isShouting(tokens) && !isResultsTable(tokens) && !isScorersList(tokens)) shouting.push(tokens);
      else {
        plain.push(tokens);
        const first = firstWordIndex(tokens);
        stats.add(tokens, first);
        // "Target said first-quarter profit fell": a firm that speaks vouches for its word where other
        // sentences open with it, and so does a side that a score follows ("Arsenal won 3-0").
        if (tokens[first]?.cap && (isFirmSpeaking(tokens, first) || standsInScoreline(tokens, first, first + 1))) stats.addName(tokens[first].lower);
        // "Arsenal 2 Chelsea 0 … Arsenal won": a table's sides are names where a sentence opens with them.
        if (SCORE_GATE.test(ctx.text.slice(s.start, s.end))) stats.addTable(scoreLineWords(tokens));
      }
    }
    markNamedGroups(plain);
    for (const tokens of plain) {
      const nicknamed = quotedNicknames(tokens);
      for (const name of nicknamed) located.push({ decision: { kind: 'person', ...name, rule: QUOTED_NICKNAME_RULE }, tokens, sentenceInitial: false });
      for (const chunk of findChunks(tokens).flatMap((c) => chunkOutside(c, nicknamed))) {
        const named = classifyRun(tokens, chunk.from, chunk.to, chunk.sentenceInitial ? stats : undefined);
        const people = peoplePlaceDecision(tokens, chunk.from, chunk.to, named);
        const decisions = people ? [people, ...named.filter((d) => d.kind !== 'unknown' || d.from >= people.to || d.to <= people.from)] : named;
        for (const decision of decisions) {
          located.push({ decision, tokens, sentenceInitial: chunk.sentenceInitial && decision.from === chunk.from });
        }
        if (decisions.length === 0 && chunk.to - chunk.from === 1 && isLoneTitleWord(tokens, chunk.from)) loneTitles.push(tokens[chunk.from]);
      }
    }
    const { mentions, known } = resolveDocument(located, ctx.text, loneTitles);
    for (const tokens of shouting) mentions.push(...matchShoutingLine(tokens, known));
    mentions.push(...papers);
    return mentions.map((m: Resolved) => ({ kind: m.kind, start: m.start, end: m.end, rule: m.rule, name: entityName(m.kind, ctx.input.slice(m.start, m.end)) }));
  },
};
