import type { EntityKind } from '../../types';
import { apposesHolderOfName, appositionKind, followsPostApposition, isEmployer, isExampleOfFirms, isEventVenue, isFieldGround, isOwnedCompany, isPersonalRun, isEmployerBeforePost, isSubjectPosition, namesPoliticalGroup, namesPoliticalGroupByStance, namesStation, organizationCue, personalCue, personCue, placeClassCue, placeCue, SHARES_OF_RULE, SPEECH_VERBS, strongPlaceCue, townNounApposition, townOfCue, isCompanyObject, isModifiedNoun, isResearchEmployer, takesFirmClause } from './context-cues';
import { isCalendarWord, isClearGivenName, isCommonWord, isCommonWordOrPlural, isCompanyWord, isEnglishWord, isFirmKindWord, isGivenName, isLexiconGivenName, isNationalityWord, isSurname, isWordOfSomeFirm, isWorldGivenName, lexiconKind, lexiconTags } from './name-words';
import { PARTY_MEMBER_PLURALS } from '../../lexicon/people-nouns';
import { SCALE_WORDS } from '../../lexicon/number-words';
import { CRAFT_HEADS } from '../../lexicon/product-nouns';
import { isCamelCaseProduct, isProductBeforeMaker, isVersionedProduct, STARTS_WITH_DIGIT, vehicleModelEnd } from './product-name';
import { isGamesStudio } from './games-studio';
import { isJournalTitle } from './journal-title';
import { isActingMuseum } from './acting-museum';
import { closesEventOfPlace, followsTitleArticle, isBrandBeforeGoods, isCurrencyPrefix, isInsideQuotedTitle, isKnownOrganization, isLabel, namesDisease, isNonEntity, isShipName, isTimeZone, isWorkTitle, namesBodyByZoneLetters, stormNameStart } from './negatives';
import { airlineBeforeFlight, hyphenatedFirmPair, hyphenatedFirms, isAcronym, isSlashedPollSponsor, pollSponsors, isCountedGroup, isCountryBranch, opensWithKnownFirm, isServiceColour, isServiceDistrict, isStudyCenter, numberedUnitStart, organizationRule, regimentalUnitStart, possessiveCompanyStart, SERVICE_DISTRICT_RULE, STUDY_CENTER_RULE } from './org-shape';
import { isFoundedBody } from './founded-body';
import { partyOfLeader } from './party-leader';
import { acronymLongForm, DEFINED_TERM_RULE, definesAcronym, KNOWN_AS_NICKNAME_RULE, namesTerm, shortNameRule } from './defined-acronym';
import { couldBePersonName, EAST_ASIAN_RULE, isHyphenedGivenFirst, isInitial, isLeadingInitials, isUndottedInitials, personRule } from './person-shape';
import { undottedInitialsCue } from './undotted-initials';
import {
  datelinePlaceEnd,
  divisionOfIndex,
  hasLeadingPlaceHead,
  hasPlaceHead,
  hyphenatedPlaces,
  isClubOfTwoPlaces,
  isCampusTown,
  FEATURE_AFTER_ARTICLE_RULE,
  FEATURE_BEFORE_LANDFORM_RULE,
  isCompassRegion,
  isFeatureAfterArticle,
  isFeatureBeforeLandform,
  isCountryOrRegion,
  isCuedAmbiguousPlace,
  isUncuedLargeCity,
  isGazetteerPlace,
  isLinkedTownName,
  namesBuildingOf,
  isNamedByPlaceNoun,
  isPeoplesPartOfPlace,
  isPlacePart,
  isPlaceQualified,
  isRomancePlaceName,
  isStateAbbreviated,
  numberedRoadEnd,
  numberedStreetStart,
  isCodedRoad,
  CODED_ROAD_RULE,
  NUMBERED_STREET_RULE,
  partyState,
  placePrefixEnd,
} from './place-rules';
import { isCuedTown, isOwnersSite } from './town-cue';
import { isTownGivenName, townGivenNameCue } from './town-given-name';
import { speakerLabelDecision } from './speaker-label';
import { followsPostFor, isBarePortfolio, isHolderAfterPortfolio } from './portfolio-holder';
import { facesClub, isLineupName, isMinuteScorer, isRankedEntrant, isRankedEntrantsTeam, isTimedEntrant, isSideBeforeCountry, isTeamAfterCountry, isResultsLine, isScorecardName, isScorerName, isScorersTeam, isTeamInResults, isInningsSide, isSideAfterVersus, isVenueLabel, isBatteryName, isBoxScoreNote } from './results-line';
import { findTitleRun, followsPluralTitle, isAddressTitle, isEmployerTitle, isPlaceHolderTitle, isTitleWord, isTrailingTitle, namesPartyMember, opensWithHonorific } from './titles';
import type { CapitalStats } from './capital-stats';
import { isClubOfTown, isNationalSide, isNumberedClub, isPlayersClub } from './club-names';
import { isCountWord, isFirmPairSpeaking, opensWithTenure, skipSentenceOpener } from './sentence-opener';
import { WEEKDAYS } from '../../lexicon/weekdays';
import { gazetteerPlaceOf, isAbbreviatedStateAfterComma, isPossessiveGround, namesWithArticle, writtenPhrase } from './gazetteer-place';
import { placeApposition } from './place-apposition';
import { localSeatEnd, LOCAL_SEAT_RULE } from './local-seat';
import { isHomeOfPartyMember, isHometownAfterAge, isTownOfDwellers, isTownOfResidents, isTownOfTownsfolk } from './hometown';
import { isNationalBody } from './national-body';
import { isBracketedLowerAgency } from './chunks';
import { isMediaTitle } from './media-title';
import { isPlaceMasthead } from './masthead';
import { isPollTaker } from './poll-taker';
import { isNonOrgAcronym, isPlaceOfMover, isPriceMover, namesMarketIndex, numberedIndexEnd } from './price-mover';
import { AFFIXED_MODIFIER } from '../../lexicon/place-words';
import { followsThe, lowerPhrase, opensSentence, type Token } from './tokens';
import { isKnownNicknameAlone, isNickname, KNOWN_NICKNAME_RULE, TEAM_NICKNAME_RULE, teamNicknameStart } from './team-nickname';
import { isPluralTownSide, isSideOnStreak, isSideWithRecord, playsFor, scoresInSets, standsAsSide, standsBesideResultVerb } from './teams';
import { gazetteer } from '../../lexicon/gazetteer';
import { SEATS_OF_GOVERNMENT } from '../../lexicon/gazetteer/landmarks';
import { CHAMBER_WORDS, CLUB_TOWN_SUFFIXES, COMPANY_KIND_NOUNS, GOVERNMENT_WORDS, INSTITUTION_HEADS, isBodyNoun, LEGAL_FORMS, NATIONAL_SOCIETY_MOVEMENTS, NEWSPAPER_NAMES, PAPER_KIND_NOUNS, PLACE_HEADS, SEAT_STAFF_NOUNS, SINGLE_WORD_INSTITUTIONS, VENUE_HEADS } from '../../lexicon/org-words';
import { PUBLIC_FIGURES } from '../../lexicon/public-figures';
import { PLURAL_ARTICLES, ROMANCE_PARTICLES } from '../../lexicon/name-connectors';
import { ADMINISTRATION_QUALIFIERS, LEADER_NAMED_TERMS, LEADER_POSSESSIONS, PERSONAL_POSSESSIONS, isPostNoun, RACING_POSTS, ROYAL_TITLES, SEAT_TITLES } from '../../lexicon/titles';

const MARKET_INDEX_RULE = 'organization/market-index';
// Place heads of objects in the sky, which also name firms' product lines ("Galaxy", "Nebula").
const SKY_HEADS = new Set(['galaxy', 'nebula']);

/** A decision on part of a capitalized run, as token indexes [from, to). */
export interface Decision {
  kind: EntityKind | 'unknown';
  from: number;
  to: number;
  rule: string;
  /** Set for a split hyphenated word: the offsets of one part ("Russia" in "Russia-Ukraine"). */
  span?: { start: number; end: number };
}

/**
 * Decides what a capitalized run names, trying the evidence from strongest to weakest:
 * the run is cut at titles, then checked against negatives, the gazetteer, the lexicon,
 * organization shapes, person shapes and context cues. Runs with no evidence come back as
 * `unknown`, for the document-level pass to settle.
 */
// An event's or a program's head that, after its founders' names, heads the philanthropy they fund.
const FUNDED_BODY_HEADS: ReadonlySet<string> = new Set(['initiative']);

export function classifyRun(tokens: Token[], from: number, to: number, openerStats?: CapitalStats): Decision[] {
  const speaker = speakerLabelDecision(tokens, from, to);
  if (speaker) return [speaker];
  // "General Motors said …": a run that is a known name as a whole keeps its first word, unless
  // a connector follows that word ("Shares of Acme Holdings fell").
  // "Two Army officers died", "Three Marines were hurt": a count opening the sentence counts what
  // the word after it names; a longer run may be a name that opens with it ("Three Mile Island").
  if (openerStats && to - from === 2 && isCountWord(tokens[from].lower) && !lexiconKind(lowerPhrase(tokens, from, to))) from++;
  // "Derby have signed": a town named by a word is its club before a plural verb, though it opens the sentence.
  if (isPluralTownSide(tokens, from, to) || isSideWithRecord(tokens, from, to) || isSideOnStreak(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/team' }];
  if (openerStats && opensWithTenure(tokens, from, to)) from++;
  if (openerStats && ((tokens[from + 1]?.cap === false && tokens[from + 1].text !== '&') || !namesWhole(tokens, from, to) || opensWithFirmKind(tokens, from, to, openerStats))) {
    from = skipSentenceOpener(tokens, from, to, openerStats);
    if (from >= to) return [];
  }
  if (to - from === 1 && isBracketedLowerAgency(tokens, from)) return [{ kind: 'organization', from, to, rule: 'organization/news-agency' }];
  while (from < to && (tokens[from].lower === 'the' || !tokens[from].cap)) from++;
  while (to > from && !tokens[to - 1].cap && !(to - from > 2 && isCountedGroup(tokens, to - 3))) to--;
  if (from >= to) return [];
  // "On Friday Lancashire beat Kent": a weekday that opens a longer run is the date before the
  // name, not its first word; "Sunday Times" names a paper as a whole.
  if (to - from > 1 && isWeekdayName(tokens[from]) && !namesWhole(tokens, from, to)) from++;
  // "President Vladimir Putin Tuesday signed", "Microsoft Monday said": wire copy puts the day
  // between the subject and its verb; "Sheffield Wednesday" names a club as a whole.
  if (to - from > 1 && isWeekdayName(tokens[to - 1]) && !namesWhole(tokens, from, to)) to--;
  if (isShipName(tokens, from, to)) return [{ kind: 'unknown', from, to, rule: SHIP_RULE }];
  if (followsPluralTitle(tokens, from)) return [{ kind: 'person', from, to, rule: 'person/title-list' }];
  if (isPossessiveGround(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/ground' }];
  if (isHomeOfPartyMember(tokens, from, to)) return [{ kind: 'location', from, to: to - 1, rule: 'location/member-home' }];

  const holder = titledHolderBeforeOf(tokens, from, to) ?? partyOfLeader(tokens, from, to);
  if (holder) return holder;
  // "General Motors", "Secretary of State's Office": a whole name beats the title inside it, but
  // not a form of address ("Mr. Washington", "Mr. Sun"), unless the lexicon knows it ("Dr Pepper").
  const honorific = opensWithHonorific(tokens, from, to) && lexiconKind(lowerPhrase(tokens, from, to)) !== 'organization';
  const found = namesWhole(tokens, from, to) && !honorific ? undefined : findTitleRun(tokens, from, to);
  // "Major League Baseball": after a title, an institution's words name no holder; but "CEO of
  // the Refugee Council Enver Solomon" holds a post of the institution.
  // "Martin Luther King Day", "the Star Wars lead": a holiday or a work that ends the run is
  // named for no holder after the title word; the run is a name as a whole.
  const title = found && (honorific || tokens[found.to]?.lower === 'of' || !namesInstitution(tokens, found.to, to)) && !isNonEntity(tokens, found.from, to) ? found : undefined;
  if (title && isNamedForRoyal(tokens, title, to)) return [{ kind: 'location', from: title.from, to, rule: 'location/place-head' }];
  if (title && isFirmNamedGeneral(tokens, title, to)) return [{ kind: 'organization', from: title.from, to, rule: 'organization/general-firm' }];
  if (title) {
    const before = title.from > from ? employerOrRun(tokens, from, title, classifyRun(tokens, from, title.from)) : [];
    if (honorific && title.from === from) return classifyAddressed(tokens, title.to, to);
    return [...before, ...classifyNamed(tokens, title.to, to, 'person/title')];
  }
  if (tokens.slice(from, to).every(isTitleWord) && !namesWhole(tokens, from, to)) return [];
  const held = followsPostFor(tokens, from) && !namesWhole(tokens, from, to) ? portfolioAndHolder(tokens, from, to, 'person/title') : undefined;
  if (held) return held;
  if (namesPartyMember(tokens, from, to)) return [];
  // "Ryanair CEO", "NASA Administrator": a title that ends the run, with no name after it, is
  // the role of someone at the name before it. A person's name may end in one ("Martin Luther King").
  if (to - from > 1 && isTrailingTitle(tokens[to - 1]) && !namesWhole(tokens, from, to) && !personRule(tokens, from, to)) {
    let end = to - 1;
    while (end > from && isTitleWord(tokens[end - 1])) end--;
    if (end > from) return employerOrRun(tokens, from, { from: end, to }, classifyPlain(tokens, from, end));
  }
  return classifyPlain(tokens, from, to);
}

/**
 * "David Lake said", "Anthony Hall, 54, a lawyer,": a verb of saying as the subject's, an age or
 * a post in apposition, where the surname is an English word no surname list holds.
 */
function isDescribedPerson(tokens: Token[], from: number, to: number): boolean {
  const says = SPEECH_VERBS.has(tokens[to]?.lower ?? '') && isSubjectPosition(tokens, from);
  return says || !!personalCue(tokens, from, to) || appositionKind(tokens, to) === 'person';
}

/** "the House and Senate", "the Army and Navy": two bodies that one word each names, not one body. */
function isInstitutionPair(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 3 || tokens[from + 1].lower !== 'and') return false;
  const isBodyWord = (t: Token) => t.cap && !t.upper && (SINGLE_WORD_INSTITUTIONS.has(t.lower) || CHAMBER_WORDS.has(t.lower));
  return isBodyWord(tokens[from]) && isBodyWord(tokens[to - 1]);
}

/** "Prince William Sound", "King Street": a royal title, a name and a place's head name a place. */
function isNamedForRoyal(tokens: Token[], title: { from: number; to: number }, to: number): boolean {
  return title.to - title.from === 1 && ROYAL_TITLES.has(tokens[title.from].lower) && to - title.to >= 1 && hasPlaceHead(tokens, title.from, to);
}

// Names of one or two words after "General" that name a firm, not a general.
const MAX_GENERAL_FIRM_WORDS = 2;

/**
 * "General Mills", "General Dynamics", "General Signal": "General" alone, spelled out, before
 * ordinary words that are no given name or surname names a company; a general goes by a surname
 * ("General Powell") or a name that is also a word ("General Grant", "General Lee").
 */
function isFirmNamedGeneral(tokens: Token[], title: { from: number; to: number }, to: number): boolean {
  if (title.to - title.from !== 1 || tokens[title.from].text !== 'General' || to === title.to || to - title.to > MAX_GENERAL_FIRM_WORDS) return false;
  return tokens.slice(title.to, to).every((t) => !t.upper && isEnglishWord(t.lower) && !isNameOrItsPatronymic(t.lower));
}

const PATRONYMIC_S = /s$/;

/**
 * A given name or a surname, or a given name with the "s" of a patronymic that no firm's name
 * holds: "General Franks" is a general, "General Mills" a firm.
 */
function isNameOrItsPatronymic(lower: string): boolean {
  const stem = lower.replace(PATRONYMIC_S, '');
  return isGivenName(lower) || isSurname(lower) || (stem !== lower && isGivenName(stem) && !isWordOfSomeFirm(lower));
}

/**
 * "General Secretary Jiang Zemin of the Communist Party": a title and a full name before "of"
 * are a holder and what they serve, though the whole run ends in an institution's head. An
 * institution may open the run ("Senate Majority Leader George Mitchell of Maine"), and a name no
 * list knows may follow the title where its words are no English words ("Judge Kimba Wood of the
 * U.S. District Court").
 */
function titledHolderBeforeOf(tokens: Token[], from: number, to: number): Decision[] | undefined {
  const of = tokens.slice(from, to).findIndex((t) => t.lower === 'of') + from;
  if (of <= from + 1 || of >= to - 1) return undefined;
  const title = findTitleRun(tokens, from, of);
  // "Dr. Hall of the Mayo Clinic": a form of address takes a surname alone; a post's word takes a
  // full name, for a word after it may be the post's own ("Director General of …").
  const shortest = title && title.to - title.from === 1 && isAddressTitle(tokens[title.from]) ? 1 : 2;
  if (!title || of - title.to < shortest || of - title.to > 3) return undefined;
  const before = title.from === from ? [] : classifyRun(tokens, from, title.from);
  const opensWithBody = before.length === 1 && (before[0].kind === 'organization' || before[0].kind === 'location');
  if (title.from !== from && !opensWithBody) return undefined;
  if (!personRule(tokens, title.to, of) && !couldBePersonName(tokens, title.to, of)) return undefined;
  const seat = isPlaceHolderTitle(tokens, title.from, title.to);
  return [...before, { kind: 'person', from: title.to, to: of, rule: 'person/title' }, ...namesAfterOf(tokens, of, to, classifyRun, seat)];
}

const POLL_SPONSORS_RULE = 'organization/poll-sponsors';

// The most words of a name no list knows that a holder may be "of": "Dean Witter", "Whitmore".
const HOLDER_OF_WORDS = 2;
const HOLDER_SEAT_RULE = 'location/holder-seat';

/**
 * The names after a person's "of", which say where they serve or come from ("… of the Communist
 * Party"). A short name no list knows right after "of" is where the holder works, which the
 * document pass settles ("Economist Annabel Bishop of Investec"), or, after a title of a seat, the
 * place the holder governs or represents ("Mayor Ann Lowe of Elmsford").
 */
function namesAfterOf(tokens: Token[], of: number, to: number, classify: (tokens: Token[], from: number, to: number) => Decision[], seat = false): Decision[] {
  let next = of + 1;
  while (next < to && !tokens[next].cap) next++;
  return classify(tokens, next, to).flatMap((d): Decision[] => {
    if (d.kind !== 'unknown') return [d];
    if (d.from !== of + 1 || d.to - d.from > HOLDER_OF_WORDS) return [];
    return [seat ? { ...d, kind: 'location', rule: HOLDER_SEAT_RULE } : d];
  });
}

// Common nouns of a public service that open a title, naming no one body: "Police Chief", "Fire Marshal".
const PUBLIC_SERVICE_NOUNS = new Set(['police', 'fire', 'prison', 'prisons', 'schools', 'health', 'transit', 'parks']);

/**
 * The name before a post at a club or a company is the employer: "Bayern Munich coach", "Ajax
 * spokesman", though the gazetteer knows "Bayern" and "Munich" as places. A country stays a
 * place ("England coach"), and a person stays a person ("Smith spokesman" is rare, "John Smith's" not).
 */
function employerOrRun(tokens: Token[], from: number, title: { from: number; to: number }, decisions: Decision[]): Decision[] {
  if (!isEmployerTitle(tokens, title.from, title.to) || tokens[title.from - 1].possessive) return decisions;
  // "Police Chief Jeffrey Norman", "Fire Commissioner …": a public service's common noun is part of the title.
  if (title.from - from === 1 && PUBLIC_SERVICE_NOUNS.has(tokens[from].lower)) return decisions;
  if (decisions.length === 0 || decisions.some((d) => d.kind === 'person' || d.kind === 'organization' || d.span)) return decisions;
  const seat = localSeatEnd(tokens, from, title.from);
  if (seat > from) return [{ kind: 'location', from, to: seat, rule: LOCAL_SEAT_RULE }];
  const whole = decisions.length === 1 && decisions[0].from === from && decisions[0].to === title.from;
  if (whole && decisions[0].kind === 'location' && (isNationalSide(tokens, from, title.from) || isAbbreviatedStateAfterComma(tokens, from, title.from))) return decisions;
  return [{ kind: 'organization', from, to: title.from, rule: 'organization/employer-title' }];
}

/** What follows a title: a person, unless it is "of" a place ("Prime Minister of Canada"). */
function classifyNamed(tokens: Token[], from: number, to: number, rule: string): Decision[] {
  if (tokens[from].lower === 'of') return SEAT_TITLES.has(tokens[from - 1].lower) ? classifySeat(tokens, from + 1, to, rule) : classifyPortfolio(tokens, from + 1, to, rule);
  // "Captain America Image: Nick Moreau": a caption's label that ends the run is no part of the holder.
  if (isLabel(tokens, to - 1, to)) return to - from > 1 ? classifyNamed(tokens, from, to - 1, rule) : [];
  // "Chairman Stanley Gault": a given name that is also a town's opens the holder's name.
  const prefix = personRule(tokens, from, to) || isTownGivenName(tokens, from, to) ? -1 : placePrefixEnd(tokens, from, to);
  if (prefix > 0 && to - prefix >= 1) return [{ kind: 'location', from, to: prefix, rule: 'location/gazetteer' }, ...classifyNamed(tokens, prefix, to, rule)];
  if (isGazetteerPlace(tokens, from, to) || organizationRule(tokens, from, to)) return classifyPlain(tokens, from, to);
  // "Prime Minister Ariel Sharon of Israel": the holder, then where or what they serve.
  const of = tokens.slice(from, to).findIndex((t) => t.lower === 'of');
  if (of > 0) {
    let next = from + of + 1;
    while (next < to && !tokens[next].cap) next++;
    return [{ kind: 'person', from, to: from + of, rule }, ...classifyPlain(tokens, next, to).filter((d) => d.kind !== 'unknown')];
  }
  return [{ kind: 'person', from, to, rule }];
}

/**
 * The name after a form of address is a person's, up to an "of" that says where they come from
 * or work ("Mr. Bush of Texas", "Mr. Lane of Acme Corp.").
 */
function classifyAddressed(tokens: Token[], from: number, to: number): Decision[] {
  const of = tokens.slice(from, to).findIndex((t) => t.lower === 'of');
  if (of <= 0) return [{ kind: 'person', from, to, rule: HONORIFIC_RULE }];
  return [{ kind: 'person', from, to: from + of, rule: HONORIFIC_RULE }, ...namesAfterOf(tokens, from + of, to, classifyPlain)];
}

const HONORIFIC_RULE = 'person/honorific';
// Cues after a run that speak of its subject, whoever that is: "said", ", who".
const SPEAKER_CUES: ReadonlySet<string> = new Set(['person/said', 'person/who']);
// Person cues that a relative clause after the name gives: "Parma, who signed Crespo".
const RELATIVE_CUES = new Set(['person/who', 'person/apposition']);

/** "Newcastle, who paid … for Shearer, beat Blackburn 2-1": the cue of a relative clause whose subject plays as a side. */
const isSidesRelative = (cue: string, tokens: Token[], from: number, to: number) => RELATIVE_CUES.has(cue) && standsAsSide(tokens, from, to);

/**
 * What follows "Minister of": a portfolio or a place, then maybe the holder's name. "Education
 * Stefania Giannini" → the person; "Canada Justin Trudeau" → the place and the person.
 */
function classifyPortfolio(tokens: Token[], from: number, to: number, rule: string): Decision[] {
  return portfolioAndHolder(tokens, from, to, rule) ?? (isBarePortfolio(tokens, from, to) ? [] : classifyRun(tokens, from, to));
}

/**
 * What follows "Bishop of", "Mayor of": the see or the town, a place though it reads as a given
 * name or no list knows it ("the Bishop of Kerry", "the Mayor of Tulla"), then maybe the holder;
 * a body the words name stays one ("Governor of the Bank of England").
 */
function classifySeat(tokens: Token[], from: number, to: number, rule: string): Decision[] {
  const decisions = classifyPortfolio(tokens, from, to, rule);
  const holderAt = decisions.find((d) => d.kind === 'person' && d.rule === rule)?.from ?? to;
  let start = from;
  while (start < holderAt && !tokens[start].cap) start++;
  if (start >= holderAt || decisions.some((d) => d.from < holderAt && (d.kind === 'organization' || d.kind === 'location'))) return decisions;
  // "Governor of Bank Indonesia …": a body's head among the words names a body, not a place.
  if (tokens.slice(start, holderAt).some((t) => INSTITUTION_HEADS.has(t.lower))) return decisions;
  return [{ kind: 'location', from: start, to: holderAt, rule: 'location/seat' }, ...decisions.filter((d) => d.from >= holderAt)];
}

/** The portfolio and the holder's name after it, or undefined when no holder follows. */
function portfolioAndHolder(tokens: Token[], from: number, to: number, rule: string): Decision[] | undefined {
  for (let k = from + 1; k < to - 1; k++) {
    if (!tokens[k].cap) continue;
    if (!personRule(tokens, k, to) && !isHolderAfterInstitution(tokens, from, k, to) && !isHolderAfterPortfolio(tokens, from, k, to)) continue;
    const portfolio = isBarePortfolio(tokens, from, k) ? [] : classifyRun(tokens, from, k).filter((d) => d.kind !== 'unknown');
    return [...portfolio, { kind: 'person', from: k, to, rule }];
  }
  return undefined;
}

/**
 * "CEO of the Refugee Council Enver Solomon": after an institution's head, two or three words
 * that may be a name are the holder's, though no list knows the given name.
 */
function isHolderAfterInstitution(tokens: Token[], from: number, k: number, to: number): boolean {
  if (to - k > 3 || !INSTITUTION_HEADS.has(tokens[k - 1].lower) || !couldBePersonName(tokens, k, to)) return false;
  while (from < k && tokens[from].lower === 'the') from++;
  return from < k - 1 && !!organizationRule(tokens, from, k);
}

/**
 * "the Mexican Red Cross", "the South African Red Cross", "the Kenya Red Cross": a people's
 * adjective or a country's name before a movement's name is one of its national societies, not the place and the movement apart.
 */
function isNationalSociety(tokens: Token[], from: number, to: number): boolean {
  const movementAt = to - 2;
  if (movementAt <= from || movementAt - from > 2 || !NATIONAL_SOCIETY_MOVEMENTS.has(lowerPhrase(tokens, movementAt, to))) return false;
  const nation = lowerPhrase(tokens, from, movementAt);
  return !!gazetteer().peoplePlace(nation) || gazetteer().place(nation)?.type === 'country';
}

/** The rule of a ship's name, a vessel and no body, place or person ("HMS Prince of Wales"). */
export const SHIP_RULE = 'negative/ship';

/** The rule of a storm's name, which the document drops wherever the name recurs ("Bertha weakened"). */
export const STORM_RULE = 'negative/storm';

/** Some words of [from, to] from its start are a name the lists know as a body's: "Islamic State West Africa". */
function namesKnownBodyFirst(tokens: Token[], from: number, to: number): boolean {
  for (let end = to; end > from; end--) if (lexiconKind(lowerPhrase(tokens, from, end)) === 'organization') return true;
  return false;
}

function classifyPlain(tokens: Token[], from: number, to: number): Decision[] {
  const storm = stormNameStart(tokens, from, to);
  if (storm >= 0) return [{ kind: 'unknown', from: storm, to, rule: STORM_RULE }];
  if (isGamesStudio(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/games-studio' }];
  if (isJournalTitle(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/journal' }];
  if (isPlaceMasthead(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/masthead' }];
  // "the FTSE 100 rose": an index goes on to the count of its members, which names no product model.
  const index = numberedIndexEnd(tokens, from, to);
  if (index > 0) return [{ kind: 'organization', from, to: index, rule: MARKET_INDEX_RULE }];
  if (isInstitutionPair(tokens, from, to)) return [{ kind: 'organization', from, to: from + 1, rule: 'organization/institution' }, { kind: 'organization', from: to - 1, to, rule: 'organization/institution' }];
  if (isKnownNicknameAlone(tokens, from, to, () => isTeamInResults(tokens, from, to))) return [{ kind: 'organization', from, to, rule: KNOWN_NICKNAME_RULE }];
  if (isNonEntity(tokens, from, to)) {
    // "the FIFA World Cup", "the Google Science Fair": the organizer is named inside the event.
    const organizer = organizationPrefixEnd(tokens, from, to);
    if (organizer > 0 && !isTimeZone(tokens[from])) return [{ kind: 'organization', from, to: organizer, rule: 'organization/prefix' }];
    // "the Andy Warhol Photographic Legacy Program": the person a program or a prize is named for.
    const namesake = CRAFT_HEADS.has(tokens[to - 1].lower) ? -1 : personPrefixEnd(tokens, from, to);
    // "the Chan Zuckerberg Initiative", "the Clinton Global Initiative": an initiative named for
    // its founders is the philanthropy they fund, a body.
    if (FUNDED_BODY_HEADS.has(tokens[to - 1].lower) && (namesake > 0 || PUBLIC_FIGURES.has(tokens[from].lower))) return [{ kind: 'organization', from, to, rule: 'organization/founders-initiative' }];
    return namesake > 0 ? [{ kind: 'person', from, to: namesake, rule: 'person/namesake' }] : [];
  }
  // "At Hove : Sussex 302-7": a line's label (no caption's) of where the match is played.
  if (isVenueLabel(tokens, from, to) && !organizationRule(tokens, from, to)) return [{ kind: 'location', from: namesWithArticle(tokens, from, to) ? from - 1 : from, to, rule: 'location/venue-label' }];
  if (isServiceColour(tokens, from, to) || isCurrencyPrefix(tokens, to) || isLabel(tokens, from, to) || isProductMaker(tokens, from, to) || isCamelCaseProduct(tokens, from, to) || isProductBeforeMaker(tokens, to) || isWorkTitle(tokens, from, to) || closesEventOfPlace(tokens, from) || namesDisease(tokens, to) || isInsideQuotedTitle(tokens, from, to) || isModelVariant(tokens, from, to)) return [];
  // "Claude Opus 4.1 beat its predecessor": a release of a product; in a table the figure is a result.
  if (isVersionedProduct(tokens, to) && !isResultsLine(tokens)) return [];
  if (isNationalBody(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/national-body' }];
  const defined = definedAcronym(tokens, from, to);
  if (defined) return [defined];
  const shortName = shortNameRule(tokens, from, to);
  if (shortName) return [{ kind: shortName === KNOWN_AS_NICKNAME_RULE ? 'person' : 'organization', from, to, rule: shortName }];
  const road = numberedRoadEnd(tokens, from, to);
  if (road > 0) return [{ kind: 'location', from, to: road, rule: 'location/numbered-road' }];
  if (to - from === 1 && isCodedRoad(tokens, from)) return [{ kind: 'location', from, to, rule: CODED_ROAD_RULE }];
  const street = numberedStreetStart(tokens, from, to);
  if (street >= 0) return [{ kind: 'location', from: street, to, rule: NUMBERED_STREET_RULE }];
  const regimental = regimentalUnitStart(tokens, from, to);
  if (regimental >= 0) return [{ kind: 'organization', from: regimental, to, rule: 'organization/regimental-unit' }];
  const unit = numberedUnitStart(tokens, from, to);
  if (unit >= 0) return [{ kind: 'organization', from: unit, to, rule: 'organization/numbered-unit' }];
  if (isAirOfPlace(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/air-of-place' }];
  const airline = airlineBeforeFlight(tokens, from, to);
  if (airline > 0) return [{ kind: 'organization', from, to: airline, rule: 'organization/airline-flight' }];
  // "Moody's said", "bought at Sotheby's": a company named by a possessive, not a person's belongings.
  if (possessiveCompanyStart(tokens, to - 1) === from && !PERSONAL_POSSESSIONS.has(tokens[to]?.lower ?? '')) {
    return [{ kind: 'organization', from, to, rule: POSSESSIVE_NAME_RULE }];
  }
  // "Ford Explorer pickups", "Lincoln Aviator SUVs": a make and model, whose maker the lists may know.
  const model = vehicleModelEnd(tokens, from, to);
  if (model > 0 && !isKnownOrganization(tokens, from, model) && !organizationRule(tokens, from, model)) {
    const maker = organizationPrefixEnd(tokens, from, model);
    return maker > 0 ? [{ kind: 'organization', from, to: maker, rule: 'organization/prefix' }] : [];
  }
  if (isBrandBeforeGoods(tokens, from, to) && !isGazetteerPlace(tokens, from, to) && lexiconKind(lowerPhrase(tokens, from, to)) !== 'organization' && !isCompanyWord(tokens[from].text)) return [];
  // "GROZNY 1996-08-22": the capitals that open a dateline name the place the story was filed from.
  if (datelinePlaceEnd(tokens, from) === to && !isGazetteerPlace(tokens, from, to) && !isCuedAmbiguousPlace(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/dateline' }];
  if (isNumberedClub(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/numbered-club' }];
  const racerFrom = RACING_POSTS.has(tokens[to]?.lower ?? '') && isGazetteerPlace(tokens, from, to);
  // "Club chairman Ken Bates", "Temple manager Huang Chin-lung" opening a sentence: a body's or a
  // place's common noun is no employer's name ("City manager Pep Guardiola" names the club).
  const opener = tokens[from].lower;
  const bodyNounOpener = to - from === 1 && opensSentence(tokens, from) && (isBodyNoun(opener) || (PLACE_HEADS.has(opener) && !CLUB_TOWN_SUFFIXES.has(opener)));
  if (isEmployerBeforePost(tokens, to) && !bodyNounOpener && !isNationalSide(tokens, from, to) && !racerFrom && !personRule(tokens, from, to) && lexiconKind(lowerPhrase(tokens, from, to)) !== 'person') {
    return [{ kind: 'organization', from, to, rule: 'organization/employer-post' }];
  }
  if (to - from > 1 && isResearchEmployer(tokens, to) && !isGazetteerPlace(tokens, from, to) && lexiconKind(lowerPhrase(tokens, from, to)) !== 'person') {
    return [{ kind: 'organization', from, to, rule: 'organization/employer-post' }];
  }
  const modifier = splitAtAffixedModifier(tokens, from, to);
  if (modifier) return modifier;
  // "its stake in Gulf Canada": what investors hold is a company, though its words name places.
  if (to - from > 1 && isOwnedCompany(tokens, from) && !isGazetteerPlace(tokens, from, to) && !organizationRule(tokens, from, to) && !hasPlaceHead(tokens, from, to)) {
    return [{ kind: 'organization', from, to, rule: SHARES_OF_RULE }];
  }
  const n = to - from;
  // "Russia-Ukraine" splits; "Guinea-Bissau" and "Asia-Pacific" are one place.
  if (n === 1 && !isGazetteerPlace(tokens, from, to)) {
    const state = partyState(tokens, from);
    if (state) return [{ kind: 'location', from, to, rule: 'location/party-state', span: state }];
    const split = hyphenatedPlaces(tokens[from]);
    if (split.length > 1) return split.map((span) => ({ kind: 'location' as const, from, to, rule: 'location/hyphen-split', span }));
    const firms = hyphenatedFirms(tokens[from]);
    if (firms.length > 1) return firms.map((span) => ({ kind: 'organization' as const, from, to, rule: 'organization/hyphen-split', span }));
    if (opensWithKnownFirm(tokens[from])) return [{ kind: 'organization', from, to, rule: 'organization/merged-firm' }];
    // "the EU-China summit": a pair before the noun it qualifies is two sides of something, no branch.
    if (isCountryBranch(tokens[from]) && !isModifiedNoun(tokens[to])) return [{ kind: 'organization', from, to, rule: 'organization/country-branch' }];
  }
  const firmPair = hyphenatedFirmPair(tokens, from, to);
  if (firmPair.length > 1) return firmPair.map((span) => ({ kind: 'organization' as const, from, to, rule: 'organization/hyphen-split', span }));
  const sponsors = pollSponsors(tokens, from, to);
  if (sponsors.length > 1) return sponsors.map((span) => ({ kind: 'organization' as const, from, to, rule: POLL_SPONSORS_RULE, span }));
  if (isSlashedPollSponsor(tokens, from, to)) return [{ kind: 'organization', from, to, rule: POLL_SPONSORS_RULE }];
  if (isPollTaker(tokens, from, to) && !organizationRule(tokens, from, to) && !personRule(tokens, from, to) && !lexiconKind(lowerPhrase(tokens, from, to))) return [{ kind: 'organization', from, to, rule: 'organization/pollster' }];
  if (isRomancePlaceName(tokens, from, to) && !organizationRule(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/romance-place' }];
  if (isTeamAfterCountry(tokens, from, to) || isRankedEntrantsTeam(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/rider-team' }];
  // "Shares in the REIT fell 3 percent", "the ETF rose": initials of a kind of thing move in price too.
  if (isPriceMover(tokens, to) && !isPlaceOfMover(tokens, from) && !isGazetteerPlace(tokens, from, to) && !isCalendarWord(tokens[from].lower) && !isNonOrgAcronym(tokens, from, to) && !organizationRule(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/price-mover' }];
  if ((isRankedEntrant(tokens, from, to) || isTimedEntrant(tokens, from, to)) && !isNationalSide(tokens, from, to) && !lexiconKind(lowerPhrase(tokens, from, to)) && !isCompanyWord(tokens[from].text)) {
    return [{ kind: 'person', from, to, rule: personRule(tokens, from, to) ?? 'person/entrant' }];
  }
  if (isSideBeforeCountry(tokens, from, to)) {
    // A player's name by its shape, else a club's that holds its town or is known as a firm's,
    // else two or three plain words ("Guy Forget").
    const shaped = personRule(tokens, from, to);
    if (shaped) return [{ kind: 'person', from, to, rule: shaped }];
    let club = lexiconKind(lowerPhrase(tokens, from, to)) === 'organization';
    // "Maccabi Tel Aviv": a place of more words may end the club's name.
    for (let k = from; k < to && !club; k++) club = isGazetteerPlace(tokens, k, k + 1) || (k > from && isGazetteerPlace(tokens, k, to));
    if (club) return [{ kind: 'organization', from, to, rule: 'organization/club-country' }];
    if (to - from > 1 && !namesWhole(tokens, from, to)) return [{ kind: 'person', from, to, rule: 'person/player-country' }];
  }
  if (isPlayersClub(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/players-club' }];
  if (isScorerName(tokens, from, to)) return [{ kind: 'person', from, to, rule: 'person/scorer' }];
  if (isLineupName(tokens, from)) return [{ kind: 'person', from, to, rule: 'person/lineup' }];
  if (isScorecardName(tokens, from, to)) return [{ kind: 'person', from, to, rule: 'person/scorecard' }];
  if (isMinuteScorer(tokens, from, to)) return [{ kind: 'person', from, to, rule: 'person/scorer' }];
  if (isBatteryName(tokens, from) || isBoxScoreNote(tokens, from, to)) return [{ kind: 'person', from, to, rule: 'person/box-score' }];
  if (isScorersTeam(tokens, from, to) && !isNationalSide(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/scorers-team' }];
  if (isTeamInResults(tokens, from, to) && (!isNationalSide(tokens, from, to) || facesClub(tokens, from, to))) return [{ kind: 'organization', from, to, rule: 'organization/results-team' }];
  if ((isInningsSide(tokens, from, to) || isSideAfterVersus(tokens, from, to)) && !isNationalSide(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/innings-side' }];
  // "Milan Baros", "Florence Griffiths": a given name that is a town's, before a surname in -s, is no team.
  const surnameInS = personRule(tokens, from, to) && !isCommonWordOrPlural(tokens[to - 1].lower);
  // "Iowa Republicans", "Texas Democrats": a party's members in a place are no team; the place is named.
  if (n > 1 && PARTY_MEMBER_PLURALS.has(tokens[to - 1].lower) && isGazetteerPlace(tokens, from, to - 1)) return [{ kind: 'location', from, to: to - 1, rule: 'location/members-place' }];
  if (teamNicknameStart(tokens, from, to) > from && !surnameInS) return [{ kind: 'organization', from, to, rule: TEAM_NICKNAME_RULE }];
  // "as the Rockets beat the Utah Jazz": a nickname beside a verb of a match; "Venus Williams beat
  // …" is a player, a clear given name before a surname in -s ("Red Sox" opens with a word).
  // "Sampras beat Henman 6-3 6-4": a match scored in sets is a player's.
  // The sets are looked for last: that scan reads the whole sentence.
  const player = () => (surnameInS && isClearGivenName(tokens[from].lower)) || scoresInSets(tokens);
  // "scored twice for the Penguins": a nickname a player plays for.
  const playedFor = () => standsBesideResultVerb(tokens, tokens[from - 1]?.lower === 'the' ? from - 1 : from, to) || playsFor(tokens, from, to);
  if (isNickname(tokens, from, to) && playedFor() && !player()) return [{ kind: 'organization', from, to, rule: 'organization/team' }];
  const seat = leadersSeatStart(tokens, from, to);
  if (seat > 0) {
    const seatKind = isSeatBeforeStaff(tokens, seat, to) ? 'organization' : 'location';
    return [{ kind: 'person', from, to: seat, rule: 'person/leader-named' }, { kind: seatKind, from: seat, to, rule: `${seatKind}/seat-of-government` }];
  }
  if (isSeatBeforeStaff(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/seat-staff' }];
  // "Arafat said he", "Rabin, 72,": a town's one word that a cue only people take follows is a
  // surname, where it is a subject ("Officials in Paris said he" keeps the town).
  // "Yeltsin met Chirac", "talks with Netanyahu": a public figure news calls by the surname alone.
  if (n === 1 && PUBLIC_FIGURES.has(tokens[from].lower) && !placeCue(tokens, from, to)) return [{ kind: 'person', from, to, rule: 'person/public-figure' }];
  if (n === 1 && isLeaderOfTerm(tokens, from)) return [{ kind: 'person', from, to, rule: 'person/leader-named' }];
  const subject = !tokens[from - 1] || tokens[from - 1].cap || !lexiconTags(tokens[from - 1].lower).includes('Preposition');
  const townAsSurname = n === 1 && subject && gazetteerPlaceOf(tokens, from, to)?.type === 'city' && !LEADER_POSSESSIONS.has(tokens[to]?.lower ?? '') ? personalCue(tokens, from, to) : undefined;
  if (townAsSurname && !isSidesRelative(townAsSurname, tokens, from, to)) return [{ kind: 'person', from, to, rule: townAsSurname }];
  if (isCompanyOfKind(tokens, from, to)) return [{ kind: 'organization', from, to, rule: COMPANY_OF_KIND_RULE }];
  // "the Duma voted": a one-word legislature after "the" is the body, though a town bears its name.
  if (n === 1 && tokens[from - 1]?.lower === 'the' && SINGLE_WORD_INSTITUTIONS.has(tokens[from].lower)) return [{ kind: 'organization', from, to, rule: 'organization/institution' }];
  if (isGazetteerPlace(tokens, from, to)) return [{ kind: 'location', from: namesWithArticle(tokens, from, to) ? from - 1 : from, to, rule: 'location/gazetteer' }];
  if (isFeatureAfterArticle(tokens, from, to)) return [{ kind: 'location', from, to, rule: FEATURE_AFTER_ARTICLE_RULE }];
  if (isFeatureBeforeLandform(tokens, from, to)) return [{ kind: 'location', from, to, rule: FEATURE_BEFORE_LANDFORM_RULE }];
  if (isCompassRegion(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/compass-region' }];
  if (isCampusTown(tokens, from) && !organizationRule(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/campus' }];
  if (isCuedAmbiguousPlace(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/cued-city' }];
  if (isUncuedLargeCity(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/large-city' }];
  // "Jane Fox, Calif.," is rare beside "Long Grove, Ill.,", but a clear given name before a
  // surname keeps the person; before a word no surname list holds it opens a town ("Coral Gables").
  const givenOpener = n > 1 && isClearGivenName(tokens[from].lower) && isSurname(tokens[to - 1].lower);
  if (n <= 3 && !isInitial(tokens[from]) && !givenOpener && !tokens[to - 1].possessive && isStateAbbreviated(tokens, to) && !organizationRule(tokens, from, to)) {
    return [{ kind: 'location', from, to, rule: 'location/state-abbreviated' }];
  }
  // "speak at Jackson Hole, Wyoming,", "in Grand Prairie, Texas.": where something happens, a
  // state or a country set off by commas makes a name that opens with a given name a town, unless
  // a surname closes it; "In Tom Baker, Britain has a star" goes on with the country as a subject.
  if (n > 1 && n <= 3 && !givenOpener && !isSurname(tokens[to - 1].lower) && WHERE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') && isPlaceQualified(tokens, to) && closesAfterQualifier(tokens, to) && !organizationRule(tokens, from, to)) {
    return [{ kind: 'location', from, to, rule: 'location/qualified-place' }];
  }
  const known = lexiconKind(lowerPhrase(tokens, from, to));
  if (known !== 'organization' && isNamedByPlaceNoun(tokens, from, to) && !organizationRule(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/place-noun' }];
  // "in Taylor, Texas": a one-word name the lexicon gives a person is a town where a state qualifies it.
  if (known === 'person' && n === 1 && isPlaceQualified(tokens, to) && appositionKind(tokens, to) !== 'person') return [{ kind: 'location', from, to, rule: 'location/qualified-place' }];
  // "Ford, a psychology professor, said": an apposition only people take outweighs a firm's name.
  // "Kering, the owner of Gucci": a known firm holding a named one stays a firm.
  if (known === 'organization' && n === 1 && appositionKind(tokens, to) === 'person' && !apposesHolderOfName(tokens, to)) return [{ kind: 'person', from, to, rule: 'person/apposition' }];
  if (known) return [{ kind: known, from, to, rule: `${known}/lexicon` }];
  if (isNationalSociety(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/national-society' }];
  // "told The Guardian", "The Times reported": a capitalized article makes a paper's one-word name.
  if (n === 1 && tokens[from - 1]?.text === 'The' && NEWSPAPER_NAMES.has(tokens[from].lower)) return [{ kind: 'organization', from, to, rule: 'organization/newspaper' }];
  if (isMediaTitle(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/media-title' }];
  // "Chrysler said", "Northrop Grumman and Airbus": words that only companies' names are made of.
  if (tokens.slice(from, to).every((t) => isCompanyWord(t.text))) return [{ kind: 'organization', from, to, rule: 'organization/company-name' }];
  if (isServiceDistrict(tokens, from, to)) return [{ kind: 'organization', from, to, rule: SERVICE_DISTRICT_RULE }];
  if (isStudyCenter(tokens, from, to)) return [{ kind: 'organization', from, to, rule: STUDY_CENTER_RULE }];
  // "K.L. Park", "J.D. Hall": initials open a person's name, though its surname is a place's head.
  const initialed = n === 2 && isLeadingInitials(tokens[from]);
  // "Columbia Savings & Loan Association of Beverly Hills": the place's head closes what the body
  // is of. A venue's head closes the building a body's name opens ("Bank of America Stadium").
  const bodyOfPlace = organizationRule(tokens, from, to) === 'organization/head-of' && !VENUE_HEADS.has(tokens[to - 1].lower);
  // "Carla Hills, the U.S. trade representative": a post in apposition makes a given name and a
  // place's head that is also a surname a person. "its chief executive, Tewolde GebreMariam,": so
  // does a post before words no list knows, though one is written like a brand.
  const holder = (n === 2 && isClearGivenName(tokens[from].lower) && appositionKind(tokens, to) === 'person') ||
    (n >= 2 && n <= 3 && (isGivenName(tokens[from].lower) || couldBePersonName(tokens, from, to)) && isPersonalRun(tokens, from, to) && followsPostApposition(tokens, from, to));
  if (holder) return [{ kind: 'person', from, to, rule: 'person/apposition' }];
  const initialsCue = undottedInitialsCue(tokens, from, to);
  if (initialsCue) return [{ kind: 'person', from, to, rule: initialsCue }];
  // "Chris Stringer of the Natural History Museum": a person's name before "of" is the person,
  // whatever the building or body after it.
  const affiliation = splitAffiliation(tokens, from, to);
  if (affiliation) return affiliation;
  if (isActingMuseum(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/acting-museum' }];
  // "developers such as Country Garden": the first example of a kind of firm is a firm, whatever its words.
  if (isExampleOfFirms(tokens, from)) return [{ kind: 'organization', from, to, rule: 'organization/example' }];
  // "Tom Hall said", "Ann Park told": a common given name and a place's head that is also a surname,
  // before a verb only people take, name the speaker; a hyphenated given name needs no verb ("Hyun-woo Park").
  const speaker = n === 2 && ((isLexiconGivenName(tokens[from].lower) && (!!personCue(tokens, from, to) || isDescribedPerson(tokens, from, to))) || isHyphenedGivenFirst(tokens, from, to));
  // "Islamic State West Africa Province", "Islamic State Khorasan Province": a known body's name
  // before a place and "Province" names the body's branch there, not the province.
  if (n > 2 && tokens[to - 1].lower === 'province' && namesKnownBodyFirst(tokens, from, to - 2)) return [{ kind: 'organization', from, to, rule: 'organization/branch-province' }];
  // "Samsung Galaxy phones": a firm's name before a word of the sky names its product line, not a
  // place in the sky; the firm stays named.
  if (n > 1 && SKY_HEADS.has(tokens[to - 1].lower) && lexiconKind(lowerPhrase(tokens, from, to - 1)) === 'organization') return [{ kind: 'organization', from, to: to - 1, rule: 'organization/lexicon' }];
  if (isFoundedBody(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/founded' }];
  // "the opposition Democratic Center party": a kind of group after the run outweighs a place's head in it.
  if (hasPlaceHead(tokens, from, to) && !initialed && !bodyOfPlace && !speaker && !namesPoliticalGroupByStance(tokens, from, to)) return followsTitleArticle(tokens, from) ? [] : [{ kind: 'location', from, to, rule: 'location/place-head' }];
  if (namesBuildingOf(tokens, from, to) && !organizationRule(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/building-of' }];
  const division = divisionOfIndex(tokens, from, to);
  // "the U.S. District Court for the Northern District of California": a body's head before the
  // division makes the whole run the body's name.
  if (division > 0 && !bodyOfPlace) return [{ kind: 'location', from, to: division, rule: 'location/place-head' }, ...classifyPlain(tokens, division + 1, to)];
  if (isPlacePart(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/place-part' }];
  if (hasLeadingPlaceHead(tokens, from, to) && !organizationRule(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/leading-head' }];
  const apposed = appositionKind(tokens, to);
  if (n <= 3 && !isInitial(tokens[from]) && isPlaceQualified(tokens, to) && !organizationRule(tokens, from, to) && !personRule(tokens, from, to) && apposed !== 'person') {
    // "Irving, Texas", "Kanata, Ontario": a name a country or state qualifies is a place there.
    return [{ kind: 'location', from, to, rule: 'location/qualified-place' }];
  }
  // "the United States Government", "UK Government": the country, which governs, is the name.
  if (n > 1 && GOVERNMENT_WORDS.has(tokens[to - 1].lower) && isGazetteerPlace(tokens, from, to - 1)) {
    return [{ kind: 'location', from, to: to - 1, rule: 'location/government' }];
  }
  // "the Christian Democrats", "Free Democrats": a party named by its members.
  if (n > 1 && PARTY_MEMBER_PLURALS.has(tokens[to - 1].lower)) return [{ kind: 'organization', from, to, rule: 'organization/party-members' }];
  const member = personAfterInstitution(tokens, from, to);
  if (member) return member;
  if (namesBodyByZoneLetters(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/acronym' }];
  const org = organizationRule(tokens, from, to);
  if (org) return [{ kind: 'organization', from, to, rule: org }];
  if (isFirmPairSpeaking(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/speaking-pair' }];
  // "Tom Hale 's house": a clear given name opens a host's name, not a ground's.
  if ((isEventVenue(tokens, from) || isFieldGround(tokens, from, to)) && !tokens[to - 1].possessive && !isClearGivenName(tokens[from].lower)) return [{ kind: 'location', from, to, rule: 'location/event-venue' }];

  const plainWords = tokens.slice(from, to).every((t) => t.cap);
  const placeNamed = isCountryOrRegion(tokens[to - 1]) || (isGazetteerPlace(tokens, to - 1, to) && isResultsLine(tokens));
  if (n > 1 && plainWords && placeNamed && !isGazetteerPlace(tokens, from, from + 1) && !personRule(tokens, from, to) && !isLexiconGivenName(tokens[from].lower) && !isPeoplesPartOfPlace(tokens, from, to)) {
    // A name followed by a country is a branch there ("Ford Australia", "Air Canada"); in a line
    // of results, one followed by a city is a club ("Werder Bremen 2 Borussia Dortmund 0").
    return [{ kind: 'organization', from, to, rule: 'organization/place-named' }];
  }
  if (isClubOfTwoPlaces(tokens, from, to) || isClubOfTown(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/place-named' }];
  // A leading nationality qualifies what follows: "European Allies", "Australian John Howard".
  // "the ruling Georgian Dream party": a group so named keeps its people's adjective.
  // "Sri Lankan troops", "Costa Rican President X", "Papua New Guinean police": a people's word of
  // two or three words, whose first may be a given name or a place.
  const demonymWords = [1, 2, 3].find((k) => k <= n && isNationalityWord(tokens.slice(from, from + k).map((t) => t.text).join(' '))) ?? 0;
  if (n > 1 && demonymWords > 0 && !namesPoliticalGroup(tokens, from, to)) return classifyPlain(tokens, from + demonymWords, to);
  // "Ahmed Mohamed Image: Twitter": a caption word after a full name is not part of it.
  // "Huynh Van Lam" is an East Asian name as a whole, though "lam" is an English word, and a word
  // after a middle initial is the surname ("Mary K. Parks", "Stephen B. Timbers").
  if (n >= 3 && !couldBePersonName(tokens, to - 1, to) && !isInitial(tokens[to - 2]) && personRule(tokens, from, to - 1) && !isGazetteerPlace(tokens, from, to - 1) && personRule(tokens, from, to) !== EAST_ASIAN_RULE) {
    return [{ kind: 'person', from, to: to - 1, rule: personRule(tokens, from, to - 1)! }];
  }
  // "analysts at Morgan Stanley": where staff work is an organization, whatever its name's shape.
  if (isEmployer(tokens, from)) return [{ kind: 'organization', from, to, rule: 'organization/employer' }];
  if (definesAcronym(tokens, from, to) && !isLexiconGivenName(tokens[from].lower)) return [{ kind: 'organization', from, to, rule: 'organization/defines-acronym' }];
  // "the Stratford-upon-Avon company": a town's shape before a body's kind is where the body is, not its name.
  if (isLinkedTownName(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/linked-town' }];
  // "the Jose Ramos faction" is named for its leader, whose given name opens the run.
  if (namesPoliticalGroup(tokens, from, to) && !isLexiconGivenName(tokens[from].lower)) return [{ kind: 'organization', from, to, rule: 'organization/political-group' }];
  if (namesMarketIndex(tokens, from, to)) return [{ kind: 'organization', from, to, rule: MARKET_INDEX_RULE }];
  if (takesFirmClause(tokens, to)) return [{ kind: 'organization', from, to, rule: 'organization/firm-clause' }];
  const shaped = personRule(tokens, from, to);
  // "in Umm Mawas": where a place is expected, a given name only the world's lists hold opens no
  // person's name. "the city of Abu Dis": after a kind of place and "of", no given name does.
  const placeExpected = placeClassCue(tokens, from, to) || (isWorldGivenName(tokens[from].lower) && placeCue(tokens, from, to));
  // "told the Leicester Mercury": a person's name takes no article, so a place opens the name.
  const placeAfterArticle = followsThe(tokens, from) && isGazetteerPlace(tokens, from, from + 1);
  // "the Tate Modern": a person's name takes no article, so a founder's surname and an adjective
  // after "the" name the institution the founder gave it to.
  if (shaped && n === 2 && followsThe(tokens, from) && isSurname(tokens[from].lower) && isAdjectiveOnly(tokens[to - 1].lower)) return [{ kind: 'organization', from, to, rule: 'organization/founder-named' }];
  // "retailer John Lewis", "carmaker Aston Martin": a kind only firms are, right before a name,
  // makes the name the firm's though it has a person's shape.
  if (shaped && isFirmKindBefore(tokens, from)) return [{ kind: 'organization', from, to, rule: COMPANY_OF_KIND_RULE }];
  // "since it bought Red Hat", "agreed to acquire Blue Harbor": a name whose last word is a common
  // word no surname list holds, bought or founded, is a firm; a player a club buys ("acquired Kevin
  // Love") has a clear given name.
  if (shaped && n > 1 && isCompanyObject(tokens, from) && !isClearGivenName(tokens[from].lower) && isCommonWordOrPlural(tokens[to - 1].lower) && !isSurname(tokens[to - 1].lower)) return [{ kind: 'organization', from, to, rule: 'organization/company-object' }];
  // "demand for the Yaris Cross had outrun supply": a person's name takes no article, so two words
  // after a lower-case "the" that a common word no surname list holds closes, and no noun follows,
  // name a thing ("the Tom Cruise video" names the video's subject; "as The Fawn" may be a
  // character's name).
  const thingAfterArticle = shaped && n === 2 && tokens[from - 1]?.text === 'the' && isCommonWordOrPlural(tokens[to - 1].lower) && !isSurname(tokens[to - 1].lower) && !tokens[to - 1].possessive && !isModifiedNoun(tokens[to]);
  if (thingAfterArticle) return [];
  if (shaped && !placeExpected && !placeAfterArticle) return [{ kind: 'person', from, to, rule: shaped }];
  // "Governor of Washington Chris Gregoire said": a place that opens the run is no part of a
  // name that only a cue around the run vouches for.
  // "the California Science Center in Los Angeles": a facility named whole before "in" and a place.
  const at = tokens.slice(from, to).findIndex((t) => t.lower === 'in' || t.lower === 'at');
  if (at > 0 && hasPlaceHead(tokens, from, from + at)) return [...classifyPlain(tokens, from, from + at), ...classifyPlain(tokens, from + at + 1, to)];
  // "Finnish centre Saku Koivu", "striker Jari Litmanen": after a role noun, as after a title, a
  // town's one word before a word of a surname's shape is a given name no list holds; so it is
  // where a person speaks, or in a post's apposition ("Zango Abdu said", "Ife Okafor, who").
  const townGiven = isTownGivenName(tokens, from, to) ? townGivenNameCue(tokens, from, to) : undefined;
  if (townGiven) return [{ kind: 'person', from, to, rule: townGiven }];
  const prefix = placePrefixEnd(tokens, from, to);
  // "China Eastern", "Norfolk Southern", "Kansas City Southern": a place before a point's adjective
  // names an airline or a railway; a region so named puts the point first ("Western Australia").
  if (prefix === to - 1 && COMPASS_ADJECTIVES.has(tokens[to - 1].lower)) {
    return [{ kind: 'organization', from, to, rule: 'organization/place-named' }];
  }
  if (prefix > 0 && namesWorkOfPlace(tokens, prefix, to)) return [{ kind: 'organization', from, to, rule: 'organization/place-work' }];
  if (prefix > 0 && isPlaceParticleTail(tokens, from, prefix, to)) return [{ kind: 'location', from, to, rule: 'location/particle-tail' }];
  // "Dien Bien Phu": a town the lists hold whole is one name, though its first words name its province.
  if (prefix > 0 && gazetteerPlaceOf(tokens, from, prefix)?.type === 'division' && gazetteer().townRegions(writtenPhrase(tokens, from, to))) {
    return [{ kind: 'location', from, to, rule: 'location/town-name' }];
  }
  if (prefix > 0) return [{ kind: 'location', from, to: prefix, rule: 'location/gazetteer' }, ...classifyPlain(tokens, prefix, to)];
  const orgPrefix = organizationPrefixEnd(tokens, from, to);
  // "PSV Eindhoven", "Bayer Leverkusen": a club named by its initials or its sponsor and its town,
  // as "Ford Australia" is a firm's branch; the town alone is no name of its own there.
  if (orgPrefix > 0 && gazetteerPlaceOf(tokens, orgPrefix, to)?.type === 'city') return [{ kind: 'organization', from, to, rule: 'organization/place-named' }];
  if (orgPrefix > 0) {
    // "the daily Nasa Borba": after a paper's noun of kind the run is the paper's whole name,
    // though a list knows its first word as another body.
    const paper = tokens[from - 1];
    if (paper && !paper.cap && PAPER_KIND_NOUNS.has(paper.lower)) return [{ kind: 'organization', from, to, rule: 'organization/role-noun' }];
    // What follows is named on its own evidence: "NASA Bill Ingalls", but not "USI Art Collections".
    // "Vonovia of Bochum", "LEG Immobilien of Düsseldorf": a known firm's town after "of" is named on its own.
    const restFrom = tokens[orgPrefix].lower === 'of' ? orgPrefix + 1 : orgPrefix;
    const rest = classifyPlain(tokens, restFrom, to).filter((d) => d.kind !== 'person' || couldBePersonName(tokens, d.from, d.to));
    // "SG Warburg", "CS First Boston": initials before words that nothing names on their own
    // open the firm's name, as a bank's group puts its letters before the house it bought.
    // So do its letters before a house the lists know ("UOB Kay Hian"), or one word that only its
    // saying makes a person ("DBS Vickers said").
    const whole = rest.length === 1 && rest[0].from === orgPrefix && rest[0].to === to && !rest[0].span;
    // "Judy Massare of SUNY Brockport, who": a relative clause there is about the person before the "of".
    const house = whole && (rest[0].kind === 'organization' || (SPEAKER_CUES.has(rest[0].rule) && to - orgPrefix === 1));
    if (orgPrefix === from + 1 && isAcronym(tokens[from]) && (house || rest.every((d) => d.kind === 'unknown'))) return [{ kind: 'organization', from, to, rule: 'organization/prefix' }];
    // "the Nasdaq Composite fell": one common word after a body's name, which only a cue made a
    // firm, is the end of that name rather than a second firm.
    if (whole && rest[0].kind === 'organization' && to - orgPrefix === 1 && !lexiconKind(tokens[orgPrefix].lower) && isCommonWordOrPlural(tokens[orgPrefix].lower)) return [{ kind: 'organization', from, to, rule: 'organization/prefix' }];
    // "Barratt Redrow": a known firm's name before one word that no list knows as a word, a name
    // or a place, which a cue made a firm too, is the house the two merged into.
    if (whole && rest[0].kind === 'organization' && to - orgPrefix === 1 && isMergedHouseWord(tokens[orgPrefix])) return [{ kind: 'organization', from, to, rule: 'organization/prefix' }];
    // "Airbus SE": a legal form written after a firm's name closes that name.
    if (to - orgPrefix === 1 && tokens[orgPrefix].upper && LEGAL_FORMS.has(tokens[orgPrefix].lower)) return [{ kind: 'organization', from, to, rule: 'organization/prefix' }];
    return [{ kind: 'organization', from, to: orgPrefix, rule: 'organization/prefix' }, ...rest];
  }
  // "Maybank Kim Eng", "Nikko Salomon": a word no list knows before a house the lists know is
  // the group that owns it, and names the firm with it; a given name there opens no firm's name.
  if (isOwnedHouse(tokens, from, to)) return [{ kind: 'organization', from, to, rule: 'organization/owned-house' }];
  // "the news agency Petra said": the noun of kind before the name outweighs the verb after it.
  // After a post in lower case the whole run is the holder's name ("director-general Azharuddin
  // Abdul Rahman").
  const post = tokens[from - 1];
  const held = !!post && !post.cap && (isTitleWord(post) || isPostNoun(post.lower));
  if (held && to - from > 2 && isLexiconGivenName(tokens[from + 1].lower) && couldBePersonName(tokens, from, to)) return [{ kind: 'person', from, to, rule: 'person/role-noun' }];
  // "featuring Scientologist Tom Cruise", "the Council on American-Islamic Relations Alia Salem
  // said": words no list knows as a name, before a full name that a common given name opens, say
  // what or where the person is. A place the gazetteer knows whole is no full name ("the
  // Guggenheim Abu Dhabi").
  for (let k = from + 1; !held && k < to - 1 && !isGivenName(tokens[k - 1].lower) && !isSurname(tokens[k - 1].lower); k++) {
    const named = isLexiconGivenName(tokens[k].lower) && !isGazetteerPlace(tokens, k, to) ? personRule(tokens, k, to) : undefined;
    if (named) return [...classifyPlain(tokens, from, k).filter((d) => d.kind !== 'unknown'), { kind: 'person', from: k, to, rule: named }];
  }
  if (isOwnersSite(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/owners-site' }];
  const orgCue = organizationCue(tokens, from, to);
  if (orgCue === 'organization/role-noun') return [{ kind: 'organization', from, to, rule: orgCue }];
  // "Rachel Denby, 34, of Harrogate,": where a person of the age given lives; a "who" after the
  // town is the person's ("Ted Marsh, of Quincy, who was fined").
  if (plainWords && !tokens[from].upper && isHometownAfterAge(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/hometown' }];
  const townsfolk = isTownOfTownsfolk(tokens, from, to, isPersonQualifier) || isTownOfDwellers(tokens, from) || isTownOfResidents(tokens, to);
  if (plainWords && !tokens[from].upper && townsfolk) return [{ kind: 'location', from, to, rule: 'location/hometown' }];
  const cued = personCue(tokens, from, to) ?? personalCue(tokens, from, to);
  // "Middlesbrough, who paid … for Ravanelli, lost 2-1 at Chelsea": a side's relative clause is no person's.
  if (cued && !isSidesRelative(cued, tokens, from, to)) return [{ kind: 'person', from, to, rule: cued }];
  if (orgCue) return [{ kind: 'organization', from, to, rule: orgCue }];
  // "Brightwater, a Boston-based investment firm", "Rich, a former trader".
  if (apposed && (apposed === 'organization' || isPersonalRun(tokens, from, to))) {
    return [{ kind: apposed, from, to, rule: `${apposed}/apposition` }];
  }
  // "clashes in Kafr Qasim", "the port of Umm Qasr": a name no list knows, where a place is expected.
  // Not one of English words, which is a group's name ("leadership in Civic Passion").
  const foreign = tokens.slice(from, to).some((t) => !isEnglishWord(t.lower));
  if (plainWords && !tokens[from].upper && namesStation(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/station' }];
  const townCue = townOfCue(tokens, from, to) || townNounApposition(tokens, from, to);
  if (n > 1 && plainWords && foreign && (placeCue(tokens, from, to) || placeClassCue(tokens, from, to) || townCue || placeApposition(tokens, to))) return [{ kind: 'location', from, to, rule: 'location/place-cue' }];
  // "the suburb of Tooting", "a village 10 km south of Pale": a cue only a place takes names a
  // town whose name is an English word, where "in" or "near" would not ("in Congress").
  if (plainWords && !foreign && !tokens[from].upper && strongPlaceCue(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/place-cue' }];
  // "a man from Glastonbury", "Wells, Somerset": a small town, where nothing else named the run.
  if (isCuedTown(tokens, from, to)) return [{ kind: 'location', from, to, rule: 'location/cued-town' }];
  // "including Los Choneros and Los Lobos": a plural article opens no one's name, and a town's
  // that it opens has a list or a cue above, so what is left is a gang's, a band's or a side's.
  // After a preposition of place the run may be a town no list holds ("returned to Los Cabos"), so it stays unknown.
  if (n > 1 && plainWords && PLURAL_ARTICLES.has(tokens[from].lower) && !PLACE_LEAD_WORDS.has(tokens[from - 1]?.lower ?? '')) return [{ kind: 'organization', from, to, rule: 'organization/plural-article' }];
  // Nothing names the whole run, so its connector separates two names: "Gary Chan of DAB".
  const connector = tokens.slice(from, to).findIndex((t) => !t.cap && t.text !== "'");
  if (connector > 0) {
    let next = from + connector;
    while (next < to && !tokens[next].cap) next++;
    return [...classifyPlain(tokens, from, from + connector), ...classifyPlain(tokens, next, to)];
  }
  return [{ kind: 'unknown', from, to, rule: 'unknown' }];
}

// Prepositions after which a name is where something is or goes: "returned to Los Cabos".
const PLACE_LEAD_WORDS = new Set(['to', 'from', 'in', 'into', 'near', 'at']);

// Nouns of a body's joint work that close its name: "Cooperation", "Development", "Partnership".
const JOINT_WORK = /(?:tion|ment|ship)$/;

/**
 * "Asia-Pacific Economic Cooperation", "Black Sea Economic Cooperation": capitalized English
 * words after a place, the last a noun of joint work, name the body that does it, though no
 * head word closes the name. The place alone is no name there.
 */
function namesWorkOfPlace(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  return words.every((t) => t.cap && !t.upper && !t.possessive && isEnglishWord(t.lower) && !gazetteer().place(t.text)) && JOINT_WORK.test(words[words.length - 1].lower);
}

/** A word no list knows as a word, a name, a firm or a place: the second house of a merged firm's name ("Barratt Redrow"). */
function isMergedHouseWord(t: Token): boolean {
  return t.cap && !t.upper && !t.possessive && !isEnglishWord(t.lower) && !isGivenName(t.lower) && !isSurname(t.lower) && !lexiconKind(t.lower) && !gazetteer().place(t.text);
}

/** One word no list knows as a word, a name or a place before a firm the lexicon knows: "Maybank Kim Eng". */
function isOwnedHouse(tokens: Token[], from: number, to: number): boolean {
  const owner = tokens[from];
  if (to - from < 2 || owner.upper || owner.possessive || isEnglishWord(owner.lower) || isGivenName(owner.lower) || isSurname(owner.lower) || gazetteer().place(owner.text)) return false;
  return lexiconKind(lowerPhrase(tokens, from + 1, to)) === 'organization';
}

const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set(['eastern', 'western', 'northern', 'southern']);

// Prepositions of where something is or happens, which a person's name seldom follows.
const WHERE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside']);

/** Punctuation closes the capitalized qualifier after the comma at `to`: ", Wyoming,", ", New South Wales.". */
function closesAfterQualifier(tokens: Token[], to: number): boolean {
  let k = to + 1;
  while (tokens[k]?.cap) k++;
  return !tokens[k] || !tokens[k].word;
}

export const COMPANY_OF_KIND_RULE = 'organization/kind-noun';

/** A firm named by a possessive, whose "'s" is part of its name: "Moody's said", "sold at Sotheby's". */
export const POSSESSIVE_NAME_RULE = 'organization/possessive-name';

/**
 * A kind of company right before a name a region or a town also has: "Spanish carrier Iberia",
 * "lender Santander". A country keeps its kind ("the carrier China Eastern" is a longer run).
 * So does a name that ends in a place's head: "trading firm Jane Street".
 */
function isCompanyOfKind(tokens: Token[], from: number, to: number): boolean {
  if (!isFirmKindBefore(tokens, from)) return false;
  if (hasPlaceHead(tokens, from, to)) return true;
  const type = gazetteerPlaceOf(tokens, from, to)?.type;
  return type !== undefined && type !== 'country';
}

/** A lower-case kind of firm right before the run: "carrier Iberia", "retailer John Lewis". */
function isFirmKindBefore(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1];
  // "the bank's London office": a kind of firm with a possessive owns what follows; it names no firm.
  return !!before && !before.cap && !before.possessive && COMPANY_KIND_NOUNS.has(before.lower);
}

/**
 * "the Bush administration", "the Carter presidency": one capitalized word between "the" and a
 * term only a leader names is the leader's surname, though it is an English word. Not a party,
 * a level of government, a place, a people or a body ("the Labour administration", "the Texas
 * administration", "the NASA administration").
 */
function isLeaderOfTerm(tokens: Token[], i: number): boolean {
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  if (before?.lower !== 'the' || !after || after.cap || !LEADER_NAMED_TERMS.has(after.lower)) return false;
  return mayNameLeader(tokens[i]);
}

/** One capitalized word that may be a leader's surname: no party, level of government, place, people or body. */
function mayNameLeader(name: Token): boolean {
  if (name.upper || name.possessive || !name.word || ADMINISTRATION_QUALIFIERS.has(name.lower) || isNationalityWord(name.text)) return false;
  const known = lexiconKind(name.lower);
  return (known === undefined || known === 'person') && !gazetteer().place(name.text) && !lexiconTags(name.lower).includes('Adjective');
}

/**
 * "the Clinton White House", "the Yeltsin Kremlin": after "the", a leader's surname before a seat
 * of government that ends the run. Returns where the seat starts, or -1.
 */
function leadersSeatStart(tokens: Token[], from: number, to: number): number {
  if (tokens[from - 1]?.lower !== 'the' || to - from < 2 || !mayNameLeader(tokens[from])) return -1;
  return SEATS.has(lowerPhrase(tokens, from + 1, to)) ? from + 1 : -1;
}

const SEATS: ReadonlySet<string> = new Set(SEATS_OF_GOVERNMENT.map((seat) => seat.toLowerCase()));

/**
 * An acronym in brackets is what its long form is: "Kennedy Space Center (KSC)" a place, "Serious
 * Fraud Office (SFO)" a body; "World Wide Developers Conference (WWDC)" and "Software Development
 * Kit (SDK)" no body at all.
 */
function definedAcronym(tokens: Token[], from: number, to: number): Decision | undefined {
  const long = acronymLongForm(tokens, from, to);
  if (!long) return undefined;
  if (namesTerm(tokens, long.from, long.to)) return { kind: 'unknown', from, to, rule: DEFINED_TERM_RULE };
  const named = classifyPlain(tokens, long.from, long.to);
  const whole = named.length === 1 && named[0].from === long.from && !named[0].span;
  if (whole && named[0].kind === 'location') return { kind: 'location', from, to, rule: DEFINED_PLACE_RULE };
  // "the Serious Fraud Office (SFO)": the body's acronym, though the lexicon knows "SFO" as an airport.
  return whole && named[0].kind === 'organization' ? { kind: 'organization', from, to, rule: DEFINED_BODY_RULE } : undefined;
}

/** The rule of an acronym its long form makes a body, which the document follows where it recurs. */
export const DEFINED_BODY_RULE = 'organization/defined-acronym';

/** The rule of an acronym its long form makes a place, which the document follows where it recurs. */
export const DEFINED_PLACE_RULE = 'location/defined-acronym';

// "Sun", "Sat" and "Wed" are also words and names ("Sun Microsystems"); only a weekday's full name is one for sure.
const WEEKDAY_ABBREVIATION = 5;
const isWeekdayName = (t: Token): boolean => t.lower.length > WEEKDAY_ABBREVIATION && WEEKDAYS.has(t.lower);

/**
 * Splits a run at a word like "York-based": the name before the affix is an entity of its own
 * when the gazetteer or the lexicon knows it, and the words after it are classified apart.
 */
function splitAtAffixedModifier(tokens: Token[], from: number, to: number): Decision[] | undefined {
  for (let m = from; m < to; m++) {
    const affix = AFFIXED_MODIFIER.exec(tokens[m].text);
    if (!affix) continue;
    const span = { start: tokens[from].start, end: tokens[m].end - affix[0].length };
    const name = [...tokens.slice(from, m).map((t) => t.text), tokens[m].text.slice(0, -affix[0].length)].join(' ');
    const words = name.toLowerCase().split(' ');
    const placeHead = words.length > 1 && PLACE_HEADS.has(words[words.length - 1]);
    const kind = gazetteer().place(name) || placeHead ? 'location' : (lexiconKind(name.toLowerCase()) ?? townBeforeAffix(tokens, from, m, affix[0]));
    const before: Decision[] = kind ? [{ kind, from, to: m + 1, rule: `${kind}/affixed-modifier`, span }] : [];
    return [...before, ...(m + 1 < to ? classifyPlain(tokens, m + 1, to) : [])];
  }
  return undefined;
}

// Affixes that only a place takes: "Bentonville-based", "Calais-born"; "Google-backed" may be a firm.
const PLACE_AFFIXES = new Set(['-based', '-headquartered', '-born', '-bred']);

/**
 * "the Bentonville-based retailer", "a Lathrop-based supplier": a name no list knows before an
 * affix that says where something sits or was born is a town below the gazetteer's size; one
 * ordinary word there names a thing ("Windows-based", "Internet-based").
 */
function townBeforeAffix(tokens: Token[], from: number, m: number, affix: string): 'location' | undefined {
  if (!PLACE_AFFIXES.has(affix.toLowerCase()) || !tokens.slice(from, m + 1).every((t) => t.cap && !t.upper)) return undefined;
  const word = tokens[m].lower.slice(0, -affix.length);
  return m > from || !isCommonWordOrPlural(word) ? 'location' : undefined;
}

// How many words a name glued after an institution's may have: "… Arlington Amneh Jafari".
const MEMBER_WORDS = 3;

/**
 * "University of Texas Arlington Amneh Jafari said", "the Ministry of Defence Graham Jones": a
 * caption or a byline glues a person's name to the institution they work at. No bank opens the
 * institution (firms named for partners follow one: "Bank of America Merrill Lynch"), and no list
 * knows the person's words as a firm. A name by its shape follows any capitalized word; two words
 * no list knows follow only a place or a head ("… Arlington Amneh Jafari").
 */
function personAfterInstitution(tokens: Token[], from: number, to: number): Decision[] | undefined {
  for (let k = Math.max(from + 2, to - MEMBER_WORDS); k <= to - 2; k++) {
    const end = tokens[k - 1];
    if (end.possessive || !end.cap || !tokens[k].word || isGazetteerPlace(tokens, k - 1, k + 1) || lexiconKind(lowerPhrase(tokens, k, to))) continue;
    const org = tokens.slice(from, k).some((t) => t.lower === 'bank') ? undefined : organizationRule(tokens, from, k);
    if (!org) continue;
    const endsInstitution = isGazetteerPlace(tokens, k - 1, k) || INSTITUTION_HEADS.has(end.lower);
    const rule = personRule(tokens, k, to) ?? (to - k === 2 && endsInstitution && isUnknownPair(tokens, k) ? 'person/after-institution' : undefined);
    if (rule) return [{ kind: 'organization', from, to: k, rule: org }, { kind: 'person', from: k, to, rule }];
  }
  return undefined;
}

/** Two words of a name's shape that no list knows as a word, a place or a firm: "Amneh Jafari". */
function isUnknownPair(tokens: Token[], k: number): boolean {
  return [tokens[k], tokens[k + 1]].every((t) => !t.upper && !t.possessive && !isEnglishWord(t.lower) && !gazetteer().place(t.text) && !isCompanyWord(t.text) && !lexiconKind(t.lower));
}

// "Lee Cheuk-yan of the Labour Party", "Alvin Yeung from the Civic Party": a person and their party.
const AFFILIATION = new Set(['of', 'from']);

function splitAffiliation(tokens: Token[], from: number, to: number): Decision[] | undefined {
  for (let i = from + 2; i < to - 1; i++) {
    if (!AFFILIATION.has(tokens[i].lower)) continue;
    // "Royal Bank of Scotland", "Philadelphia Museum of Art": an institution's or a place's head
    // before the "of" names one body or building, whatever the given name.
    if (INSTITUTION_HEADS.has(tokens[i - 1].lower) || hasPlaceHead(tokens, from, i)) return undefined;
    const rule = personRule(tokens, from, i);
    if (!rule) return undefined;
    let next = i + 1;
    while (next < to && !tokens[next].cap) next++;
    return [{ kind: 'person', from, to: i, rule }, ...classifyPlain(tokens, next, to)];
  }
  return undefined;
}

// A model number: "737", "737-800", "747-8", "A380", "A400M", "787s"; not a year ("Boeing 2008")
// nor a score ("beat the New York Knicks 101-94"), whose second number is no variant's hundreds.
const MODEL_NUMBER = /^(?:\p{Lu}{1,2}\d{2,4}\p{Lu}?|\d{3}(?:-(?:\d{1,2}00|\d))?s?)$/u;

// A product line whose name opens lower-case and goes on in capitals: "iPhone", "eReader".
const LOWER_FIRST_CAMEL = /^\p{Ll}{1,2}\p{Lu}\p{Ll}/u;

/**
 * A maker's name before a model number names the product, not the company: "the Boeing 737-800",
 * "an Airbus A380", which news annotation marks as products.
 */
function isProductMaker(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (!next || next.start !== tokens[to - 1].end + 1 || !MODEL_NUMBER.test(next.text) || isResultsLine(tokens)) return false;
  // "fined Meta 800 million euros": a number that a scale word multiplies is an amount, not a model.
  if ((tokens[to + 1]?.lower ?? '') in SCALE_WORDS) return false;
  return lexiconKind(lowerPhrase(tokens, from, to)) === 'organization' || tokens.slice(from, to).every((t) => isCompanyWord(t.text));
}

// The most words after a town's particle: "Cartagena del Chaira", "San Vicente del Caguan".
const PARTICLE_TAIL_WORDS = 2;

/**
 * "near Cartagena del Chaira": a town the gazetteer knows, a Romance particle and a capitalized
 * word or two are one town's name, not the town and a person "del Chaira". A one-word town that
 * is also a given name opens a person's name ("Lima de Souza").
 */
function isPlaceParticleTail(tokens: Token[], from: number, prefix: number, to: number): boolean {
  const tail = to - prefix - 1;
  if (!ROMANCE_PARTICLES.has(tokens[prefix].text) || tail < 1 || tail > PARTICLE_TAIL_WORDS) return false;
  if (prefix - from === 1 && isGivenName(tokens[from].lower)) return false;
  return tokens.slice(prefix + 1, to).every((t) => t.cap && !t.upper);
}

/**
 * "the 737 MAX 8", "Boeing 737 MAX jets": capitals right after a model number are the model's
 * variant, where a maker's name opens the model or a number closes it; "500 GM workers" counts
 * a company's staff, and "Seattle 102 DALLAS 99" scores a match.
 */
function isModelVariant(tokens: Token[], from: number, to: number): boolean {
  const model = tokens[from - 1];
  if (to - from !== 1 || !tokens[from].upper || !model || model.end + 1 !== tokens[from].start) return false;
  // "the iPhone XR", "an iPad SE": capitals after a product line written lower-case first are its model.
  // Not a place or a body after it: "eBay UK", "iPhone EU sales".
  if (LOWER_FIRST_CAMEL.test(model.text)) return !gazetteer().place(tokens[from].text) && !lexiconKind(tokens[from].lower);
  // "Seattle 102 DALLAS 99": in a line of results the number is a score and the capitals a side.
  if (!MODEL_NUMBER.test(model.text) || isResultsLine(tokens)) return false;
  const next = tokens[to];
  // "production of the 737 MAX at its plant": after "the", a model is meant where no noun follows
  // ("the 500 GM workers" counts staff).
  const theModel = tokens[from - 2]?.lower === 'the' && !isModifiedNoun(next);
  return !!tokens[from - 2]?.cap || theModel || (!!next && next.start === tokens[from].end + 1 && STARTS_WITH_DIGIT.test(next.text));
}

/** "Air Berlin", "Air New Zealand", "Air Astana": "Air" before a place names the airline based there. */
function isAirOfPlace(tokens: Token[], from: number, to: number): boolean {
  return to - from > 1 && tokens[from].text === 'Air' && !tokens[from].possessive && isGazetteerPlace(tokens, from + 1, to);
}

/**
 * A seat of government before the people who work there names their employer: "White House
 * aides", "Kremlin officials", "a White House spokesman"; elsewhere it stays a place.
 */
function isSeatBeforeStaff(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (!next || next.breakBefore || tokens[to - 1].possessive || gazetteerPlaceOf(tokens, from, to)?.type !== 'site') return false;
  return SEAT_STAFF_NOUNS.has(next.lower) && !next.cap;
}

/** A word compromise knows only as an adjective and no list as a surname: "Modern", not "Young" (a surname). */
function isAdjectiveOnly(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && tags.every((tag) => tag === 'Adjective') && !isSurname(lower) && !isGivenName(lower);
}

/**
 * The end of the longest known organization that opens a run no rule names as a whole:
 * "Google Science Fair" → after "Google", "NASA Bill Ingalls" → after "NASA". Returns -1 when none does.
 */
function organizationPrefixEnd(tokens: Token[], from: number, to: number): number {
  for (let end = Math.min(to - 1, from + MAX_PREFIX_WORDS); end > from; end--) {
    // "Co Adriaanse": a legal form alone names no firm (and "Co" is a Dutch given name).
    if (end === from + 1 && LEGAL_FORMS.has(tokens[from].lower.replace(TRAILING_DOT, ''))) continue;
    if (lexiconKind(lowerPhrase(tokens, from, end)) === 'organization') return end;
  }
  // Dotted capitals before a name are initials: "K.C. Maurer"; so are two undotted ones no list
  // knows before a surname the lists know ("AJ Smith"), where a firm's letters come before a
  // house's name ("SG Warburg").
  return isAcronym(tokens[from]) && !tokens[from].text.includes('.') && to - from > 1 && !isUndottedInitials(tokens, from, to) ? from + 1 : -1;
}

const MAX_PREFIX_WORDS = 4;

const TRAILING_DOT = /\.$/;
// "Martin Luther King Jr.": a generational suffix may close a namesake's three names.
const MAX_NAMESAKE_WORDS = 4;

/**
 * The end of a full name that opens the run and leaves words after it, by its shape and closed by
 * no English word ("Andy Warhol", not "Andy Warhol Photographic"); -1 when none does.
 */
function personPrefixEnd(tokens: Token[], from: number, to: number): number {
  for (let end = Math.min(to - 1, from + MAX_NAMESAKE_WORDS); end > from + 1; end--) {
    const last = tokens[end - 1].lower;
    // "Martin Luther King Day": a title word that closes a full name is its surname.
    if ((!isEnglishWord(last) || isSurname(last) || isTitleWord(tokens[end - 1])) && personRule(tokens, from, end)) return end;
  }
  return -1;
}

/** The run holds an institution's head and so cannot be a person's name: "League Baseball". */
function namesInstitution(tokens: Token[], from: number, to: number): boolean {
  return !couldBePersonName(tokens, from, to) && tokens.slice(from, to).some((t) => INSTITUTION_HEADS.has(t.lower));
}

/**
 * "Rival Google Inc. said", "Carmaker Hyundai Motor Co. said": a noun of a firm's kind opening the
 * sentence before a name that is a firm's without it. A word that some firm's name uses, or the
 * article capitalizes elsewhere, may be the name's own ("Network Associates Inc.").
 */
function opensWithFirmKind(tokens: Token[], from: number, to: number, stats: CapitalStats): boolean {
  const first = tokens[from].lower;
  if (to - from < 3 || !isFirmKindWord(first) || stats.isNameWord(first)) return false;
  return !!organizationRule(tokens, from + 1, to) || lexiconKind(lowerPhrase(tokens, from + 1, to)) === 'organization';
}

/** The lexicon, the gazetteer or an organization's shape names the whole run. */
function namesWhole(tokens: Token[], from: number, to: number): boolean {
  return !!lexiconKind(lowerPhrase(tokens, from, to)) || isGazetteerPlace(tokens, from, to) || !!organizationRule(tokens, from, to) || isGamesStudio(tokens, from, to);
}

/** A people, a faith or a common word before a noun for a person: "a Sikh man", "a Black woman". */
const isPersonQualifier = (word: string): boolean => gazetteer().isDemonym(word) || isCommonWord(word.toLowerCase());
