/**
 * Who does what in a reply: the agent (subject) of a word, and whether a word sits in a negation's scope.
 *
 * Shared by `rules.ts` (the lexicon rules) and `patterns.ts` (the general verb-class rules). Pure functions over an
 * `Analysis`.
 */
import type { Analysis } from './analyse';
import { PERSON_NOUNS, PERSON_PRONOUNS, TEAM_WORDS } from './lexicon';

export const NEGATORS = new Set(['nobody', 'none', 'noone', 'no-one', 'neither', 'nothing']);
export const GROUP_PEOPLE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'people', 'whoever', 'someone', 'somebody']);
export const SELF = new Set(['i', 'we', 'us', 'me', 'myself', 'ourselves']);
export const SKIP_POS = new Set(['ADV', 'AUX', 'PART', 'DET', 'ADJ', 'PUNCT', 'CCONJ', 'SCONJ', 'ADP', 'NUM']);

export type Agent = 'person' | 'team' | 'self' | 'nobody' | 'system' | 'none';

export function isName(a: Analysis, t: number): boolean {
  return a.names.has(t);
}

export function classify(a: Analysis, t: number): Agent | null {
  const tok = a.tokens[t]!;
  const n = tok.norm;
  if (n === 'one' && a.tokens[t - 1]?.norm === 'no') return 'nobody';
  if (NEGATORS.has(n) || n === 'nobody') return 'nobody';
  if (SELF.has(n)) return 'self';
  if (isName(a, t) || PERSON_PRONOUNS.has(n) || GROUP_PEOPLE.has(n) || PERSON_NOUNS.has(n)) return 'person';
  if (TEAM_WORDS.has(n)) return 'team';
  if (tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'PRON' || tok.pos === 'VERB') {
    // A possessive person owns the thing: "Dev's change caused it".
    let k = t - 1;
    while (k > 0 && t - k <= 3 && (a.tokens[k]!.pos === 'NOUN' || a.tokens[k]!.pos === 'ADJ')) k--;
    // "your banner went up late", "their change broke it": the owner is the agent.
    const owner = a.tokens[k]?.norm;
    if (k >= 0 && k < t && (owner === 'your' || owner === 'his' || owner === 'her')) return 'person';
    if (k >= 0 && k < t && owner === 'their') return 'team';
    if (k >= 1 && a.tokens[k]!.norm === "'s") {
      const owner = classify(a, k - 1);
      if (owner === 'person' || owner === 'team') return owner;
    }
    if (tok.pos === 'VERB') return null;
    if (n === 'that' || n === 'which' || n === 'who' || n === 'what') return null;
    if (n === 'it' || n === 'this') return 'system';
    return 'system';
  }
  return null;
}

/** A relative clause with a person before `t` in its sentence: "anyone who read it", "whoever set it". */
export function personRelative(a: Analysis, t: number): boolean {
  const sent = a.tokens[t]!.sent;
  for (let k = t - 1; k >= 0 && a.tokens[k]!.sent === sent; k--) {
    const n = a.tokens[k]!.norm;
    if (n === 'whoever') return true;
    if (n === 'who' && k > 0) {
      const before = classify(a, k - 1);
      if (before === 'person' || before === 'team') return true;
      // "the contract folks are the ones who blew it": the subject of "are the ones".
      if (/^(?:ones|one)$/.test(a.tokens[k - 1]!.norm) && k > 2) {
        const subject = agentBefore(a, k - 2);
        if (subject === 'person' || subject === 'team') return true;
      }
    }
  }
  return false;
}

const CLAUSE_PUNCT = /^(?:,|:|;|-)$/;

/** The subject before token `t` in its sentence: the nearest noun or pronoun, skipping adverbs and auxiliaries. */
export function agentBefore(a: Analysis, t: number): Agent {
  const sent = a.tokens[t]!.sent;
  if (personRelative(a, t)) return 'person';
  // A gerund subject is an action, not a person: "Paging the contracts team earlier would have helped".
  const first = a.sentences[sent]!.first;
  const lead = a.tokens[first]!;
  // ("Looking back, the on-call brushed it off": a participle set off by a comma is not the subject.)
  let commaAfterLead = false;
  for (let k = first + 1; k < t && !commaAfterLead; k++) commaAfterLead = CLAUSE_PUNCT.test(a.tokens[k]!.norm);
  if (lead.norm.endsWith('ing') && lead.norm.length > 4 && lead.pos !== 'PRON' && first < t && !commaAfterLead) return 'system';
  for (let k = t - 1; k >= 0 && a.tokens[k]!.sent === sent && t - k <= 8; k--) {
    const tok = a.tokens[k]!;
    if (tok.norm === ',' || tok.norm === ';' || tok.norm === ':') {
      // A comma may sit between subject and verb only in a vocative ("Kai, you ..."), keep scanning once.
      continue;
    }
    // (A team word wink mistags as an adverb or adjective, "Infra didn't bother", is still the subject.)
    if (SKIP_POS.has(tok.pos) && !SELF.has(tok.norm) && !isName(a, k) && !NEGATORS.has(tok.norm) && !(TEAM_WORDS.has(tok.norm) && !TEAM_WORDS.has(a.tokens[k + 1]?.norm ?? ''))) continue;
    const c = classify(a, k);
    if (c) return c;
  }
  return 'none';
}

/** The subject after token `t` ("if Priya had", "had the team"): the head of the following noun phrase. */
export function agentAfter(a: Analysis, t: number): Agent {
  const sent = a.tokens[t]!.sent;
  let k = t + 1;
  while (k < a.tokens.length && a.tokens[k]!.sent === sent && k - t <= 6) {
    const tok = a.tokens[k]!;
    const c = classify(a, k);
    if (c === 'person' || c === 'team' || c === 'self' || c === 'nobody') return c;
    if (tok.pos === 'NOUN' || tok.pos === 'PROPN') {
      // Walk to the head of a noun run ("the front-end devs").
      let head = k;
      while (
        head + 1 < a.tokens.length &&
        (a.tokens[head + 1]!.pos === 'NOUN' || a.tokens[head + 1]!.pos === 'PROPN' || TEAM_WORDS.has(a.tokens[head + 1]!.norm))
      )
        head++;
      return classify(a, head) ?? 'system';
    }
    k++;
  }
  return 'none';
}

export const NEG_WORDS = new Set(['not', 'no', 'never', 'without', 'nobody', 'none', 'nothing', 'neither', 'nor', 'cannot', 'hardly']);

/**
 * Token `t` is in a negation's scope: wink marks it, and a negator sits before it in the same clause. (wink's scope
 * runs on past colons, "let's not kid ourselves: the devs got sloppy", and starts at "failed to"; the clause check
 * keeps it honest.)
 */
export function isNeg(a: Analysis, t: number): boolean {
  const tok = a.tokens[t];
  if (!tok?.neg) return false;
  for (let k = t - 1; k >= 0; k--) {
    const prev = a.tokens[k]!;
    if (prev.sent !== tok.sent || prev.clause !== tok.clause) return false;
    if (NEG_WORDS.has(prev.norm)) return true;
  }
  return false;
}


export function sentenceText(a: Analysis, s: number): string {
  const sent = a.sentences[s]!;
  return a.norm.slice(a.normStarts[sent.first], (a.normStarts[sent.last] ?? 0) + a.tokens[sent.last]!.norm.length);
}

export function sentenceOf(a: Analysis, t: number) {
  return a.sentences[a.tokens[t]!.sent]!;
}
