/**
 * The judgement: which moves and flags a reply shows, from the lexicon hits, negation scope, who the agent is,
 * and the agenda phase. Pure; `scorer.ts` turns the result into a verdict with a score and tips.
 */
import type { Analysis, Token } from './analyse';
import {
  ACKNOWLEDGE,
  ANALYSIS_VERBS,
  AFTER_FRAMES,
  BLAME_ACTS,
  BLAME_EXPLICIT,
  BLAMELESS_FRAME,
  CLOCK_TIME,
  COUNTERFACTUAL,
  DEADLINE,
  DEFERRAL,
  EVIDENCE,
  FIX_ACTIONS,
  HOSTILE_CUES,
  FIX_DEFUSERS,
  HINDSIGHT,
  HOSTILITY,
  HOW_WHAT,
  KEEPS_FAIR,
  NEGATIVE_CUES,
  NUMBER_TOKEN,
  NUMBER_UNITS,
  ONLY_DASHBOARD,
  OWNER,
  PERSON_PRONOUNS,
  PRAISE,
  PREVENTION_PROMISE,
  PROPOSAL_FRAMES,
  READING_OUT,
  SAFETY,
  SARCASM,
  SYMPTOM_REFRAME,
  TEAM_WORDS,
  VAGUE_ACTION,
  WHY_WHO,
} from './lexicon';
import { agentAfter, agentBefore, classify, GROUP_PEOPLE, isName, isNeg, NEGATORS, personRelative, sentenceOf, sentenceText, type Agent } from './agents';
import { compile, findAll, type Compiled, type Hit } from './match';
import { blamePatterns, changeObject, deferralPatterns, evidencePatterns, evidenceSetAside, firstWord, fixAboutAnalysis, fixPatterns, hostilePatterns, textBefore } from './patterns';
import type { Move, PhaseKind } from './types';

/** A move or flag with the words that triggered it. */
export interface Mark {
  name: string;
  start: number;
  end: number;
  /** Lexicon phrase id, for debugging and docs. */
  rule: string;
}

export interface Judgement {
  moves: Record<Move, boolean>;
  flags: Set<string>;
  /** Every span that triggered a move or a flag, in text order. */
  marks: Mark[];
}

/** Every lexicon list, compiled once. */
export interface CompiledLexicon {
  acknowledge: Compiled[];
  praise: Compiled[];
  evidence: Compiled[];
  reading: Compiled[];
  deferral: Compiled[];
  blameExplicit: Compiled[];
  blameActs: Compiled[];
  counterfactual: Compiled[];
  whyWho: Compiled[];
  hindsight: Compiled[];
  fixes: Compiled[];
  frames: Compiled[];
  afterFrames: Compiled[];
  defusers: Compiled[];
  vague: Compiled[];
  onlyDashboard: Compiled[];
  promise: Compiled[];
  owner: Compiled[];
  deadline: Compiled[];
  hostility: Compiled[];
  hostileCues: Compiled[];
  sarcasm: Compiled[];
  symptom: Compiled[];
  howWhat: Compiled[];
  safety: Compiled[];
  blameless: Compiled[];
  fair: Compiled[];
}

export function compileLexicon(): CompiledLexicon {
  return {
    acknowledge: compile(ACKNOWLEDGE),
    praise: compile(PRAISE),
    evidence: compile(EVIDENCE),
    reading: compile(READING_OUT),
    deferral: compile(DEFERRAL),
    blameExplicit: compile(BLAME_EXPLICIT),
    blameActs: compile(BLAME_ACTS),
    counterfactual: compile(COUNTERFACTUAL),
    whyWho: compile(WHY_WHO),
    hindsight: compile(HINDSIGHT),
    fixes: compile(FIX_ACTIONS),
    frames: compile(PROPOSAL_FRAMES),
    afterFrames: compile(AFTER_FRAMES),
    defusers: compile(FIX_DEFUSERS),
    vague: compile(VAGUE_ACTION),
    onlyDashboard: compile(ONLY_DASHBOARD),
    promise: compile(PREVENTION_PROMISE),
    owner: compile(OWNER),
    deadline: compile(DEADLINE),
    hostility: compile(HOSTILITY),
    hostileCues: compile(HOSTILE_CUES),
    sarcasm: compile(SARCASM),
    symptom: compile(SYMPTOM_REFRAME),
    howWhat: compile(HOW_WHAT),
    safety: compile(SAFETY),
    blameless: compile(BLAMELESS_FRAME),
    fair: compile(KEEPS_FAIR),
  };
}

/** Nouns a praise word grades: "Brilliant analysis", "great question" (praise, not sarcasm, on its own). */
const PRAISE_HEADS = new Set(['analysis', 'point', 'question', 'work', 'idea', 'catch', 'summary', 'job', 'find', 'spot', 'observation', 'thinking', 'insight', 'call', 'suggestion', 'effort', 'writeup', 'write-up', 'timeline', 'stuff']);

const REPORT_VERBS = new Set(['decide', 'decided', 'assume', 'conclude', 'say', 'said', 'claim', 'ask', 'suggest', 'mention', 'argue', 'insist', 'allege', 'tell', 'wonder', 'complain', 'shout', 'yell', 'accuse', 'think', 'believe', 'feel', 'reckon', 'imply', 'hint']);

const INTERJECTIONS = new Set(['oh', 'okay', 'ok']);

const CLEARING_VERB = /^(?:had|has|have|did|does|do|never|is|was|are|were)$/;

/** Is the subject before token `t` a named person or team ("the front-end team had nothing to do with it")? */
function clearsSomeone(a: Analysis, t: number): boolean {
  const agent = agentBefore(a, t);
  return agent === 'person' || agent === 'team';
}

/** A name or a team word (not "a person", "you", "someone") earlier in t's clause. */
function namedBefore(a: Analysis, t: number): boolean {
  for (let k = t - 1; k >= 0 && a.tokens[k]!.sent === a.tokens[t]!.sent && a.tokens[k]!.clause === a.tokens[t]!.clause; k--) {
    if (isName(a, k) || (TEAM_WORDS.has(a.tokens[k]!.norm) && !GROUP_PEOPLE.has(a.tokens[k]!.norm))) return true;
  }
  return false;
}

const SCHEDULE_WORDS = /^(?:tonight|tomorrow|tomorrow's|later|call|call's|meeting|sale|relaunch|relaunches|launch|launches|statement|deadline|investors|board|standup|stand-up|sync|briefing|check-in|clock|slot|session)$/;
/** The clock time at `t` is a time in the meeting's calendar: a schedule word within two words of it, or "it's" now. */
function scheduleTime(a: Analysis, t: number): boolean {
  const { sent, clause } = a.tokens[t]!;
  for (let k = Math.max(0, t - 3); k <= t + 2 && k < a.tokens.length; k++) {
    const w = a.tokens[k]!;
    // ("Who was on call when the 14:05 alert fired?" is the incident's time.)
    if (k !== t && w.sent === sent && w.clause === clause && SCHEDULE_WORDS.test(w.norm) && a.tokens[k - 1]?.norm !== 'on') return true;
  }
  return a.tokens[t - 1]?.norm === 'is' && a.tokens[t - 2]?.norm === 'it' && t - 2 === firstWord(a, sentenceOf(a, t).first);
}

/** Day words a deadline may put before its clock time: "by Friday 17:00", "due Thursday the 4th at 12:00". */
const DEADLINE_DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|today|tomorrow|tonight|eod|cob|noon|morning|afternoon|evening|the|on|at|,|\d{1,2}(?:st|nd|rd|th)?|jan\S*|feb\S*|mar\S*|apr\S*|may|jun\S*|jul\S*|aug\S*|sep\S*|oct\S*|nov\S*|dec\S*|utc)$/;

/** Is the clock time at `t` a deadline's ("by 17:00", "by Friday 17:00"): "by", "before", "until" or "due" just before
 * it or a few day words back? */
function isDeadlineTime(a: Analysis, t: number): boolean {
  for (let i = t - 1; i >= 0 && i >= t - 5 && a.tokens[i]!.sent === a.tokens[t]!.sent; i--) {
    const w = a.tokens[i]!.norm;
    if (['by', 'before', 'until', 'till', 'due'].includes(w)) return true;
    if (!DEADLINE_DAY.test(w)) return false;
  }
  return false;
}

/** Token `t` sits in the listener's feeling, acknowledged: "I know it feels like ...", "I get that this feels like ...". */
function inListenersFeeling(a: Analysis, t: number): boolean {
  const sent = sentenceOf(a, t);
  return /\b(?:i know|i get|i understand|i can see|i hear)(?: that| why)? (?:it|this) (?:feels|looks|seems|sounds) like\b/.test(a.norm.slice(a.normStarts[sent.first], a.normStarts[t]));
}

/**
 * The blame at token `t` belongs to someone else: it sits after a reporting verb whose subject is another person
 * ("Jordan said the front-end team dropped it", "Jordan asked whose fault it is"), or it is a question about the
 * listener's own blaming ("Are you seriously blaming the oracle?").
 */
function reportedOrChallenged(a: Analysis, t: number): boolean {
  if (t < 0) return false;
  const sent = sentenceOf(a, t);
  for (let k = t - 1; k >= sent.first && a.tokens[k]!.clause === a.tokens[t]!.clause; k--) {
    const tok = a.tokens[k]!;
    if (!(REPORT_VERBS.has(tok.lemma) || REPORT_VERBS.has(tok.norm)) || tok.pos !== 'VERB' || isNeg(a, k)) continue;
    if (!/(?:ed|said|told|thought|felt|asks|says|claims|suggests|mentions|argues|insists|alleges|tells|wonders|complains|accuses|thinks|believes|feels|reckons|implies|hints)$/.test(tok.norm)) continue;
    // "If you'd said something": a report verb in a condition, or with a plain object, reports no one's blame.
    if (/^(?:something|anything|nothing|so|that earlier|it earlier)$/.test(a.tokens[k + 1]?.norm ?? '')) continue;
    let conditional = false;
    for (let j = k - 1; j >= sent.first && a.tokens[j]!.clause === tok.clause; j--) if (/^(?:if|unless)$/.test(a.tokens[j]!.norm)) conditional = true;
    if (conditional) continue;
    const who = agentBefore(a, k);
    if (who === 'person' || who === 'team') return true;
  }
  const tok = a.tokens[t]!;
  // "I know it feels like the front-end made this worse": the listener's feeling, acknowledged, not the speaker's claim.
  if (inListenersFeeling(a, t)) return true;
  if (sent.question && /^blam/.test(tok.norm)) {
    for (let k = t - 1; k >= sent.first; k--) if (a.tokens[k]!.norm === 'you') return true;
  }
  return false;
}

/**
 * The blame at token `t` is what the speaker says they do not mean, of the listener or of anyone: "I didn't mean you
 * did a bad job", "I'm not saying you did a bad job", "... not whether you did a bad job", "not because you did
 * something wrong". With a "but" after it, the denial sets the blame up instead ("not-saying-but"); with a name or a
 * team after it, it still puts them on trial (see "names-team").
 */
const DENIAL_FRAME = /(?:^| )(?:not|never) (?:saying|suggesting|implying|claiming|accusing|mean|meant|meaning|think|thinking|asking|whether|because|that)(?: that)? (?:you|anyone|anybody|someone|somebody|any of you|people|we|i)(?: \S+)? $/;
function deniedToTheListener(a: Analysis, t: number): boolean {
  if (t < 0) return false;
  const sent = sentenceOf(a, t);
  if (!DENIAL_FRAME.test(a.norm.slice(a.normStarts[sent.first], a.normStarts[t]))) return false;
  for (let k = t + 1; k <= sent.last; k++) if (a.tokens[k]!.norm === 'but') return false;
  return true;
}

/** The sentence's first word past openers and a vocative: "Kai, what would have helped you ...?" opens with "what". */
function openerOf(a: Analysis, sent: { first: number }): string {
  let k = firstWord(a, sent.first);
  if (isName(a, k) && a.tokens[k + 1]?.norm === ',') k = firstWord(a, k + 2);
  return a.tokens[k]?.norm ?? '';
}

/** Deferrals that only refuse or slow a fix ("we shouldn't rush a fix", "not today"): a "but" after them can undo them. */
const REFUSAL_DEFERRALS = new Set(['not-yet-fix', 'not-now', 'jumping']);

/**
 * A deferral phrase that defers nothing: at action items, handing an item to its owner's next meeting ("Kai, can you
 * bring it to Tuesday's review?") or going back through the parking lot ("the front-end copy we parked earlier",
 * "anything from the parking lot?"); and waiting to decide a question about the analysis, not a fix ("before we
 * decide whether it mattered").
 */
function notADeferral(a: Analysis, h: Hit, actionPhase: boolean): boolean {
  const sentence = sentenceText(a, a.tokens[h.first]!.sent);
  // (With no owner, "Let's take it to next week's product review" still puts the topic off.)
  const owned = /\b(?:can you|could you|will you|would you|i will|you will|owns|will bring|will take)\b/.test(sentence) || a.tokens.some((x, k) => x.sent === a.tokens[h.first]!.sent && isName(a, k));
  if (actionPhase && h.id === 'separate-item' && owned && /^(?:bring|take|brings|takes) it to\b/.test(a.norm.slice(a.normStarts[h.first]))) return true;
  const parkedBefore = a.tokens[h.first]!.norm === 'parked' && /^(?:earlier|before|already|last)$/.test(a.tokens[h.first + 1]?.norm ?? '');
  if (actionPhase && (h.id === 'park-any' || h.id === 'park') && (parkedBefore || /\b(?:go through|going through|back to|from|review|revisit|anything (?:on|in|from)) (?:the |our )?parking\b/.test(sentence))) return true;
  const decided = a.norm.slice((a.normStarts[h.last] ?? 0) + a.tokens[h.last]!.norm.length + 1);
  if ((h.id === 'before-we' || h.id === 'decide-after-pre') && /^(?:whether|if|what it|what that|how much|how big)\b/.test(decided) && !/^(?:\S+ ){0,6}?(?:fix|fixes|change|changes|patch|rollback|roll back|remediation|action)\b/.test(decided)) return true;
  return false;
}

/**
 * The clause of token `t` hands an action to more than one person, a pair, a team or whoever: no single owner. (The
 * clause, not the sentence: "I'll circulate the draft by Wednesday, and we review OPS-214 together on 19 June" has
 * one owner for the draft.)
 */
function sharedOwner(a: Analysis, t: number): boolean {
  if (t < 0) return false;
  const { sent, clause } = a.tokens[t]!;
  let first = t;
  let last = t;
  while (first > 0 && a.tokens[first - 1]!.sent === sent && a.tokens[first - 1]!.clause === clause) first--;
  while (last + 1 < a.tokens.length && a.tokens[last + 1]!.sent === sent && a.tokens[last + 1]!.clause === clause) last++;
  const words = a.norm.slice(a.normStarts[first], (a.normStarts[last] ?? 0) + a.tokens[last]!.norm.length);
  // ("The wallet team will pick this up, with Bao as the owner": one owner after all.)
  if (/\b(?:as (?:the )?owner|owner is|owned by)\b/.test(sentenceText(a, sent))) return false;
  if (/\b(?:together|jointly|pair|pairs|pairing|the two of you|you two|both of you|one of you|whoever|between them)\b/.test(words)) return true;
  if (/\b(?:team|teams|squad|folks) (?:owns|own|will|picks|takes|gets|fixes|jointly|together|is on|are on)\b/.test(words)) return true;
  for (let k = first + 2; k <= last; k++) {
    if (isName(a, k) && isName(a, k - 2) && /^(?:and|or|&)$/.test(a.tokens[k - 1]!.norm)) return true;
  }
  return false;
}

/** Sentence `s` has an "if" clause whose subject is a system ("if the dashboard had shown ..."). */
function conditionIsSystem(a: Analysis, s: number): boolean {
  const sent = a.sentences[s]!;
  for (let t = sent.first; t <= sent.last; t++) if (a.tokens[t]!.norm === 'if' && agentAfter(a, t) === 'system') return true;
  return false;
}

function sameSentence(a: Analysis, x: Hit, y: Hit): boolean {
  return a.tokens[x.first]!.sent === a.tokens[y.first]!.sent;
}

/** The hit's first word is negated ("won't ¬fix", "not ¬the team's ¬fault"); negators inside the hit don't count. */
function anyNeg(a: Analysis, h: Hit): boolean {
  return isNeg(a, h.first);
}

/** Negated by wink's scope, or by "nobody"/"no one"/"none of us" earlier in the same clause. */
function negated(a: Analysis, h: Hit): boolean {
  if (anyNeg(a, h)) return true;
  const first = a.tokens[h.first]!;
  for (let t = h.first - 1; t >= 0; t--) {
    const tok = a.tokens[t]!;
    if (tok.sent !== first.sent || tok.clause !== first.clause) break;
    if (NEGATORS.has(tok.norm) || (tok.norm === 'one' && a.tokens[t - 1]?.norm === 'no')) return true;
    if (tok.norm === 'not' && h.first - t <= 3) return true;
  }
  return false;
}

/** A team or a named person in the hit's sentence, before or just after it (for "it's not X team's fault"). */
function namedGroupInClause(a: Analysis, h: Hit): number | null {
  const first = a.tokens[h.first]!;
  for (let t = h.first; t <= h.last; t++) {
    if ((TEAM_WORDS.has(a.tokens[t]!.norm) && !GROUP_PEOPLE.has(a.tokens[t]!.norm)) || isName(a, t)) return t;
  }
  for (let t = h.last; t >= 0; t--) {
    const tok = a.tokens[t]!;
    if (tok.sent !== first.sent) break;
    if (TEAM_WORDS.has(tok.norm) && !GROUP_PEOPLE.has(tok.norm)) return t;
    if (isName(a, t)) return t;
  }
  // "Don't blame the infra team": the team follows the verb.
  for (let t = h.last + 1; t < a.tokens.length && t <= h.last + 4; t++) {
    const tok = a.tokens[t]!;
    if (tok.sent !== first.sent || tok.clause !== first.clause) break;
    if (TEAM_WORDS.has(tok.norm) && !GROUP_PEOPLE.has(tok.norm)) return t;
    if (isName(a, t)) return t;
  }
  return null;
}


const IMPERATIVE_LEAD = new Set(['just', 'so', 'then', 'honestly', 'ok', 'okay', ',', 'simply', 'please', 'and', 'now', 'first', '-']);
const GAP_BREAKERS = new Set(['how', 'what', 'why', 'whether', 'if', 'when', 'where', 'which', 'who', 'that', '.', '?', '!', ';']);

/** Sentence-initial base-form verb (after "just", "so", ...): "Add a staleness check", "Just raise the limit". */
function imperative(a: Analysis, t: number): boolean {
  const sent = sentenceOf(a, t);
  for (let k = sent.first; k < t; k++) if (!IMPERATIVE_LEAD.has(a.tokens[k]!.norm)) return false;
  const tok = a.tokens[t]!;
  return !tok.norm.endsWith('ing') && !tok.norm.endsWith('ed');
}

const PARTICLE_VERBS = new Set(['turn', 'shut', 'lock', 'spin', 'scale', 'roll', 'switch', 'cut', 'wind', 'take', 'close', 'back']);
/** A finite verb later in the same clause, before any conjunction ("Lock wait timeouts start at 02:04"). */
function laterFiniteVerb(a: Analysis, t: number, last: number): boolean {
  const clause = a.tokens[t]!.clause;
  for (let k = t + 1; k <= last; k++) {
    const x = a.tokens[k]!;
    if (x.clause !== clause || x.pos === 'CCONJ' || x.pos === 'SCONJ') return false;
    if (x.pos === 'VERB' && x.norm !== x.lemma && !x.norm.endsWith('ing')) return true;
  }
  return false;
}

/** "turn the autoscaler back on", "shut it down": a particle makes a process verb an action on the system. */
function hasParticle(a: Analysis, t: number): boolean {
  const tok = a.tokens[t]!;
  if (!PARTICLE_VERBS.has(tok.lemma)) return false;
  for (let k = t + 1; k < a.tokens.length && k <= t + 4; k++) {
    const n = a.tokens[k]!;
    if (n.sent !== tok.sent || /^[^\p{L}\p{N}]+$/u.test(n.norm)) return false;
    if (/^(?:off|down|out|up|on|back)$/.test(n.norm)) return true;
  }
  return false;
}

const FRAME_SKIP = new Set(['just', 'simply', 'quickly', 'probably', 'also', 'really', 'definitely', 'obviously', 'at', 'least', 'all', 'then', 'now', 'immediately', 'go', 'ahead', 'and', 'first', 'maybe', 'perhaps', 'to', 'we', 'i', 'you', 'us', 'should', 'could', 'can', 'would', 'will', 'need', 'must', 'try']);
const FRAME_IDS = new Set(['step-one', 'simplest-thing', 'lets', 'we-should', 'i-will', 'maybe', 'we-could', 'why-not', 'i-suggest', 'the-fix-is', 'quick-fix', 'told-to', 'start-with']);

/** The action verb a proposal frame introduces, if it is not an analysis or process verb. */
function frameVerb(a: Analysis, p: Hit): number | null {
  if (!FRAME_IDS.has(p.id)) return null;
  const sent = a.tokens[p.first]!.sent;
  // "If you're going to whine, ...": a condition, not a proposal.
  for (let k = p.first - 1; k >= 0; k--) {
    const prev = a.tokens[k]!;
    if (prev.sent !== sent || prev.clause !== a.tokens[p.first]!.clause) break;
    if (prev.norm === 'if' || prev.norm === 'whether' || prev.norm === 'when' || prev.norm === 'unless') return null;
  }
  for (let t = p.last + 1; t < a.tokens.length && t <= p.last + 4; t++) {
    const tok = a.tokens[t]!;
    if (tok.sent !== sent) return null;
    if (FRAME_SKIP.has(tok.norm) && tok.pos !== 'VERB') continue;
    if (tok.pos !== 'VERB') return null;
    // "turn off", "shut down", "lock down": a particle makes a process verb an action on the system.
    if ((ANALYSIS_VERBS.has(tok.lemma) || ANALYSIS_VERBS.has(tok.norm)) && !hasParticle(a, t)) return null;
    // A bare past form after "we/I" narrates ("we rolled back at 14:10"), it does not propose.
    if (tok.norm.endsWith('ed') && tok.norm !== tok.lemma && p.id !== 'the-fix-is') return null;
    return t;
  }
  return null;
}

/**
 * The last token covering character offset `at`, or -1: what a table filled token by token (later tokens
 * overwriting) would hold at `at`.
 */
function tokenCovering(a: Analysis, at: number): number {
  const toks = a.tokens;
  for (let i = toks.length - 1; i >= 0; i--) {
    const tok = toks[i]!;
    if (tok.start <= at && at < tok.end) return i;
  }
  return -1;
}

/** A memo slot per list of a compiled lexicon, so `judge` memoizes hits in an array rather than a fresh Map. */
const slotsByLexicon = new WeakMap<CompiledLexicon, Map<Compiled[], number>>();
function listSlots(lex: CompiledLexicon): Map<Compiled[], number> {
  let slots = slotsByLexicon.get(lex);
  if (!slots) {
    slots = new Map();
    for (const list of Object.values(lex) as Compiled[][]) if (!slots.has(list)) slots.set(list, slots.size);
    slotsByLexicon.set(lex, slots);
  }
  return slots;
}

const SHOWS = /^(?:shows|showed|indicates|indicated|confirms|confirmed|recorded|records)$/;

/** "nobody here is", "no one was", "none of us are" right before a fault word: the fault is denied to everyone. */
const UNIVERSAL_DENIAL = /(?:^|[ ,;])(?:nobody|no one|no-one|none of (?:us|you|them))(?: (?:here|in this room|on this call|involved))?(?: (?:is|was|are|were|'s))?(?: (?:really|actually|personally|individually))? $/;

/** Another person's wish, reported: "Olumide wants", "Jordan asked for", "the board is pushing for". Not I/we. */
const REPORTED_WISH = /(?:^| )(?!(?:i|we|you) )[\p{L}@'-]+ (?:wants|wanted|is asking for|was asking for|keeps asking for|asked for|asked us to|suggested|proposed|is pushing for|was pushing for)(?: that| us to| to)?(?: \S+){0,5}$/u;

/** [start, end] offsets of text inside quotation marks: an opening quote after a space, colon or bracket, a closing
 * one before a space or punctuation. Apostrophes inside words ("it's") are never quotes. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /(^|[\s:(\[])(["\u201c'\u2018])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m.index + m[1]!.length;
    const q = m[2]!;
    const close = q === '\u201c' ? '\u201d' : q === '\u2018' ? '\u2019' : q;
    for (let k = open + 1; k < text.length; k++) {
      if (text[k] !== close) continue;
      const after = text[k + 1];
      if (after === undefined || /[\s.,;:!?)\]]/.test(after)) {
        out.push([open, k + 1]);
        re.lastIndex = k + 1;
        break;
      }
    }
  }
  return out;
}

/** Words before a who/why question that set it aside ("is not", "it does not matter", "i am not going to ask"). */
const DECLINED_WHO = /(?:(?:^| )(?:not|never)|(?:does|do|did) not (?:really )?(?:matter|care|need to know|want to know|need to hear|want to hear)|(?:not|never) (?:going to|gonna|here to|interested in|trying to) (?:ask(?:ing)?|argue about|discuss|debate|get into|find out|figure out|work out|decide|know|guess(?:ing)?)|(?:never mind|forget about|forget|regardless of|no matter|not about|not the question)|(?:is not|was not) (?:the question|what matters|important|the point)(?: of)?(?: here)?)$/;

/**
 * A who- or why-clause that is itself the subject, set aside by what follows: "Who shipped it isn't what this meeting
 * is for", "Who approved it doesn't matter", "Why Dev merged it is beside the point". Read over the rest of the
 * sentence after the clause's first words, so "Who shipped it is what I want to know" stays a who-question.
 */
const DECLINED_WHO_AFTER = /^(?:\S+ ){0,6}?(?:(?:is|was) not (?:what (?:this|the|today|we|i)|why we|the (?:point|question|issue|focus)|important|relevant|our (?:concern|focus|question)|on the agenda|something we)|(?:does|did) not (?:matter|help|change anything)|(?:is|was) (?:beside the point|irrelevant|not important|less important|a question for (?:another|a different|some other))|matters (?:less|little)|matters not)\b/;

const MEMORY_QUESTION = /\b(?:you|your|anyone|anybody|people|folks|team|we|i)\b(?: \S+){0,3}? (?:seeing|see|saw|seen|thinking|think|thought|feel|feeling|felt|notice|noticed|noticing|remember|recall|know|knew|expect|expected|expecting|make of|worried|look at|looking at|watching|believe|believed|assume|assumed)\b|\bgoing through (?:your|their|his|her) (?:head|mind)\b|\bon your (?:screen|mind)\b/;

/** The wh-word opening a sentence that sets its own clause aside ("Why Dev merged it is not the point"), or null. */
function setAsideWhClause(a: Analysis, sent: { first: number; last: number; question: boolean }): number | null {
  if (sent.question) return null;
  const k = firstWord(a, sent.first);
  if (k > sent.last || !/^(?:who|why|whose|which)$/.test(a.tokens[k]!.norm)) return null;
  return DECLINED_WHO_AFTER.test(a.tokens.slice(k + 2, sent.last + 1).map((t) => t.norm).join(' ')) ? k : null;
}

const THANKS = new Set(['thanks', 'thank', 'appreciate', 'grateful', 'kudos', 'shout-out', 'shoutout', 'credit']);

const PRE_ONLY = new Set(['later', 'at-action-items', 'on-the-list', 'jumping', 'before-we', 'not-yet-fix', 'no-fix-until', 'premature']);
const PARKS = new Set(['park', 'note-for-later', 'write-down-hold', 'come-back', 'separate-item', 'on-the-list', 'park-any', 'slot-later', 'slot-action-items-pre']);
const NEGATION_INSIDE = new Set(['not-yet-fix', 'no-fix-until', 'premature', 'until-know', 'hold']);

// ---------------------------------------------------------------------------------------------------------------

/** Every move false: where a judgement starts. */
export function noMoves(): Record<Move, boolean> {
  return { acknowledge: false, evidence: false, deferral: false, blame: false, prematureFix: false, hostility: false, ownership: false };
}

export function judge(a: Analysis, phase: PhaseKind, lex: CompiledLexicon, exhibits: readonly string[] = []): Judgement {
  const preAction = phase === 'opening' || phase === 'timeline' || phase === 'root-cause';
  const actionPhase = !preAction;
  const flags = new Set<string>();
  const marks: Mark[] = [];
  const moves = noMoves();
  const mark = (name: string, h: { start: number; end: number; id?: string }, rule?: string) => {
    marks.push({ name, start: h.start, end: h.end, rule: rule ?? h.id ?? name });
  };
  const tokenSpan = (t: number) => ({ start: a.tokens[t]!.start, end: a.tokens[t]!.end });

  const slots = listSlots(lex);
  const memo: (Hit[] | undefined)[] = new Array<Hit[] | undefined>(slots.size);
  let otherMemo: Map<Compiled[], Hit[]> | undefined;
  const find = (list: Compiled[]): Hit[] => {
    const slot = slots.get(list);
    let hits = slot === undefined ? otherMemo?.get(list) : memo[slot];
    if (!hits) {
      hits = findAll(a, list);
      if (slot !== undefined) memo[slot] = hits;
      else (otherMemo ??= new Map()).set(list, hits);
    }
    return hits;
  };
  // Token index at a character offset of the text, for mapping marks back to sentences.
  const tokenAtOffset = (at: number) => tokenCovering(a, at);
  const sentOfMark = (m: { start: number }) => {
    const i = tokenAtOffset(m.start);
    return i >= 0 ? a.tokens[i]!.sent : -1;
  };

  // --- hostility and sarcasm ---------------------------------------------------------------------------------
  // Someone else's words, quoted, are not the speaker's tone: "Someone wrote 'who the hell shipped this' in the
  // incident channel", "I heard 'amateur hour' earlier". (Scare quotes, "your 'input'", start outside them.)
  const quoted = quotedRanges(a.text);
  const unquoted = (h: Hit) => !quoted.some(([qs, qe]) => h.start >= qs && h.end <= qe);
  const hostileHits = find(lex.hostility).filter(
    (h) =>
      unquoted(h) &&
      (!anyNeg(a, h) || h.id === 'dismiss' || h.id === 'threat' || h.id === 'veiled' || h.id === 'threat-veiled') &&
      // "fast enough.", "good enough!": a degree word, not "Enough!".
      !(a.tokens[h.first]!.norm === 'enough' && ['ADJ', 'ADV'].includes(a.tokens[h.first - 1]?.pos ?? '')) &&
      // "The front-end team had nothing to do with this" clears a team (blame, below); it dismisses no one's point.
      !(h.id === 'stupid-question' && a.tokens[h.first]!.norm === 'had' && clearsSomeone(a, h.first)) &&
      // "Who shipped it is beside the point" sets the who-question aside; it waves away no one's point.
      !(h.id === 'stupid-question' && setAsideWhClause(a, sentenceOf(a, h.first)) !== null) &&
      // "Let's wrap it up" closes the meeting; "when things calm down" says when, to nobody.
      !(/^(?:wrap|calm|settle)$/.test(a.tokens[h.first]!.norm) && /\b(?:let us|we should|we will|we can|time to|when|once|until|things|everything|it|dust)\s*$/.test(textBefore(a, h.first, 3))) &&
      // "I get that this feels like it's taking forever": the listener's feeling, acknowledged.
      !inListenersFeeling(a, h.first) &&
      // "We might just move the stall somewhere else": a thing moved, not a person sent away ("do that somewhere else").
      !(h.id === 'insult' && /^(?:somewhere|elsewhere)$/.test(a.tokens[h.first]!.norm) && /\b(?:move|moves|moving|moved|shift|shifts|shifting|shifted|push|pushes|pushing|pushed|relocate|relocating|migrate|migrating|send|sending|route|routing|put|putting)\b/.test(textBefore(a, h.first, 5))),
  );
  // A closing "Noted." / "Fine." / "Sure." dismisses what the listener said; after the speaker's own point with no one
  // addressed ("... for an hour. Noted."), or after thanks ("Thanks Kai, that helps. Noted."), it just closes it.
  {
    // (The same for a closing "Moving on.": "Good. Moving on." A closing "Next." stays curt: "We've heard. Next.")
    const closing = (h: Hit) => h.id === 'dismiss-more' && h.last >= a.tokens.length - 2 && /^(?:noted|fine|sure|on)$/.test(a.tokens[h.last - (a.tokens[h.last]!.pos === 'PUNCT' ? 1 : 0)]!.norm) && h.first > 0;
    if (!/\b(?:you|your|yours|yourself)\b/.test(a.norm) || /\b(?:thanks|thank you|appreciate|fair point|good point|helpful|that helps)\b/.test(a.norm)) {
      for (let i = hostileHits.length - 1; i >= 0; i--) if (closing(hostileHits[i]!)) hostileHits.splice(i, 1);
    }
  }
  const blameExplicitRaw = find(lex.blameExplicit);
  const sarcasmHits = find(lex.sarcasm).filter((h) => {
    if (!unquoted(h)) return false;
    // "Sure, as if that will help" mocks; "talk as if that's true", "run the meeting as if someone were" compare.
    if (h.id === 'yeah-right' && a.tokens[h.first]!.norm === 'as' && h.first > 0 && !/^(?:[,.!?;:-]|oh|yeah|sure|right|ok|okay|because)$/.test(a.tokens[h.first - 1]!.norm) && a.tokens[h.first - 1]!.sent === a.tokens[h.first]!.sent) return false;
    if (h.id !== 'genius' && h.id !== 'great-so') return true;
    // Mock praise needs a second, negative cue ("Wow ... impressive work, team", "broke it ... nice work").
    return NEGATIVE_CUES.test(a.norm) || blameExplicitRaw.length > 0;
  });
  for (const h of hostileHits) {
    moves.hostility = true;
    mark('hostility', h);
    if (h.id === 'threat' || h.id === 'threat-veiled') flags.add('threat');
  }
  for (const h of sarcasmHits) {
    moves.hostility = true;
    flags.add('sarcasm');
    mark('hostility', h);
    mark('sarcasm', h);
  }
  // Weighted cues, per sentence.
  const hostilePatternsEarly = hostilePatterns(a);
  // ("Thanks for wasting my afternoon" thanks nobody: no warmth.)
  const ackHitsEarly = find(lex.acknowledge).filter((h) => !hostilePatternsEarly.some((x) => x.id === 'thanks-for-fault' && x.first <= h.last && x.last >= h.first) && !/^(?:thanks|thank you|thank) (?:\S+ ){0,3}?for (?:wasting|breaking|ruining|derailing|nothing|the mess|dragging|(?:the|your|that|this|all the) (?:\S+ )?(?:ted talk|lecture|speech|sermon|monologue|essay|history lesson|pep talk|theatrics|drama|story|stories|input|'|"))\b/.test(a.norm.slice(a.normStarts[h.first], (a.normStarts[h.last] ?? 0) + 40)));
  // A cue is only cancelled by a negator right before it ("not ridiculous"), not by a wider scope.
  const cueHits = [
    ...find(lex.hostileCues).filter(
      (h) =>
        unquoted(h) &&
        !['not', 'never', 'no'].includes(a.tokens[h.first - 1]?.norm ?? '') &&
        !isNeg(a, h.first) &&
        // "fast enough", "good enough": a degree word, not "Enough!".
        !(a.tokens[h.first]!.norm === 'enough' && h.first === h.last && (['ADJ', 'ADV'].includes(a.tokens[h.first - 1]?.pos ?? '') || /^(?:fair|good|true|close|soon|long|big|clear|safe|simple)$/.test(a.tokens[h.first - 1]?.norm ?? ''))) &&
        // "Whatever fixes you have in mind, ...", "whatever we end up doing": a free relative, not "Whatever."
        !(a.tokens[h.first]!.norm === 'whatever' && h.first === h.last && !/^(?:[.,!?]|$)/.test(a.tokens[h.first + 1]?.norm ?? '')) &&
        // "Brilliant analysis, Dev.": praise of a contribution (flagged as praise), ironic only with a second marker.
        !(h.id === 'mock' && h.first === h.last && PRAISE_HEADS.has(a.tokens[h.first + 1]?.norm ?? '')) &&
        // "Yeah, you're right", "Okay, yes, I'll give you that": an opener that agrees is not mock agreement.
        !(h.id === 'mock' && /^(?:okay|ok|yeah|right|sure|fine)$/.test(a.tokens[h.first]!.norm) && /^, (?:yes|you are right|fair|i agree|agreed|got it|i will give you|that is fair|good point|makes sense)\b/.test(a.norm.slice(a.normStarts[h.first + 1] ?? a.norm.length))) &&
        // "Okay, um, let's get going", "Okay, first the timeline": a discourse marker opening the reply, not mock assent
        // (later in a reply, "Wow. Just... wow. Okay, next entry.", it can be).
        !(h.id === 'mock' && h.first === 0 && /^(?:okay|ok|right|alright|all right)$/.test(a.tokens[h.first]!.norm) && /^, (?:(?:um|uh|then|now|everyone|folks|team|all) ,? )*(?:let us|let 's|first|next|moving|back|quick)\b/.test(a.norm.slice(a.normStarts[h.first + 1] ?? a.norm.length))) &&
        // "Sorry, say that again?", "Could you repeat that again?": asking to hear it, not "again?!".
        !(a.tokens[h.first]!.norm === 'again' && /\b(?:say|repeat|explain|go over|run through|walk (?:me|us) through|come) (?:that|it|this)? ?again\b/.test(sentenceText(a, a.tokens[h.first]!.sent))) &&
        // "I'm clearly cursed", "we clearly need snacks": a sharpener about oneself.
        !(h.id === 'sharpener' && /^(?:i|we|am|are|i am|we are)$/.test(a.tokens[h.first - 1]?.norm ?? '')) &&
        // "I'll try to make it properly specific this time": the speaker's own attempt, not "try to keep up".
        !(h.id === 'dismissive-you' && /^(?:try|learn|bother)$/.test(a.tokens[h.first]!.norm) && /^(?:i|we|will|am|are|let us|to|going)$/.test(a.tokens[h.first - 1]?.norm ?? '')) &&
        // "I promise you this will never happen again": "never" belongs to a clause of its own, not to "you".
        !(h.id === 'dismissive-you' && a.tokens.slice(h.first + 1, h.last).some((x) => /^(?:this|that|it|we|i|they|he|she|there|all)$/.test(x.norm))),
    ),
    // General patterns: contempt by lemma, dismissed contributions, put-downs, rhetorical questions, threats.
    ...hostilePatternsEarly.filter(unquoted),
  ];
  const cueBySentence = new Map<number, Hit[]>();
  for (const h of cueHits) {
    const s = a.tokens[h.first]!.sent;
    const list = cueBySentence.get(s);
    // One word is one cue: "useless" is both a scorn word and a weak contempt adjective, and counted twice it made
    // "Users saw one useless message for every failure" hostile on its own. The stronger reading stands.
    const same = list?.findIndex((x) => x.first === h.first && x.last === h.last) ?? -1;
    if (list && same >= 0) {
      if (h.weight > list[same]!.weight) list[same] = h;
    } else if (list) list.push(h);
    else cueBySentence.set(s, [h]);
  }
  let cueTotal = 0;
  const cueMarks: Hit[] = [];
  for (const [s, hits] of cueBySentence) {
    const sent = a.sentences[s]!;
    const words = sentenceText(a, s);
    let total = hits.reduce((sum, h) => sum + h.weight, 0);
    // A lone interjection ("Oh, Jordan, I know.", "Okay, causes!", "Oh!") is how people start talking: it takes a
    // second cue somewhere in the reply to read as mock, however it is said.
    const loneInterjection = hits.length === 1 && hits[0]!.id === 'mock' && hits[0]!.first === sent.first && INTERJECTIONS.has(a.tokens[hits[0]!.first]!.norm);
    if (loneInterjection) {
      cueTotal += total;
      cueMarks.push(...hits);
      continue;
    }
    // Said to someone: "you", a name opening the sentence, or a vocative name set off by a comma ("Don't start, Marco.").
    let vocative = false;
    for (let t = sent.first + 1; t <= sent.last && !vocative; t++) vocative = isName(a, t) && a.tokens[t - 1]!.norm === ',' && (t === sent.last || /^[,.!?]$/.test(a.tokens[t + 1]!.norm));
    // (Praise said to someone by name, "Very helpful, Dev.", is how genuine praise sounds: naming them adds nothing.)
    const onlyPraise = hits.every((h) => h.id === 'ironic-praise');
    const addressed = /\byou(?:r|rs|rself)?\b/.test(words) || ((isName(a, sent.first) || vocative) && !onlyPraise);
    if (addressed) total += 0.3;
    // "Seriously?", "the oracle again?": a question that presses. The word counts once: as the cue it already is
    // ("Could we double the memory limit again?" asks for a fix), or as this booster.
    let presses = false;
    for (let t = sent.first; t <= sent.last && !presses; t++) presses = /^(?:seriously|really|even|still|again|actually)$/.test(a.tokens[t]!.norm) && !hits.some((h) => h.first <= t && t <= h.last);
    if (sent.question && presses) total += 0.4;
    if (/!/.test(words)) total += 0.2;
    if (sent.last - sent.first <= 3) total += 0.2;
    // Acknowledging or thanking in the same sentence reads as warmth, not contempt.
    if (ackHitsEarly.some((h) => a.tokens[h.first]!.sent === s)) total -= 0.8;
    if (total > 0) {
      cueTotal += total;
      cueMarks.push(...hits);
    }
  }
  // The cues add up over the reply ("Wow. Just wow."); one weak cue alone never does.
  if (cueTotal >= 0.8) {
    moves.hostility = true;
    for (const h of cueMarks) mark('hostility', h, `cue:${h.id}`);
  }
  const hostileSentences = new Set(marks.filter((m) => m.name === 'hostility').map((m) => tokenAtOffset(m.start)).filter((i) => i >= 0).map((i) => a.tokens[i]!.sent));
  const sarcasticTeam = sarcasmHits.find((h) => h.id === 'genius' && namedGroupInClause(a, h) !== null);

  // --- blame ------------------------------------------------------------------------------------------------
  for (const h of blameExplicitRaw) {
    // "I'm not saying anyone is to blame, but the platform team did approve it": the denial sets up the blame.
    const sentH = sentenceOf(a, h.first);
    const lead = a.norm.slice(a.normStarts[sentH.first], a.normStarts[h.first]);
    if (negated(a, h) && /\bnot (?:saying|blaming|pointing fingers|trying to blame)\b/.test(lead) && /, but (?:\S+ ){2,}/.test(a.norm.slice(a.normStarts[h.first], (a.normStarts[sentH.last] ?? a.norm.length) + 1))) {
      moves.blame = true;
      mark('blame', h, 'not-saying-but');
      continue;
    }
    // "Shall we blame the weather?", "blaming the oracle": blame aimed at a thing, not at a person or team.
    if (h.id === 'to-blame' && /^blam/.test(a.tokens[h.first]!.norm)) {
      let k = h.first + 1;
      while (k < a.tokens.length && /^(?:the|a|an|our|this|that|poor)$/.test(a.tokens[k]!.norm)) k++;
      let head = k;
      while (head + 1 < a.tokens.length && a.tokens[head + 1]!.sent === a.tokens[k]!.sent && (a.tokens[head + 1]!.pos === 'NOUN' || a.tokens[head + 1]!.pos === 'PROPN')) head++;
      const c = k > h.first + 1 && a.tokens[k] ? classify(a, head) : null;
      const onPerson = a.tokens.slice(head + 1, head + 6).some((x, i) => x.norm === 'on' && ['person', 'team'].includes(classify(a, Math.min(head + 2 + i + (/^(?:the|a|an)$/.test(a.tokens[head + 2 + i]?.norm ?? '') ? 1 : 0), a.tokens.length - 1)) ?? ''));
      if (c === 'system' && !TEAM_WORDS.has(a.tokens[head]!.norm) && !isName(a, head) && !onPerson) continue;
    }
    if (negated(a, h)) {
      // "Tomás was on call and Dev ran the deploy, but nobody here is at fault": a fault denied to everyone is the
      // blameless frame, whoever else the sentence names.
      if (UNIVERSAL_DENIAL.test(a.norm.slice(a.normStarts[sentH.first], a.normStarts[h.first]))) continue;
      // "It's not the front-end team's fault" still puts a team on trial.
      const named = namedGroupInClause(a, h);
      if (named !== null && (h.id === 'fault' || h.id === 'to-blame' || h.id === 'team-problem' || h.id === 'did-wrong' || h.id === 'pin-on')) {
        moves.blame = true;
        flags.add('names-team');
        mark('blame', h);
        mark('names-team', tokenSpan(named), 'exonerates-named-team');
      }
      continue;
    }
    // "Human error isn't a root cause", "This wasn't human error": setting the label aside is the blameless frame.
    if (h.id === 'human-error' && (/^(?:not|never)$/.test(a.tokens[h.first - 1]?.norm ?? '') || /^(?:just |really |ever )?(?:is|was|are|were) (?:not|never)\b/.test(a.norm.slice(a.normStarts[h.last + 1] ?? a.norm.length)))) {
      flags.add('blameless-frame');
      mark('blameless-frame', h, 'not-human-error');
      continue;
    }
    moves.blame = true;
    mark('blame', h);
    if (h.id === 'human-error') flags.add('human-error');
    // Said to someone's face ("this is on you"), it is also hostile; said of an absent team it is blame only.
    if ((h.id === 'on-you' && /\b(?:you|expect|next time|had one job|get it right)\b/.test(a.text.slice(h.start, h.end).toLowerCase())) || h.id === 'how-could-you' || h.id === 'insinuation') {
      moves.hostility = true;
      mark('hostility', h);
    }
    const named = namedGroupInClause(a, h);
    if (named !== null && a.tokens[named] && TEAM_WORDS.has(a.tokens[named]!.norm) && h.id !== 'to-blame') {
      flags.add('names-team');
      mark('names-team', tokenSpan(named));
    }
  }
  if (sarcasticTeam) {
    moves.blame = true;
    mark('blame', sarcasticTeam);
  }

  // "Dev pushed an unreviewed change. That's the root cause." - the person named just before is the cause.
  for (let s = 1; s < a.sentences.length; s++) {
    if (!/^(?:that|this|which) (?:is|was) (?:(?:the|your|our) (?:real |whole |actual )?(?:root cause|cause|problem|reason|story|issue)|why|what (?:caused|broke))/.test(sentenceText(a, s))) continue;
    // "Sam, thanks for the draft. That's the reason we can even meet today": credit, not cause.
    if (/\b(?:thanks|thank you|appreciate|grateful)\b/.test(sentenceText(a, s - 1)) || /\b(?:can|could|were able|are able|managed)\b/.test(sentenceText(a, s))) continue;
    const prev = a.sentences[s - 1]!;
    for (let t = prev.first; t <= Math.min(prev.last, prev.first + 3); t++) {
      const c = classify(a, t);
      if (c === 'person' || c === 'team') {
        moves.blame = true;
        mark('blame', { start: a.tokens[prev.first]!.start, end: a.sentences[s]!.end });
        break;
      }
      if (c) break;
    }
  }

  // "The front-end team had nothing to do with this", "infra didn't push anything that day": clearing a named team or
  // person still puts them on trial (the definitions' "It's not the front-end team's fault").
  const clearsNamed = (k: number) => {
    moves.blame = true;
    flags.add('names-team');
    mark('blame', tokenSpan(k), 'clears-named');
    mark('names-team', tokenSpan(k), 'clears-named');
  };
  for (let t = 0; t < a.tokens.length; t++) {
    if (!CLEARING_VERB.test(a.tokens[t]!.norm) || !clearsSomeone(a, t)) continue;
    const rest = a.norm.slice(a.normStarts[t]);
    if (!/^(?:had|has|have) nothing to do with |^(?:did|does|do) not (?:push|touch|deploy|change|ship|break|cause|merge|do) (?:anything|a thing)\b|^(?:did|does|do) not cause (?:this|it|that|the (?:outage|incident|stall|problem|failure))\b|^never (?:touched|pushed|deployed|changed|shipped|merged) (?:anything|a thing)\b|^(?:is|was|are|were) not (?:the |a |really the |actually the )?(?:root )?(?:cause|problem|culprit)\b/.test(rest)) continue;
    // The newer forms ("isn't the root cause", "didn't cause this") clear only a name or a team: "a person isn't a root
    // cause" and "you're not the cause" are the blameless frame.
    if (/^(?:is|was|are|were) |^(?:did|does|do) not cause /.test(rest) && !namedBefore(a, t)) continue;
    clearsNamed(t);
  }
  // "None of this is on the support team", "Don't put this on them", "this isn't on Kai": the same, with the named
  // team or person after "on".
  for (let t = 1; t < a.tokens.length; t++) {
    if (a.tokens[t]!.norm !== 'on') continue;
    let k = t + 1;
    while (k < a.tokens.length && /^(?:the|a|an|any|our|their|your)$/.test(a.tokens[k]!.norm)) k++;
    while (k + 1 < a.tokens.length && a.tokens[k + 1]!.sent === a.tokens[t]!.sent && TEAM_WORDS.has(a.tokens[k + 1]!.norm)) k++;
    const who = k < a.tokens.length && a.tokens[k]!.sent === a.tokens[t]!.sent ? classify(a, k) : null;
    const named = who === 'team' || (who === 'person' && (isName(a, k) || /^(?:them|him|her)$/.test(a.tokens[k]!.norm)));
    if (!named || !/(?:^| )(?:none of (?:this|it|that) (?:is|was)|(?:this|it|that) (?:is|was) not|(?:do not|did not|let us not|we will not|nobody is going to|no one is going to) (?:put|pin|hang|dump|blame) (?:this|it|that|the \S+)) $/.test(textBefore(a, t, 7))) continue;
    clearsNamed(k);
  }

  for (const h of find(lex.blameActs)) {
    if (anyNeg(a, h)) continue;
    // "the missed page" is a thing, not an act: one-word acts must be verbs.
    if ((h.id === 'broke' || h.id === 'neglect') && a.tokens[h.first]!.pos !== 'VERB') continue;
    const agent = agentBefore(a, h.first);
    if (agent === 'person' || agent === 'team') {
      moves.blame = true;
      mark('blame', h);
      if (agent === 'team') flags.add('names-team');
    }
  }

  // General patterns: a person or team as the subject of a fault predicate, a negated diligence verb, a change
  // made without a safeguard, a person named as the cause. A "what ...?" question about conditions ("what made
  // Kai miss the page?") asks how it made sense, so it is not an accusation.
  for (const h of blamePatterns(a)) {
    const sent = sentenceOf(a, h.first);
    if (sent.question && openerOf(a, sent) === 'what') continue;
    moves.blame = true;
    mark('blame', h);
    if (h.id === 'who-question') {
      flags.add('why-who-question');
      mark('why-who-question', h);
    }
  }

  const sentenceIsHowWhat = new Set<number>();
  for (const h of find(lex.counterfactual)) {
    const lead = a.tokens[h.first]!.norm;
    // "What would have to be true", "what could have helped": a how/what question, not a judgement.
    const sent = sentenceOf(a, h.first);
    const opener = openerOf(a, sent);
    if (sent.question && (opener === 'what' || opener === 'how')) {
      sentenceIsHowWhat.add(a.tokens[h.first]!.sent);
      continue;
    }
    // "If you'd read the pre-read, you'd know that already": a jab about preparing for this meeting (hostile when it
    // is, see the cues), not a judgement about the incident.
    if (h.id === 'if-had' && /\bif you (?:had |would have |would |'d )?(?:read|looked at|checked|opened|seen|been reading)\b/.test(sentenceText(a, a.tokens[h.first]!.sent)) && /\byou (?:would|'d) (?:know|have known|not (?:need|have to|be asking))\b/.test(sentenceText(a, a.tokens[h.first]!.sent))) continue;
    // The main clause's negation does not cancel the condition ("We wouldn't be here if Ravi had tested it"), and a
    // negator right before the modal keeps the judgement ("Ravi never should have touched it").
    const negBeforeModal = h.id === 'should-have' && /^(?:never|not)$/.test(a.tokens[h.first - 1]?.norm ?? '');
    if (anyNeg(a, h) && h.id !== 'if-had' && !negBeforeModal) continue;
    let agent: Agent;
    if (h.id === 'if-had') agent = agentAfter(a, h.first);
    else if (h.id === 'comes-down-to') agent = 'person';
    else agent = agentBefore(a, h.first);
    // "if infra had scaled ..., the nodes would have been fine": the condition's subject is the agent.
    if (agent !== 'person' && agent !== 'team' && h.id === 'should-have') {
      for (let t = sent.first; t < h.first; t++) {
        if (a.tokens[t]!.norm === 'if') {
          const cond = agentAfter(a, t);
          if (cond === 'person' || cond === 'team') agent = cond;
        }
      }
      for (let t = h.last + 1; t <= sent.last; t++) {
        if (a.tokens[t]!.norm === 'if') {
          const cond = agentAfter(a, t);
          if (cond === 'person' || cond === 'team') agent = cond;
        }
      }
    }
    if (lead === 'if' && h.id !== 'if-had') continue;
    // "Anyone in Kai's seat could have made the same call": restoring safety, not a judgement.
    if (/\b(?:anyone|anybody|any of us|any one of us|any responder|any engineer|everyone|most people|i|we)\b(?: \S+){0,5} (?:could|would|might) (?:easily )?have (?:\S+ )?(?:made|done|taken|missed|chosen|gone)\b(?: \S+){0,3} same\b/.test(sentenceText(a, a.tokens[h.first]!.sent))) continue;
    flags.add('counterfactual');
    mark('counterfactual', h);
    // "If the dashboard had shown gas per call, anyone would have noticed": the condition is the system's.
    const genericPeople = /^(?:anyone|anybody|everyone|everybody|someone|people)$/.test(a.tokens[h.first - 1]?.norm ?? '') || /^(?:anyone|anybody|everyone|everybody|people) /.test(a.text.slice(a.tokens[sent.first]!.start, h.start).toLowerCase().split(/[,;]/).pop()?.trim() ?? '');
    if (genericPeople && h.id !== 'if-had') {
      for (let t = sent.first; t <= sent.last; t++) if (a.tokens[t]!.norm === 'if' && agentAfter(a, t) === 'system') agent = 'system';
    }
    if (agent === 'person' || agent === 'team') {
      moves.blame = true;
      mark('blame', h);
    }
  }

  for (const h of find(lex.whyWho)) {
    // "the person who caused an outage" is a relative clause, not a question aimed at someone.
    const before = a.tokens[h.first - 1];
    if (h.id === 'who-did' && before && (before.pos === 'NOUN' || before.pos === 'PROPN') && !sentenceOf(a, h.first).question) continue;
    // The speaker sets the who-question aside: "The question isn't who deployed, it's why nothing flagged it", "It
    // doesn't matter who signed off", "I'm not going to ask who approved it". That is the blameless frame.
    const lead = a.tokens.slice(Math.max(sentenceOf(a, h.first).first, h.first - 7), h.first).map((t) => t.norm).join(' ');
    if (DECLINED_WHO.test(lead) || setAsideWhClause(a, sentenceOf(a, h.first)) === h.first) {
      flags.add('blameless-frame');
      mark('blameless-frame', h, 'declined-who');
      continue;
    }
    flags.add('why-who-question');
    mark('why-who-question', h);
    if (h.id === 'who-roster') continue;
    moves.blame = true;
    mark('blame', h);
  }
  // The same set-aside clause where no who-question pattern matched ("Why Dev merged it is not the point", "Whose
  // deploy it was doesn't matter"): the blameless frame, which also keeps the learned model from reading it as blame.
  for (const sent of a.sentences) {
    const k = setAsideWhClause(a, sent);
    if (k === null || marks.some((m) => m.name === 'blameless-frame' && tokenAtOffset(m.start) === k)) continue;
    flags.add('blameless-frame');
    mark('blameless-frame', tokenSpan(k), 'declined-who');
  }

  for (const h of find(lex.hindsight)) {
    const sent = sentenceOf(a, h.first);
    const sentNorm = sentenceText(a, a.tokens[sent.first]!.sent);
    if (/\beasy to say\b|\bnot obvious\b|\bwas not obvious\b|\bis easy now\b/.test(sentNorm)) continue;
    if (anyNeg(a, h)) continue;
    flags.add('hindsight');
    mark('hindsight', h);
    // "If the dashboard had shown gas per call, anyone would have noticed": the condition is the system's.
    const systemCondition = h.id === 'anyone-could-see' && conditionIsSystem(a, a.tokens[h.first]!.sent);
    if ((h.id === 'anyone-could-see' || h.id === 'obviously' || personRelative(a, h.last)) && !systemCondition) {
      moves.blame = true;
      mark('blame', h);
    }
  }

  // "I'm not saying anyone's to blame, but contracts should've caught it", "I'm not blaming anyone, Sven, but the
  // platform team owns the drain step and it didn't drain": the denial sets up the blame that follows "but", whatever
  // words the blame uses, as long as the clause after it names someone (a name, a team, a group, "his", "their").
  // (The blame-phrase loop above already catches a denial whose own words are a blame phrase, "anyone is to blame, but
  // we all know the deploy wasn't reviewed", whoever the clause after it names; this adds the rest.)
  const setUpSentences = new Set<number>();
  a.sentences.forEach((sent, si) => {
    if (!/\b(?:i am|we are|i am really|i am honestly) (?:not|never) (?:saying|blaming|pointing (?:fingers|the finger)|trying to blame|here to blame|accusing)\b.* but \S/.test(sentenceText(a, si))) return;
    let but = sent.first;
    while (a.tokens[but]!.norm !== 'but') but++;
    let named = -1;
    for (let k = but + 1; k <= sent.last && named < 0; k++) {
      const x = a.tokens[k]!;
      if (isName(a, k) || (TEAM_WORDS.has(x.norm) && !GROUP_PEOPLE.has(x.norm)) || /^(?:his|her|their|contracts|devs|developers|engineers|ops|infra|platform|support|on-call|oncall|reviewers?)$/.test(x.norm)) named = k;
    }
    if (named < 0) return;
    setUpSentences.add(si);
    if (!moves.blame || !marks.some((mk) => mk.name === 'blame' && sentOfMark(mk) === si)) {
      moves.blame = true;
      mark('blame', { start: a.tokens[but + 1]!.start, end: sent.end }, 'not-saying-but');
    }
  });

  // Blame that is only reported ("Jordan said the front-end team dropped it", "Jordan asked whose fault it is") or
  // challenged ("Are you seriously blaming the oracle?") is not the speaker's own.
  if (moves.blame) {
    const own = marks.filter((m) => m.name === 'blame' && !reportedOrChallenged(a, tokenAtOffset(m.start)) && !deniedToTheListener(a, tokenAtOffset(m.start)) && !quoted.some(([qs, qe]) => m.start >= qs && m.end <= qe));
    if (own.length === 0) {
      moves.blame = false;
      const dropped = new Set(marks.filter((m) => m.name === 'blame').map(sentOfMark));
      for (let i = marks.length - 1; i >= 0; i--) {
        const m = marks[i]!;
        if ((m.name === 'blame' || m.name === 'names-team' || m.name === 'why-who-question') && dropped.has(sentOfMark(m))) marks.splice(i, 1);
      }
      if (!marks.some((m) => m.name === 'names-team')) flags.delete('names-team');
      if (!marks.some((m) => m.name === 'why-who-question')) flags.delete('why-who-question');
    }
  }

  // --- fixes ------------------------------------------------------------------------------------------------
  const fixHits = find(lex.fixes);
  const frames = find(lex.frames);
  const afterFrames = find(lex.afterFrames);
  // General deferral cues (patterns.ts) also defuse a fix they park or refuse ("we're not raising the limit today").
  const generalDeferrals = deferralPatterns(a).filter((h) => preAction || !h.id.endsWith('-pre'));
  const defusers = [...find(lex.defusers), ...generalDeferrals];
  const acceptedFixes: Hit[] = [];
  /**
   * Defuser `d` cancels fix `f`: in the fix's clause, or after it ("rolling back now would be premature", "..., but
   * let's park it"). Not when "but" separates a hedge before the fix ("we shouldn't rush, but let's bump it"), not
   * "instead of" after the fix (it names the alternative the fix replaces), and not "revisit the rest later", which
   * parks something else.
   */
  const defuses = (d: Hit, f: Hit): boolean => {
    const dt = a.tokens[d.first]!;
    const ft = a.tokens[f.first]!;
    if (dt.sent !== ft.sent) return false;
    if (d.first < f.first) {
      if (dt.clause !== ft.clause) return false;
      for (let k = d.last + 1; k < f.first; k++) if (/^(?:but|however|regardless|anyway|still)$/.test(a.tokens[k]!.norm)) return false;
      return true;
    }
    if (d.id === 'instead' && /^(?:instead|rather|without)/.test(dt.norm)) return false;
    if (/^(?:revisit|come)$/.test(dt.norm)) {
      const next = a.text.slice(d.end, d.end + 12).toLowerCase();
      if (!/^\s*(?:back )?(?:to )?(?:it|that|this|them|those)\b/.test(next)) return false;
    }
    return true;
  };
  for (const f of fixHits) {
    const tok = a.tokens[f.first]!;
    let framed: Hit | undefined = frames.find((p) => {
      if (!sameSentence(a, p, f) || p.first >= f.first || p.last > f.first) return false;
      const gap = f.first - p.last - 1;
      if (gap > 3) return false;
      for (let t = p.last + 1; t < f.first; t++) if (GAP_BREAKERS.has(a.tokens[t]!.norm)) return false;
      return !anyNeg(a, p);
    });
    // "Why don't we just ..." proposes, whatever wink's negation scope says.
    if (anyNeg(a, f) && framed?.id !== 'why-not') continue;
    const after = afterFrames.find((p) => sameSentence(a, p, f) && p.first > f.last - 1 && !anyNeg(a, p));
    const imp = imperative(a, f.first);
    const selfFramed = f.id === 'answer-is' || f.id === 'pr-open';
    if (!framed && !after && !imp && !selfFramed) continue;
    const defused = defusers.some((d) => sameSentence(a, d, f) && (a.tokens[d.first]!.clause === tok.clause || d.first > f.last) && defuses(d, f));
    if (defused) continue;
    if (preAction && fixAboutAnalysis(a, f)) continue;
    // A question that only asks what happened ("did the rollback help?") has no frame and was skipped above.
    framed ??= after;
    acceptedFixes.push(f);
    if (framed?.hedged) flags.add('hedged-fix');
  }
  // Any other action verb right after a proposal frame also proposes a fix ("we should hard-code ...").
  if (preAction) {
    for (const p of frames) {
      if (anyNeg(a, p) && p.id !== 'why-not') continue;
      const v = frameVerb(a, p);
      if (v === null) continue;
      if (acceptedFixes.some((f) => f.first <= v && v <= f.last + 1)) continue;
      const vt = a.tokens[v]!;
      if (isNeg(a, v) && p.id !== 'why-not') continue;
      // The verb must act on something that can be changed: "we can dance around it", "I'll push back" and "do I
      // need to draw a picture?" change nothing.
      if (changeObject(a, v) === null || hostileSentences.has(vt.sent)) continue;
      const sent = sentenceOf(a, v);
      const probe: Hit = { id: 'frame-verb', weight: 1, hedged: p.hedged, first: v, last: v, start: vt.start, end: vt.end };
      const defused = defusers.some((d) => a.tokens[d.first]!.sent === vt.sent && (a.tokens[d.first]!.clause === vt.clause || d.first > v) && defuses(d, probe));
      if (defused) continue;
      let last = v;
      while (last + 1 <= sent.last && last - v < 4 && a.tokens[last + 1]!.clause === vt.clause && !/^[^\p{L}\p{N}]+$/u.test(a.tokens[last + 1]!.norm)) last++;
      const hit: Hit = { id: 'frame-verb', weight: 1, hedged: p.hedged, first: v, last, start: vt.start, end: a.tokens[last]!.end };
      acceptedFixes.push(hit);
      if (p.hedged) flags.add('hedged-fix');
    }
  }
  if (preAction) {
    for (const s of a.sentences) {
      if (s.question) continue;
      // A sentence that opens with an action verb is an instruction: "Cap withdrawals at 50 ETH."
      let t = s.first;
      while (t < s.last && IMPERATIVE_LEAD.has(a.tokens[t]!.norm)) t++;
      const tok = a.tokens[t]!;
      const next = a.tokens[t + 1];
      const imperativeVerb =
        tok.pos === 'VERB' &&
        tok.norm === tok.lemma &&
        (!ANALYSIS_VERBS.has(tok.lemma) || hasParticle(a, t)) &&
        next !== undefined &&
        next.sent === tok.sent &&
        ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADP', 'PART'].includes(next.pos) &&
        !['you', 'i', 'we', 'that', 'this'].includes(next.norm) &&
        // "Lock wait timeouts start at 02:04": a later finite verb means the first word was a noun.
        !laterFiniteVerb(a, t, s.last);
      // "A bigger gas buffer would fix this": the fix is the subject.
      const claim = afterFrames.find((p) => p.id === 'solves-it' && a.tokens[p.first]!.sent === a.tokens[s.first]!.sent && !/\bhelp (?:us|me|them|you|everyone|explain|understand|see)\b/.test(a.text.slice(p.start, p.end + 12).toLowerCase()));
      if (!imperativeVerb && !claim) continue;
      if (hostileSentences.has(tok.sent)) continue;
      const start = imperativeVerb ? t : s.first;
      if (acceptedFixes.some((f) => a.tokens[f.first]!.sent === tok.sent)) continue;
      if (defusers.some((d) => a.tokens[d.first]!.sent === tok.sent)) continue;
      if (isNeg(a, start)) continue;
      let last = imperativeVerb ? Math.min(s.last, start + 4) : claim!.last;
      while (last > start && /^[^\p{L}\p{N}]+$/u.test(a.tokens[last]!.norm)) last--;
      acceptedFixes.push({ id: imperativeVerb ? 'imperative' : 'fix-claim', weight: 1, hedged: false, first: start, last, start: a.tokens[start]!.start, end: a.tokens[last]!.end });
    }
  }
  // General patterns: fix verb + system object, framed as a proposal, an imperative, a need or a claim.
  if (preAction) {
    for (const f of fixPatterns(a)) {
      const ft = a.tokens[f.first]!;
      if (acceptedFixes.some((x) => a.tokens[x.first]!.sent === ft.sent)) continue;
      if (hostileSentences.has(ft.sent) && f.id === 'fix-imperative') continue;
      if (fixAboutAnalysis(a, f)) continue;
      const defused = defusers.some((d) => a.tokens[d.first]!.sent === ft.sent && (a.tokens[d.first]!.clause === ft.clause || d.first > f.last) && defuses(d, f));
      if (defused) continue;
      acceptedFixes.push(f);
      if (f.hedged) flags.add('hedged-fix');
    }
  }
  // "Sure, Jordan, let's roll back every deploy from this week while we're at it": a sarcastic escalation of someone
  // else's idea, not a proposal.
  for (let i = acceptedFixes.length - 1; i >= 0; i--) {
    const s0 = a.tokens[acceptedFixes[i]!.first]!.sent;
    if (hostileSentences.has(s0) && /\bwhile (?:we are|we're) at it\b/.test(sentenceText(a, s0))) acceptedFixes.splice(i, 1);
  }
  // Someone else's words are not the speaker's proposal: a fix inside quotation marks (reading the doc out, quoting
  // the stakeholder), or reported as another person's wish ("I know Olumide wants the gas limit bumped today").
  const quotes = quotedRanges(a.text);
  for (let i = acceptedFixes.length - 1; i >= 0; i--) {
    const f = acceptedFixes[i]!;
    const clause = a.tokens[f.first]!.clause;
    let from = f.first;
    while (from > 0 && f.first - from < 8 && a.tokens[from - 1]!.clause === clause) from--;
    const lead = a.tokens.slice(from, f.first).map((t) => t.norm).join(' ');
    if (quotes.some(([qs, qe]) => f.start >= qs && f.end <= qe) || REPORTED_WISH.test(lead)) acceptedFixes.splice(i, 1);
  }
  if (preAction && acceptedFixes.length > 0) {
    moves.prematureFix = true;
    for (const f of acceptedFixes) mark('prematureFix', f);
  }
  const fixSentences = new Set(acceptedFixes.map((f) => a.tokens[f.first]!.sent));
  if (actionPhase) for (const f of fixHits) fixSentences.add(a.tokens[f.first]!.sent);

  // --- deferral ---------------------------------------------------------------------------------------------
  const deferralHits = [
    ...find(lex.deferral).filter((h) => (preAction || !PRE_ONLY.has(h.id)) && (NEGATION_INSIDE.has(h.id) || !anyNeg(a, h))),
    ...generalDeferrals,
  ].filter((h) => !notADeferral(a, h, actionPhase));
  // "We shouldn't rush a fix, but let's at least agree the nonce manager gets rewritten": the hedge before "but"
  // defers nothing when the clause after it acts. (It still defers when that clause defers too: "We won't fix
  // anything today, but we'll note it for action items".)
  for (let i = deferralHits.length - 1; i >= 0; i--) {
    const h = deferralHits[i]!;
    if (!REFUSAL_DEFERRALS.has(h.id)) continue;
    const sent = sentenceOf(a, h.first);
    let but = -1;
    for (let k = h.last + 1; k <= sent.last && but < 0; k++) if (a.tokens[k]!.norm === 'but') but = k;
    if (but < 0 || deferralHits.some((x) => x.first > but && a.tokens[x.first]!.sent === a.tokens[h.first]!.sent)) continue;
    const after = a.norm.slice(a.normStarts[but], (a.normStarts[sent.last] ?? a.norm.length) + 1);
    const acts = acceptedFixes.some((f) => f.first > but && f.first <= sent.last) || (/\b(?:let us|should|must|need to|needs to|has to|would (?:cover|fix|stop|solve|help)|gets? \S+(?:ed|en)|go(?:es)? (?:up|down))\b/.test(after) && !/\b(?:hear|understand|know|see|get why|feel|appreciate|wait|park)\b/.test(after));
    if (acts) deferralHits.splice(i, 1);
  }
  if (deferralHits.length > 0 && !moves.prematureFix) {
    moves.deferral = true;
    for (const h of deferralHits) {
      mark('deferral', h);
      if (PARKS.has(h.id)) {
        flags.add('parks-topic');
        mark('parks-topic', h);
      }
    }
  }
  const deferralClauses = new Set(
    deferralHits.filter((h) => h.id === 'until-know' || h.id === 'hold').map((h) => `${a.tokens[h.first]!.sent}:${a.tokens[h.first]!.clause}`),
  );

  // --- evidence ---------------------------------------------------------------------------------------------
  const counterfactualSentences = new Set(marks.filter((m) => m.name === 'counterfactual').map(sentOfMark));
  const dismissedSentences = new Set(
    [...hostileHits.filter((h) => h.id === 'stupid-question' || h.id === 'dismiss'), ...sarcasmHits].map((h) => a.tokens[h.first]!.sent),
  );
  // In action items, sentences that set out an action (a date, an owner, a fix, a vague intent) name data as the
  // action's subject, not as evidence.
  const deadlineSentences = new Set(
    actionPhase
      ? [...find(lex.deadline), ...find(lex.owner), ...fixHits, ...find(lex.vague)].map((d) => a.tokens[d.first]!.sent)
      : [],
  );
  const blameSentences0 = new Set(marks.filter((m) => m.name === 'blame').map(sentOfMark));
  // `figure`: a clock time or a measured number. The label definitions count "citing a specific observed figure",
  // so a figure keeps counting inside an accusation or a counterfactual ("the relayer stalled at 14:11 and Kai's team
  // sat on it"); data words there do not ("you restarted it without reading the logs?").
  const thanksBefore = (t: number) => {
    const tok = a.tokens[t]!;
    for (let k = t - 1; k >= 0 && t - k <= 12; k--) {
      const p = a.tokens[k]!;
      if (p.sent !== tok.sent || p.clause !== tok.clause) return false;
      if (THANKS.has(p.norm)) return true;
    }
    return false;
  };
  const evidenceOk = (t: number, figure = false) => {
    const tok = a.tokens[t]!;
    // In an action item with a date, data words describe the action ("alert on gas-used, by Dec 10"), unless the
    // item is to bring or share data ("Kai brings the reorg numbers to Tuesday's review").
    if (deadlineSentences.has(tok.sent) && !/\b(?:bring|brings|share|shares|attach|attaches|pull|pulls|show|shows|compare|send|sends|post|posts|circulate)\b/.test(sentenceText(a, tok.sent))) return false;
    // "The mempool had nothing to do with it": data named only to be waved away.
    if (dismissedSentences.has(tok.sent) && !/\b(?:show|see|have|check|look)\b/.test(sentenceText(a, tok.sent))) return false;
    // A fix's figures are its targets ("lower the timeout to 45 seconds"), but a clock time in it dates what was
    // observed ("Blocks are full from 14:02, so let's split the batches"): the label definitions count it.
    if (fixSentences.has(tok.sent) && !(figure && CLOCK_TIME.test(tok.norm))) return false;
    if (counterfactualSentences.has(tok.sent) && !figure) return false;
    // Data named inside an accusation ("you restarted it without reading the logs?") is not a redirect to it.
    if (blameSentences0.has(tok.sent) && !figure) return false;
    // Nor inside thanks for the work on it ("thank you for walking us through the nonce logs"): that acknowledges.
    if (!figure && thanksBefore(t)) return false;
    if (deferralClauses.size > 0 && deferralClauses.has(`${tok.sent}:${tok.clause}`)) return false;
    return true;
  };
  for (const h of find(lex.evidence)) {
    if (!evidenceOk(h.first)) continue;
    // Data words that point at no observed data: waved away, advice, put off, still to be built, a setting.
    if (evidenceSetAside(a, h.first, h.last) !== null) continue;
    moves.evidence = true;
    mark('evidence', h);
  }
  // A recap in action items or close ("rollback at 14:47") narrates what happened: its clock times are evidence
  // even if a fix word sets the sentence aside as an action, as long as nothing in it looks ahead.
  const narratedPast = (t: number) =>
    deadlineSentences.has(a.tokens[t]!.sent) &&
    !blameSentences0.has(a.tokens[t]!.sent) &&
    !/\b(?:will|shall|should|must|need|needs|going to|gonna|by|due|before|until|till|next|tomorrow|tonight|let us|want|owner|owns|i|we|you)\b/.test(sentenceText(a, a.tokens[t]!.sent));
  for (let t = 0; t < a.tokens.length; t++) {
    const tok = a.tokens[t]!;
    // "At 14:05 the alert fired, Priya acked it and went back to lunch": a time that opens the sentence dates the
    // narration, even when the rest of it blames.
    const datesNarration = CLOCK_TIME.test(tok.norm) && a.tokens[t - 1]?.norm === 'at' && t - 1 === sentenceOf(a, t).first && blameSentences0.has(tok.sent) && !fixSentences.has(tok.sent) && !counterfactualSentences.has(tok.sent);
    if (!evidenceOk(t, true) && !(CLOCK_TIME.test(tok.norm) && narratedPast(t)) && !datesNarration) continue;
    const prev = a.tokens[t - 1]?.norm ?? '';
    if (CLOCK_TIME.test(tok.norm)) {
      const sent = sentenceOf(a, t);
      // A time in a question still cites the incident ("Who was on call when the 14:05 alert fired?"), unless the
      // question asks what someone saw or thought then: their memory, not the data ("What were you seeing at 14:05?").
      // Nor "Are we at 14:20 yet?": a place in the walk through the timeline.
      if (sent.question && (MEMORY_QUESTION.test(sentenceText(a, tok.sent)) || counterfactualSentences.has(tok.sent) || /\b(?:are|were) we (?:\S+ )?(?:at|past|up to|on) $/.test(textBefore(a, t)))) continue;
      if (isDeadlineTime(a, t)) continue;
      // A time in the meeting's own calendar, not the incident's: "the board call at 21:00", "at 20:00 tonight",
      // "Thursday's 14:00 relaunch", "It's 10:58, two minutes early".
      if (scheduleTime(a, t)) continue;
      // "Let's move on to the 14:20 entry": a place in the agenda, not a fact.
      if (['entry', 'item', 'row', 'line', 'mark', 'slot', 'bit', 'part'].includes(a.tokens[t + 1]?.norm ?? '')) continue;
      if (prev === 'to' && ['back', 'on', 'go', 'jump', 'skip', 'move', 'onto'].includes(a.tokens[t - 2]?.norm ?? '')) continue;
      // The time of a plan ("I stop us at 11:50", "we're reopening withdrawals at 21:00"), not of an observation.
      if (evidenceSetAside(a, t, t, true) !== null) continue;
      moves.evidence = true;
      mark('evidence', tokenSpan(t), 'clock-time');
      continue;
    }
    if (tok.ent === 'DATE' || tok.ent === 'ORDINAL') continue;
    if (!NUMBER_TOKEN.test(tok.norm)) continue;
    const next = a.tokens[t + 1];
    const unitInside = /[%$€£kmbx]|ms|gwei|eth/i.test(tok.norm.replace(/^\d[\d,.]*/, '')) || /^[$€£]/.test(tok.norm);
    const grouped = /^\d{1,3}(?:,\d{3})+$/.test(tok.norm);
    // ("342 credit rows": a unit after one modifier.)
    const after = a.tokens[t + 2];
    const unitNext = next !== undefined && next.sent === tok.sent && (NUMBER_UNITS.has(next.norm) || ((next.pos === 'NOUN' || next.pos === 'ADJ') && after !== undefined && after.sent === tok.sent && NUMBER_UNITS.has(after.norm) && /s$/.test(after.norm)));
    if (!unitInside && !grouped && !unitNext) continue;
    // A threshold in an action item ("alert above 90%") specifies the action; it is not evidence.
    if (actionPhase && ['above', 'over', 'below', 'under', 'than', 'exceeds', 'exceeding', '>', '<', 'to', 'at', 'after', 'within', 'every', 'for'].includes(prev)) continue;
    // The target of a proposed change ("cut it to 3,600 seconds", "capped at 30 seconds").
    if (evidenceSetAside(a, t, t, true) !== null) continue;
    moves.evidence = true;
    mark('evidence', { start: tok.start, end: unitNext && next ? next.end : tok.end }, 'measurement');
  }
  // "<a thing> shows/confirms ...": the CI run, the explorer, the export.
  for (let t = 1; t < a.tokens.length; t++) {
    const tok = a.tokens[t]!;
    if (!SHOWS.test(tok.norm)) continue;
    const prev = a.tokens[t - 1]!;
    const nounish = prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'VERB' && a.tokens[t - 2]?.pos === 'DET');
    if (nounish && prev.sent === tok.sent && !isName(a, t - 1) && evidenceOk(t)) {
      moves.evidence = true;
      mark('evidence', { start: prev.start, end: tok.end }, 'thing-shows');
    }
  }
  // General cues (patterns.ts): exact times asked about, hashes, "what did the node return?", "pull up the ...".
  for (const h of evidencePatterns(a)) {
    if (!evidenceOk(h.first)) continue;
    if (evidenceSetAside(a, h.first, h.last) !== null) continue;
    moves.evidence = true;
    mark('evidence', h);
  }
  if (exhibits.length > 0) {
    moves.evidence = true;
    flags.add('exhibit');
  }

  // --- acknowledge and praise -------------------------------------------------------------------------------
  const praiseHits = find(lex.praise).filter((h) => !anyNeg(a, h));
  // "I hear you, Priya. Anyway.", "I hear you, Sam. I do. Still not relevant.": an acknowledgement waved off in the
  // next breath is a brush-off, hostile, and acknowledges nothing.
  const ackHits = find(lex.acknowledge);
  if (!moves.hostility && ackHits.length > 0) {
    const after = a.tokens[ackHits[0]!.first]!.sent;
    for (let s = after + 1; s < a.sentences.length; s++) {
      const sent = a.sentences[s]!;
      const words = a.norm.slice(a.normStarts[sent.first], (a.normStarts[sent.last] ?? 0) + a.tokens[sent.last]!.norm.length).replace(/ ?[.!?,]/g, '').trim();
      if (!/^(?:(?:ok|okay|right|so|mm-hm|mhm) )?(?:anyway|anyways|moving on|still not relevant|not relevant|irrelevant|whatever)$/.test(words)) continue;
      moves.hostility = true;
      mark('hostility', { start: sent.start, end: sent.end }, 'brush-off');
      break;
    }
  }
  if (!moves.hostility) {
    for (const h of ackHits) {
      if (anyNeg(a, h)) continue;
      moves.acknowledge = true;
      mark('acknowledge', h);
    }
    for (const h of praiseHits) {
      flags.add('praise-judgement');
      mark('praise-judgement', h);
    }
  }

  // --- ownership (action items and close) --------------------------------------------------------------------
  const ownerHits = find(lex.owner).filter((h) => !anyNeg(a, h));
  const anyName = a.names.size > 0;
  const owners = ownerHits.filter((h) => h.id !== 'you-own' || anyName);
  const deadlines = find(lex.deadline);
  if (actionPhase) {
    // A named person in the same sentence as a date also names an owner ("Kai, relayer fix, Friday").
    const dateSentences = new Set(deadlines.map((d) => a.tokens[d.first]!.sent));
    // (Not a possessor, "Jordan's question ... goes to Monday's review", nor a name in a sentence that puts the item
    // off: a date there is the later meeting's.)
    const deferredSentences = new Set(deferralHits.map((h) => a.tokens[h.first]!.sent));
    const nameWithDate = [...a.names].find((t) => dateSentences.has(a.tokens[t]!.sent) && !deferredSentences.has(a.tokens[t]!.sent));
    const owner = owners[0] ?? (nameWithDate !== undefined ? { ...tokenSpan(nameWithDate), id: 'name-with-date' } : undefined);
    if (deadlines.length > 0) flags.add('has-deadline');
    // One owner: two people ("Lena and Kai will split the alerting work"), a pair, "whoever has time" or a team ("the
    // ops team owns the runbook") leave no one person accountable, which is what an owner is for.
    const candidates = owners.length > 0 ? owners : owner ? [owner] : [];
    const shared = candidates.length > 0 && candidates.every((h) => sharedOwner(a, tokenAtOffset(h.start)));
    if (shared && owner) {
      // The mark runs from the clause's start to its last name, so it shows everyone named: "Tomasz and Grant will",
      // not "Grant will"; "Dev and Kai", not "Dev".
      flags.add('shared-owner');
      const t = tokenAtOffset(owner.start);
      const inClause = (k: number) => a.tokens[k]!.sent === a.tokens[t]!.sent && a.tokens[k]!.clause === a.tokens[t]!.clause;
      let from = t;
      while (from > 0 && inClause(from - 1)) from--;
      let end = owner.end;
      for (let k = t; k < a.tokens.length && inClause(k); k++) if (isName(a, k)) end = Math.max(end, a.tokens[k]!.end);
      mark('shared-owner', { start: a.tokens[from]!.start, end });
    } else if (owner) flags.add('has-owner');
    if (owner && deadlines.length > 0 && !shared) {
      moves.ownership = true;
      mark('ownership', owner);
      mark('ownership', deadlines[0]!);
    }
  }

  // --- other flags ------------------------------------------------------------------------------------------
  for (const h of find(lex.vague)) {
    if (anyNeg(a, h)) continue;
    flags.add('vague-action');
    mark('vague-action', h);
  }
  if (actionPhase && !moves.ownership && !flags.has('vague-action') && !flags.has('shared-owner')) {
    const actionLike =
      fixHits.length > 0 ||
      owners.length > 0 ||
      deadlines.length > 0 ||
      /\b(?:should|will|need to|needs to|let us|can you|must|has to|have to)\b/.test(a.norm);
    const onlyQuestions = a.sentences.every((s) => s.question);
    if (actionLike && !onlyQuestions && !moves.hostility && !moves.blame && !moves.deferral) {
      flags.add('vague-action');
      flags.add('unowned-action');
    }
  }
  for (const h of find(lex.onlyDashboard)) {
    flags.add('only-dashboard');
    mark('only-dashboard', h);
  }
  for (const h of find(lex.promise)) {
    if (anyNeg(a, h) && h.id !== 'never-again') continue;
    flags.add('prevention-promise');
    mark('prevention-promise', h);
  }
  for (const h of find(lex.reading)) {
    if (anyNeg(a, h)) continue;
    flags.add('reading-out');
    mark('reading-out', h);
  }
  for (const h of find(lex.symptom)) {
    if (anyNeg(a, h)) continue;
    flags.add('symptom-reframe');
    mark('symptom-reframe', h);
  }
  const blameSentences = new Set(marks.filter((m) => m.name === 'blame' || m.name === 'hostility').map(sentOfMark));
  for (const h of find(lex.howWhat)) {
    const s = a.tokens[h.first]!.sent;
    if (blameSentences.has(s)) continue;
    flags.add('how-what-question');
    mark('how-what-question', h);
  }
  for (const s of sentenceIsHowWhat) if (!blameSentences.has(s)) flags.add('how-what-question');
  for (const h of find(lex.safety)) {
    flags.add('restores-safety');
    mark('restores-safety', h);
  }
  for (const h of find(lex.blameless)) {
    // (Not when it sets up blame: "I'm not blaming anyone, but the platform team ...".)
    if (setUpSentences.has(a.tokens[h.first]!.sent)) continue;
    flags.add('blameless-frame');
    mark('blameless-frame', h);
  }
  for (const h of find(lex.fair)) {
    flags.add('keeps-fair');
    mark('keeps-fair', h);
  }
  if (a.truncated) flags.add('truncated');

  marks.sort(byPlace);
  return { moves, flags, marks: dedupe(marks) };
}

/**
 * Mark names in `localeCompare` order, learnt as names come up: comparing two ranks is much cheaper than collating.
 * Null once two different names collate as equal (then ranks could not stand in for `localeCompare`) or once there
 * are implausibly many names.
 */
let nameRanks: Map<string, number> | null = new Map();

/** The ranks, with `x` and `y` among them; null when `localeCompare` itself must decide. */
function rankedNames(x: string, y: string): Map<string, number> | null {
  const ranks = nameRanks;
  if (!ranks || (ranks.has(x) && ranks.has(y))) return ranks;
  const names = [...ranks.keys()];
  for (const name of x === y ? [x] : [x, y]) {
    if (ranks.has(name)) continue;
    // Binary insertion by localeCompare; a name that collates equal to a neighbour ends the ranking.
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid]!.localeCompare(name) < 0) lo = mid + 1;
      else hi = mid;
    }
    if ((lo < names.length && names[lo]!.localeCompare(name) === 0) || (lo > 0 && names[lo - 1]!.localeCompare(name) === 0) || names.length >= 256) {
      nameRanks = null;
      return null;
    }
    names.splice(lo, 0, name);
  }
  ranks.clear();
  names.forEach((n, i) => ranks.set(n, i));
  return ranks;
}

/** Text order: by start, then end, then name as `localeCompare` orders it. */
function byPlace(x: Mark, y: Mark): number {
  const d = x.start - y.start || x.end - y.end;
  if (d) return d;
  if (x.name === y.name) return 0;
  const ranks = rankedNames(x.name, y.name);
  return ranks ? ranks.get(x.name)! - ranks.get(y.name)! : x.name.localeCompare(y.name);
}

/** Drops repeated marks (same name and span), keeping the first. `marks` is sorted by start and end. */
function dedupe(marks: Mark[]): Mark[] {
  const out: Mark[] = [];
  let run = 0;
  for (const m of marks) {
    const last = out[out.length - 1];
    if (last && (last.start !== m.start || last.end !== m.end)) run = out.length;
    let repeated = false;
    for (let k = run; k < out.length && !repeated; k++) repeated = out[k]!.name === m.name;
    if (!repeated) out.push(m);
  }
  return out;
}

export type { Token };
