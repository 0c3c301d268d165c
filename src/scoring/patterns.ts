/**
 * General rules for blame, premature fixes and hostility, over the token stream's lemmas, parts of speech,
 * negation scope and argument structure, rather than over literal phrases.
 *
 * - blame: a person or team as the subject of a fault predicate ("Priya misconfigured the relayer", "the QA team
 *   rubber-stamped it", "Kai was far too slow"), of a negated diligence verb ("a change she hadn't even read"), of a
 *   risky change made without a safeguard ("your team pushed it out without a gas snapshot"), or named as the cause
 *   ("the root cause is Dev").
 * - prematureFix: a fix verb with a system object, framed as a proposal or commitment (modal, volitional, "time to",
 *   "can't we", "wouldn't it be simpler to", "I'm tempted to"), as an imperative (also after a colon or "go ahead
 *   and", and causatives: "have the relayer re-sign ..."), as a present need of the system ("the oracle needs a
 *   heartbeat check"), or as a claim that it would solve the problem ("a mutex would sort this out").
 * - hostility: contempt adjectives by lemma (so "dumbest" is "dumb"), dismissal of what people say ("spare me the
 *   history lesson", "enough with the feelings", "nobody needs your opinion"), second-person put-downs ("you're
 *   embarrassing yourself"), rhetorical questions ("why would anyone ...?", "who even ...?", "is that supposed to be
 *   ...?"), belittling comparisons ("my cat could have read that"), silencing and impatience, sarcastic politeness
 *   ("nice of you to finally join us") and threats built as "keep talking and you'll ...".
 *
 * Every rule returns hits (token ranges with offsets) so the verdict can point at the words. `rules.ts` decides how
 * the hits combine with the lexicon rules, negation and the agenda phase.
 */
import type { Analysis, Token } from './analyse';
import { agentBefore, classify, isName, isNeg, sentenceOf, type Agent } from './agents';
import { PERSON_NOUNS, TEAM_WORDS } from './lexicon';
import type { Hit } from './match';

// ---------------------------------------------------------------------------------------------------------------
// Word classes (lemmas)

/** Verbs that are a fault when a person or team does them (past, perfect, or habitual). */
export const FAULT_VERBS = new Set([
  'miss', 'ignore', 'overlook', 'forget', 'skip', 'neglect', 'botch', 'bungle', 'fumble', 'flub', 'mishandle',
  'misconfigure', 'misread', 'misjudge', 'mismanage', 'miscalculate', 'misestimate', 'misunderstand', 'misroute',
  'break', 'crash', 'cause', 'rush', 'rubber-stamp', 'panic', 'dither', 'dawdle', 'procrastinate',
  'screw', 'mess', 'blow', 'wreck', 'ruin', 'nuke', 'tank', 'bypass', 'disregard', 'brush', 'wave', 'gloss',
  'sit', 'sleep', 'abandon', 'bodge', 'fudge', 'half-ass', 'cowboy', 'ghost', 'fail', 'start', 'trigger', 'push',
  'ram', 'force', 'railroad', 'steamroll',
]);

/** Fault verbs that need a particle or object to be a fault ("messed up", "sat on it", "waved it through"). */
const FAULT_NEEDS = new Map<string, RegExp>([
  ['screw', /^(?:up|it|this|that|things|everything|us|them|everyone|users|you|me)$/],
  ['mess', /^(?:up|it|this|that|things|everything)$/],
  ['blow', /^(?:it|this|that|up)$/],
  ['brush', /^(?:off|aside|it|that|this|them)$/],
  ['wave', /^(?:through|it|that|this|off|away)$/],
  ['gloss', /^(?:over)$/],
  ['sit', /^(?:on|there|around)$/],
  ['skip', /^(?!to$|ahead$|over$|forward$|back$|past$)/],
  ['fail', /^(?:us|everyone|the|users|our|you|them|me|customers|badly|miserably|everybody)$/],
  ['sleep', /^(?:on|through)$/],
  ['break', /^(?:it|this|that|the|prod|production|withdrawals|everything|mainnet|things|our|main|a)$/],
  ['crash', /^(?:the|prod|production|it|withdrawals|everything|mainnet)$/],
  ['cause', /^(?:this|that|it|the|all|everything|an|a)$/],
  ['rush', /^(?:it|this|that|the|through|out|a)$/],
  ['abandon', /^(?:the|it|that|this|their|his|her)$/],
  ['tank', /^(?:the|it|that|this|withdrawals|everything)$/],
  // "your deploy started it", "Dev's change triggered this": only with the incident as a pronoun object.
  ['start', /^(?:it|this|that|all|everything)$/],
  // "Sam pushed it through on a Friday", "they rammed the change through": forced past the checks.
  ['push', /^(?:through)$/],
  ['ram', /^(?:through|it|this|that|the)$/],
  ['force', /^(?:through)$/],
  ['trigger', /^(?:it|this|that|all|everything|the)$/],
]);

/** Verbs whose negation is a fault when a person or team is the subject ("she hadn't even read it"). */
export const DILIGENCE_VERBS = new Set([
  'read', 'test', 'check', 'review', 'verify', 'validate', 'look', 'notice', 'escalate', 'page', 'tell', 'warn',
  'think', 'bother', 'follow', 'monitor', 'watch', 'respond', 'catch', 'communicate', 'document', 'benchmark',
  'load-test', 'inform', 'ask', 'consult', 'reply', 'flag', 'audit', 'double-check', 'listen', 'plan', 'prepare',
  'care', 'learn', 'update', 'run', 'measure', 'simulate', 'act', 'react', 'answer', 'pick', 'acknowledge', 'spot',
  'understand',
]);

/** Lapses of a whole group: "nobody listened to him", "no one checked the numbers". */
const NOBODY_LAPSES = new Set(['listen', 'check', 'read', 'review', 'test', 'notice', 'look', 'watch', 'monitor', 'catch', 'escalate', 'page', 'verify', 'validate', 'follow', 'benchmark', 'respond', 'act', 'react', 'flag', 'spot', 'bother', 'care']);

/** Nouns that a risky change should have had: "pushed it without a gas snapshot", "merged with no review". */
const SAFEGUARD_NOUNS = new Set([
  'test', 'tests', 'testing', 'review', 'reviews', 'check', 'checks', 'snapshot', 'benchmark', 'benchmarks',
  'approval', 'sign-off', 'audit', 'plan', 'rollback', 'warning', 'notice', 'permission', 'thought', 'care',
  'heads-up', 'canary', 'dry-run', 'simulation', 'load-test', 'signoff', 'second', 'telling', 'asking',
]);

/** Adjectives that judge a person when they are the subject of "be": "Kai was far too slow". */
export const FAULT_ADJECTIVES = new Set([
  'slow', 'late', 'careless', 'sloppy', 'lazy', 'negligent', 'reckless', 'absent', 'unresponsive', 'asleep',
  'incompetent', 'clueless', 'unprepared', 'complacent', 'inattentive', 'irresponsible', 'unprofessional', 'awol',
  'mia', 'useless', 'hopeless', 'hasty', 'cavalier', 'careless', 'oblivious', 'distracted', 'nowhere', 'negligent',
  'amateurish', 'inept', 'lax', 'slack', 'arrogant', 'overconfident',
]);

/** Fault adjectives that describe a state as often as a fault: they need "too", "so", "way" ... before them. */
const SOFT_FAULT_ADJECTIVES = new Set(['slow', 'late', 'absent', 'asleep', 'unresponsive', 'distracted', 'nowhere', 'hasty', 'overconfident', 'mia', 'awol']);

/** Adjectives that grade a decision: "made a bad call", "a reckless choice". */
const BAD_CHOICE_ADJ = new Set(['bad', 'poor', 'wrong', 'terrible', 'careless', 'rash', 'hasty', 'questionable', 'dumb', 'stupid', 'awful', 'reckless', 'sloppy', 'lazy', 'boneheaded', 'silly']);
const CHOICE_NOUNS = new Set(['call', 'decision', 'choice', 'judgement', 'judgment', 'mistake', 'move', 'error', 'blunder']);

/** Words that name the cause: "the root cause is Dev", "the weak link was the on-call". */
const CAUSE_NOUNS = new Set(['cause', 'culprit', 'problem', 'issue', 'reason', 'link', 'failure', 'fault']);

/** Base forms of verbs that change the system: a fix when proposed before the analysis. */
export const FIX_VERBS = new Set([
  'add', 'raise', 'bump', 'increase', 'lower', 'reduce', 'cap', 'limit', 'double', 'triple', 'halve', 'revert',
  'roll', 'rollback', 'swap', 'replace', 'migrate', 'redeploy', 'restart', 'reboot', 'patch', 'hotfix',
  'rewrite', 'refactor', 'redesign', 'rebuild', 'rip', 'remove', 'disable', 'enable', 'pause', 'freeze', 'throttle',
  'rate-limit', 'gate', 'block', 'ban', 'require', 'mandate', 'enforce', 'split', 'batch', 'shard', 'decouple',
  'isolate', 'upgrade', 'downgrade', 'scale', 'spin', 'provision', 'buy', 'hire', 'fire', 'retrain', 'install',
  'implement', 'introduce', 'build', 'create', 'wrap', 'lock', 'hard-code', 'hardcode', 'pin', 'kill', 'cancel',
  'abort', 'resend', 'resubmit', 're-sign', 'rebroadcast', 'reset', 'rotate', 'tune', 'tweak', 'adjust', 'harden',
  'fork', 'automate', 'retry', 'reroute', 'extend', 'shorten', 'lengthen', 'decrease', 'fix', 'solve', 'resolve',
  'mitigate', 'remediate', 'ship', 'deprecate', 'halt', 'suspend', 'whitelist', 'blacklist', 'allowlist',
  'denylist', 'cache', 'prefund', 'top', 'fund', 'bolt', 'slap', 'stick', 'tighten', 'loosen', 'relax', 'drain',
  'flush', 'clear', 'purge', 'redirect', 'failover', 'deploy', 'hard-cap', 'auto-pause', 'auto-retry', 'reprice',
  'multiply', 'cut', 'bake', 'plug', 'debounce', 'shut', 'turn', 'switch', 'move', 'throw', 'put', 'set', 'make',
  'have', 'get', 'use', 'write', 'open', 'run', 'stop', 'drop', 'take', 'start', 'do', 'go', 'push', 'roll-back',
  'introduce', 'add', 'bring', 'flip', 'toggle', 'rerun', 'reprocess', 'refund', 'replay', 'requeue', 're-queue',
  'backfill', 'reindex', 'resync', 'reroll', 'roll-forward', 'redo', 'override', 'overwrite', 'unpause', 'resume',
]);

/** Fix verbs that are also ordinary process verbs: they propose a fix only with a system object or a particle. */
const AMBIGUOUS_FIX = new Set(['rerun', 'replay', 'redo', 'resume', 'pin', 'put', 'set', 'make', 'have', 'get', 'use', 'write', 'open', 'run', 'stop', 'drop', 'take', 'start', 'do', 'go', 'push', 'move', 'switch', 'turn', 'shut', 'cut', 'throw', 'bring', 'stick', 'clear', 'top', 'build', 'create', 'fund', 'relax']);

/** Objects that make an ambiguous verb a fix: "put a lock around ...", "write a hotfix", "use a TWAP". */
export const FIX_OBJECTS = new Set([
  'lock', 'mutex', 'cap', 'limit', 'gate', 'check', 'guard', 'guardrail', 'breaker', 'retry', 'retries', 'backoff',
  'buffer', 'fallback', 'failover', 'provider', 'providers', 'node', 'nodes', 'validator', 'validators', 'replica',
  'replicas', 'instance', 'instances', 'server', 'servers', 'canary', 'flag', 'kill-switch', 'hotfix', 'patch',
  'fix', 'workaround', 'mitigation', 'migration', 'rollback', 'revert', 'pr', 'alert', 'alerting', 'monitor',
  'timeout', 'throttle', 'queue', 'cache', 'twap', 'heartbeat', 'freeze', 'pause', 'multisig', 'threshold',
  'confirmations', 'ceiling', 'quota', 'circuit', 'limiter', 'whitelist', 'allowlist', 'staleness', 'nonce',
  'gas', 'headroom', 'capacity', 'autoscaler', 'redundancy', 'oracle', 'relayer', 'contract', 'bridge',
  'withdrawals', 'deploys', 'deployments', 'rpc', 'feed', 'version', 'v2', 'cron', 'job', 'script', 'bot',
  'config', 'setting', 'parameter', 'target', 'policy', 'rule', 'process', 'cooldown', 'delay', 'safeguard', 'test',
  'tests', 'benchmark', 'snapshot', 'sign-off', 'approval', 'review', 'mode', 'switch', 'limits', 'caps',
  'gates', 'checks', 'locks', 'alerts', 'monitors', 'timeouts', 'thresholds', 'buffers', 'fallbacks',
]);

/** Is the token a system thing a fix changes? Plurals wink does not know count too ("relayers", "validators"). */
function isFixObject(n: Token): boolean {
  return FIX_OBJECTS.has(n.norm) || FIX_OBJECTS.has(n.lemma) || (n.norm.length > 4 && n.norm.endsWith('s') && FIX_OBJECTS.has(n.norm.slice(0, -1)));
}

/** Frames before a fix verb that make it a proposal or a commitment (regular expressions over the normals). */
const FIX_FRAMES: { id: string; re: RegExp; hedged: boolean }[] = [
  // "let's", "we should", "we need to", "someone must", "we could", "why not", "how about", "maybe we"
  { id: 'lets', re: /(?:^| )let us (?:just |simply |also |quickly |go and |at least |now |then |immediately |first )?$/, hedged: false },
  { id: 'we-should', re: /(?:^| )(?:we|you|they|someone|somebody|the team|i|everyone|infra|ops|engineering) (?:really |definitely |probably |obviously |clearly |just |simply |absolutely |all |urgently |still |also )?(?:should|need to|needs to|must|have to|has to|ought to|had better|got to|are going to|is going to|am going to) (?:just |simply |also |probably |definitely |quickly |at least |immediately |now |first )?$/, hedged: false },
  { id: 'we-could', re: /(?:^| )(?:we|you|someone|somebody|the team|i) (?:could|might|may want to|might want to|may|can) (?:just |simply |also |probably |always |easily |quickly )?$/, hedged: true },
  { id: 'what-if', re: /(?:^| )what if (?:\S+ ){1,4}?(?:just |simply |also )?$/, hedged: true },
  { id: 'why-not', re: /(?:^| )(?:why not|why do not (?:we|you|i)|how about|what about|could we|can we|should we|shall we|would it help to|would it make sense to|(?:could|can|should) (?:we|you) not) (?:just |simply |also )?$/, hedged: true },
  { id: 'lets-agree', re: /(?:^| )let us (?:just )?(?:agree|decide|commit|plan|aim|resolve) to (?:just )?$/, hedged: false },
  { id: 'maybe', re: /(?:^| )(?:maybe|perhaps|possibly) (?:we |i |you |someone |the team )?(?:could |can |should |might |need to |ought to |would )?(?:just |simply |also )?$/, hedged: true },
  // "can't we just ...", "couldn't we ...", "shouldn't we ...", "don't we need to ..."
  { id: 'cant-we', re: /(?:^| )(?:can|could|should|shall) not (?:we|you|someone|somebody) (?:just |simply |at least |already )?$/, hedged: true },
  { id: 'dont-we-need', re: /(?:^| )(?:do|does) not (?:we|the \S+) (?:just )?(?:need|have) to (?:just )?$/, hedged: true },
  // "wouldn't it be simpler to", "it might be easier to", "it would be smarter to just"
  { id: 'better-to', re: /(?:^| )(?:would|will|might|could|may) (?:not )?(?:it )?(?:it )?(?:be|make sense) (?:\S+ )?(?:simpler|easier|better|safer|faster|quicker|smarter|cheaper|wiser|smart|good|best|sensible|nicer)? ?to (?:just |simply )?$/, hedged: true },
  { id: 'it-better-to', re: /(?:^| )it (?:is|would be|might be|may be|could be|will be|seems|sounds) (?:\S+ )?(?:simpler|easier|better|safer|faster|quicker|smarter|cheaper|wiser|best|sensible) to (?:just |simply )?$/, hedged: true },
  // "time to ...", "it's time we ...", "high time to ..."
  { id: 'time-to', re: /(?:^| )(?:(?:it is |high |about )?time (?:to|we|that we)|(?:now is|this is) the time to) (?:just |finally |simply )?$/, hedged: false },
  // "I'm tempted to", "we're planning to", "I've decided to", "we already agreed to", "I'm about to"
  { id: 'inclined-to', re: /(?:^| )(?:i am|we are|i have been|we have been) (?:\S+ )?(?:tempted|inclined|planning|keen|ready|about|going|happy|itching|dying|set) to (?:just |simply |go and )?$/, hedged: false },
  { id: 'decided-to', re: /(?:^| )(?:i|we|i have|we have|i had|we had|leadership|the team) (?:already |just |also )?(?:decided|agreed|chose|opted|resolved|committed) to (?:just )?$/, hedged: false },
  // "my plan is to", "my instinct is to", "the idea is to", "the move is to"
  { id: 'plan-is', re: /(?:^| )(?:my|our|the) (?:plan|instinct|suggestion|proposal|vote|preference|call|idea|move|approach|recommendation|answer|gut) (?:here )?(?:is|would be|will be) (?:to )?(?:just |simply )?$/, hedged: false },
  // "go ahead and", "someone needs to", "somebody should"
  // "I'll open a ticket after this to double it", "we're raising a PR tonight to cap the retries".
  { id: 'ticket-to', re: /(?:^| )(?:i|we|someone|somebody) (?:will |am going to |are going to |am |are |can |could |should |need to |must )?(?:just )?(?:open|opening|file|filing|raise|raising|create|creating|write|writing|put up|putting up|log|logging|cut|cutting) (?:a |an |the )?(?:\S+ )?(?:ticket|pr|jira|issue|change|patch|task|story|card)(?: \S+){0,5}? to (?:just )?$/, hedged: false },
  // "Meanwhile, someone switch the relayer to the backup provider": an order given to whoever is listening.
  { id: 'someone-do', re: /(?:^|[,.;:!?] |^(?:meanwhile|so|and|ok|okay|right) )(?:someone|somebody)(?: please)? $/, hedged: false },
  { id: 'go-ahead', re: /(?:^| )(?:go ahead and|somebody (?:needs to|should|must|has to|can)|someone (?:needs to|should|must|has to|can)) (?:just |simply |go )?$/, hedged: false },
  // "I'd", "I would just", "personally I'd", "if it were me I'd"
  { id: 'i-would', re: /(?:^| )(?:i|we|personally i|honestly i|frankly i) (?:would|'d|will|shall|can) (?:just |simply |probably |definitely |honestly |personally |rather )?$/, hedged: true },
  // "surely we can just", "we can just", "we could just"
  // "Might be worth just adding a second relayer", "it'd be worth putting a cap on it" (a gerund follows).
  { id: 'worth', re: /(?:^| )(?:(?:might|may|would|could|will|it would|it might|it is|it will|probably|definitely|surely|possibly|perhaps) )?(?:be |is |is probably |is definitely |seems |sounds )?worth (?:just |simply |also |quickly |at least )?$/, hedged: true },
  // "I'd say we just pin the limit", "I reckon we bump it", "I vote we switch providers".
  { id: 'i-say-we', re: /(?:^| )(?:i|we) (?:would |honestly |really )?(?:say|reckon|think|guess|suppose|vote|propose|suggest|figure) (?:that )?(?:we|you) (?:just |simply |also |quickly )?$/, hedged: true },
  // "We just increase the gas limit and finish": a plan stated as a plain present.
  { id: 'we-just', re: /(?:^| )(?:we|you) (?:just|simply) $/, hedged: false },
  { id: 'surely', re: /(?:^| )(?:surely|obviously|clearly|honestly|really) (?:we|you|someone) (?:can|could|should|need to|must|ought to) (?:just |simply )?$/, hedged: true },
];

/**
 * "Kai will add a nonce check by Friday", "Priya should cap the retries", "Lena could roll it back tonight": a fix
 * handed to a named person commits to it as much as "we will" does. The subject lists in FIX_FRAMES cannot spell
 * names, so this reads the analysis' names: a name, then only a modal (and an adverb) before the verb.
 */
const NAMED_DOER_MODAL = /^(?:(?:, )?you )?(?:will|shall|should|must|need to|needs to|has to|have to|is going to|are going to|is to|can|could|might|may) (?:just |also |then |quickly |now |first |please |probably |definitely )?$/;
function namedDoer(a: Analysis, t: number): { id: string; hedged: boolean } | undefined {
  const k = t - 1 - (/^(?:just|also|then|quickly|now|first|please|probably|definitely)$/.test(a.tokens[t - 1]?.norm ?? '') ? 1 : 0);
  for (let n = k - 1; n >= 0 && k - n <= 3; n--) {
    if (a.tokens[n]!.sent !== a.tokens[t]!.sent) return undefined;
    if (!a.names.has(n)) continue;
    const modal = win(a, n + 1, t);
    if (!NAMED_DOER_MODAL.test(`${modal} `)) return undefined;
    return { id: 'named-doer', hedged: /\b(?:can|could|might|may)\b/.test(modal) };
  }
  return undefined;
}

const OWNS_GERUND = /(?:^| )(?:will |is going to |can )?(?:own|owns|owning|take|takes|taking|pick up|picks up|is on|am on|are on) $/;
function ownedGerund(a: Analysis, t: number): boolean {
  const m = OWNS_GERUND.exec(textBefore(a, t, 5));
  if (!m) return false;
  const words = m[0].trim().split(' ').length;
  const subject = t - words - 1;
  return subject >= 0 && a.tokens[subject]!.sent === a.tokens[t]!.sent && (a.names.has(subject) || /^(?:i|we|you)$/.test(a.tokens[subject]!.norm));
}

/** Frames that are negative questions: wink's negation scope covers the verb, but they propose ("can't we just"). */
const NEGATIVE_QUESTION_FRAMES = new Set(['cant-we', 'dont-we-need', 'better-to', 'why-not', 'what-if']);
/** Frames followed by a gerund rather than a base form ("worth adding ..."). */
const GERUND_FRAMES = new Set(['worth']);

/** A present-tense commitment: "I'm rewriting the nonce manager tonight", "we're rolling back after this". */
const FUTURE_CUE = /\b(?:tonight|today|tomorrow|now|right after|after this|after the meeting|first thing|this week|this afternoon|this evening|asap|immediately|straight after|next week|before we|while we|as of|from (?:now|next|monday|tomorrow)|starting|(?:on|by|from) (?:monday|tuesday|wednesday|thursday|friday|the weekend)|until further notice|from now on|effective immediately|going forward)\b/;

const CLAUSE_LEAD = new Set(['just', 'so', 'then', 'honestly', 'ok', 'okay', 'simply', 'please', 'and', 'now', 'first', 'frankly', 'seriously', 'basically', 'look', 'listen', 'right', 'well', 'also', 'actually', 'really', 'personally', 'quickly', 'immediately', 'fine', 'yeah', 'yes', 'sure', 'obviously', 'easy', 'simple', 'done', 'step', 'one', 'two', 'priority', 'tonight', 'today', 'instead', 'meanwhile', 'otherwise', 'guys', 'team', 'folks', 'everyone']);

/** Where something is recorded rather than changed: "add it to the list", "put the provider in the statement". */
const RECORD_PLACE = /^(?:to|on|in|into|onto|under|for) (?:the |our |my |a )?(?:\S+ )?(?:timeline|list|notes|doc|document|parking lot|action items?|action-items?|board|agenda|backlog|write-up|post-mortem|postmortem|record|follow-ups?|later|the end|statement|report|summary|email|slides?|deck|update|announcement|status page|channel|thread|ticket)\b/;

/** Nouns that name analysis or the meeting: an action on them is not a fix ("add a note", "write the timeline"). */
const ANALYSIS_NOUNS = new Set(['history', 'results', 'output', 'timestamp', 'hour', 'hours', 'minutes', 'minute', 'sequence', 'events', 'debate', 'argument', 'talk', 'picture', 'logs', 'log', 'timeline', 'data', 'graph', 'graphs', 'dashboard', 'numbers', 'question', 'questions', 'meeting', 'agenda', 'note', 'notes', 'post-mortem', 'postmortem', 'write-up', 'doc', 'document', 'discussion', 'conversation', 'entry', 'item', 'items', 'list', 'comment', 'context', 'detail', 'details', 'marker', 'pin', 'row', 'column', 'summary', 'recap', 'minutes', 'ticket', 'tickets', 'thought', 'thoughts', 'timestamps', 'screenshot', 'trace', 'traces', 'metrics', 'chart', 'export', 'record', 'records', 'evidence', 'facts', 'story', 'picture', 'view', 'idea', 'ideas', 'options', 'option', 'step', 'steps', 'break', 'look', 'round', 'turn', 'moment']);

/** Objects that are people or analysis, which make a verb a request rather than a fix ("have Kai walk us through"). */
const NOT_FIX_OBJECTS = new Set(['us', 'me', 'everyone', 'everybody', 'people', 'them', 'him', 'her', 'you', 'sure', 'a', 'the', 'note', 'look', 'break', 'moment', 'second', 'minute', 'step', 'start', 'time', 'logs', 'log', 'timeline', 'data', 'graph', 'numbers', 'list', 'question', 'questions', 'point', 'record', 'meeting', 'call']);

// ---------------------------------------------------------------------------------------------------------------
// Token helpers

/** The normals of tokens [from, to) joined by spaces, sliced from `a.norm` (no per-call arrays). */
function win(a: Analysis, from: number, to: number): string {
  const last = Math.min(to, a.tokens.length) - 1;
  const first = Math.max(0, from);
  if (last < first) return '';
  return a.norm.slice(a.normStarts[first], a.normStarts[last]! + a.tokens[last]!.norm.length);
}

/** The sentence normals of the last analysis seen (one entry: a WeakMap per reply costs more than it saves). */
let sentenceCacheFor: Analysis | null = null;
let sentenceCache: string[] = [];

const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', "'ll", "'d", 'ought']);

/** Lemma candidates for a token: wink's lemma, the normal, and stripped -ed/-ing/-s forms for words wink does not know. */
export function lemmas(tok: Token): string[] {
  const out = [tok.lemma, tok.norm];
  const n = tok.norm;
  if (n.endsWith('ied')) out.push(`${n.slice(0, -3)}y`);
  if (n.endsWith('ed')) out.push(n.slice(0, -2), n.slice(0, -1), n.slice(0, -3));
  if (n.endsWith('ing')) out.push(n.slice(0, -3), `${n.slice(0, -3)}e`, n.slice(0, -4));
  if (n.endsWith('s')) out.push(n.slice(0, -1));
  if (n.endsWith('es')) out.push(n.slice(0, -2));
  return out;
}

const SUFFIXED = /(?:ed|ing|s)$/;
export function inClass(tok: Token, set: ReadonlySet<string>): string | null {
  if (set.has(tok.lemma)) return tok.lemma;
  if (set.has(tok.norm)) return tok.norm;
  // wink lemmatises the words it knows; stripped suffixes only help with the ones it does not ("misconfigured").
  if (tok.lemma !== tok.norm || !SUFFIXED.test(tok.norm)) return null;
  for (const l of lemmas(tok)) if (set.has(l)) return l;
  return null;
}

function hit(a: Analysis, id: string, first: number, last: number, hedged = false): Hit {
  return { id, weight: 1, hedged, first, last, start: a.tokens[first]!.start, end: a.tokens[last]!.end };
}

/** The normals of tokens [from, to) in the same sentence, joined by spaces, for frame matching. */
const STOP_PUNCT = /^[.!?;:,-]$/;
export function textBefore(a: Analysis, t: number, max = 8): string {
  const tok = a.tokens[t]!;
  let k = t - 1;
  for (; k >= 0 && t - k <= max; k--) {
    const p = a.tokens[k]!;
    if (p.sent !== tok.sent || STOP_PUNCT.test(p.norm)) break;
  }
  return k + 1 < t ? `${win(a, k + 1, t)} ` : '';
}

const THIRD_PERSON_S = /[^s]s$/;
function isPastForm(tok: Token): boolean {
  if (tok.norm.endsWith('ing')) return false;
  if (tok.norm.endsWith('ed')) return true;
  return tok.norm !== tok.lemma && !THIRD_PERSON_S.test(tok.norm);
}

const PERFECT_OR_PAST_AUX = new Set(['had', 'has', 'have', 'did', 'was', 'were', 'been', 'is', 'are', 'am', 'just', 'already', 'even', 'also', 'completely', 'totally', 'simply', 'clearly', 'obviously', 'literally', 'basically', 'really', 'then', 'still', 'never', 'not', 'again', 'apparently', 'actually', 'all', 'both', 'conveniently', 'somehow', 'effectively', 'pretty', 'much', 'kind', 'sort', 'of', 'went', 'and']);

/**
 * The verb at `t` states what someone did (past, perfect, or a habit), rather than a proposal, a wish, a condition
 * or an order: "Kai missed it", "she had ignored it", "they keep skipping it"; not "don't miss it", "we could skip".
 */
function statesAnAct(a: Analysis, t: number): boolean {
  const tok = a.tokens[t]!;
  const sent = sentenceOf(a, t);
  let sawDid = false;
  for (let k = t - 1; k >= sent.first && t - k <= 5; k--) {
    const p = a.tokens[k]!;
    if (p.clause !== tok.clause) break;
    if (MODALS.has(p.norm)) {
      // "How could you miss it?" is a rhetorical accusation, not a proposal.
      const opener = a.tokens[sent.first]!.norm;
      return sent.question && (opener === 'how' || opener === 'why') && !a.tokens[k + 1]?.norm.startsWith('have');
    }
    if (p.norm === 'to') {
      const before = a.tokens[k - 1];
      return before !== undefined && /^(?:chose|choose|chooses|decided|decide|decides|managed|manage|manages|opted|seemed|seems|happened|forgot|neglected|failed|refused|preferred|wanted)$/.test(before.norm);
    }
    if (p.norm === 'did' || p.norm === 'does' || p.norm === 'do') sawDid = true;
    if (p.norm === 'keep' || p.norm === 'keeps' || p.norm === 'kept' || p.norm === 'always') return true;
    if (p.norm === 'if' || p.norm === 'unless' || p.norm === 'whenever') return isPastForm(tok) || sawDid;
    if (PERFECT_OR_PAST_AUX.has(p.norm)) continue;
    // A question inverts subject and auxiliary: "how did the reviewers miss ...": look past the subject.
    if (sent.question && (p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'PRON' || p.pos === 'DET' || p.pos === 'ADJ' || p.norm === "'s")) continue;
    break;
  }
  if (sawDid) return true;
  if (isPastForm(tok) || (THIRD_PERSON_S.test(tok.norm) && tok.norm !== tok.lemma)) return true;
  // A habit marked as one: "once again the contract devs ship something untested", "they break it every time".
  return tok.norm === tok.lemma && !sent.question && HABIT_MARK.test(sentenceNorm(a, t)) && !MODALS.has(a.tokens[t - 1]?.norm ?? '') && t > sent.first;
}

const HABIT_MARK = /\b(?:once again|yet again|as usual|as always|every (?:single )?time|every release|every sprint|always)\b/;

/** A subject right before `t` (adverbs aside): "Marco let ...", "the front-end team happily let ...", not "so maybe let ...". */
const NOT_SUBJECT_ADVERBS = /^(?:so|maybe|perhaps|then|now|please|just)$/;
function hasSubjectBefore(a: Analysis, t: number): boolean {
  let k = t - 1;
  while (k >= 0 && a.tokens[k]!.pos === 'ADV' && a.tokens[k]!.sent === a.tokens[t]!.sent && !NOT_SUBJECT_ADVERBS.test(a.tokens[k]!.norm)) k--;
  const p = a.tokens[k];
  return p !== undefined && p.sent === a.tokens[t]!.sent && (p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'PRON' || isName(a, k) || TEAM_WORDS.has(p.norm));
}

/** A modal or "to" right before `t` in its clause ("we should let it", "to let it"). */
function modalBefore(a: Analysis, t: number): boolean {
  for (let k = t - 1; k >= 0 && t - k <= 3; k--) {
    const p = a.tokens[k]!;
    if (p.clause !== a.tokens[t]!.clause) return false;
    if (MODALS.has(p.norm) || p.norm === 'to' || p.norm === 'do' || p.norm === 'please') return true;
  }
  return false;
}

/**
 * The subject of verb `t`; for a verb coordinated without its own subject ("Sam rolled back the wrong contract and
 * made the outage longer", "Priya acked it and ignored the rest") the subject of the first verb.
 */
function subjectOf(a: Analysis, t: number): Agent {
  const prevTok = a.tokens[t - 1];
  if (prevTok && prevTok.sent === a.tokens[t]!.sent && /^(?:and|then|but)$/.test(prevTok.norm)) {
    for (let k = t - 2; k >= 0 && a.tokens[k]!.sent === a.tokens[t]!.sent; k--) {
      if (a.tokens[k]!.pos === 'VERB' && isPastForm(a.tokens[k]!)) return agentBefore(a, k);
    }
  }
  return agentBefore(a, t);
}

/** "The alert was missed", "Kai hadn't been paged": a passive participle, whose subject is not the doer. */
function isPassive(a: Analysis, t: number): boolean {
  const tok = a.tokens[t]!;
  if (tok.norm.endsWith('ing') || !isPastForm(tok)) return false;
  let k = t - 1;
  while (k >= 0 && (a.tokens[k]!.pos === 'ADV' || a.tokens[k]!.norm === 'not') && a.tokens[k]!.sent === tok.sent) k--;
  const p = a.tokens[k];
  return p !== undefined && p.sent === tok.sent && /^(?:was|were|been|being|be|is|are|am|got|get|gets|getting)$/.test(p.norm);
}

/** Is the agent a person or a team (not the speaker, not "nobody", not a system)? */
function blameable(agent: Agent): boolean {
  return agent === 'person' || agent === 'team';
}

/** The subject of the clause's first verb before `t`: in "Your team pushed it out without ..." that is "team". */
function clauseAgent(a: Analysis, t: number): Agent {
  const tok = a.tokens[t]!;
  const sent = sentenceOf(a, t);
  let verb = -1;
  for (let k = t - 1; k >= sent.first; k--) {
    const p = a.tokens[k]!;
    if (p.clause !== tok.clause) break;
    if (p.pos === 'VERB') verb = k;
  }
  return verb >= 0 ? agentBefore(a, verb) : 'none';
}

/** The next token that is not an adverb, determiner or adjective, within `max` tokens in the clause. */
function nextContent(a: Analysis, t: number, max = 4): number | null {
  const tok = a.tokens[t]!;
  for (let k = t + 1; k < a.tokens.length && k - t <= max; k++) {
    const n = a.tokens[k]!;
    if (n.sent !== tok.sent) return null;
    if (n.pos === 'ADV' || n.pos === 'DET' || n.pos === 'ADJ' || n.norm === 'just' || n.norm === 'even') continue;
    return k;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Blame

/**
 * Person or team + fault predicate. Returns one hit per blaming predicate. Negation cancels a fault verb ("Kai
 * didn't ignore anything") and is what makes a diligence verb a fault ("she hadn't even read it").
 */
export function blamePatterns(a: Analysis): Hit[] {
  const hits: Hit[] = [];
  const toks = a.tokens;
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t]!;
    // Punctuation, determiners and prepositions start no blame pattern ("without" and "no" aside).
    if (SKIP_FOR_BLAME.has(tok.pos) && tok.norm !== 'without' && tok.norm !== 'no' && tok.norm !== 'that' && tok.norm !== 'this') continue;
    // Only words that can start a blame pattern go further (a set lookup instead of ~25 checks).
    if (!BLAME_TRIGGERS.has(tok.lemma) && !BLAME_TRIGGERS.has(tok.norm) && !(tok.lemma === tok.norm && SUFFIXED.test(tok.norm)) && !tok.norm.startsWith('mis')) continue;
    const sent = sentenceOf(a, t);
    // "how" questions about conditions ("how did that make sense?") are how/what questions, not accusations.
    const fault = tok.pos === 'VERB' || tok.pos === 'AUX' || /^mis\p{Ll}{3,}ed$/u.test(tok.norm) ? inClass(tok, FAULT_VERBS) ?? (/^mis\p{Ll}{3,}(?:ed)?$/u.test(tok.norm) && tok.pos === 'VERB' ? tok.norm : null) : null;
    if (fault) {
      const need = FAULT_NEEDS.get(fault);
      const next = toks[t + 1];
      // The particle may follow a short object: "waved the change through", "brushed the warnings off".
      const needOk = !need || (next !== undefined && next.sent === tok.sent && (fault === 'skip' ? need.test(next.norm) : [1, 2, 3, 4].some((d) => toks[t + d]?.sent === tok.sent && need.test(toks[t + d]!.norm) && (d <= 2 || /^(?:through|off|aside|up|over|on)$/.test(toks[t + d]!.norm)))));
      const sitOnCall = fault === 'sit' && /\b(?:call|line|bridge call|meeting|zoom|chat|channel|sofa|floor)\b/.test(win(a, t + 1, t + 5));
      const brokeDown = fault === 'break' && /\bdown\b/.test(win(a, t + 1, t + 5));
      // "Anyone who misses their date can explain it to Jordan": a rule for whoever may fail later, not an act.
      const hypothetical = !isPastForm(tok) && (toks[t - 1]?.norm === 'whoever' || (toks[t - 1]?.norm === 'who' && /^(?:anyone|anybody|everyone|everybody|someone|somebody|people)$/.test(toks[t - 2]?.norm ?? '')));
      if (needOk && !sitOnCall && !brokeDown && !hypothetical && !isNeg(a, t) && !isPassive(a, t) && statesAnAct(a, t)) {
        const agent = subjectOf(a, t);
        if (blameable(agent)) {
          let last = t;
          if (next && next.sent === tok.sent && /^(?:up|off|on|over|through|it|the ball)$/.test(next.norm)) last = t + 1;
          hits.push(hit(a, `fault-verb:${fault}`, t, last));
          continue;
        }
      }
    }
    // Negated diligence: "she hadn't even read it", "the reviewers never checked the gas".
    const diligent = tok.pos === 'VERB' || tok.pos === 'NOUN' ? inClass(tok, DILIGENCE_VERBS) : null;
    // (Not a verb inside a relative clause the negation does not reach: "the alert didn't reach anyone who could act".)
    const relativeBetween = (() => {
      const n = negatorIndex(a, t);
      return n !== null && toks.slice(n + 1, t).some((x) => /^(?:who|which|that|whoever)$/.test(x.norm));
    })();
    if (diligent && isNeg(a, t) && !relativeBetween && !isPassive(a, t) && negatorIsPastOrPerfect(a, t)) {
      const agent = agentBefore(a, t);
      if (blameable(agent)) {
        hits.push(hit(a, `no-diligence:${diligent}`, negatorIndex(a, t) ?? t, t));
        continue;
      }
    }
    // A change made "without" a safeguard: "your team pushed it out without a gas snapshot".
    if (tok.norm === 'without' || (tok.norm === 'no' && toks[t - 1]?.norm === 'with')) {
      let safeguard = -1;
      for (let k = t + 1; k < toks.length && k - t <= 4; k++) {
        const n = toks[k]!;
        if (n.sent !== tok.sent || /^[.,;!?]$/.test(n.norm)) break;
        if (inClass(n, DILIGENCE_VERBS) || SAFEGUARD_NOUNS.has(n.norm) || SAFEGUARD_NOUNS.has(n.lemma)) {
          safeguard = k;
          break;
        }
      }
      if (safeguard >= 0 && blameable(clauseAgent(a, t)) && !sent.question) {
        hits.push(hit(a, 'without-safeguard', t, safeguard));
        continue;
      }
    }
    // "Priya's team shipped a contract nobody had load-tested", "Dev merged an untested change".
    if (/^(?:ship|push|deploy|merge|release|approve|sign|roll)$/.test(tok.lemma) && tok.pos === 'VERB' && statesAnAct(a, t) && !isNeg(a, t)) {
      const rest = win(a, t + 1, sent.last + 1);
      if (/\b(?:nobody|no one|no-one) (?:had |has |ever |even |actually )*\S+ed\b|\bun(?:tested|reviewed|audited|benchmarked|checked|vetted|verified|finished|profiled)\b|\bhalf-(?:baked|tested|done|finished|reviewed)\b/.test(rest) && blameable(agentBefore(a, t))) {
        hits.push(hit(a, 'shipped-untested', t, t));
        continue;
      }
    }
    // "Kai was far too slow", "the on-call was asleep": be + judging adjective, person subject.
    const adjective = inClass(tok, FAULT_ADJECTIVES);
    // Soft adjectives judge only with a degree word: "Kai was far too slow", not "Priya was absent today".
    const softOk =
      !adjective ||
      !SOFT_FAULT_ADJECTIVES.has(adjective) ||
      /^(?:too|so|way|far|really|very|pretty|completely|totally|utterly|painfully|incredibly|extremely)$/.test(toks[t - 1]?.norm ?? '') ||
      // Given as the cause: "this happened because the infra folks were asleep".
      /\b(?:because|since|happened as|all because)\b/.test(textBefore(a, t, 8));
    if (adjective && softOk && tok.pos !== 'VERB' && !isNeg(a, t)) {
      let k = t - 1;
      while (k >= sent.first && /^(?:too|so|really|very|far|way|pretty|quite|completely|totally|just|a|bit|little|rather|incredibly|extremely|absolutely|clearly|obviously|simply|frankly|honestly|also|being|been|all|kind|sort|of|utterly)$/.test(toks[k]!.norm)) k--;
      const be = toks[k];
      if (be && be.lemma === 'be' && k >= sent.first && !/^(?:if|when)$/.test(toks[k - 1]?.norm ?? '')) {
        const agent = agentBefore(a, k + 1);
        // "Kai was slow to get the page" (a system delay) stays neutral only for system subjects; people are judged.
        if (blameable(agent) && !/^(?:to (?:load|sync|respond|arrive|propagate|confirm|update))$/.test(`${toks[t + 1]?.norm ?? ''} ${toks[t + 2]?.norm ?? ''}`)) {
          hits.push(hit(a, `fault-adjective:${adjective}`, k, t));
          continue;
        }
      }
    }
    // "Priya was too busy to answer the page": be + too + adjective + to + a duty.
    if (tok.norm === 'too' && toks[t + 1]?.pos === 'ADJ' && toks[t + 2]?.norm === 'to' && toks[t + 3] && inClass(toks[t + 3]!, DILIGENCE_VERBS) && toks[t - 1]?.lemma === 'be' && blameable(agentBefore(a, t - 1))) {
      hits.push(hit(a, 'too-busy', t, t + 3));
      continue;
    }
    // "The contract devs are the reason we're here", "the on-call was the weak link".
    if (tok.lemma === 'be' && !isNeg(a, t) && !sent.question) {
      let k = t + 1;
      while (k < toks.length && /^(?:the|a|an|really|real|whole|main|actual|root|only|just|clearly|obviously|weak|single|biggest)$/.test(toks[k]!.norm)) k++;
      const positive = /\b(?:caught|found|noticed|recovered|fixed|saved|spotted|solved|know|knew|have|got|understand|learned|survived|made it)\b/.test(win(a, k + 1, k + 7));
      if (k > t + 1 && !positive && /^(?:reason|cause|culprit|problem|link)$/.test(toks[k]?.norm ?? '') && blameable(agentBefore(a, t))) {
        hits.push(hit(a, 'person-is-the-reason', t, k));
        continue;
      }
    }
    // "made a bad call", "a reckless choice by Dev".
    if (CHOICE_NOUNS.has(tok.lemma) && BAD_CHOICE_ADJ.has(toks[t - 1]?.lemma ?? '') && !isNeg(a, t)) {
      let verb = t - 2;
      while (verb >= sent.first && /^(?:a|an|the|really|very|pretty|such|one|another)$/.test(toks[verb]!.norm)) verb--;
      const v = toks[verb];
      if (v && v.sent === tok.sent && /^(?:made|make|makes|making|was|is)$/.test(v.norm)) {
        const agent = v.norm === 'was' || v.norm === 'is' ? possessorBefore(a, verb) : agentBefore(a, verb);
        if (blameable(agent)) hits.push(hit(a, 'bad-choice', verb, t));
      }
      continue;
    }
    // "Marco let the alert ring for six minutes", "they let it slip".
    if (tok.lemma === 'let' && tok.norm !== 'lets' && !modalBefore(a, t) && !isNeg(a, t) && hasSubjectBefore(a, t)) {
      const obj = toks[t + 1];
      const head = obj && /^(?:the|a|an|this|that|those|these|our|their|his|her|your)$/.test(obj.norm) ? t + 2 : t + 1;
      const headClass = toks[head] ? classify(a, head) : null;
      if (obj && !/^(?:us|me|everyone|everybody|you|him|her|them|people|the team)$/.test(obj.norm) && !isName(a, t + 1) && headClass !== 'person' && headClass !== 'team') {
        for (let k = t + 2; k < toks.length && k - t <= 5; k++) {
          const v = toks[k]!;
          if (v.sent !== tok.sent || /^[.,;!?]$/.test(v.norm)) break;
          const down = v.norm === 'down' && k <= t + 4;
          if (down || (k > t + 1 && /^(?:ring|sit|slip|happen|fire|pile|rot|fail|break|drift|grow|stall|linger|wait|burn|fester|slide|queue|spiral|balloon|snowball|show|through|lapse|expire|die|hang|fall|build|back)$/.test(v.norm))) {
            if (blameable(agentBefore(a, t))) hits.push(hit(a, 'let-it', t, k));
            break;
          }
        }
      }
    }
    // "the front-end team learns to test their error states", "people need to learn to read alerts".
    if (/^(?:learn|learns|start|starts)$/.test(tok.norm) && !isClauseStart(a, t)) {
      const v = toks[t + 1]?.norm === 'to' ? t + 2 : t + 1;
      const vt = toks[v];
      if (vt && (v === t + 2 || vt.norm.endsWith('ing')) && inClass(vt, DILIGENCE_VERBS) && blameable(agentBefore(a, t))) {
        hits.push(hit(a, 'learn-to', t, v));
        continue;
      }
    }
    // "people stop ignoring alerts", "so the on-call quits skipping steps": the fault is presupposed.
    if (tok.norm.endsWith('ing') && inClass(tok, FAULT_VERBS) && /^(?:stop|stops|quit|quits|stopped)$/.test(prev(a, t)) && blameable(agentBefore(a, t - 1))) {
      hits.push(hit(a, 'stop-faulting', t - 1, t));
      continue;
    }
    // "nobody listened to him", "no one checked the gas numbers": a lapse of the group.
    if (inClass(tok, NOBODY_LAPSES) && tok.pos === 'VERB' && isPastForm(tok) && !sent.question) {
      const before = textBefore(a, t, 4);
      if (/(?:^| )(?:nobody|no one|no-one) (?:had |has |ever |even |actually |really |bothered to )*$/.test(before) && !/\b(?:because|since|as)\b/.test(sentenceNorm(a, t).slice(sentenceNorm(a, t).indexOf(tok.norm)))) {
        hits.push(hit(a, 'nobody-did', t - 1, t));
        continue;
      }
    }
    // "Kai not being reachable for twenty minutes", "the on-call wasn't available".
    if (/^(?:reachable|available|responsive|around|awake|online|contactable|present|attentive)$/.test(tok.norm) && /(?:^| )(?:not|never) (?:being |be |even )?$/.test(textBefore(a, t, 3))) {
      const neg = negatorIndex(a, t);
      if (neg !== null && blameable(agentBefore(a, neg))) {
        hits.push(hit(a, 'not-available', neg, t));
        continue;
      }
    }
    // "the relayer team's excuses", "your excuses": excuses attributed to people.
    if (/^(?:excuses|excuse)$/.test(tok.norm)) {
      const owner = possessorBefore(a, t + 1);
      if (blameable(owner)) {
        hits.push(hit(a, 'their-excuses', t, t));
        continue;
      }
    }
    // "Who merges a change that adds 41k gas without noticing?", "who signed this off?": a question aimed at people.
    if (tok.norm === 'who' && t === sent.first && sent.question) {
      const v = nextContent(a, t, 3);
      const vt = v !== null ? toks[v]! : undefined;
      if (vt && (vt.pos === 'VERB' || vt.pos === 'NOUN') && (inClass(vt, FAULT_VERBS) || /^(?:approve|merge|push|deploy|ship|write|review|sign|decide|set|change|turn|configure|release|okay|green-light|allow|wave)$/.test(vt.lemma) || (vt.lemma === 'let' && /^(?:this|that|it)$/.test(toks[v! + 1]?.norm ?? '')) || /^(?:merges|pushes|ships|deploys|approves|signs|writes|decides)$/.test(vt.norm))) {
        hits.push(hit(a, 'who-question', t, v!));
        continue;
      }
    }
    // "the root cause is Dev", "the weak link was the on-call", "the problem here is the relayer team".
    if (tok.lemma === 'be' && t > 0 && CAUSE_NOUNS.has(previousNoun(a, t)) && !isNeg(a, t)) {
      let k = t + 1;
      while (k < toks.length && toks[k]!.sent === tok.sent && (/^(?:the|a|an|our|that|this|just|simply|clearly|obviously|really|basically|,|:|-|here)$/.test(toks[k]!.norm) || (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV') && !TEAM_WORDS.has(toks[k]!.norm))) k++;
      const who = toks[k];
      if (who && who.sent === tok.sent) {
        const after = toks[k + 1];
        const possessive = after?.norm === "'s" || (after !== undefined && after.pos === 'NOUN' && !TEAM_WORDS.has(after.norm));
        const person = isName(a, k) || (who.cap && who.pos === 'PROPN' && toks[k + 1]?.sent !== who.sent) || (who.cap && who.pos === 'PROPN' && /^[.!?]$/.test(toks[k + 1]?.norm ?? '')) || TEAM_WORDS.has(who.norm) || PERSON_NOUNS.has(who.norm) || (TEAM_WORDS.has(after?.norm ?? '') && !GROUPISH.has(after?.norm ?? ''));
        if (person && !possessive && !sent.question) hits.push(hit(a, 'person-is-cause', t - 1, TEAM_WORDS.has(after?.norm ?? '') ? k + 1 : k));
      }
    }
    // "X owes everyone an apology / an explanation".
    if (tok.lemma === 'owe' && statesAnAct(a, t)) {
      for (let k = t + 1; k < toks.length && k - t <= 4; k++) {
        if (/^(?:apology|apologies|explanation|answers)$/.test(toks[k]!.norm) && blameable(agentBefore(a, t))) {
          hits.push(hit(a, 'owes-apology', t, k));
          break;
        }
      }
    }
    // "Sam made the outage longer", "the relayer team made it worse" (a system that "made things worse" is neutral).
    if (tok.lemma === 'make' && !isNeg(a, t) && statesAnAct(a, t)) {
      for (let k = t + 1; k < toks.length && k - t <= 5; k++) {
        const n = toks[k]!;
        if (n.sent !== tok.sent || /^[.,;!?]$/.test(n.norm)) break;
        if (/^(?:worse|longer|harder|slower|messier|bigger|uglier)$/.test(n.norm)) {
          if (blameable(subjectOf(a, t))) hits.push(hit(a, 'made-worse', t, k));
          break;
        }
      }
    }
    // "Jordan's team pushed for the Friday release and that's what broke us": the clause's subject is the cause.
    // "Sam's decision to disable the autoscaler is what sank us": a person's act as the subject of the damage.
    if (tok.norm === 'what' && /^(?:is|was)$/.test(prev(a, t)) && /^(?:broke|caused|killed|sank|sunk|hurt|ruined|tanked|did)\b/.test(toks[t + 1]?.norm ?? '')) {
      for (let k = sent.first; k < t - 1 && k - sent.first <= 3; k++) {
        if (toks[k + 1]?.norm === "'s" && blameable(classify(a, k) ?? 'none')) {
          hits.push(hit(a, 'their-act-is-what', k, t + 1));
          break;
        }
      }
    }
    if (/^(?:that|which|this)$/.test(tok.norm) && /^(?:is|was) (?:why|what (?:broke|caused|killed|sank|started|happened)|how we)\b|^(?:is|was) (?:the )?(?:real |whole |actual |root )?(?:cause|reason|problem)\b/.test(win(a, t + 1, t + 6)) && t > sent.first) {
      const cc = toks[t - 1];
      if (cc && (cc.norm === 'and' || cc.norm === ',' || cc.norm === ';' || cc.norm === '-')) {
        let verb = -1;
        for (let k = sent.first; k < t; k++) if (toks[k]!.pos === 'VERB') { verb = k; break; }
        if (verb >= 0 && blameable(agentBefore(a, verb))) hits.push(hit(a, 'that-is-what-broke', t, Math.min(t + 3, sent.last)));
      }
    }
    // "The rotation was Tomás's call and it made everything worse", "that deploy was Dev's call, and a bad one".
    if (/^(?:call|decision|idea|choice|doing|change|deploy|plan)$/.test(tok.norm) && prev(a, t) === "'s" && /^(?:was|is)$/.test(toks[t - 3]?.norm ?? '') && blameable(classify(a, t - 2) ?? 'none')) {
      const rest = win(a, t + 1, sent.last + 1);
      if (/\b(?:it|that|which|this)(?: \S+)? (?:made|broke|caused|killed|tanked|was a (?:bad|terrible|poor|wrong|dumb|stupid|reckless|awful)|did not (?:help|work)|backfired)\b|\b(?:a|and a) (?:bad|terrible|poor|wrong|dumb|stupid|reckless|awful) one\b/.test(rest)) {
        hits.push(hit(a, 'their-call', t - 2, t));
        continue;
      }
    }
    // A fault as a gerund after a preposition, done by the clause's subject: "the relayer team had a great reason for
    // ignoring the reorg", "nice of you to join us after breaking withdrawals".
    if (tok.norm.endsWith('ing') && /^(?:for|after|by|from|since|about)$/.test(prev(a, t)) && !sent.question) {
      const f = inClass(tok, FAULT_VERBS);
      const need = f ? FAULT_NEEDS.get(f) : undefined;
      const next = toks[t + 1];
      if (f && f !== 'start' && f !== 'sit' && (!need || (next !== undefined && next.sent === tok.sent && need.test(next.norm))) && !/\b(?:not|never|no)\b/.test(textBefore(a, t, 8)) && !/^(?:thanks|thank|sorry|apologies)$/.test(toks[sent.first]!.norm)) {
        // The doer is the subject of the clause's first verb or auxiliary ("the team had a reason for ignoring ...").
        let v = -1;
        for (let k = t - 2; k >= sent.first && toks[k]!.clause === tok.clause; k--) if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') v = k;
        const agent = v >= 0 ? agentBefore(a, v) : 'none';
        if (blameable(agent)) {
          hits.push(hit(a, `fault-gerund:${f}`, t - 1, t));
          continue;
        }
      }
    }
    // A lapse presupposed by "this time" / "for once": "and this time actually test it", "maybe this time she'll
    // actually answer the page" (the person did not, last time).
    if (inClass(tok, DILIGENCE_VERBS) && tok.pos === 'VERB' && /(?:^| )(?:this time|for once|for a change)(?: ,)? (?:\S+ )?(?:\S+ )?(?:actually|really|properly|bother to) $/.test(textBefore(a, t, 6)) && !isNeg(a, t)) {
      const before = textBefore(a, t, 6);
      const self = /(?:^| )(?:we|i|we will|i will|let us)(?: |$)/.test(before);
      if (!self) {
        hits.push(hit(a, 'this-time-actually', t - 1, t));
        continue;
      }
    }
    // "nobody here can be trusted to read an alert", "nobody thinks to look at the nonces": the group's lapse, now.
    if (inClass(tok, DILIGENCE_VERBS) && toks[t - 1]?.norm === 'to' && /(?:^| )(?:nobody|no one|no-one) (?:here |around here |in this room |on this team )?(?:can be trusted|could be trusted|thinks|thought|bothers|bothered|cares|managed|manages) to $/.test(textBefore(a, t, 8))) {
      hits.push(hit(a, 'nobody-thinks-to', t - 2, t));
      continue;
    }
    // "Whoever signed off on the config is going to have some explaining to do": accountability demanded of a person.
    if (tok.norm === 'explaining' && toks[t + 1]?.norm === 'to' && toks[t + 2]?.norm === 'do' && blameable(agentBefore(a, t - 1 >= 0 ? Math.max(sent.first, t - 3) : t))) {
      hits.push(hit(a, 'explaining-to-do', t, t + 2));
      continue;
    }
    // "Let's be honest, this was Priya's deploy": the incident identified with a person's change.
    if (/^(?:deploy|deployment|change|pr|commit|merge|release|push|upgrade|config|migration|rollout)$/.test(tok.norm) && prev(a, t) === "'s" && /^(?:was|is)$/.test(toks[t - 3]?.norm ?? '') && /^(?:this|it)$/.test(toks[t - 4]?.norm ?? '') && isName(a, t - 2) && (t - 4 === sent.first || /^(?:,|:|-|but|and|so|honestly|frankly|look)$/.test(toks[t - 5]?.norm ?? '')) && !/\d/.test(sentenceNorm(a, t)) && !sent.question && !isNeg(a, t - 3)) {
      hits.push(hit(a, 'this-was-their-change', t - 4, t));
      continue;
    }
    // Clefts that single out a person for an act: "It was Kai who approved the change", "it's Dev that merged it".
    if (/^(?:who|that)$/.test(tok.norm) && t >= sent.first + 3 && /^(?:it|this) (?:was|is) $/.test(`${win(a, t - 3, t - 1)} `) && (isName(a, t - 1) || classify(a, t - 1) === 'team') && !sent.question) {
      const v = toks[t + 1];
      if (v && v.pos === 'VERB' && (inClass(v, FAULT_VERBS) || /^(?:approve|merge|push|deploy|ship|sign|write|change|configure|set|turn|disable|remove|release|decide|skip|ignore|miss|forget|rush|allow|let)$/.test(v.lemma)) && isPastForm(v) && !isNeg(a, t - 2)) {
        hits.push(hit(a, 'cleft-person', t - 3, t + 1));
        continue;
      }
    }
    // "Infra is responsible for this", "the vendor is accountable for what happened".
    if (/^(?:responsible|accountable|culpable|liable)$/.test(tok.norm) && toks[t + 1]?.norm === 'for' && /^(?:this|that|it|what|the|all|everything)$/.test(toks[t + 2]?.norm ?? '') && toks[t - 1]?.lemma === 'be' && !isNeg(a, t) && !sent.question && !/^(?:fixing|the fix|the follow-up|the action|owning)$/.test(toks[t + 2]?.norm ?? '') && !/\b(?:for (?:the )?(?:fix|follow-up|action|ticket|rollout|next|review|write-up))\b/.test(win(a, t + 1, t + 5)) && blameable(agentBefore(a, t - 1))) {
      hits.push(hit(a, 'responsible-for', t - 1, t + 2));
      continue;
    }
    // "This whole mess traces back to Priya's PR", "it all comes down to the ops team": the cause followed to people.
    if (/^(?:trace|come|go|lead|point|boil)$/.test(tok.lemma) && /^(?:back|down|straight)$/.test(toks[t + 1]?.norm ?? '') && toks[t + 2]?.norm === 'to' && !isNeg(a, t) && !sent.question) {
      let k = t + 3;
      while (k < toks.length && k <= t + 5 && /^(?:the|a|one|just|exactly|squarely)$/.test(toks[k]!.norm)) k++;
      const owner = toks[k + 1]?.norm === "'s" ? classify(a, k) : isName(a, k) ? 'person' : TEAM_WORDS.has(toks[k]?.norm ?? '') || TEAM_WORDS.has(toks[k + 1]?.norm ?? '') ? 'team' : null;
      if (owner === 'person' || owner === 'team') {
        hits.push(hit(a, 'traces-to-person', t, Math.min(k + 1, sent.last)));
        continue;
      }
    }
    // The cause given as a person or team: "the outage happened due to Ravi's config change", "because of the wallet
    // team", "thanks to the ops folks, withdrawals were down all afternoon" (not "thanks to X for staying late").
    if (/^(?:due|because|owing|thanks)$/.test(tok.norm) && /^(?:to|of)$/.test(toks[t + 1]?.norm ?? '') && !isNeg(a, t) && !sent.question) {
      let k = t + 2;
      while (k <= sent.last && /^(?:the|a|an|our|one|some|just|entirely|partly)$/.test(toks[k]!.norm)) k++;
      let head = k;
      while (head + 1 <= sent.last && (toks[head + 1]!.pos === 'NOUN' || toks[head + 1]!.pos === 'PROPN' || TEAM_WORDS.has(toks[head + 1]!.norm)) && !isName(a, head + 1)) head++;
      const who = toks[k + 1]?.norm === "'s" ? classify(a, k) : isName(a, k) ? 'person' : classify(a, head);
      const gratitude = tok.norm === 'thanks' && (/\bfor\b/.test(win(a, head + 1, Math.min(sent.last + 1, head + 4))) || t !== firstWord(a, sent.first));
      if ((who === 'person' || who === 'team') && !gratitude && !/\b(?:we|i) (?:caught|recovered|fixed|found|noticed|saved|restored)\b/.test(sentenceNorm(a, t))) {
        hits.push(hit(a, 'caused-by-person', t, Math.min(head + (toks[k + 1]?.norm === "'s" ? 2 : 0), sent.last)));
        continue;
      }
    }
    // Leaving the post while it mattered: "Priya acked the page and went back to sleep", "the on-call went to lunch
    // while the alert was firing".
    if (tok.norm === 'went' && /^(?:back )?(?:to )?(?:lunch|sleep|bed|dinner|the pub|home|offline|dark)\b/.test(win(a, t + 1, t + 4)) && /\b(?:alert|alerts|page|pager|paged|firing|ack|acked|acknowledged|warning|incident|outage)\b/.test(sentenceNorm(a, t)) && blameable(subjectOf(a, t))) {
      hits.push(hit(a, 'left-the-post', t, Math.min(t + 3, sent.last)));
      continue;
    }
    // Waving a signal off: "Ravi decided the alert could wait", "they assumed the warning was noise".
    if (/^(?:decided|assumed|figured|reckoned|thought|judged)$/.test(tok.norm) && /^(?:that )?(?:it|this|the \S+|the \S+ \S+|that) (?:could wait|can wait|was noise|was just noise|was a false alarm|was not (?:urgent|important|real|a problem)|did not matter|was fine|would sort itself out|would resolve itself)\b/.test(win(a, t + 1, t + 9)) && blameable(agentBefore(a, t)) && !sent.question) {
      hits.push(hit(a, 'waved-off-signal', t, Math.min(t + 4, sent.last)));
      continue;
    }
    // A change made despite what was known: "the wallet team knew about the limit and shipped anyway".
    if (/^(?:anyway|anyways|regardless|nonetheless)$/.test(tok.norm) && t > sent.first) {
      const v = toks[t - 1]!.pos === 'VERB' ? t - 1 : toks[t - 2]?.pos === 'VERB' ? t - 2 : -1;
      if (v >= 0 && /^(?:ship|push|deploy|merge|release|approve|sign|roll|launch|go|proceed|upgrade|change)$/.test(toks[v]!.lemma) && isPastForm(toks[v]!) && blameable(subjectOf(a, v))) {
        hits.push(hit(a, 'did-it-anyway', v, t));
        continue;
      }
    }
    // "took forever / way too long / ages to ...", said of a person or team.
    if ((tok.norm === 'took' || tok.norm === 'taking' || tok.norm === 'takes') && /^(?:forever|ages|too|way|far|an eternity)$/.test(toks[t + 1]?.norm ?? '') && !isNeg(a, t)) {
      if (blameable(agentBefore(a, t))) hits.push(hit(a, 'took-too-long', t, Math.min(t + 3, sentenceOf(a, t).last)));
    }
  }
  // A person's work named as the cause: "Marco's change did this", "it's his code that stalled", "since it was her
  // number that got us here", "the nonce handler was your code and it didn't handle reorgs", "three confirmations was
  // Elif's call", "the change was hers".
  a.sentences.forEach((sent, si) => {
    if (hits.some((h) => toks[h.first]!.sent === si)) return;
    const words = sentenceNorm(a, sent.first);
    const causes = CAUSE_PREDICATE.test(words);
    // "... was your code", "... was Elif's call", "the change was hers": the work is the predicate of "was". (In the
    // past: "the change is yours, due the 9th" hands it over; "it's your change up on the screen" shows it; and a "but"
    // after it moves on: "It was your change, but the process let it through".)
    const past = (k: number) => /^(?:was|were)$/.test(toks[k]?.norm ?? '');
    for (let t = sent.first; t <= sent.last; t++) {
      const tok = toks[t]!;
      // Whose work: "your code" (the possessive at t - 1), "Marco's change" (the name at t - 2).
      let possessor = -1;
      if (ARTIFACTS.test(tok.norm) && t - 1 >= sent.first && /^(?:your|his|her|their)$/.test(toks[t - 1]!.norm)) possessor = t - 1;
      else if (ARTIFACTS.test(tok.norm) && t - 2 >= sent.first && toks[t - 1]!.norm === "'s" && isName(a, t - 2)) possessor = t - 2;
      const predicate = (possessor >= 0 && past(possessor - 1)) || (/^(?:hers|his|yours|theirs)$/.test(tok.norm) && past(t - 1) && /\b(?:change|code|call|decision|merge|deploy|pr|commit|config|idea)\b/.test(win(a, sent.first, t - 1)));
      // ("This was Ravi's change at 14:02" only says whose change it was; a decision said to be someone's blames them.)
      if ((possessor >= 0 || predicate) && (causes || (predicate && /^(?:call|decision)$/.test(tok.norm)))) {
        if (isNeg(a, t) || /\b(?:not|never|no)\b/.test(textBefore(a, possessor >= 0 ? possessor : t, 3)) || /\bbut\b/.test(win(a, t + 1, sent.last + 1))) continue;
        hits.push(hit(a, 'their-work-caused', possessor >= 0 ? possessor : t, t));
        return;
      }
    }
  });
  return hits;
}

/** Work a person puts their name to. */
const ARTIFACTS = /^(?:change|changes|code|merge|deploy|deployment|pr|commit|number|numbers|call|decision|runbook|config|diff|design|estimate|script|push|threshold|limit)$/;
/** The sentence says something caused the outage. */
const CAUSE_PREDICATE = /\b(?:did this|did all this|caused|cause of|got us here|is why|why we are here|broke|stalled|comes back to|came back to|started (?:this|all this|it)|sent \S+ down|let (?:this|it) through|did not handle|went out (?:unreviewed|untested|without)|was the (?:problem|cause|trigger|culprit))\b/;

const SKIP_FOR_BLAME = new Set(['PUNCT', 'DET', 'ADP', 'CCONJ', 'NUM', 'SYM', 'PART', 'SCONJ']);

const GROUPISH = new Set(['people', 'folks', 'guys', 'whoever', 'somebody', 'someone', 'anybody']);

function prev(a: Analysis, t: number): string {
  const p = a.tokens[t - 1];
  return p && p.sent === a.tokens[t]!.sent ? p.norm : '';
}

/** The noun just before `t` (skipping "root", "real", "main" ...), lemma. */
function previousNoun(a: Analysis, t: number): string {
  const prev = a.tokens[t - 1];
  if (!prev || prev.sent !== a.tokens[t]!.sent) return '';
  return prev.pos === 'NOUN' || prev.pos === 'PROPN' ? prev.lemma : '';
}

/** "That call was Dev's": the possessor before "was". */
function possessorBefore(a: Analysis, t: number): Agent {
  // `t` may be one past the last token ("the possessor before the word after this one").
  const sent = a.tokens[Math.min(t, a.tokens.length - 1)]?.sent;
  for (let k = Math.min(t, a.tokens.length) - 1; k >= 0 && t - k <= 4; k--) {
    const tok = a.tokens[k]!;
    if (tok.sent !== sent) break;
    if (tok.norm === "'s" && k > 0) return classify(a, k - 1) ?? 'none';
    if (/^(?:your|his|her)$/.test(tok.norm)) return 'person';
    if (tok.norm === 'their') return 'team';
  }
  return 'none';
}

/** The negator that scopes over `t` ("not", "never", "n't"), if it is within the clause. */
function negatorIndex(a: Analysis, t: number): number | null {
  const tok = a.tokens[t]!;
  for (let k = t - 1; k >= 0 && t - k <= 5; k--) {
    const p = a.tokens[k]!;
    if (p.sent !== tok.sent || p.clause !== tok.clause) return null;
    if (p.norm === 'not' || p.norm === 'never') return k;
  }
  return null;
}

/** "did not / had not / never / was not + -ing" (what happened), not "will not / should not / do not" (advice). */
function negatorIsPastOrPerfect(a: Analysis, t: number): boolean {
  const n = negatorIndex(a, t);
  if (n === null) return false;
  const neg = a.tokens[n]!;
  const aux = a.tokens[n - 1];
  if (neg.norm === 'never') {
    const tok = a.tokens[t]!;
    return isPastForm(tok) || (aux !== undefined && /^(?:had|has|have|was|were)$/.test(aux.norm));
  }
  if (!aux) return false;
  if (/^(?:did|had|has|have|was|were)$/.test(aux.norm)) return true;
  // Habits of third persons: "certain people don't read their alerts" (not the advice "don't read it").
  if (/^(?:do|does)$/.test(aux.norm)) {
    let s = n - 2;
    while (s >= 0 && a.tokens[s]!.pos === 'ADV' && a.tokens[s]!.sent === neg.sent) s--;
    const subject = a.tokens[s];
    return subject !== undefined && subject.sent === neg.sent && subject.norm !== 'you' && subject.norm !== 'i' && subject.norm !== 'we' && (subject.pos === 'NOUN' || subject.pos === 'PROPN' || /^(?:they|he|she|people|folks)$/.test(subject.norm));
  }
  // "could not be bothered to check"
  return aux.norm === 'could' && a.tokens[n + 1]?.norm === 'be' && a.tokens[n + 2]?.norm === 'bothered';
}

// ---------------------------------------------------------------------------------------------------------------
// Premature fixes

/**
 * Fix proposals: a fix verb with a system object, framed as a proposal or commitment, as an imperative, as a present
 * need of a system, or claimed to solve the problem. The caller applies the phase and the defusers ("premature",
 * "park it").
 */
export function fixPatterns(a: Analysis): Hit[] {
  const hits: Hit[] = [];
  const toks = a.tokens;
  const labelled = labelledSentences(a);
  const questions = a.sentences.map((_, i) => realQuestion(a, i));
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t]!;
    const sent = sentenceOf(a, t);
    const question = questions[tok.sent] ?? false;
    const verb = inClass(tok, FIX_VERBS);
    // (wink may tag a verb after "let's" as an adjective: "let's flip the kill switch".)
    if (verb && (tok.pos !== 'ADJ' || /(?:^| )(?:let us|someone|somebody) (?:just |please )?$/.test(textBefore(a, t, 3)) || (!AMBIGUOUS_FIX.has(verb) && isClauseStart(a, t) && /^(?:the|a|an|our|its|their|every|all)$/.test(toks[t + 1]?.norm ?? ''))) && tok.pos !== 'ADP' && !isAnalysisUse(a, t, verb)) {
      const before = textBefore(a, t);
      // Imperative: first in its clause (after "just", "so", "easy:", "go ahead and", a vocative or a "while ..."
      // clause), a base form, with an object.
      const clauseStart = isClauseStart(a, t);
      const frame = FIX_FRAMES.find((f) => f.re.test(before)) ?? namedDoer(a, t);
      // "What if we just paused withdrawals ...": a past form after "what if" still proposes.
      // A base form is the word itself, not a stripped plural ("Fixes wait until the end" has no verb "fix").
      const base = (tok.norm === tok.lemma && verb === tok.norm) || (frame?.id === 'what-if' && isPastForm(tok)) || (frame?.id === 'why-not' && tok.norm.endsWith('ing') && /(?:how|what) about (?:just )?$/.test(before)) || (frame !== undefined && GERUND_FRAMES.has(frame.id) && tok.norm.endsWith('ing'));
      const objectOk = fixObject(a, t, verb);
      const negOk = !isNeg(a, t) || (frame !== undefined && NEGATIVE_QUESTION_FRAMES.has(frame.id));
      if (objectOk !== null && base && (!tok.norm.endsWith('ing') || frame?.id === 'why-not' || (frame !== undefined && GERUND_FRAMES.has(frame.id))) && negOk && (frame || (clauseStart && !question && (!laterFinite(a, t) || /^(?:have|make|get)$/.test(verb))) || (labelled.has(tok.sent) && afterColon(a, t)))) {
        hits.push(hit(a, frame ? `fix-frame:${frame.id}` : labelled.has(tok.sent) && afterColon(a, t) ? 'fix-labelled' : 'fix-imperative', t, objectOk, frame?.hedged ?? false));
        continue;
      }
      // "I'm rewriting the nonce manager tonight", "we're switching providers as of Monday": a present-tense
      // commitment with a time cue.
      if (objectOk !== null && tok.norm.endsWith('ing') && /(?:^| )(?:i am|we are|i will be|we will be|i am just|we are just|they are|infra is|the team is) (?:already |just |now |definitely )?$/.test(before) && FUTURE_CUE.test(sentenceNorm(a, t)) && !isNeg(a, t)) {
        hits.push(hit(a, 'fix-commitment', t, objectOk));
        continue;
      }
      // "Tomasz owns capping relayer retries at three, due Thursday", "I'll take rolling back the config": a fix given an
      // owner before the cause is agreed.
      if (objectOk !== null && tok.norm.endsWith('ing') && !isNeg(a, t) && ownedGerund(a, t)) {
        hits.push(hit(a, 'fix-owned', t, objectOk));
        continue;
      }
      // "Bumping maxFeePerGas clears the queue, so let's do that", "rolling back faster is clearly the answer", and the
      // same after a hedge: "We shouldn't rush a fix, but honestly, capping withdraw gas would stop this".
      if (objectOk !== null && tok.norm.endsWith('ing') && (t === firstWord(a, sent.first) || afterBut(a, t)) && GERUND_CLAIM.test(win(a, t, sent.last + 1))) {
        hits.push(hit(a, 'fix-gerund-claim', t, objectOk));
        continue;
      }
      // "Validator rotations should be blocked under high load", "the limit needs to be raised": a modal passive.
      if (isPastForm(tok) && !AMBIGUOUS_FIX.has(verb) && /(?:^| )(?:should|must|needs to|need to|has to|have to|ought to|will have to|is going to|are going to) (?:just |simply |also |really |definitely )?(?:be|get) (?:\S+ )?$/.test(before) && !question && !isNeg(a, t)) {
        hits.push(hit(a, 'fix-modal-passive', t, t));
        continue;
      }
      // "I'd like the relayer gas limit raised today", "we want the oracle replaced": a wish for a changed system.
      if (isPastForm(tok) && !AMBIGUOUS_FIX.has(verb) && /(?:^| )(?:i would like|we would like|i want|we want|i need|we need|i would love|let us get|get) (?:the |a |our |that |this |an )?(?:\S+ ){1,4}$/.test(before) && !question && !isNeg(a, t)) {
        hits.push(hit(a, 'fix-wish', t, t));
        continue;
      }
    }
    // "Simple fix for the reorg thing: wait for twelve confirmations", "Decision: every change gets an audit".
    if (labelled.has(tok.sent) && afterColon(a, t) && toks[t - 1]?.norm === ':' && !question) {
      let last = t;
      while (last + 1 <= sent.last && !/^[.!?]$/.test(toks[last + 1]!.norm) && last - t < 6) last++;
      if (last > t || /\p{L}/u.test(tok.norm)) {
        hits.push(hit(a, 'fix-labelled', t, last));
        continue;
      }
    }
    // "The quick win here is a retry cap on the relayer", "the obvious answer is a second provider".
    if ((/^(?:is|would|will)$/.test(tok.norm) || (tok.norm === "'s" && /^(?:fix|solution|answer|remedy|move|win|cure)$/.test(prev(a, t)))) && !question && FIX_NOUN_IN.test(sentenceNorm(a, t)) && !isNeg(a, t)) {
      const head = win(a, sent.first, t).replace(/^(?:\S+ ){0,5}?(?:know|knows|think|thinks|agree|agrees|reckon|believe|believes) (?:that )?/, '');
      if (/^(?:so |honestly |look |okay |ok |well |, )*(?:the|my|our|one|an?) (?:\S+ )?(?:fix|solution|answer|win|remedy|move|way forward|quick win|easy win|cure)(?: here| for (?:this|that|it|now))?$/.test(head)) {
        const rest = t + (tok.norm === 'is' || tok.norm === "'s" ? 1 : 2);
        // "The answer is in the relayer logs": a place to look, not a fix.
        const located = toks[rest]?.pos === 'ADP' || /^(?:somewhere|there|here|probably in|in|on|at)$/.test(toks[rest]?.norm ?? '');
        for (let k = rest; !located && k < toks.length && k - rest <= 6; k++) {
          const n = toks[k]!;
          if (n.sent !== tok.sent || /^[.!?;]$/.test(n.norm)) break;
          if ((isFixObject(n) || inClass(n, FIX_VERBS)) && !ANALYSIS_NOUNS.has(n.norm) && !/^(?:do|go|get|have|make|take|start)$/.test(n.lemma)) {
            hits.push(hit(a, 'fix-is', sent.first, k));
            break;
          }
        }
        if (hits.length && hits[hits.length - 1]!.id === 'fix-is' && toks[hits[hits.length - 1]!.first]!.sent === tok.sent) continue;
      }
    }
    // "I want the old gas profile back by tonight": restoring an earlier state.
    if (tok.norm === 'back' && !question && /(?:^| )(?:i|we) (?:want|need|would like|would love) (?:the |our |that |a )?(?:\S+ ){1,4}$/.test(textBefore(a, t, 8)) && FUTURE_CUE.test(sentenceNorm(a, t))) {
      hits.push(hit(a, 'fix-want-back', t, t));
      continue;
    }
    // "The oracle needs a heartbeat check": a present need of a system.
    if ((tok.norm === 'needs' || tok.norm === 'need') && !question && !isNeg(a, t)) {
      const agent = agentBefore(a, t);
      const objectHead = needObject(a, t);
      if (objectHead !== null && (agent === 'system' || (agent === 'self' && tok.norm === 'need'))) {
        hits.push(hit(a, 'system-needs', t, objectHead));
        continue;
      }
    }
    // "A simple mutex around the send loop would sort this out": a fix as the subject of a solving verb.
    const presentSolver = /^(?:fixes|solves|sorts|stops|prevents|handles|cures|eliminates|resolves|clears|covers|catches|kills)$/.test(tok.norm) && /^(?:it|this|that|half|most|all|the|everything|much)$/.test(toks[t + 1]?.norm ?? '');
    // "Wouldn't a simple per-block cap fix this?" proposes as much as the statement does.
    const negativeQuestion = question && /^(?:would|will|does|do|could) not\b/.test(sentenceNorm(a, t));
    if ((presentSolver || (/^(?:would|will|could)$/.test(tok.norm) && toks[t + 1]?.norm !== 'have')) && (!question || negativeQuestion) && (negativeQuestion || !isNeg(a, presentSolver ? t : t + 1))) {
      let next: number | null = presentSolver ? t : null;
      for (let k = t + 1; next === null && k < toks.length && k - t <= 7; k++) {
        const n = toks[k]!;
        if (n.sent !== tok.sent || /^[.,;!?]$/.test(n.norm)) break;
        if (/^(?:fix|solve|sort|stop|prevent|handle|cure|eliminate|resolve|clear|unstick|cover|catch|kill)$/.test(n.lemma) && n.pos === 'VERB') next = k;
        else if (n.pos === 'VERB' && !negativeQuestion) break;
      }
      if (next !== null) {
        // The fix is the subject: before the auxiliary in a statement, after it in a question.
        const subject = negativeQuestion ? toks.slice(t + 1, next).findIndex((x) => isFixObject(x)) : -2;
        const at = subject === -2 ? subjectFixObject(a, t) : subject >= 0 ? t + 1 + subject : null;
        if (at !== null) hits.push(hit(a, 'fix-claim', at, next));
      }
    }
    // "Let's do that today", "let's start on that tomorrow": committing to what was just proposed.
    if (tok.norm === 'let' && toks[t + 1]?.norm === 'us' && t > 0 && !question) {
      const rest = win(a, t + 2, Math.min(sent.last + 1, t + 8));
      const v = toks[t + 2]?.norm === 'just' ? toks[t + 3] : toks[t + 2];
      const doVerb = v !== undefined && (/^(?:do|start|get|go|make)$/.test(v.norm) || (inClass(v, FIX_VERBS) !== null && !AMBIGUOUS_FIX.has(v.lemma)) || /^(?:build|add|write|ship|set)$/.test(v.norm));
      if (doVerb && /^(?:just )?\S+ (?:on |with |up )?(?:that|it|this|those|them)(?: one)?(?: up| in| out)? (?:today|tonight|now|right away|asap|first thing|tomorrow|this week|immediately|straight after|after this|before friday|by friday)\b/.test(rest)) {
        hits.push(hit(a, 'fix-do-that', t, Math.min(sent.last, t + 5)));
        continue;
      }
    }
    // "I'll open a ticket for a gas snapshot gate": a ticket or PR for a fix.
    const forAt = [1, 2, 3, 4].map((d) => t + d).find((k) => toks[k]?.norm === 'for' && toks.slice(t + 1, k).every((x) => /^(?:after|this|today|tonight|now|right|later|first|thing|tomorrow)$/.test(x.norm)));
    if (/^(?:ticket|pr|issue|task|jira|story|card)$/.test(tok.norm) && forAt !== undefined && !question) {
      for (let k = forAt + 1; k < toks.length && k - t <= 7; k++) {
        const n = toks[k]!;
        if (n.sent !== tok.sent || /^[.,;!?]$/.test(n.norm)) break;
        if ((isFixObject(n) || inClass(n, FIX_VERBS)) && !ANALYSIS_NOUNS.has(n.norm) && /(?:^| )(?:i|we|someone|somebody|you) (?:will|would|should|can|could|am going to|are going to|need to|must) (?:just |also |quickly )?(?:open|file|raise|create|write|put up|log|cut) (?:a |an |the )?(?:\S+ )?$/.test(textBefore(a, t, 9))) {
          hits.push(hit(a, 'fix-ticket', t, k));
          break;
        }
      }
    }
  }
  // Announcements of a new rule: "From now on, nobody deploys without a canary", "Going forward, every alert pages two
  // people", "We should probably page two people from now on", "No more contract deploys on presale days".
  a.sentences.forEach((sent, si) => {
    if (questions[si] || hits.some((h) => toks[h.first]!.sent === si)) return;
    const words = sentenceNorm(a, sent.first);
    const marker = RULE_MARK.test(words);
    for (let t = sent.first; t <= sent.last; t++) {
      const tok = toks[t]!;
      // "No more contract deploys on presale days": a ban on a kind of change, opening its clause.
      if (tok.norm === 'no' && toks[t + 1]?.norm === 'more' && (isClauseStart(a, t) || /^(?:,|:|-)$/.test(prev(a, t)))) {
        const k = [2, 3, 4].map((d) => t + d).find((j) => toks[j] && toks[j]!.sent === tok.sent && CHANGE_NOUNS.has(toks[j]!.norm));
        if (k !== undefined && toks.slice(t + 2, k).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ' || x.pos === 'PROPN')) {
          hits.push(hit(a, 'fix-ban', t, k));
          return;
        }
      }
      if (!marker) continue;
      // A quantified or negated subject with a present verb ("nobody deploys", "every alert pages"), or a modal frame.
      if ((tok.pos === 'VERB' || tok.pos === 'NOUN') && !ANALYSIS_VERB_LEMMAS.has(tok.lemma)) {
        const lead = textBefore(a, t, 5);
        const quantified = /(?:^| )(?:nobody|no one|no-one|every|each|all|any) (?:\S+ ){0,1}$/.test(lead) && /[^s]s$/.test(tok.norm) && tok.norm !== tok.lemma && !/^(?:is|has|was|does)$/.test(tok.norm) && (tok.pos === 'VERB' || /^(?:nobody|no one|no-one) $|\b(?:every|each|any) \S+ $/.test(lead));
        if (!quantified && (tok.pos !== 'VERB' || isNeg(a, t))) continue;
        const modal = /(?:^| )(?:we|you|everyone|everybody|people|someone|the team|i|all|every \S+|each \S+) (?:\S+ )?(?:should|must|need to|needs to|have to|has to|will|shall) (?:probably |always |now |just |also )?$/.test(lead) && tok.norm === tok.lemma;
        if (quantified || modal) {
          hits.push(hit(a, 'fix-new-rule', t, Math.min(sent.last, t + 3)));
          return;
        }
      }
    }
    // "Could the answer just be backoff on the mint page?": a fix offered as a question about the answer.
    if (questions[si] === false) return;
  });
  a.sentences.forEach((sent, si) => {
    if (!sent.question || hits.some((h) => toks[h.first]!.sent === si)) return;
    const words = sentenceNorm(a, sent.first);
    const m = /^(?:so |and |but |honestly |maybe )?(?:could|would|might|should|is|is not|would not|could not) (?:the|our) (?:real |simple |simplest |obvious |quick )?(?:answer|fix|solution|remedy) (?:here |then )?(?:just |simply |not )?(?:be )?/.exec(words);
    if (!m) return;
    for (let k = sent.first + 3; k <= sent.last; k++) {
      const n = toks[k]!;
      if ((isFixObject(n) || (inClass(n, FIX_VERBS) && !AMBIGUOUS_FIX.has(n.lemma))) && !ANALYSIS_NOUNS.has(n.norm)) {
        hits.push(hit(a, 'fix-answer-question', sent.first, k, true));
        return;
      }
    }
  });
  a.sentences.forEach((sent, si) => {
    if (sent.question || hits.some((h) => toks[h.first]!.sent === si)) return;
    const words = sentenceNorm(a, sent.first);
    // "From now on, no deploys after noon", "going forward, rollback should be automatic on gas alerts": a new rule
    // for the system, set before the analysis.
    const rule = /^(?:so |and |okay |ok )?(?:, )?(?:from (?:now on|today|tomorrow|here on|this week|next week)|going forward|starting (?:today|tomorrow|now|this week|monday)|next time)(?: ,)? (.*)$/.exec(words);
    if (rule && /\b(?:deploy|deploys|deployment|merge|merges|merged|release|releases|rollback|rollbacks|alert|alerts|review|reviews|reviewer|reviewers|on-call|page|pages|paging|gas|contract|relayer|nodes|runbook|checklist|sign-off|ci|limit|freeze)\b/.test(rule[1]!) && !/^(?:let us|we will|i will|i want) (?:talk|look|check|walk|stick|keep|go|start|focus)\b/.test(rule[1]!)) {
      hits.push(hit(a, 'fix-new-rule', sent.first, Math.min(sent.last, sent.first + 4)));
      return;
    }
    // "Splitting withdraw into two transactions is the only sensible fix here", "Nonce check on reorg, that's the fix",
    // "more gas headroom is the answer".
    const answer = / (?:is|are) (?:the |our |clearly the |obviously the |probably the )?(?:only |real |obvious |simple |sensible |only sensible |right )?(?:fix|answer|solution|remedy)(?: here| then)?(?: [.!])?$/.exec(words);
    if (answer && answer.index > 0) {
      const lead = words.slice(0, answer.index);
      // ("The question is the answer", "understanding the reorg is the answer here": not a change.)
      if (/\b(?:question|problem|cause|root cause|issue|not|no)\b/.test(lead) || /^(?:understanding|knowing|talking|listening|learning|communicating|communication|finding out|looking|asking|patience|time)\b/.test(lead)) return;
      hits.push(hit(a, 'fix-is-the-answer', sent.first, sent.last));
      return;
    }
    // "So a resync on reorg goes in today", "the loader fix goes out tonight": a change scheduled now.
    for (let k = sent.first; k < sent.last; k++) {
      if (!/^(?:goes|go|going|gets|get)$/.test(toks[k]!.norm) || !/^(?:in|out|live|merged|shipped|deployed)$/.test(toks[k + 1]?.norm ?? '')) continue;
      if (!/^(?:today|tonight|now|this afternoon|this morning|this week|before \S+|first thing)\b/.test(win(a, k + 2, Math.min(sent.last + 1, k + 5)))) continue;
      let fixNoun = false;
      for (let j = sent.first; j < k; j++) fixNoun ||= isFixObject(toks[j]!) || /^(?:fix|patch|hotfix|resync|check|alert|cap|limit|rewrite|change)$/.test(toks[j]!.norm);
      if (fixNoun) {
        hits.push(hit(a, 'fix-scheduled', sent.first, Math.min(sent.last, k + 2)));
        return;
      }
    }
  });
  return hits;
}

/** Markers that a sentence sets a standing rule: "from now on", "going forward", "starting today", "new rule". */
const RULE_MARK = /\b(?:from now on|going forward|moving forward|starting (?:today|tomorrow|now|monday|tuesday|wednesday|thursday|friday|next week|this week)|effective (?:immediately|today|now)|as of (?:today|now|tomorrow|monday)|new (?:rule|policy)|from today|from tomorrow)\b/;
/** Kinds of change a ban names: "no more Friday deploys". */
const CHANGE_NOUNS = new Set(['deploys', 'deployments', 'releases', 'merges', 'upgrades', 'changes', 'pushes', 'hotfixes', 'migrations', 'rollouts', 'launches', 'restarts', 'manual']);
/** Verbs of analysis and meeting process: not a rule for the system ("from now on, let's look at ..."). */
const ANALYSIS_VERB_LEMMAS = new Set(['look', 'check', 'see', 'understand', 'investigate', 'find', 'figure', 'walk', 'go', 'hear', 'talk', 'discuss', 'review', 'compare', 'share', 'show', 'start', 'begin', 'focus', 'keep', 'hold', 'park', 'note', 'wait', 'take', 'list', 'agree', 'write', 'summarise', 'summarize', 'recap', 'confirm', 'know', 'think', 'be', 'have', 'get', 'do', 'say', 'tell', 'ask', 'remember', 'try', 'learn', 'come', 'meet', 'read']);

/** The end of the changeable object after verb `t` (any verb), or null: see `fixObject`. */
export function changeObject(a: Analysis, t: number): number | null {
  const tok = a.tokens[t]!;
  return fixObject(a, t, inClass(tok, FIX_VERBS) ?? tok.lemma);
}

/** Adjectives a causative "make" gives a system: "make paging mandatory". */
const STATE_ADJECTIVES = new Set(['mandatory', 'required', 'compulsory', 'optional', 'automatic', 'default', 'idempotent', 'stricter', 'read-only', 'configurable', 'non-blocking', 'atomic', 'synchronous', 'asynchronous', 'sequential', 'immutable', 'permanent', 'blocking', 'manual', 'opt-in', 'opt-out', 'faster', 'lower', 'higher', 'smaller', 'bigger', 'safer', 'stricter', 'redundant']);

const DISCUSSION_NOUNS = new Set(['debate', 'discussion', 'question', 'questions', 'idea', 'ideas', 'talk', 'conversation', 'argument', 'proposal', 'proposals', 'option', 'options', 'suggestion', 'suggestions', 'decision', 'plan', 'thread', 'topic']);

/**
 * A lexicon fix hit that is really about analysis: the fix word names a discussion ("let's hold the rollback
 * debate") or the verb's object is an analysis noun ("they'll help us rebuild the first hour").
 */
export function fixAboutAnalysis(a: Analysis, h: Hit): boolean {
  const toks = a.tokens;
  // "We need the alert history", "the test results": a fix word modifying an analysis noun.
  const after = toks[h.last + 1];
  if (after && after.sent === toks[h.last]!.sent && (ANALYSIS_NOUNS.has(after.norm) || DISCUSSION_NOUNS.has(after.norm))) return true;
  // "Let's put the 14:05 alert and the 14:11 reorg side by side": a comparison.
  if (/\b(?:side by side|next to each other|against each other|on the same (?:graph|screen|chart))\b/.test(sentenceNorm(a, h.first))) return true;
  for (let t = h.first; t <= h.last; t++) {
    const tok = toks[t]!;
    const verb = inClass(tok, FIX_VERBS);
    if (!verb) continue;
    const next = toks[t + 1];
    if (next && next.sent === tok.sent && DISCUSSION_NOUNS.has(next.norm)) return true;
    // "I'll raise it with your manager": a conversation with a person, not a change.
    if (next && /^(?:it|this|that)$/.test(next.norm) && toks[t + 2]?.norm === 'with' && toks[t + 3] && (isName(a, t + 3) || ['person', 'team'].includes(classify(a, Math.min(t + 4, toks.length - 1)) ?? ''))) return true;
    // The head noun of the object: the last noun before a preposition or the clause end.
    let head = -1;
    for (let k = t + 1; k < toks.length && k - t <= 5; k++) {
      const n = toks[k]!;
      if (n.sent !== tok.sent || n.clause !== tok.clause || /^(?:to|at|by|for|on|in|with|from|until|when|whenever|after|before|per|and|or|so|tonight|today|now)$/.test(n.norm)) break;
      if (n.pos === 'NOUN' || n.pos === 'PROPN') head = k;
      else if (head >= 0 && n.pos !== 'NOUN') break;
    }
    if (head >= 0 && RECORD_PLACE.test(win(a, head + 1, head + 5))) return true;
    return head >= 0 && ANALYSIS_NOUNS.has(toks[head]!.norm) && !FIX_OBJECTS.has(toks[head]!.norm);
  }
  return false;
}

const FIX_NOUN_IN = /\b(?:fix|solution|answer|win|remedy|move|way forward|cure)\b/;

/** Claims that a fix named by a sentence-initial gerund solves the problem, or commitments to it. */
const GERUND_CLAIM = /\b(?:let us|we should|we can|i will|we will) (?:just )?(?:do|go with|try) (?:that|it|this)\b|\b(?:would|will|should) (?:\S+ )?(?:fix|solve|sort|clear|stop|prevent|handle|unstick|cure)\b|\b(?:fixes|solves|sorts|clears|stops|prevents|handles|unsticks|cures) (?:it|this|that|the)\b|\b(?:is|are|would be|seems|sounds like|looks like) (?:\S+ )?(?:the|our|an|a) (?:\S+ )?(?:answer|solution|fix|way forward|way to go|move|plan|win|option)\b/;

/** Sentences with a label before a colon that announces a fix: "Simple fix:", "My proposal:", "Decision:". */
function labelledSentences(a: Analysis): Set<number> {
  const out = new Set<number>();
  for (let t = 0; t < a.tokens.length; t++) {
    if (a.tokens[t]!.norm !== ':') continue;
    const sent = sentenceOf(a, t);
    // The label is the short clause right before the colon ("Simple fix for the reorg thing:", "My proposal:").
    let from = t - 1;
    while (from > sent.first && a.tokens[from - 1]!.clause === a.tokens[t - 1]?.clause && t - from < 9) from--;
    const label = win(a, from, t);
    // "So, new rule, starting today: ...": a rule announced anywhere before the colon.
    if (RULE_MARK.test(win(a, sent.first, t)) && !/\bground rules?\b/.test(win(a, sent.first, t))) out.add(a.tokens[t]!.sent);
    if (t - from <= 8 && /\b(?:fix|solution|proposal|decision|decided|plan|remedy|recommendation|suggestion|mitigation|workaround|quick win|new rule|new policy|policy)\b/.test(label) && !/\bground rules?\b/.test(label) && !/\b(?:not|no|later|action items?|until|premature|hold|park|defer|risks?|ineffective|jumping|rush|rushing|before|wrong|instead|what|why|how|which|whether|if)\b/.test(label)) out.add(a.tokens[t]!.sent);
  }
  return out;
}

function afterColon(a: Analysis, t: number): boolean {
  const sent = sentenceOf(a, t);
  for (let k = t - 1; k >= sent.first; k--) if (a.tokens[k]!.norm === ':') return true;
  return false;
}

/** A question that is not a tag on a statement ("patch the tracker to resync, yeah?"). */
function realQuestion(a: Analysis, s: number): boolean {
  const sent = a.sentences[s]!;
  if (!sent.question) return false;
  const words = win(a, Math.max(sent.first, sent.last - 3), sent.last + 1);
  return !/, (?:yeah|yes|right|ok|okay|alright|no|agreed|deal|sound good|fair) \?$/.test(words);
}

/** The first word of a sentence after openers like "so", "honestly", "okay". */
const OPENERS = /^(?:so|honestly|frankly|okay|ok|look|well|and|but|also|yeah|right|,)$/;
/** `t` opens the clause after "but" ("..., but honestly, capping it would stop this"). */
function afterBut(a: Analysis, t: number): boolean {
  let k = t - 1;
  while (k >= 0 && a.tokens[k]!.sent === a.tokens[t]!.sent && a.tokens[k]!.norm !== 'but' && OPENERS.test(a.tokens[k]!.norm)) k--;
  return k >= 0 && a.tokens[k]!.norm === 'but' && a.tokens[k]!.sent === a.tokens[t]!.sent;
}

export function firstWord(a: Analysis, first: number): number {
  let k = first;
  while (k < a.tokens.length && OPENERS.test(a.tokens[k]!.norm)) k++;
  return k;
}

/** A finite verb later in the clause means the first word was a noun: "Pause times were long". */
const CLAUSE_LINKS = /^(?:whenever|when|if|until|so|because|once|while|before|after|unless|that|which|who)$/;
const FINITE_AUX = /^(?:is|are|was|were|has|had|does|did)$/;
const ED = /ed$/;
function laterFinite(a: Analysis, t: number): boolean {
  const tok = a.tokens[t]!;
  for (let k = t + 1; k < a.tokens.length && k - t <= 8; k++) {
    const x = a.tokens[k]!;
    if (x.sent !== tok.sent || x.clause !== tok.clause) return false;
    if (x.pos === 'CCONJ' || x.pos === 'SCONJ' || CLAUSE_LINKS.test(x.norm)) return false;
    if (FINITE_AUX.test(x.norm)) return true;
    if (x.pos === 'VERB' && x.norm !== x.lemma && !x.norm.endsWith('ing') && !ED.test(x.norm)) return true;
  }
  return false;
}

function sentenceNorm(a: Analysis, t: number): string {
  if (sentenceCacheFor !== a) {
    sentenceCache = a.sentences.map((x) => win(a, x.first, x.last + 1));
    sentenceCacheFor = a;
  }
  return sentenceCache[a.tokens[t]!.sent] ?? '';
}

/** `t` opens its clause (sentence start, after a colon or dash, after "just/so/go ahead and"). */
const AHEAD_OR_GO = /^(?:ahead|go)$/;
const AHEAD_OR_AND = /^(?:ahead|and)$/;
const SUBORDINATORS = /^(?:while|when|once|since|as|if|before|after|until|for now|meanwhile)$/;
function isClauseStart(a: Analysis, t: number): boolean {
  const sent = sentenceOf(a, t);
  let k = t - 1;
  while (k >= sent.first && (CLAUSE_LEAD.has(a.tokens[k]!.norm) || a.tokens[k]!.norm === ',' || (a.tokens[k]!.norm === 'and' && AHEAD_OR_GO.test(a.tokens[k - 1]?.norm ?? '')) || (a.tokens[k]!.norm === 'ahead' && a.tokens[k - 1]?.norm === 'go') || (a.tokens[k]!.norm === 'go' && AHEAD_OR_AND.test(a.tokens[k + 1]?.norm ?? '')))) k--;
  if (k < sent.first) return true;
  const p = a.tokens[k]!;
  if (p.norm === ':' || p.norm === '-' || p.norm === ';' || p.norm === '\u2014' || p.norm === '\u2013') return true;
  // "Tomás, just add that guard now": a vocative name opens the sentence.
  if (isName(a, k) && (k === sent.first || a.tokens[k - 1]!.norm === ',' || a.tokens[k - 1]!.norm === 'and') && a.tokens[k + 1]?.norm === ',') return true;
  // "Kai, while we're on the reorg, patch the nonce tracker": the main clause after a subordinate one.
  if (a.tokens[k + 1]?.norm === ',' ) {
    const clause = a.tokens[k]!.clause;
    let j = k;
    while (j > sent.first && a.tokens[j - 1]!.clause === clause) j--;
    if (SUBORDINATORS.test(a.tokens[j]!.norm)) return true;
  }
  return false;
}

/** Verbs used as analysis: "let's look", "start with the timeline", "let's go around the room". */
function isAnalysisUse(a: Analysis, t: number, verb: string): boolean {
  const next = a.tokens[t + 1];
  if (!next || next.sent !== a.tokens[t]!.sent) return true;
  if (verb === 'go' && !/^(?:back|with)$/.test(next.norm)) return true;
  if (verb === 'start' && /^(?:with|by|from|at|there|here|the timeline)$/.test(next.norm)) return true;
  if (verb === 'make' && /^(?:sure|it|this|a|an|the|time|space|room)$/.test(next.norm) && !/^(?:the|a|an)$/.test(next.norm)) return true;
  if (verb === 'take' && /^(?:a|five|ten|stock|notes|note|it|this|that|turns|questions|the)$/.test(next.norm) && !/\b(?:offline|down)\b/.test(sentenceNorm(a, t)) && !(/^(?:it|this|that)$/.test(next.norm) && /^(?:out|down|off|away)$/.test(a.tokens[t + 2]?.norm ?? ''))) return true;
  return false;
}

/**
 * The last token of a system object after fix verb `t` ("bump the relayer's gas limit to 400k"), or null when the
 * object is a person, an analysis noun, or missing. Unambiguous fix verbs accept any non-person object; ambiguous
 * ones ("put", "set", "write") need a fix object ("put a lock around ...", "write a hotfix") or a particle.
 */
function fixObject(a: Analysis, t: number, verb: string): number | null {
  const toks = a.tokens;
  const tok = toks[t]!;
  let k = t + 1;
  // Particles: "roll it back", "spin up", "rip out", "scale out".
  const particle = (x: Token | undefined) => x !== undefined && /^(?:up|out|back|down|off|over|in|on|through|away)$/.test(x.norm);
  let sawParticle = false;
  let sawFixObject = false;
  let last = t;
  for (; k < toks.length && k - t <= 7; k++) {
    const n = toks[k]!;
    if (n.sent !== tok.sent || n.clause !== tok.clause || /^[.!?;,:]$/.test(n.norm)) break;
    // "pin down what the relayer was doing": an embedded question is not an object to change.
    if (/^(?:what|how|where|when|why|whether|which|who)$/.test(n.norm)) break;
    // A particle right after the verb ("put in a lock", "spin up"), or after a short object for up/out/back/down/
    // off/away ("roll it back"); after an object, "in/on/over/through" start a phrase ("put X in the statement").
    if (particle(n) && (k === t + 1 || /^(?:up|out|back|down|off|away)$/.test(n.norm))) {
      sawParticle = true;
      last = k;
      continue;
    }
    if (k === t + 1 && (NOT_FIX_OBJECTS.has(n.norm) && !/^(?:a|the)$/.test(n.norm))) return null;
    if (k === t + 1 && ((isName(a, k) && toks[k + 1]?.norm !== "'s") || PERSON_NOUNS.has(n.norm))) {
      // "have Kai walk us through it" is a request, "have the relayer re-sign" a fix (causatives handled below).
      return null;
    }
    if (isFixObject(n)) sawFixObject = true;
    // "make paging mandatory", "make the relayer idempotent": a causative that changes how the system behaves.
    if (verb === 'make' && k > t + 1 && STATE_ADJECTIVES.has(n.norm)) sawFixObject = true;
    // "dance around it", "push back gently": a preposition or adverb instead of an object.
    if (k === t + 1 && (/^(?:around|about|at|to|with|for|from|into|like|through|over)$/.test(n.norm) || (n.pos === 'ADV' && !/^(?:just|also|all|more|the)$/.test(n.norm)))) return null;
    // "should have scaled": a counterfactual, not a proposal.
    // After a modal the participle may look like a base form: "should have run the snapshot".
    if (k === t + 1 && verb === 'have' && n.pos === 'VERB' && (isPastForm(n) || /^(?:should|could|would|must|might|may)$/.test(toks[t - 1]?.norm ?? ''))) return null;
    // "cut it to 3,600 seconds", "set the timeout at 30s": a target value makes the change concrete.
    if (/^(?:to|at)$/.test(n.norm) && last > t && /^\d/.test(toks[k + 1]?.norm ?? '') && toks[k + 1]?.ent !== 'DATE' && toks[k + 1]?.ent !== 'TIME' && !/:/.test(toks[k + 1]?.norm ?? '')) sawFixObject = true;
    if (/^(?:to|at|by|for|on|around|across|into|onto|in|with|from|behind|until|when|whenever|after|before|per)$/.test(n.norm) && last > t) {
      // "raise it with your manager", "take it up with Kai": a conversation, not a change.
      if (n.norm === 'with' && /^(?:it|this|that|them)$/.test(toks[t + 1]?.norm ?? '') && (isName(a, k + 1) || /^(?:your|his|her|their|the|@)/.test(toks[k + 1]?.norm ?? '') && classify(a, Math.min(k + 2, toks.length - 1)) !== 'system')) return null;
      last = k - 1;
      break;
    }
    if (n.pos === 'VERB' && k > t + 1 && (verb === 'have' || verb === 'make' || verb === 'get')) {
      // Causative: "make the relayer resubmit", "have the relayer re-sign".
      if (inClass(n, FIX_VERBS) || /^(?:re-|auto)/.test(n.norm)) {
        sawFixObject = true;
        last = k;
      }
      break;
    }
    // "the failed withdrawals", "the stuck transactions": a participle inside the noun phrase.
    if (n.pos === 'VERB' && k > t + 1 && !(isPastForm(n) && toks[k + 1]?.pos === 'NOUN' && /^(?:the|a|an|all|any|our|those|these|every)$/.test(toks[k - 1]?.norm ?? ''))) break;
    last = k;
  }
  if (last === t && !sawParticle) return null;
  if (AMBIGUOUS_FIX.has(verb) && !sawFixObject && !(sawParticle && /^(?:turn|shut|spin|roll|take|switch|cut|stop|top|clear|throw)$/.test(verb))) return null;
  // People and analysis nouns are not fixed.
  for (let j = t + 1; j <= last; j++) {
    const n = toks[j]!;
    if (isName(a, j) && toks[j + 1]?.norm !== "'s") return null;
    if (ANALYSIS_NOUNS.has(n.norm) && !sawFixObject) return null;
  }
  // "add it to the list", "add the 14:05 alert to the timeline", "put that on the board": recording, not fixing.
  const pp = win(a, last + 1, last + 5);
  if (RECORD_PLACE.test(pp)) return null;
  return last;
}

/** The head of the object after "needs" when it is a safeguard or fix object: "needs a heartbeat check". */
function needObject(a: Analysis, t: number): number | null {
  const toks = a.tokens;
  const next = toks[t + 1];
  if (!next || next.norm === 'to') return null;
  let head: number | null = null;
  for (let k = t + 1; k < toks.length && k - t <= 5; k++) {
    const n = toks[k]!;
    if (n.sent !== toks[t]!.sent || /^[.!?;,:]$/.test(n.norm)) break;
    if (/^(?:to|for|on|in|at|around|from|that|which|so|and|before|after|until|of)$/.test(n.norm)) break;
    // The head of the object decides: "needs a heartbeat check" (a fix), "needs the alert history" (data).
    if (n.pos === 'NOUN' || n.pos === 'PROPN' || FIX_OBJECTS.has(n.norm)) head = isFixObject(n) ? k : -1;
  }
  const subject = agentBeforeHead(a, t);
  if (subject !== null && ANALYSIS_NOUNS.has(a.tokens[subject]!.norm)) return null;
  return head !== null && head >= 0 ? head : null;
}

/** A fix object in the subject before verb `t` ("Perhaps a per-user withdrawal limit would ..."), if any. */
function subjectFixObject(a: Analysis, t: number): number | null {
  const sent = sentenceOf(a, t);
  for (let k = sent.first; k < t; k++) {
    const tok = a.tokens[k]!;
    if (tok.pos === 'VERB' && !tok.norm.endsWith('ing')) return null;
    if (isFixObject(tok)) return k;
  }
  return null;
}

/** The noun just before `t` (its subject's head), if any: "the timeline needs ..." -> "timeline". */
function agentBeforeHead(a: Analysis, t: number): number | null {
  const p = a.tokens[t - 1];
  return p && p.sent === a.tokens[t]!.sent && (p.pos === 'NOUN' || p.pos === 'PROPN') ? t - 1 : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Hostility

/** Adjectives of contempt (by lemma, so superlatives count): "the dumbest thing I've heard". */
export const CONTEMPT_ADJECTIVES = new Set([
  'dumb', 'stupid', 'idiotic', 'ridiculous', 'absurd', 'pathetic', 'laughable', 'moronic', 'asinine', 'brainless',
  'braindead', 'lame', 'pitiful', 'ludicrous', 'preposterous', 'childish', 'juvenile',
]);

/** Weaker contempt: hostile only with a second cue (said to someone, exclaimed, short): "useless", "embarrassing". */
const WEAK_CONTEMPT = new Set(['useless', 'hopeless', 'incompetent', 'clueless', 'embarrassing', 'shameful', 'disgraceful', 'amateurish', 'insane', 'crazy', 'nuts', 'unbelievable', 'unacceptable']);

/** Condescending adjectives before a contribution: "a cute theory", "your little story". */
const CONDESCENDING = new Set(['cute', 'adorable', 'quaint', 'precious', 'little', 'convenient', 'charming', 'sweet', 'lovely', 'fascinating', 'interesting']);

/** Nouns for what people say, the object of dismissals: "spare me the history lesson", "enough with the feelings". */
export const DISCOURSE_NOUNS = new Set([
  'theory', 'theories', 'idea', 'ideas', 'story', 'stories', 'excuse', 'excuses', 'speech', 'speeches', 'lecture',
  'lectures', 'feelings', 'feeling', 'opinion', 'opinions', 'guess', 'guesses', 'drama', 'lesson', 'essay',
  'monologue', 'sermon', 'whining', 'complaining', 'moaning', 'backstory', 'commentary', 'hand-wringing',
  'philosophy', 'rant', 'sob', 'therapy', 'emotions', 'psychology', 'nonsense', 'waffle', 'rambling', 'spin',
  'narrative', 'theatrics', 'sob-story', 'cents', 'soapbox', 'pep',
]);

/** Verbs that dismiss a contribution when its object is a discourse noun: "spare", "save", "skip", "cut". */
const DISMISS_VERBS = new Set(['spare', 'save', 'skip', 'cut', 'drop', 'stop', 'ditch', 'shelve', 'stow', 'keep', 'hold', 'lose', 'quit', 'enough', 'forget', 'need', 'want', 'care', 'ask', 'interest']);

/** Things a belittling comparison says could have done better: "my cat could have read that". */
const BELITTLING = new Set(['cat', 'dog', 'toddler', 'child', 'kid', 'grandmother', 'grandma', 'granny', 'monkey', 'hamster', 'five-year-old', 'intern', 'chimp', 'goldfish', 'baby', 'mum', 'mom', 'nan', 'first-year', 'potato']);

/** Predicates that put the listener down when "you" is the subject. */
const YOU_PUTDOWNS = /^(?:are|were) (?:\S+ )?(?:embarrassing yourself|wasting|out of your depth|in over your head|not helping|not listening|not making sense|making no sense|talking nonsense|hopeless|useless|clueless|a joke|an embarrassment|a liability|unbelievable|impossible|exhausting|delusional|kidding yourself|dreaming)|^(?:have|had|'ve) (?:\S+ )?(?:no idea|no clue|nothing useful|got nothing|nothing to show|lost the plot)|^(?:clearly |obviously |just |really )?(?:do not|did not|never) (?:\S+ )?(?:listen|learn|get it|understand anything|read anything|know what)/;

/** Each hit is a hostile cue with a weight; rules.ts sums them with the lexicon cues (>= 1 is hostile). */
export function hostilePatterns(a: Analysis): Hit[] {
  const hits: Hit[] = [];
  const toks = a.tokens;
  const push = (id: string, first: number, last: number, weight = 1) => hits.push({ ...hit(a, id, first, last), weight });
  const firstWords = a.sentences.map((x) => firstWord(a, x.first));
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t]!;
    const sent = sentenceOf(a, t);
    // Most tokens trigger nothing: skip them before any pattern work.
    if (t !== sent.first && !HOSTILE_TRIGGERS.has(tok.norm) && !HOSTILE_TRIGGERS.has(tok.lemma) && !HOSTILE_TRIGGERS.has(tok.norm.replace(/ing$/, '')) && t !== firstWords[tok.sent] && !PROFANE.test(tok.norm)) continue;
    const sentence = sentenceNorm(a, t);
    const prevTok = toks[t - 1];
    const notBefore = prevTok !== undefined && prevTok.sent === tok.sent && /^(?:not|never|no|hardly|nothing)$/.test(prevTok.norm);
    // Contempt adjectives by lemma ("dumbest", "most ridiculous"), unless negated ("not a stupid question").
    if ((tok.pos === 'ADJ' || tok.pos === 'NOUN' || tok.pos === 'ADV' || tok.pos === 'VERB') && CONTEMPT_ADJECTIVES.has(tok.lemma) && !isNeg(a, t) && !notBefore && !/\b(?:no such thing as|there are no|is no) (?:a )?(?:stupid|dumb)\b/.test(sentence)) {
      push(`contempt:${tok.lemma}`, t, t);
      continue;
    }
    if (WEAK_CONTEMPT.has(tok.lemma) && !isNeg(a, t) && !notBefore) push(`contempt:${tok.lemma}`, t, t, 0.5);
    // "a cute theory", "your little story", "that convenient excuse".
    if (CONDESCENDING.has(tok.lemma) && DISCOURSE_NOUNS.has(toks[t + 1]?.norm ?? '') && !isNeg(a, t) && !/^(?:thanks|thank|appreciate)$/.test(toks[sent.first]!.norm)) {
      const warm = tok.norm === 'interesting' || tok.norm === 'fascinating' || tok.norm === 'lovely' || tok.norm === 'sweet' || tok.norm === 'little';
      push('condescending', t, t + 1, warm ? 0.6 : 1);
      continue;
    }
    // Dismissing what people say: "spare me the history lesson", "enough with the feelings", "save the speeches",
    // "nobody needs your opinion", "nobody asked for your theory".
    const dis = inClass(tok, DISMISS_VERBS) ?? (tok.norm === 'enough' ? 'enough' : null);
    if (dis) {
      for (let k = t + 1; k < toks.length && k - t <= 5; k++) {
        const n = toks[k]!;
        if (n.sent !== tok.sent || /^[.!?;]$/.test(n.norm)) break;
        if (DISCOURSE_NOUNS.has(n.norm)) {
          const gap = win(a, t + 1, k);
          const dismissal =
            (/^(?:spare|save|skip|cut|drop|ditch|shelve|stow|lose|quit|forget)$/.test(dis) && (isClauseStart(a, t) || /^(?:just|please|so)$/.test(prevTok?.norm ?? '')) && /^(?:me |us |everyone |it |)?(?:the |your |all the |all your |with the |with your |this |that |these |those |)(?:\S+ )?$/.test(gap ? `${gap} ` : '')) ||
            (dis === 'enough' && /^(?:with|of|about)? ?(?:the |your |all the |this |that |these )?(?:\S+ )?$/.test(gap ? `${gap} ` : '') && /^(?:with|of)$/.test(toks[t + 1]?.norm ?? '')) ||
            (/^(?:need|want|care|ask|interest)$/.test(dis) && /\b(?:nobody|no one|no-one|not|none)\b/.test(textBefore(a, t + 1, 5)) && /(?:your|their|his|her|the|any|more) (?:\S+ )?$/.test(`${gap} `)) ||
            (/^(?:stop|keep|hold)$/.test(dis) && /(?:your|the|with the|these|those|all the) (?:\S+ )?$/.test(`${gap} `) && isClauseStart(a, t) && /^(?:excuses|drama|speeches|lectures|whining|complaining|moaning|theatrics|stories|theories|rambling|sermon|monologue|spin|act|performance|show|nonsense)$/.test(n.norm));
          if (dismissal) {
            push(`dismiss-talk:${dis}`, t, k);
            break;
          }
        }
      }
    }
    // Rhetorical questions: "why would anyone ...", "who even ...", "is that supposed to be ...", "what part of X
    // don't you understand", "how hard is it to ...", "do you even ...".
    if (sent.question && t === sent.first) {
      const q = sentence;
      if (/^(?:why|who) (?:on earth |the hell |in their right mind )?(?:would|could) (?:anyone|anybody|someone|somebody|any sane|a sane|any competent|any engineer|you ever|anyone ever|anybody ever)\b/.test(q)) push('rhetorical-anyone', t, Math.min(t + 3, sent.last));
      else if (/^who (?:in their right mind|on earth|the hell)\b/.test(q)) push('rhetorical-who', t, Math.min(t + 3, sent.last));
      else if (/^(?:is|was) (?:that|this) (?:\S+ )?supposed to\b|^what is (?:that|this) supposed to\b/.test(q)) push('supposed-to', t, Math.min(t + 4, sent.last));
      else if (/^what part of\b|^how (?:hard|difficult) (?:is|was|can|could) it\b|^how many times\b/.test(q)) push('rhetorical-how', t, Math.min(t + 4, sent.last));
      else if (/^(?:who|what|where|how|do|did|does|are|were|have|has|can|could|would|is|was) (?:\S+ ){0,3}?even\b/.test(q) && /\b(?:you|your|who)\b/.test(q)) push('question-even', t, sent.last);
      else if (/^(?:are|were) (?:we|you) (?:\S+ )?(?:seriously|really|honestly) (?:doing|going|having|still|discussing|talking|arguing|back)\b/.test(q)) push('rhetorical-seriously', t, sent.last);
      else if (/^(?:do|did) you (?:really|honestly|seriously|actually) (?:think|believe|expect)\b/.test(q)) push('rhetorical-really', t, sent.last, 0.8);
    }
    // Second-person put-downs: "you're embarrassing yourself", "you clearly have no idea", "you never listen".
    if (tok.norm === 'you' && !sent.question) {
      const rest = win(a, t + 1, Math.min(sent.last + 1, t + 8));
      if (YOU_PUTDOWNS.test(rest) && !/^(?:are|were) not (?:wasting|embarrassing)/.test(rest) && !/\bif\b/.test(textBefore(a, t, 4))) push('you-putdown', t, Math.min(t + 3, sent.last));
      if (/^(?:people|lot|guys) (?:never|always|just|really|clearly)\b/.test(rest)) push('you-people', t, t + 2);
    }
    // Belittling comparisons: "my cat could have read that dashboard", "a five-year-old would know".
    if (BELITTLING.has(tok.norm) && /^(?:my|a|an|even|your)$/.test(prevTok?.norm ?? '') && /^(?:could|would|can|knows|know|understands|gets)$/.test(toks[t + 1]?.norm ?? '')) push('belittling', t - 1, t + 1);
    // Silencing and impatience: "sit there quietly", "keep up", "I have actual work waiting", "sick of hearing".
    if ((tok.norm === 'quietly' && /\b(?:sit|stay|wait|listen|keep)\b/.test(textBefore(a, t, 3)) && isClauseStart(a, Math.max(sent.first, t - 2))) || (tok.norm === 'quiet' && /^(?:be|keep|stay|sit)$/.test(prevTok?.norm ?? ''))) push('silence', t, t);
    if (tok.norm === 'sit' && /^(?:there|down|back)$/.test(toks[t + 1]?.norm ?? '') && isClauseStart(a, t)) push('silence', t, t + 1, 0.7);
    if (tok.norm === 'keep' && toks[t + 1]?.norm === 'up' && (isClauseStart(a, t) || prevTok?.norm === 'to') && !/^(?:the|with|this|that)$/.test(toks[t + 2]?.norm ?? '')) push('keep-up', t, t + 1);
    if ((tok.norm === 'something' || tok.norm === 'anything') && /^(?:something|anything) (?:useful|relevant|intelligent|sensible|smart|worthwhile|of value) to (?:add|say|contribute)$/.test(win(a, t, t + 5)) && /\b(?:until|unless|when|if|once)\b/.test(sentence)) push('something-useful', t, t + 4);
    if (/^(?:actual|real|important|better|more|proper)$/.test(tok.norm) && /^(?:actual|real|important|better|more important|proper) (?:work|things|jobs|problems|stuff)\b/.test(win(a, t, t + 4))) {
      if (/\b(?:i|some of us|we|people)\b/.test(textBefore(a, t, 5)) && !/^(?:the|this|our)$/.test(prevTok?.norm ?? '')) push('impatience', t, t + 1);
    }
    if (/^(?:sick|tired|fed|bored|weary)$/.test(tok.norm) && /\b(?:i am|we are|i am so|i am getting|i am really|am)\b/.test(textBefore(a, t, 4))) {
      const after = win(a, t + 1, t + 4);
      if (/^(?:of|up with|and tired of|with) (?:hearing|listening|this|you|your|these|the|all|people|excuses|having)/.test(after)) push('fed-up', t, t + 2);
    }
    // Wasting time: "you're wasting everyone's afternoon", "this is a waste of an hour".
    if (/^(?:waste|wasting|wasted)$/.test(tok.norm) && !isNeg(a, t)) {
      const after = win(a, t + 1, t + 5);
      const by = textBefore(a, t, 4);
      if (/^(?:my|our|everyone 's|everybody 's|people 's|the room 's|your|their|so much|another|more|an entire|a whole|the whole)? ?(?:\S+ )?(?:time|afternoon|morning|hour|hours|day|evening|meeting|breath|week|minutes|energy)\b/.test(after) && (/\b(?:you|you are|this is|that is|stop|quit|keep|are|we are|i am|is)\b/.test(by) || /^(?:my|our|everyone|everybody|people|the room)/.test(after))) push('waste', t, t + 2);
    }
    // Sarcastic politeness: "nice of you to finally join us", "thanks for finally showing up".
    if (/^(?:nice|good|kind|generous|thoughtful|sweet|big)$/.test(tok.norm) && /^(?:nice|good|kind|generous|thoughtful|sweet|big) of (?:you|him|her|them|the \S+ team) to (?:\S+ )?(?:finally|eventually|bother|grace|deign)/.test(win(a, t, t + 7))) push('mock-polite', t, t + 3);
    else if (/^(?:nice|good|kind|generous|big) of (?:you|him|her|them) to (?:show up|join us|turn up|drop in)/.test(win(a, t, t + 7))) push('mock-polite', t, t + 3, 0.5);
    if ((tok.norm === 'thanks' || tok.norm === 'thank') && /^(?:thanks|thank you) for (?:finally|eventually|bothering|gracing)/.test(win(a, t, t + 4))) push('mock-polite', t, t + 2);
    // "If that's your best analysis, we're in trouble": belittling conditional.
    if (tok.norm === 'if' && /^if (?:that|this) is (?:your|the) (?:best|idea|analysis|answer|plan)/.test(win(a, t, t + 6))) push('if-thats-your-best', t, t + 4);
    // Threats built as "keep talking and you'll ...", "one more word and ...".
    if (/^(?:keep|try|one|say|do|interrupt|push)$/.test(tok.norm) && isClauseStart(a, t)) {
      const window = win(a, t, Math.min(sent.last + 1, t + 12));
      if (/^(?:keep (?:talking|interrupting|pushing|it up|this up|going like this|arguing|whining|complaining)|one more (?:word|interruption|excuse|comment|outage|mistake|time)|try (?:that|it|this) again|say (?:that|it) again|do (?:that|it) again|interrupt me again|push (?:it|me))(?: \S+){0,2}?(?: , \S+)?(?: ,)? and (?:you|you will|you are|you\S*|i will|i am|we will|i)\b/.test(window)) push('threat-and', t, t + 1);
    }
    // "Try not to break anything": condescending advice to the listener about a fault.
    if (tok.norm === 'try' && isClauseStart(a, t) && toks[t + 1]?.norm === 'not' && toks[t + 2]?.norm === 'to' && toks[t + 3] && (inClass(toks[t + 3]!, FAULT_VERBS) || /^(?:lose|forget|embarrass|delete)$/.test(toks[t + 3]!.lemma))) push('try-not-to', t, t + 3);
    // "Try to keep up", "try reading the runbook for once", "learn to read".
    if (tok.norm === 'try' && isClauseStart(a, t) && /^(?:to (?:keep up|read|listen|think|pay attention|focus|follow|understand)|reading|listening|thinking)\b/.test(win(a, t + 1, t + 4))) push('try-to', t, t + 2, 0.8);
    // Threat words said to someone: "your performance review", "HR", "your manager".
    if (/^(?:your|his|her|their)$/.test(tok.norm) && /^(?:performance (?:review|reviews|rating|plan)|next (?:review|appraisal)|bonus|job|manager)\b/.test(win(a, t + 1, t + 3)) && !/\b(?:not|no)\b/.test(textBefore(a, t, 3))) {
      if (!/^(?:manager|job)$/.test(toks[t + 1]!.norm) || /\b(?:tell|talk to|call|report|loop in|cc|email)\b/.test(textBefore(a, t, 4))) push('threat-review', t, t + 2);
    }
    // Escalation threats: an authority ("your manager", "the VP", "HR") with a condition or a promise to take it
    // there: "if you keep derailing this, I'll raise it with your manager", "whoever hasn't closed their ticket
    // will be explaining it to the VP".
    if (AUTHORITY.has(tok.norm) && t > 0 && /^(?:your|the|his|her|their|to|with)$/.test(prev(a, t))) {
      const s0 = sentence;
      const escalate = /\b(?:raise|raising|escalate|escalating|report|reporting|explain|explaining|take|taking|tell|telling|talk|talking|mention|loop|cc|send|forward|flag)\b/.test(s0);
      const condition = /\b(?:if|unless|whoever|anyone who|or else|next time|otherwise|will be explaining)\b/.test(s0);
      // Only aimed at someone: "if you keep derailing this", "whoever hasn't closed their ticket" (not "I'll take the
      // action items to leadership on Monday").
      const aimed = /\b(?:you|your|whoever|anyone who|anybody who|someone who|somebody who)\b/.test(s0);
      if (escalate && condition && aimed && !/\b(?:we will|let us|i will share|i will send the write-up)\b/.test(s0.slice(0, Math.max(0, s0.indexOf(tok.norm))) + '')) push('threat-escalate', t - 1, t);
    }
    // "Own it by Monday or I'll find someone who will", "do it, or else": an ultimatum.
    if (tok.norm === 'or' && !sent.question && /^or (?:else\b|(?:i|we) (?:will|am going to|are going to) (?:\S+ )?(?:find (?:someone|somebody|another)|replace|report|escalate|fire|take (?:this|it) (?:to|up)|\S+ (?:you|your)\b)|there will be consequences)/.test(win(a, t, t + 8))) push('ultimatum', t, Math.min(t + 4, sent.last));
    // Standalone mock words ("Cool. Cool cool cool.", "Totally.", "Again."): weak alone, hostile with another cue.
    if (t === sent.first && MOCK_SOLO.has(tok.norm) && sent.last - sent.first <= 3) {
      const words = toks.slice(sent.first, sent.last + 1).filter((x) => /\p{L}/u.test(x.norm));
      const repeated = words.length >= 2 && words.every((x) => x.norm === tok.norm);
      // A lone "Perfect." or "Great." is how facilitators acknowledge; only a repeated or sarcastic-prone word counts.
      const affirm = /^(?:perfect|excellent|nice|cool|lovely|brilliant|fantastic|wonderful|amazing|awesome|super|noted)$/.test(tok.norm);
      if (repeated || !affirm) push(`mock-solo:${tok.norm}`, t, sent.last, repeated ? 1 : 0.4);
    }
    if (/^(?:uh-huh|uh|mhm|mm-hmm|pfft|psh|meh)$/.test(tok.norm) && (t === sent.first || toks[t - 1]?.norm === 'uh')) push('mock-grunt', t, Math.min(t + 1, sent.last), 0.6);
    // "Sure, Tomás, ...", "Oh sure, ..." opening a statement (not answering a request): mock agreement.
    if (t === sent.first && /^(?:sure|right|yeah)$/.test(tok.norm) && toks[t + 1]?.norm === ',' && isName(a, t + 2) && toks[t + 3]?.norm === ',' && !isQuestionAt(a, sent.first)) push('mock-agree', t, t + 2, 0.5);
    // Backhanded: "some of you were actually useful", "thanks, I guess".
    if (/^(?:you|them|us)$/.test(tok.norm) && /^(?:some|a few|one|two|none|at least one|only one|only some) of (?:you|them|us)$/.test(win(a, Math.max(0, t - 2), t + 1).replace(/^.*?((?:some|a few|one|two|none|at least one|only one|only some) of (?:you|them|us))$/, '$1')) && /^(?:were|was|are|is|did) (?:actually|even)\b/.test(win(a, t + 1, t + 3))) push('backhanded', t, t + 2);
    if (/^(?:thanks|thank you|cheers|great)$/.test(tok.norm) && /^, i (?:guess|suppose)\b/.test(win(a, t + 1, t + 4))) push('grudging', t, t + 3, 0.6);
    // Condescension: "let me explain this slowly so everyone can follow", "above your head", "in your head".
    if (tok.norm === 'slowly' && /\b(?:explain|explaining|say|saying|spell|spelling|repeat|repeating|talk|talking|go|going)\b/.test(textBefore(a, t, 4))) push('slowly', t, t, 0.6);
    if (tok.norm === 'so' && /^so (?:even )?(?:you|everyone|everybody|all of you|people) can (?:follow|understand|keep up|get it)\b/.test(win(a, t, t + 5))) push('so-you-can-follow', t, t + 4, 0.4);
    if (/^(?:above|over|beyond)$/.test(tok.norm) && /^(?:above|over|beyond) (?:your|his|her|their) (?:head|heads|pay grade|paygrade|level|understanding)$/.test(win(a, t, t + 3).replace(/ grade.*$/, ' grade'))) push('above-your-head', t, t + 2);
    // ("It's all in your head", not "a fix already in your head".)
    if (tok.norm === 'in' && /^in (?:your|his|her|their) (?:head|own head|imagination|dreams)$/.test(win(a, t, t + 3)) && !/\b(?:already|still|fix|idea|plan)\b/.test(textBefore(a, t, 4))) push('in-your-head', t, t + 2, 0.6);
    if (tok.norm === 'i am' && /^(?:i am|i'm) sure (?:that|it|this) (?:made|makes|sounded|sounds|seemed|seems) (?:perfect|total|complete|a lot of) sense\b/.test(win(a, t, t + 7))) push('sure-it-made-sense', t, t + 4, 0.6);
    // "Read it this time, please", "please actually finish it this time": condescending orders.
    // "An actual proposal this time", "A straight answer this time, please", "Do read it this time": an order that
    // presupposes the last one failed. (Not "Let's do the timeline properly this time": the speaker includes themselves.)
    if (tok.norm === 'time' && prev(a, t) === 'this' && !/^(?:let us|we|i|our|my)\b/.test(win(a, firstWord(a, sent.first), sent.last + 1)) && !/\b(?:i will|i am going to|we will|let us) try\b|\bi will (?:try|make|do|get)\b/.test(sentence) && /\b(?:actual|actually|straight|right|properly|proper|please|do|maybe|perhaps|try|excuses|without)\b/.test(sentence)) push('lapse-this-time', t - 1, t - 1, 0.5);
    // "Assuming anyone here can manage a Friday", "assuming support ever answers an email": a condition that doubts
    // someone can do their job.
    if (tok.norm === 'assuming' && !sent.question) {
      let k = t + 1;
      if (toks[k]?.norm === 'that') k++;
      if (toks[k]?.norm === 'the') k++;
      const subject = toks[k];
      const someone = subject !== undefined && subject.sent === tok.sent && (/^(?:anyone|anybody|someone|somebody|people|he|she|they|you|everyone)$/.test(subject.norm) || isName(a, k) || TEAM_WORDS.has(subject.norm));
      if (someone && /\b(?:manage|manages|managed|bothered|bother|ever|actually|even|for once|find the time|remember|be trusted)\b/.test(win(a, k + 1, sent.last + 1))) push('assuming-they-can', t, Math.min(k + 1, sent.last));
    }
    // "Why on earth didn't you notice?", "what on earth made you merge that?": exasperation aimed at the listener.
    if (tok.norm === 'earth' && prev(a, t) === 'on' && /^(?:why|what|how)$/.test(toks[t - 2]?.norm ?? '') && sent.question && /\byou\b/.test(sentence)) push('on-earth-you', t - 2, t);
    if (t === firstWord(a, sent.first) && /\bthis time\b/.test(sentence) && (tok.norm === 'please' || (tok.pos === 'VERB' && tok.norm === tok.lemma && tok.norm !== 'let')) && !isQuestionAt(a, sent.first)) push('order-this-time', t, t, 0.5);
    if (tok.norm === 'actually' && (/^(?:please|just|and|now|,)$/.test(prev(a, t)) || t === sent.first) && toks[t + 1]?.pos === 'VERB' && toks[t + 1]!.norm === toks[t + 1]!.lemma) push('actually-do', t, t + 1, 0.6);
    // Showing someone the door: "if you can't be civil, you can leave", "feel free to drop off the call".
    if (/^(?:leave|go|drop|log|hang|step|get)$/.test(tok.norm) && /(?:^| )(?:you can|you may|feel free to|free to|you are welcome to|the door is) (?:just )?$/.test(textBefore(a, t, 4)) && (/^(?:leave|go)$/.test(tok.norm) || /^(?:off|out)$/.test(toks[t + 1]?.norm ?? ''))) push('show-the-door', t, Math.min(t + 1, sent.last));
    if (/^(?:grown-ups|grownups|adults)$/.test(tok.norm) && /\b(?:only|like)\b/.test(sentence)) push('grown-ups', t, t, 0.6);
    // "no speeches this time", "no more excuses": banning a kind of talk.
    if ((tok.norm === 'no' || (tok.norm === 'more' && prev(a, t) === 'no')) && toks[t + 1] && CONTEMPT_TALK.has(toks[t + 1]!.norm)) push('no-talk', t, t + 1);
    // "thank you for the TED talk", "thanks for the lecture": sarcastic thanks for a contribution.
    if (/^(?:thanks|thank)$/.test(tok.norm)) {
      const after = win(a, t + 1, t + 7);
      if (/^(?:you )?(?:so much |very much )?for (?:the|that|this|your|another) (?:\S+ )?(?:ted talk|lecture|speech|sermon|essay|monologue|history lesson|lesson|rant|pep talk|life story|sob story|novel|filibuster|commentary|drama|theatrics)\b/.test(after)) push('sarcastic-thanks', t, Math.min(t + 5, sent.last));
    }
    // Contempt for talk: "fairy tales", "your spin", "the relayer team's excuses".
    if (CONTEMPT_TALK.has(tok.norm) || (tok.norm === 'tales' && prev(a, t) === 'fairy')) {
      const owner = possessorBefore(a, t + 1);
      if (tok.norm === 'tales' || /^(?:fantasy|fantasies|make-believe|fairy-tales)$/.test(tok.norm)) push('fairy-tales', t - (tok.norm === 'tales' && prev(a, t) === 'fairy' ? 1 : 0), t);
      else if (owner === 'person' || owner === 'team') push('their-talk', t, t, /^(?:excuses|excuse|spin|theatrics|drama|whining|nonsense|rant|rants|moaning)$/.test(tok.norm) ? 1 : 0.6);
    }
    // "I don't have time for the relayer team's excuses", "I don't want to hear 'it's hard'".
    if ((tok.norm === 'do' || tok.norm === 'have') && /^(?:do not have time for|have no time for|do not have time to)$/.test(win(a, t, t + 5)) && /^(?:i|we)$/.test(prev(a, t))) push('no-time-for', t, t + 4, 0.6);
    if (tok.norm === 'do' && /^do not want to hear$/.test(win(a, t, t + 4)) && /^(?:i|we)$/.test(prev(a, t))) push('dont-want-to-hear', t, t + 3, 0.6);
    // "Do I need to draw a picture?", "do I have to spell it out?": rhetorical condescension.
    if (isQuestionAt(a, sent.first) && /^do i (?:need|have|really need|really have) to (?:draw|spell|explain|repeat|say|remind|walk)\b/.test(sentence)) {
      if (t === sent.first) push('do-i-need-to', t, Math.min(t + 5, sent.last));
    }
    // "You've said that four times": impatience with the speaker.
    if (tok.norm === 'you' && /^(?:have|'ve) (?:already )?(?:said|mentioned|told us|raised|asked) (?:that|this|it)(?: already)? (?:\S+ times|already|before|again|twice|a dozen times|a hundred times|repeatedly)\b/.test(win(a, t + 1, t + 8))) push('said-it-before', t, Math.min(t + 5, sent.last));
    // "anyone got an actual data point?", "does anyone have a sensible action item": implying there were none.
    if (/^(?:actual|sensible|real|useful|intelligent|serious)$/.test(tok.norm) && isQuestionAt(a, sent.first) && /^(?:anyone|anybody|does anyone|does anybody|has anyone|can anyone|could anyone|did anyone)\b/.test(sentence.replace(/^(?:so|okay|ok|and|right|now) /, ''))) push('actual-question', t, Math.min(t + 2, sent.last), 0.6);
    // Profanity and exasperated interjections: "that was a shitshow", "Jesus, Dev, just answer".
    if (PROFANE.test(tok.norm) && !/^(?:crappy)$/.test(tok.norm)) push('profanity', t, t);
    // Exasperated interjections: hostile when aimed at someone ("Jesus, Dev, just answer"), weak otherwise ("God,
    // what a night").
    if (t === sent.first && /^(?:jesus|christ|god|jeez|geez|omg|ugh|seriously)$/.test(tok.norm) && /^[,!]$/.test(toks[t + 1]?.norm ?? '') && !/^(?:thank|thanks)$/.test(toks[t + 2]?.norm ?? '')) push('exasperated', t, t, tok.norm === 'seriously' ? 0.4 : isName(a, t + 2) || toks[t + 2]?.norm === 'you' ? 1 : 0.5);
    // "Let's not pretend you had a clue", "if I wanted a history lesson I'd have asked for one", "that's cute",
    // "do you ever listen?", "tell me you're joking", "good grief", "..., genius.", "how is this so hard for you?"
    if (/^pretend(?:ing)?$/.test(tok.norm) && /(?:^| )(?:let us not|do not|stop|quit|can we stop|no point) (?:\S+ )?$/.test(textBefore(a, t, 4)) && /^(?:that )?(?:you|he|she|they|anyone|the \S+ team) /.test(win(a, t + 1, t + 4))) push('pretend-you', t, t + 2);
    if (tok.norm === 'if' && /^if i (?:wanted|needed|want|need) (?:a|an|your|the|another) /.test(win(a, t, t + 5) + ' ') && /\bi (?:would|'d) (?:have )?(?:asked|ask)\b/.test(sentence)) push('if-i-wanted', t, Math.min(t + 5, sent.last));
    if (/^(?:cute|adorable|precious)$/.test(tok.norm) && /(?:^| )(?:that is|this is|it is|how|so|very) $/.test(textBefore(a, t, 3)) && !/\b(?:dog|cat|baby|kid|photo|picture)\b/.test(sentence)) push('how-cute', t, t);
    if (t === sent.first && isQuestionAt(a, sent.first) && /^(?:do|does|did) (?:you|he|she|they|anyone) (?:ever|even) (?:listen|learn|read|think|check|pay attention|stop|bother)\b/.test(sentence)) push('do-you-ever', t, Math.min(t + 3, sent.last));
    if (/^(?:joking|kidding)$/.test(tok.norm) && /(?:^| )(?:tell me you are|you are|you must be|you have got to be|you got to be|you have to be) $/.test(textBefore(a, t, 6)) && !isNeg(a, t)) push('you-joking', t - 2, t);
    if ((tok.norm === 'grief' && prev(a, t) === 'good') || (tok.norm === 'sake' && /^(?:'s|pete|heaven|god|goodness|christ)$/.test(prev(a, t))) || (tok.norm === 'strength' && prev(a, t) === 'me' && toks[t - 2]?.norm === 'give')) push('exasperated', t - 1, t);
    if (/^(?:genius|einstein|sherlock|hotshot|mastermind|wizard)$/.test(tok.norm) && prev(a, t) === ',' && (/^[.!?]$/.test(toks[t + 1]?.norm ?? '') || t === sent.last)) push('mock-vocative', t - 1, t);
    if (t === sent.first && /^how (?:is|was|can|could) (?:it|this|that) (?:so |that |be so )?(?:hard|difficult|complicated)\b/.test(sentence) && isQuestionAt(a, sent.first)) push('rhetorical-how', t, Math.min(t + 5, sent.last));
    // "What kind of question is that?": a rhetorical put-down of a contribution.
    if (t === sent.first && isQuestionAt(a, sent.first) && /^what (?:kind|sort) of (?:a )?(?:question|answer|excuse|idea|plan|comment|analysis|logic|argument) is (?:that|this)\b/.test(sentence)) push('what-kind-of', t, Math.min(t + 4, sent.last));
    // "Thanks for wasting my afternoon": sarcastic thanks for a harm.
    if (/^(?:thanks|thank)$/.test(tok.norm) && /^(?:you )?(?:so much |a lot )?for (?:wasting|breaking|ruining|derailing|nothing|the mess|dragging|making (?:this|it|that) (?:worse|harder|longer))\b/.test(win(a, t + 1, t + 6))) push('sarcastic-thanks', t, Math.min(t + 3, sent.last));
    // "Here we go again", "do you hear yourself?", "waste time on feelings", "I don't have the patience for this".
    if (tok.norm === 'here' && /^here we go again\b/.test(win(a, t, t + 4))) push('here-we-go', t, t + 3);
    if (tok.norm === 'yourself' && isQuestionAt(a, sent.first) && /\b(?:hear|listen to|listening to|hearing)\b/.test(textBefore(a, t, 4))) push('hear-yourself', t - 1, t);
    if (/^(?:waste|wasting)$/.test(tok.norm) && /^(?:\S+ )?(?:time|minutes|an hour|the meeting) on (?:the |your |their |his |her |more )?(?:\S+ )?$/.test(win(a, t + 1, t + 6).replace(/\S+$/, '')) && DISCOURSE_NOUNS.has(toks.slice(t + 2, t + 7).find((x) => DISCOURSE_NOUNS.has(x.norm))?.norm ?? '')) push('waste-on-talk', t, t + 3);
    if (tok.norm === 'patience' && /(?:do not|did not|no longer|never) have (?:the |any |much )?$/.test(textBefore(a, t, 5)) && /^(?:for|with) (?:this|that|you|it|your|these|people)\b/.test(win(a, t + 1, t + 3))) push('no-patience', t, t + 2);
    // --- Ironic praise: a positive evaluation with no content, set in an ironic frame. --------------------------
    // A verbless fragment of intensifier + praise word ("Very actionable.", "Truly groundbreaking.", "So grateful.",
    // "Super helpful."): weak alone (facilitators do say "Really helpful"), it adds up with a second ironic marker.
    // With "as always" / "as ever" ("Very useful as always.") or a concession ("Wrong, but sweet.") it is sarcasm.
    if (t === sent.first && !isQuestionAt(a, sent.first)) {
      const words = toks.slice(sent.first, sent.last + 1).filter((x) => /\p{L}/u.test(x.norm));
      const verbless = words.every((x) => x.pos !== 'VERB' && x.pos !== 'AUX');
      const praise = words.findIndex((x, i) => PRAISE_WORDS.has(x.lemma) && ((i > 0 && INTENSIFIERS.has(words[i - 1]!.norm)) || (words[i + 1]?.norm === 'as' && /^(?:always|ever|usual)$/.test(words[i + 2]?.norm ?? ''))));
      if (verbless && words.length <= 5 && praise >= 0) {
        const tail = win(a, sent.first, sent.last + 1);
        push('ironic-praise', sent.first, sent.last, /\bas (?:always|ever|usual)\b/.test(tail) ? 1 : 0.5);
      }
    }
    // "How very helpful.", "Real mature.": an exclamative or colloquial intensifier on a praise word, verbless.
    if (t === sent.first && /^(?:how|real)$/.test(tok.norm) && !isQuestionAt(a, sent.first)) {
      const words = toks.slice(sent.first, sent.last + 1).filter((x) => /\p{L}/u.test(x.norm));
      const k = tok.norm === 'how' && INTENSIFIERS.has(words[1]?.norm ?? '') ? 2 : 1;
      if (words.length === k + 1 && PRAISE_WORDS.has(words[k]!.lemma)) push('how-helpful', t, sent.last, 0.8);
    }
    // Thanks or praise for a fault: "thanks for ignoring my message", "nice job breaking prod", "well done on
    // skipping the review" (by the fault-verb class, not by phrase).
    if (/^(?:thanks|thank|appreciate|job|work|done|effort|going|one)$/.test(tok.norm)) {
      const lead = /^(?:job|work|done|effort|going|one)$/.test(tok.norm) ? /(?:^| )(?:nice|great|good|fine|brilliant|excellent|stellar|super|well|amazing|lovely|top) $/.test(`${prev(a, t)} `) && (toks[t - 2] === undefined || toks[t - 2]!.sent !== tok.sent || /^(?:,|oh|wow|so|really|and|a)$/.test(toks[t - 2]!.norm)) : true;
      let k = t + 1;
      while (k <= sent.last && k - t <= 5 && /^(?:you|so|much|a|lot|again|,|for|on|with|everyone|all|team|guys|folks|really|very)$/.test(toks[k]!.norm) || (k <= sent.last && isName(a, k))) k++;
      const g = toks[k];
      const f = g && g.sent === tok.sent && g.norm.endsWith('ing') && /\b(?:for|on|with)\b|^(?:job|work|done|effort|going|one)$/.test(`${win(a, t, k)}`) ? inClass(g, FAULT_VERBS) : null;
      const need = f ? FAULT_NEEDS.get(f) : undefined;
      if (lead && f && f !== 'start' && (!need || need.test(toks[k + 1]?.norm ?? '') || need.test(toks[k + 2]?.norm ?? ''))) push('thanks-for-fault', t, k);
    }
    // Accusing someone of lying: "stop making stuff up", "you're making this up", "that's a lie", "liar".
    if ((/^(?:making|make|made|makes)$/.test(tok.norm) && /^(?:stuff|things|it|this|that|shit|crap|numbers) up\b/.test(win(a, t + 1, t + 3)) && /\b(?:you|stop|quit|keep|are|just)\b/.test(textBefore(a, t, 3))) || (/^(?:lie|lies|lying|liar|liars|fabricating|fibbing)$/.test(tok.norm) && !isNeg(a, t) && /\b(?:you|that is a|that was a|a|stop|quit|he is|she is|they are|are)\b/.test(textBefore(a, t, 3)))) push('accuse-lying', t, Math.min(t + 2, sent.last));
    // "Wrong, but sweet.", "Useless, but very polite.": a concession that keeps only the praise.
    if (/^(?:wrong|incorrect|useless|irrelevant|nonsense|pointless)$/.test(tok.norm) && t === sent.first && toks[t + 1]?.norm === ',' && toks[t + 2]?.norm === 'but' && toks[t + 3] && (PRAISE_WORDS.has(toks[t + 3]!.lemma) || INTENSIFIERS.has(toks[t + 3]!.norm))) push('ironic-concession', t, t + 3);
    // "As always" / "as ever" after a praise word anywhere: "useful as always", "helpful as ever".
    if (tok.norm === 'as' && /^(?:always|ever|usual)$/.test(toks[t + 1]?.norm ?? '') && toks[t - 1] && PRAISE_WORDS.has(toks[t - 1]!.lemma) && toks[t - 1]!.sent === tok.sent && sent.last - sent.first > 5) push('ironic-as-always', t - 1, t + 1, 0.6);
    // Mock eagerness: "Can't wait to hear it.", "I'm dying to hear this one."
    if (/^(?:wait|dying|itching)$/.test(tok.norm) && /^(?:wait|dying|itching) to (?:hear|see|read|find out)\b/.test(win(a, t, t + 4)) && (tok.norm !== 'wait' || /\b(?:can not|cannot|could not)\s*$/.test(textBefore(a, t, 3))) && !sent.question) push('mock-eager', t, Math.min(t + 3, sent.last), 0.7);
    // A sarcastic aside set off by commas: "Or maybe, wild idea, the two nodes ...", "crazy thought, ...".
    if (/^(?:wild|crazy|radical|novel|revolutionary|bold|outlandish)$/.test(tok.norm) && /^(?:idea|thought|concept|suggestion|theory|notion)$/.test(toks[t + 1]?.norm ?? '') && /^[,:-]$/.test(toks[t - 1]?.norm ?? '') && /^[,:-]$/.test(toks[t + 2]?.norm ?? '')) push('sarcastic-aside', t, t + 1, 0.8);
    // Scare quotes on someone's contribution: "Thanks for your 'input'", "their 'analysis'".
    if (/^(?:your|his|her|their)$/.test(tok.norm) && /^['"]$/.test(toks[t + 1]?.norm ?? '') && toks[t + 2] && /^\p{L}+$/u.test(toks[t + 2]!.norm) && /^['"]$/.test(toks[t + 3]?.norm ?? '')) push('scare-quotes', t, t + 3, 0.8);
    // Mocking competence: "Did you come up with it all by yourself?", "a marketing background qualifies you to ...".
    if (tok.norm === 'yourself' && prev(a, t) === 'by' && isQuestionAt(a, sent.first) && /\byou\b/.test(sentence)) push('by-yourself', t - 1, t);
    if (/^(?:qualifies|qualified|qualify|entitles|equips)$/.test(tok.norm) && toks[t + 1]?.norm === 'you' && toks[t + 2]?.norm === 'to') push('qualifies-you', t, t + 2, 0.8);
    // Passive-aggressive reminders: "Per my last three emails", "as per my last message, which I assume nobody read".
    if (tok.norm === 'per' && /^per my (?:last|previous|earlier)\b/.test(win(a, t, t + 3))) push('per-my-last', t, t + 2, 0.8);
    if (tok.norm === 'assume' && prev(a, t) === 'i' && /^(?:nobody|no one|no-one|none of you|you did not|you never)\b/.test(win(a, t + 1, t + 4))) push('assume-nobody', t - 1, t + 1, 0.6);
    // Commands to stop talking: "Don't start.", "Oh, please.", "Don't even go there."
    if (t === sent.first && tok.norm === 'oh' && toks[t + 1]?.norm === ',' && /^(?:please|come on|spare me|give me a break)\b/.test(win(a, t + 2, t + 5))) push('oh-please', t, t + 2);
    // Threats of consequences: "... is going to have some explaining to do", "a different kind of meeting with me",
    // "it's going in your review", "we'll see how that reads to your manager", "explain it to the CEO yourself".
    if (tok.norm === 'explaining' && toks[t + 1]?.norm === 'to' && toks[t + 2]?.norm === 'do') push('explaining-to-do', Math.max(sent.first, t - 2), t + 2);
    if (/^(?:kind|sort|type)$/.test(tok.norm) && /^(?:different|other|another|special|serious|very different) $/.test(`${prev(a, t)} `) && /^of (?:meeting|conversation|chat|talk|review) with (?:me|hr|my manager|your manager|leadership)\b/.test(win(a, t + 1, t + 6))) push('different-meeting', t - 1, t + 4);
    if (/^(?:review|reviews|record|file|appraisal|appraisals)$/.test(tok.norm) && /(?:^| )(?:going|go|goes|went|gets|get|end up|ends up|end|ends) (?:up )?(?:in|on|into) (?:your|his|her|their) $/.test(textBefore(a, t, 5))) push('goes-on-your-record', t - 2, t);
    if (tok.norm === 'performance' && /^(?:review|reviews|rating|ratings|plan|plans)$/.test(toks[t + 1]?.norm ?? '') && !/\b(?:not|no|never|nothing to do with|won't|will not)\b/.test(sentence) && /\b(?:notes?|taking|noting|keeping|remember|remembered|list|careful)\b/.test(sentence)) push('threat-review', t, t + 1);
    if (AUTHORITY.has(tok.norm) && /^(?:your|the|our|to|with)$/.test(prev(a, t)) && (/\b(?:explain|explaining|justify|justifying|answer)\b(?: \S+){0,4} (?:to|with) (?:your|the|our) $/.test(textBefore(a, t, 7)) && /\byou\b/.test(sentence) || /\bhow (?:that|this|it) (?:reads|looks|sounds|goes down|plays)\b/.test(sentence))) push('explain-to-authority', t - 1, t);
    if (tok.norm === 'list' && /(?:^| )(?:keeping|making|writing|keep|make) (?:a |my )?$/.test(textBefore(a, t, 3)) && /^of (?:who|whoever|everyone who|people who|names)\b/.test(win(a, t + 1, t + 4))) push('keeping-a-list', t - 2, t + 2, 0.8);
    if (t === sent.first && /^draw your own conclusions?\b/.test(sentence)) push('draw-conclusions', t, Math.min(t + 3, sent.last), 0.6);
    // Warnings aimed at the listener's words: "I'd be careful how you phrase things in here".
    if (tok.norm === 'careful' && /^(?:how|what) you (?:phrase|word|say|put|describe)\b/.test(win(a, t + 1, t + 4))) push('careful-how-you', t, t + 3);
    // Time spent, mourned: "an hour of my life I'm not getting back".
    if (tok.norm === 'life' && /^of my life (?:i|we) (?:am|are|will) (?:not|never) (?:getting|get) (?:back|that back)\b/.test(win(a, t - 2, t + 6))) push('life-back', t - 2, t);
    // Contemptuous generalisations about the group: "nobody reviews anything around here", "no one here can be
    // trusted to read an alert", "nobody ever reads the runbook" (a present habit of everyone, not what happened).
    if ((tok.norm === 'nobody' || tok.norm === 'no-one' || (tok.norm === 'one' && prev(a, t) === 'no')) && !sent.question) {
      let k = t + 1;
      while (k <= sent.last && /^(?:here|around|in|this|the|room|on|team|ever|even|actually|really|else|of|us|you)$/.test(toks[k]!.norm) && k - t <= 5) k++;
      const v = toks[k];
      const habit = v !== undefined && v.sent === tok.sent && v.pos === 'VERB' && /[^s]s$/.test(v.norm) && v.norm !== v.lemma && !/^(?:is|has|does|was|needs|wants|knows|seems|gets|means|cares)$/.test(v.norm);
      const trusted = /^(?:can|could) (?:be trusted|be bothered|manage) to\b/.test(win(a, k, k + 4));
      if (habit && /\b(?:ever|around here|any more|anymore|at all|apparently|bothers)\b/.test(sentence) || trusted) push('nobody-ever', t, Math.min(k + 1, sent.last), 0.8);
    }
    if (tok.norm === 'around' && toks[t + 1]?.norm === 'here' && /^(?:[.!?]|$)/.test(toks[t + 2]?.norm ?? '') && /\b(?:nobody|no one|anything|everything|ever|never|always|apparently)\b/.test(sentence)) push('around-here', t, t + 1, 0.4);
    // "..., apparently." / "since apparently ...": a sarcastic aside on what others did.
    if (tok.norm === 'apparently' && (toks[t - 1]?.norm === ',' && /^[.!?]$/.test(toks[t + 1]?.norm ?? '') || /^(?:since|because|as)$/.test(prev(a, t)))) push('apparently', t, t, 0.5);
    // "And this time actually test it", "for once, actually read the runbook": the lapse is presupposed.
    if (tok.norm === 'actually' && /(?:^| )(?:this time|for once|for a change)(?: ,)? $/.test(textBefore(a, t, 4)) && toks[t + 1] && (inClass(toks[t + 1]!, DILIGENCE_VERBS) || toks[t + 1]!.pos === 'VERB')) push('this-time-actually', t, t + 1, 0.5);
    // Orders to answer or stop: "Just answer the question.", "Answer the question, Kai.", "Don't start."
    if (isClauseStart(a, t) && !sent.question && /^(?:just )?answer the (?:question|damn question)\b/.test(win(a, t, t + 4))) push('answer-the-question', t, Math.min(t + 3, sent.last), 0.8);
    if (t === sent.first && tok.norm === 'do' && /^do not (?:even )?start\b/.test(sentence)) push('dont-start', t, t + 2, 0.5);
    // "not your call to make", "not your place", "above your station".
    if (/^(?:call|place|decision|department|area)$/.test(tok.norm) && prev(a, t) === 'your' && /\bnot $/.test(textBefore(a, t - 1, 3) + '')) push('not-your-place', t - 2, t);
    // --- Vocabulary classes with a frame that aims them (README "hostility"). ----------------------------------
    // Talk called garbage: "a load of drivel", "what utter twaddle", "that's hogwash", "is this a joke?".
    if (GARBAGE_TALK.has(tok.lemma) || GARBAGE_TALK.has(tok.norm)) {
      const lead = textBefore(a, t, 4);
      if (!isNeg(a, t) && !notBefore && (/(?:^| )(?:a|what|such|utter|complete|total|pure|absolute|load of|pile of|bunch of|lot of|heap of|full of|is|are|was|that is|this is|sounds like|more) (?:\S+ )?$/.test(lead) || t === sent.first || t === firstWords[tok.sent]) && !(tok.norm === 'joke' && !/\b(?:this|that|you|it) (?:is|are)\b|\bis (?:this|that|it) a\b/.test(sentence))) push(`garbage-talk:${tok.lemma}`, t, t);
    }
    // Insults for people, aimed: "you muppet", "what a clown", "bunch of amateurs", "Sweetie, ...", "..., genius".
    if (INSULT_NOUNS.has(tok.norm) || INSULT_NOUNS.has(tok.lemma)) {
      const p1 = prev(a, t);
      const aimed = /^(?:you|what|such|bunch|pack|load|of|these|those|utter|absolute|complete|total|like|bloody)$/.test(p1) || /^(?:a|an)$/.test(p1) && /^(?:what|such|like|are|is|be)$/.test(toks[t - 2]?.norm ?? '') || (t === sent.first && toks[t + 1]?.norm === ',') || (p1 === ',' && /^[.!?,]$/.test(toks[t + 1]?.norm ?? '.'));
      if (aimed && !isNeg(a, t)) push(`insult:${tok.norm}`, t, t);
    }
    // Dismissing someone's talk as a kind of talking: "stop lecturing us", "quit preaching", "enough moralising",
    // "you keep rambling", "your grandstanding".
    if (CONTEMPT_TALK_VERBS.has(tok.norm.replace(/ing$/, '')) || CONTEMPT_TALK_VERBS.has(tok.lemma)) {
      const p1 = prev(a, t);
      if (tok.norm.endsWith('ing') && (/^(?:stop|quit|enough|no|your|keep|keeps|all|the|more)$/.test(p1) || /(?:^| )(?:you|they|he|she) (?:are|were|keep|just keep|are just|are still) (?:\S+ )?$/.test(textBefore(a, t, 4)))) push(`contempt-talk:${tok.lemma}`, Math.max(sent.first, t - 1), t);
      else if (!tok.norm.endsWith('ing') && /(?:^| )(?:do not|stop trying to|quit trying to) $/.test(textBefore(a, t, 3)) && /^(?:me|us|everyone|anyone)\b/.test(toks[t + 1]?.norm ?? '')) push(`contempt-talk:${tok.lemma}`, t - 2, t + 1);
    }
    // Repeating oneself, impatiently: "for the third time", "as I've already said", "like I said", "how many times".
    if (tok.norm === 'time' && /^(?:second|third|fourth|fifth|sixth|tenth|hundredth|umpteenth|nth|last|millionth)$/.test(prev(a, t)) && /(?:^| )for the \S+ $/.test(textBefore(a, t, 3)) && !/\b(?:in|this)\b/.test(toks[t + 1]?.norm ?? '')) push('repeat-myself', t - 3, t, 0.8);
    if ((tok.norm === 'as' || tok.norm === 'like') && isClauseStart(a, t) && /^(?:as|like) i (?:have |had )?(?:already |just |literally |clearly )?(?:said|told you|explained|mentioned|pointed out)(?: \S+)?(?: (?:already|twice|before|times|three times|a dozen times))? ,/.test(win(a, t, t + 8))) push('as-i-said', t, t + 2, /\b(?:already|twice|times|before)\b/.test(win(a, t, t + 8)) ? 0.8 : 0.5);
    // Sarcastic interjections: "Oh joy.", "Go figure.", "Who knew.", "Shocker.", "Gold star.", "Well done you."
    if (isClauseStart(a, t) && /^(?:oh (?:joy|goody|fun)|go figure|who knew|big shock|gold star|well done you|shocker|colour me shocked|color me shocked|quelle surprise|what a shock)\b/.test(win(a, t, t + 3))) push('sarcastic-interjection', t, Math.min(t + 2, sent.last));
    if (tok.norm === 'congratulations' || tok.norm === 'congrats') {
      if (/^(?:,|on) (?:you|your|the|breaking|finally)\b|^, \S+ , you\b|^, you\b/.test(win(a, t + 1, t + 5)) && !/\b(?:thank|thanks|great work|well done)\b/.test(sentence) && /\b(?:finally|broke|break|breaking|outage|found|you)\b/.test(sentence)) push('mock-congrats', t, t, 0.6);
    }
    // "Classic Dev.", "Typical front-end.": a mock word pinned on a person or team.
    if (t === sent.first && /^(?:classic|typical)$/.test(tok.norm) && sent.last - sent.first <= 3 && toks[t + 1] && (isName(a, t + 1) || TEAM_WORDS.has(toks[t + 1]!.norm) || classify(a, t + 1) === 'person' || classify(a, t + 1) === 'team')) push('typical-x', t, t + 1, 0.6);
    // Explaining the obvious: "let me spell it out for you", "listen carefully", "I can't believe I have to explain this",
    // "I'm only going to say this once", "this is beneath us".
    if (/^(?:spell|explain|repeat)$/.test(tok.lemma) && /^(?:it|this|that)? ?(?:out )?(?:for|to) (?:you|everyone|the room|people|some of you)\b|^(?:it|this|that) (?:again|once more|one more time) (?:for|to)\b/.test(win(a, t + 1, t + 6)) && !sent.question) push('spell-it-out', t, Math.min(t + 4, sent.last), 0.8);
    if (tok.norm === 'carefully' && prev(a, t) === 'listen' && isClauseStart(a, t - 1)) push('listen-carefully', t - 1, t, 0.6);
    if (tok.norm === 'once' && /(?:^| )(?:only )?(?:going to|gonna) (?:say|explain|tell you) (?:this|it|that) $/.test(textBefore(a, t, 7))) push('say-once', t - 3, t, 0.8);
    if (tok.norm === 'believe' && /(?:^| )(?:i )?(?:can not|cannot|could not) $/.test(textBefore(a, t, 3)) && /^i (?:have|had|need|am having) to (?:explain|say|repeat|spell|tell|remind)\b/.test(win(a, t + 1, t + 6))) push('cant-believe-explain', t, t + 4);
    if (tok.norm === 'beneath' && /^(?:us|you|me|them|everyone|this team)\b/.test(toks[t + 1]?.norm ?? '')) push('beneath', t, t + 1);
    // Rhetorical questions about the group's competence: "Did anyone here actually read the runbook?", "Does anybody
    // even look at alerts?", "Do you actually know what a nonce is?".
    if (t === sent.first && isQuestionAt(a, sent.first) && /^(?:did|does|do|has|have) (?:anyone|anybody|you|any of you|nobody|someone) (?:\S+ )?(?:\S+ )?(?:actually|even|ever|really|bother|bothered)\b/.test(sentence) && !/\b(?:remember|recall|happen to|know when|know if|know whether|see anything)\b|, or\b/.test(sentence)) push('did-anyone-even', t, Math.min(t + 4, sent.last), 0.7);
    if (t === sent.first && isQuestionAt(a, sent.first) && /^(?:is|was) (?:this|that|it) (?:\S+ )?(?:a joke|serious|for real|a prank)\b/.test(sentence)) push('is-this-a-joke', t, Math.min(t + 4, sent.last));
    // Warnings: "I'd think very carefully before you say that again", "be careful before you accuse anyone".
    if (/^(?:carefully|careful|twice|hard)$/.test(tok.norm) && /(?:^| )(?:think|be|would think|would be) (?:very |really |long and )?$/.test(textBefore(a, t, 4)) && toks[t + 1]?.norm === 'before' && /^(?:you|anyone|people)$/.test(toks[t + 2]?.norm ?? '')) push('think-before-you', t, t + 2);
    if (tok.norm === 'sigh' && /^\*/.test(a.text.slice(Math.max(0, tok.start - 1), tok.start + 1))) push('sigh', t, t, 0.5);
  }
  return hits;
}

const PROFANE = /^(?:shit|fuck|bullshit|crap|wtf|ffs|goddamn|goddammit|dammit|bloody|bollocks|piss|arse|asshole|arsehole|horseshit)/;

/** Words that praise a contribution or its maker; ironic when they stand alone with an intensifier ("Very actionable."). */
const PRAISE_WORDS = new Set([
  'helpful', 'useful', 'actionable', 'efficient', 'groundbreaking', 'insightful', 'productive', 'constructive', 'grateful',
  'impressive', 'illuminating', 'enlightening', 'informative', 'original', 'creative', 'mature', 'professional',
  'reassuring', 'valuable', 'sweet', 'generous', 'thoughtful', 'inspiring', 'inspired', 'visionary', 'innovative',
  'clever', 'brilliant', 'convincing', 'compelling', 'timely', 'considerate', 'rigorous', 'scientific', 'riveting',
  'comforting', 'encouraging', 'polite', 'brave', 'bold', 'decisive', 'proactive', 'reliable', 'responsive', 'detailed',
  'smart', 'thorough', 'fascinating', 'gripping', 'revolutionary', 'helpful', 'collaborative', 'transparent',
  'charming', 'cute', 'lovely', 'nice', 'interesting',
]);
/** Talk called garbage (by lemma): "a load of drivel", "what utter twaddle". */
const GARBAGE_TALK = new Set(['drivel', 'twaddle', 'hogwash', 'baloney', 'balderdash', 'bollocks', 'tosh', 'claptrap', 'gibberish', 'codswallop', 'poppycock', 'bunk', 'malarkey', 'horseshit', 'bs', 'tripe', 'guff', 'rot', 'joke', 'word-salad', 'hot-air', 'fiction', 'garbage', 'rubbish', 'nonsense', 'trash']);
/** Insults for people; hostile when aimed ("you muppet", "what a clown", "bunch of amateurs", "Sweetie, ..."). */
const INSULT_NOUNS = new Set(['idiot', 'idiots', 'moron', 'morons', 'muppet', 'muppets', 'clown', 'clowns', 'fool', 'fools', 'buffoon', 'buffoons', 'numpty', 'numpties', 'imbecile', 'imbeciles', 'amateur', 'amateurs', 'cowboy', 'cowboys', 'halfwit', 'halfwits', 'dimwit', 'dimwits', 'dunce', 'jokers', 'joker', 'monkeys', 'clowns', 'children', 'kids', 'sweetie', 'sweetheart', 'honey', 'darling', 'kiddo', 'sunshine', 'princess', 'champ', 'hotshot', 'genius', 'geniuses', 'einstein', 'sherlock', 'rookie', 'rookies', 'noob', 'noobs', 'toddlers', 'babies', 'crybaby', 'crybabies', 'prima donna', 'snowflake', 'snowflakes', 'dinosaur', 'dinosaurs']);
/** Kinds of talking that are contempt when pinned on someone ("stop lecturing us", "your grandstanding"). */
const CONTEMPT_TALK_VERBS = new Set(['lectur', 'lecture', 'preach', 'moralis', 'moraliz', 'moralise', 'moralize', 'grandstand', 'rambl', 'ramble', 'waffl', 'waffle', 'whin', 'whine', 'whing', 'whinge', 'moan', 'bleat', 'babbl', 'babble', 'pontificat', 'pontificate', 'sermonis', 'sermonize', 'speechify', 'filibuster', 'navel-gaz', 'philosophis', 'philosophiz', 'patroniz', 'patronis', 'patronize', 'patronise', 'mansplain', 'bloviat', 'bloviate', 'blather', 'yap', 'yapp', 'bicker', 'squabbl', 'squabble', 'grumbl', 'grumble']);
const INTENSIFIERS = new Set(['very', 'truly', 'so', 'super', 'really', 'most', 'incredibly', 'terribly', 'ever', 'just', 'such', 'awfully', 'deeply', 'hugely', 'wonderfully', 'extremely', 'remarkably', 'simply']);

/** People whose attention is a threat when someone is to "explain it" to them. */
const AUTHORITY = new Set(['manager', 'boss', 'vp', 'hr', 'ceo', 'cto', 'cfo', 'board', 'director', 'leadership', 'legal', 'skip-level']);

/** One-word sentences that mock when another cue joins them. ("Sure." / "Right." / "Great." are lexicon cues.) */
const MOCK_SOLO = new Set(['totally', 'absolutely', 'cool', 'perfect', 'amazing', 'super', 'terrific', 'awesome', 'again', 'excellent', 'nice', 'marvellous', 'marvelous', 'splendid', 'fabulous', 'noted', 'riveting', 'fascinating', 'incredible', 'shocking', 'classic', 'typical', 'lovely', 'brilliant', 'fantastic', 'wonderful', 'truly', 'bless', 'charming', 'priceless', 'groundbreaking', 'inspiring']);

/** Talk that is dismissed as talk: hostile when banned, thanked for sarcastically, or pinned on someone. */
const CONTEMPT_TALK = new Set(['excuses', 'excuse', 'speeches', 'speech', 'lecture', 'lectures', 'sermon', 'sermons', 'theatrics', 'drama', 'whining', 'moaning', 'complaining', 'spin', 'rant', 'rants', 'monologue', 'monologues', 'waffle', 'rambling', 'nonsense', 'fantasy', 'fantasies', 'make-believe', 'filibuster', 'hand-wringing', 'soapbox', 'tales']);

function isQuestionAt(a: Analysis, first: number): boolean {
  return a.sentences[a.tokens[first]!.sent]!.question;
}

/** Token normals or lemmas that can start a hostile pattern (see `hostilePatterns`); every other token is skipped. */
const HOSTILE_TRIGGERS = new Set<string>([
  ...CONTEMPT_ADJECTIVES, ...WEAK_CONTEMPT, ...CONDESCENDING, ...DISMISS_VERBS, ...BELITTLING, ...AUTHORITY,
  ...MOCK_SOLO, ...CONTEMPT_TALK,
  'enough', 'you', 'quietly', 'time', 'assuming', 'earth', 'quiet', 'sit', 'keep', 'something', 'anything', 'actual', 'real', 'important', 'better',
  'more', 'proper', 'sick', 'tired', 'fed', 'bored', 'weary', 'waste', 'wasting', 'wasted', 'nice', 'good', 'kind',
  'generous', 'thoughtful', 'sweet', 'big', 'thanks', 'thank', 'if', 'try', 'one', 'say', 'do', 'interrupt', 'push',
  'your', 'his', 'her', 'their', 'or', 'uh-huh', 'uh', 'mhm', 'mm-hmm', 'pfft', 'psh', 'meh', 'sure', 'right', 'yeah',
  'oh', 'them', 'us', 'cheers', 'great', 'slowly', 'so', 'above', 'over', 'beyond', 'in', 'i am', 'please',
  'actually', 'leave', 'go', 'drop', 'log', 'hang', 'step', 'get', 'grown-ups', 'grownups', 'adults', 'no', 'have',
  'sensible', 'useful', 'intelligent', 'serious', 'jesus', 'christ', 'god', 'jeez', 'geez', 'omg', 'ugh', 'seriously',
  'sigh', 'pretend', 'pretending', 'cute', 'adorable', 'precious', 'joking', 'kidding', 'grief', 'sake', 'strength',
  'genius', 'einstein', 'sherlock', 'champ', 'hotshot', 'buddy', 'pal', 'mastermind', 'wizard', 'hero', 'chief', 'how',
  'tales', 'fantasy', 'fantasies', 'make-believe', 'fairy-tales',
  'here', 'yourself', 'patience',
  'wrong', 'incorrect', 'irrelevant', 'pointless', 'as', 'wait', 'dying', 'itching', 'wild', 'crazy', 'radical', 'novel',
  'revolutionary', 'bold', 'outlandish', 'qualifies', 'qualified', 'qualify', 'entitles', 'equips', 'per', 'assume',
  'explaining', 'kind', 'sort', 'type', 'review', 'reviews', 'record', 'file', 'appraisal', 'appraisals', 'performance',
  'list', 'careful', 'life', 'theatre', 'theater', 'pantomime', 'charade', 'ritual', 'box-ticking', 'kabuki', 'farce',
  ...AUTHORITY, 'nobody', 'no-one', 'around', 'apparently', 'actually', 'answer', 'just', 'call', 'place', 'decision',
  'department', 'area', 'time', 'like', 'oh', 'go', 'who', 'big', 'gold', 'well', 'shocker', 'colour', 'color', 'quelle',
  'congratulations', 'congrats', 'classic', 'typical', 'spell', 'explain', 'repeat', 'carefully', 'once', 'believe', 'beneath',
  'did', 'does', 'do', 'has', 'is', 'was', 'can', 'could', 'careful', 'twice', 'hard',
  ...GARBAGE_TALK, ...INSULT_NOUNS, ...CONTEMPT_TALK_VERBS, 'how', 'real', 'appreciate', 'job', 'work', 'done', 'effort',
  'going', 'making', 'make', 'made', 'makes', 'lie', 'lies', 'lying', 'liar', 'liars', 'fabricating', 'fibbing',
]);

/** Lemmas and normals that can start a blame pattern (see `blamePatterns`). */
const BLAME_TRIGGERS = new Set<string>([
  ...FAULT_VERBS, ...DILIGENCE_VERBS, ...FAULT_ADJECTIVES, ...CHOICE_NOUNS, ...NOBODY_LAPSES,
  'without', 'no', 'let', 'learn', 'learns', 'start', 'starts', 'too', 'be', 'is', 'was', 'are', 'were', 'who', 'owe',
  'took', 'taking', 'takes', 'make', 'made', 'that', 'which', 'this', 'what', 'reachable', 'available', 'responsive',
  'around', 'awake', 'online', 'contactable', 'present', 'attentive', 'excuses', 'excuse', 'call', 'decision', 'idea',
  'choice', 'doing', 'change', 'deploy', 'plan', 'ship', 'push', 'merge', 'release', 'approve', 'sign', 'roll',
  'explaining', 'deployment', 'pr', 'commit', 'due', 'because', 'owing', 'thanks', 'went', 'decided', 'assumed', 'figured',
  'reckoned', 'thought', 'judged', 'anyway', 'anyways', 'regardless', 'nonetheless', 'who', 'responsible', 'accountable', 'culpable', 'liable', 'trace', 'come',
  'go', 'lead', 'point', 'boil', 'traces', 'traced', 'comes', 'came', 'goes', 'went', 'leads', 'led', 'points', 'pointed', 'upgrade', 'config', 'migration', 'rollout',
]);

// ---------------------------------------------------------------------------------------------------------------
// evidence: asking for or pointing at observed data without the usual data words

/** Verbs that retrieve or inspect a record ("pull up the ...", "let's check the ...", "grep the ..."). */
export const INSPECT_VERBS = new Set(['check', 'inspect', 'grep', 'query', 'examine', 'pull', 'dig', 'recheck', 'double-check', 'eyeball']);
/** What a system did, as reported by it ("what did the RPC node return?"). */
export const REPORT_VERBS = new Set(['return', 'show', 'say', 'report', 'log', 'emit', 'read', 'record', 'display', 'respond', 'answer', 'confirm', 'indicate', 'register', 'print', 'reject', 'accept', 'see', 'mean', 'throw', 'revert']);
/** Objects of an inspect verb that are not records: people, the meeting, opinions. */
const NOT_RECORDS = new Set([
  'agenda', 'assumption', 'assumptions', 'everyone', 'everybody', 'team', 'people', 'feeling', 'feelings', 'mood', 'time',
  'clock', 'list', 'item', 'items', 'notes', 'note', 'room', 'understanding', 'picture', 'tone', 'ego', 'egos', 'calendar',
  'action', 'actions', 'plan', 'process', 'question', 'questions', 'thought', 'thoughts', 'idea', 'ideas', 'story',
  'meeting', 'chat', 'call', 'pulse', 'temperature', 'blame', 'bias', 'biases', 'language', 'wording', 'attitude', 'fix',
  'timeline', 'way', 'rest', 'options', 'option', 'next', 'owner', 'owners', 'status', 'progress', 'time', 'schedule',
  // What the meeting writes, not what the incident recorded: "check the on-call section of the draft".
  'section', 'draft', 'doc', 'document', 'write-up', 'writeup', 'summary', 'wording', 'slides', 'deck',
]);
const TIME_PREPS = new Set(['between', 'and', 'at', 'from', 'around', 'after', 'since', 'about', 'near', 'till', 'to']);
const CLOCK = /^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;
const WH = new Set(['what', 'which', 'where', 'when', 'how']);

/**
 * General evidence cues: an exact time asked about ("what was going on between 14:05 and 14:11?"), a tx or block
 * hash, "what did <a system> return/show/say?", and an inspect verb with a record as its object ("pull up the
 * relayer's nonce history", "let's check what the oracle was reporting"). Not: navigation ("are we at 14:20?",
 * "back to 14:05"), memory ("what were you seeing at 14:05?"), the meeting itself ("check the agenda", "check in").
 */
export function evidencePatterns(a: Analysis): Hit[] {
  const hits: Hit[] = [];
  const toks = a.tokens;
  const hit = (id: string, first: number, last: number) =>
    hits.push({ id, weight: 1, hedged: false, first, last, start: toks[first]!.start, end: toks[last]!.end });
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t]!;
    // A tx or block hash.
    if (/^0x[0-9a-f]{6,}$/i.test(tok.norm)) {
      hit('hash', t, t);
      continue;
    }
    // wink splits "0x9f3a..." into "0" + "x9f3a...".
    const nx = toks[t + 1];
    if (tok.norm === '0' && nx && nx.start === tok.end && /^x[0-9a-f]{6,}$/i.test(nx.norm)) {
      hit('hash', t, t + 1);
      t++;
      continue;
    }
    // A system's output quoted after a report verb: 'the RPC node kept answering "already known"'.
    if (/^["\u201c']$/.test(tok.text) && t > 0) {
      const v = toks[t - 1]!;
      const base = v.lemma.replace(/ing$/, '');
      if ((REPORT_VERBS.has(v.lemma) || REPORT_VERBS.has(base) || /^(?:answering|returning|responding|saying|showing|throwing|logging|reverting|printing|emitting)$/.test(v.norm)) && v.sent === tok.sent) {
        const who = agentBefore(a, t - 1);
        if (who !== 'person' && who !== 'self' && who !== 'none') {
          hit('quoted-output', t - 1, t);
          continue;
        }
      }
    }
    // An exact time in a question about what happened then.
    if (CLOCK.test(tok.norm) && sentenceOf(a, t).question && TIME_PREPS.has(toks[t - 1]?.norm ?? '')) {
      const s = sentenceOf(a, t);
      const words = toks.slice(s.first, s.last + 1).map((x) => x.norm);
      const at = (i: number) => words[i] ?? '';
      let navigation = false;
      for (let i = 0; i < words.length; i++) {
        // "are we at 14:20?", "we're at 14:20", "back to 14:05", "finish ... before 15:00"
        if ((at(i) === 'are' || at(i) === 'am') && (at(i + 1) === 'we' || at(i + 1) === 'i')) navigation = true;
        if (at(i) === 'we' && at(i + 1) === 'are') navigation = true;
        if (['back', 'jump', 'skip', 'move', 'go', 'return', 'get', 'finish', 'start', 'meet', 'reconvene'].includes(at(i))) navigation = true;
        // What someone remembers or felt ("what were you seeing at 14:05?") is not data (README).
        // Any question put to "you" asks for a person's account, not the record.
        if (at(i) === 'you') navigation = true;
        if (/^(?:works?|free|available|suits?)$/.test(at(i))) navigation = true;
      }
      if (!navigation) hit('time-question', t, t);
      continue;
    }
    // "what/which ... did the RPC node return?": a wh-question, an auxiliary, a non-person subject, a report verb.
    if (WH.has(tok.norm) && sentenceOf(a, t).question) {
      let i = t + 1;
      if (tok.norm === 'which' || tok.norm === 'what') while (i <= t + 3 && toks[i]?.pos === 'NOUN') i++;
      const aux = toks[i];
      if (!aux || !/^(?:do|does|did|has|had|have)$/.test(aux.norm)) continue;
      let j = i + 1;
      if (/^(?:the|a|an|our|its|their|that|this|those|these)$/.test(toks[j]?.norm ?? '')) j++;
      const subjStart = j;
      while (j < toks.length && j <= subjStart + 3 && !(j > subjStart && REPORT_VERBS.has(toks[j]!.norm)) && (toks[j]!.pos === 'NOUN' || toks[j]!.pos === 'PROPN' || toks[j]!.pos === 'ADJ' || toks[j]!.norm === "'s" || (toks[j]!.norm.endsWith('ing') && toks[j + 1]?.pos === 'NOUN'))) j++;
      if (j === subjStart || j > subjStart + 4) continue;
      const head = toks[j - 1]!;
      if (isName(a, j - 1) || classify(a, j - 1) === 'person' || PERSON_NOUNS.has(head.norm) || TEAM_WORDS.has(head.norm)) continue;
      if (head.pos === 'PROPN' || toks.slice(subjStart, j).some((x, k) => isName(a, subjStart + k))) continue;
      while (toks[j]?.pos === 'ADV') j++;
      const verb = toks[j];
      if (verb && verb.sent === tok.sent && (REPORT_VERBS.has(verb.lemma) || REPORT_VERBS.has(verb.norm))) hit('system-reported', t, j);
      continue;
    }
    // "pull up the nonce history", "let's check what the oracle was reporting".
    if (!INSPECT_VERBS.has(tok.lemma) && !INSPECT_VERBS.has(tok.norm)) continue;
    let j = t + 1;
    if (tok.lemma === 'pull' || tok.norm === 'pull' || tok.norm === 'pulled' || tok.norm === 'pulling') {
      if (toks[j]?.norm !== 'up') continue;
      j++;
    } else if (tok.lemma === 'dig' || tok.norm === 'dig') {
      if (toks[j]?.norm !== 'into') continue;
      j++;
    }
    const next = toks[j];
    if (!next || next.sent !== tok.sent) continue;
    if (next.norm === 'what' || next.norm === 'when' || next.norm === 'whether') {
      // An embedded question about what a system was doing or reporting, not about a person.
      const k = j + 1 + (/^(?:the|our|its)$/.test(toks[j + 1]?.norm ?? '') ? 1 : 0);
      const subj = toks[k];
      if (!subj || subj.pos !== 'NOUN' || isName(a, k) || PERSON_NOUNS.has(subj.norm) || TEAM_WORDS.has(subj.norm)) continue;
      const rest = toks.slice(k + 1, k + 5);
      if (rest.some((x) => /^(?:reporting|showing|returning|saying|doing|logging|sending|emitting|seeing|reported|showed|returned|said|did|logged)$/.test(x.norm))) hit('inspect-what', t, k);
      continue;
    }
    if (!/^(?:the|that|those|these|its|their|his|her|our|each|every)$/.test(next.norm)) continue;
    let k = j + 1;
    let last = -1;
    while (k < toks.length && k <= j + 4 && toks[k]!.sent === tok.sent && (toks[k]!.pos === 'NOUN' || toks[k]!.pos === 'PROPN' || toks[k]!.pos === 'ADJ' || toks[k]!.norm === "'s" || toks[k]!.pos === 'NUM')) {
      if (toks[k]!.pos === 'NOUN') last = k;
      k++;
    }
    if (last < 0) continue;
    const head = toks[last]!;
    if (NOT_RECORDS.has(head.norm) || NOT_RECORDS.has(head.lemma) || PERSON_NOUNS.has(head.norm) || TEAM_WORDS.has(head.norm) || isName(a, last)) continue;
    if (toks.slice(j + 1, k).some((x, n) => x.pos === 'PROPN' && isName(a, j + 1 + n) && toks[j + 2 + n]?.norm !== "'s")) continue;
    hit('inspect-record', t, last);
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------------------------
// evidence set aside: data words and figures that do not point a claim at observed incident data

/** Verbs that wave data away when it is their object: "forget the graphs for a second", "skip the logs". */
const DATA_DISMISS_VERBS = new Set(['forget', 'ignore', 'skip', 'disregard', 'mind']);
/** Modifiers that make a data noun something still to be built: "the new dashboard will show ...". */
const NEW_ARTEFACT = new Set(['new', 'another', 'extra', 'additional', 'separate', 'dedicated', 'second', 'better', 'proper']);
const FUTURE_OR_MODAL = /\b(?:will|shall|going to|let us|should|need to|needs to|want to|would|could|must)\b/;
/** Verbs that perceive a feeling: "I can hear how much this rattled you" is a degree, not a quantity question. */
const PERCEIVE_VERBS = new Set(['hear', 'see', 'know', 'understand', 'appreciate', 'imagine', 'realise', 'realize', 'recognise', 'recognize', 'feel', 'sense', 'get']);
/** Participles that set a value: "exponential, capped at 30 seconds", "timeout set to 5 s". */
const SETTING_PARTICIPLES = new Set(['capped', 'set', 'limited', 'raised', 'lowered', 'cut', 'reduced', 'bumped', 'increased', 'decreased', 'pinned', 'throttled', 'clamped', 'tuned', 'changed', 'moved', 'pushed', 'dropped']);
/** Fix verbs too common to govern a figure on their own ("have", "get", "do" ...). */
const WEAK_SPEC_VERBS = new Set(['have', 'get', 'make', 'do', 'go', 'take', 'use', 'run', 'open', 'write', 'start', 'put', 'push', 'bring', 'throw', 'stick']);
const PLAN_SUBJECTS = new Set(['i', 'we', 'us']);
/** Fix verbs that change a quantity: their object is a setting, not a reading ("cap gas per withdraw"). */
const QUANTITY_VERBS = new Set(['cap', 'hard-cap', 'limit', 'raise', 'bump', 'increase', 'lower', 'reduce', 'cut', 'double', 'triple', 'halve', 'throttle', 'tighten', 'loosen', 'extend', 'shorten', 'lengthen', 'decrease', 'multiply', 'tune', 'tweak', 'adjust', 'set', 'pin']);
const FIX_SUBJECT_NOUNS = new Set(['pr', 'fix', 'patch', 'hotfix', 'change', 'plan', 'proposal', 'update', 'release', 'version', 'config', 'rule', 'guard', 'gate', 'alert', 'dashboard', 'workaround', 'mitigation']);

/** `v` is framed as a plan or proposal: a modal or "to" before it, "we/I" + present, an imperative, a fix as subject. */
function plannedVerb(a: Analysis, v: number): boolean {
  const tok = a.tokens[v]!;
  if (isPastForm(tok) && !SETTING_PARTICIPLES.has(tok.norm)) return false;
  let k = v - 1;
  while (k >= 0 && a.tokens[k]!.clause === tok.clause && (a.tokens[k]!.pos === 'ADV' || /^(?:just|simply|then|also|only|now|first)$/.test(a.tokens[k]!.norm))) k--;
  const before = a.tokens[k];
  if (!before || before.clause !== tok.clause || before.sent !== tok.sent) return true; // clause-initial: an imperative
  if (MODALS.has(before.norm) || before.norm === 'to' || before.norm === 'us') return true;
  // "we're reopening withdrawals at 21:00", "I stop us at 11:50"
  if (PLAN_SUBJECTS.has(before.norm) && tok.norm === tok.lemma) return true;
  if ((before.norm === 'am' || before.norm === 'are') && tok.norm.endsWith('ing') && PLAN_SUBJECTS.has(a.tokens[k - 1]?.norm ?? '')) return true;
  // "Sam's PR caps gas per withdraw", "the fix sets the timeout to ..."
  if (FIX_SUBJECT_NOUNS.has(before.norm) && /[^s]s$/.test(tok.norm)) return true;
  // "capped at 30 seconds": a participle that sets a value.
  if (SETTING_PARTICIPLES.has(tok.norm) && /^(?:at|to|by)$/.test(a.tokens[v + 1]?.norm ?? '')) return true;
  return false;
}

/**
 * Why the data words or figure in tokens [first, last] do not point a claim at observed incident data (README,
 * "evidence"), or null. The figure is the target of a proposed change ("cut it to 3,600 seconds", "capped at 30
 * seconds", "Sam's PR caps gas per withdraw") or a plan's time ("we're reopening withdrawals at 21:00", "I stop us at
 * 11:50"); the data word is waved away ("forget the graphs"), asked for in general as advice ("more logs next time",
 * "bring data instead of feelings"), put off ("we'll go through the logs later"), something still to be built ("the
 * new dashboard will show p99"), part of a team's name ("the dashboards team"), or "how much" is a degree after a
 * verb of perceiving ("I can hear how much this rattled you").
 */
export function evidenceSetAside(a: Analysis, first: number, last: number, figure = false): string | null {
  const toks = a.tokens;
  const tok = toks[first]!;
  const sent = sentenceOf(a, first);
  const words = sentenceNorm(a, first);
  // "the dashboards team", "the metrics folks"
  const after = toks[last + 1];
  if (after && after.sent === tok.sent && TEAM_WORDS.has(after.norm) && !/^(?:people|someone|somebody|anybody|whoever)$/.test(after.norm)) return 'team-name';
  // "how much this rattled you" after "I can hear": a degree.
  if (tok.norm === 'how' && toks[first + 1]?.norm === 'much' && !sent.question) {
    const nx = toks[first + 2];
    if (nx && (nx.pos === 'PRON' || nx.pos === 'DET' || PLAN_SUBJECTS.has(nx.norm))) {
      for (let k = first - 1; k >= sent.first && k >= first - 3; k--) if (PERCEIVE_VERBS.has(toks[k]!.lemma)) return 'degree';
    }
  }
  // Waved away: a dismissing verb governs the data word.
  for (let k = first - 1; k >= sent.first && k >= first - 4; k--) {
    const p = toks[k]!;
    if (p.clause !== tok.clause) break;
    if (p.lemma === 'mind' && toks[k - 1]?.norm === 'never') return 'waved-away';
    if (DATA_DISMISS_VERBS.has(p.lemma) && p.lemma !== 'mind' && !isNeg(a, k)) return 'waved-away';
    if (p.pos === 'VERB' && !DATA_DISMISS_VERBS.has(p.lemma)) break;
  }
  // Put off: "we'll go through the logs later".
  for (let k = sent.first; k <= sent.last; k++) {
    const x = toks[k]!;
    if (x.clause === tok.clause && (x.norm === 'later' || x.norm === 'afterwards')) return 'later';
  }
  if (!sent.question) {
    // Advice about data in general: "more logs", "fewer speeches and more logs next time", "data instead of feelings".
    const prevWord = toks[first - 1]?.norm ?? '';
    if (/^(?:more|fewer|less)$/.test(prevWord) && /\bnext time\b|\bfrom now on\b|\bgoing forward\b|\binstead of\b|\brather than\b/.test(words)) return 'advice';
    if (/^(?:instead|rather)$/.test(toks[last + 1]?.norm ?? '') && !/^(?:the|our|this|that|those|these)$/.test(prevWord)) return 'advice';
    if (/\bnext time\b/.test(words) && !/\b(?:showed|shows|show|said|says|logged|recorded)\b/.test(words)) return 'advice';
    // Something still to be built: "the new dashboard will show error rate and p99".
    for (let t = sent.first; t <= sent.last; t++) {
      if (!NEW_ARTEFACT.has(toks[t]!.norm)) continue;
      const n = toks[t + 1];
      if (n && /^(?:dashboards?|graphs?|panels?|charts?|alerts?|metrics?|logs?|logging|view|board|monitors?|monitoring)$/.test(n.norm) && FUTURE_OR_MODAL.test(words)) return 'to-build';
    }
  }
  // The condition of an alert ("alert when gas per block stays above 90%"): the action's trigger, not a reading.
  for (let k = first - 1; k >= sent.first && k >= first - 8; k--) {
    if (!/^(?:when|whenever|if|once)$/.test(toks[k]!.norm)) continue;
    if (/^(?:alert|alerts|alerting|page|pages|paging|notify|warn|fire|fires|trigger|triggers|alarm)$/.test(toks[k - 1]?.norm ?? '')) return 'trigger-spec';
    break;
  }
  // The target of a change or the time of a plan: a planned fix verb (or "we/I" + present) earlier in the clause.
  for (let k = first - 1; k >= sent.first; k--) {
    const p = toks[k]!;
    if (p.clause !== tok.clause) break;
    if (p.pos === 'PUNCT') continue;
    const fixVerb = inClass(p, FIX_VERBS) ?? (/^(?:reopen|reopening|poll|polling)$/.test(p.norm) ? p.norm : null);
    // wink tags some verbs as nouns: a sentence-initial base form with no later finite verb ("Cap it at 50"), or a
    // verb right after a fix noun ("Sam's PR caps gas ...").
    const isVerbish =
      p.pos === 'VERB' ||
      p.pos === 'AUX' ||
      SETTING_PARTICIPLES.has(p.norm) ||
      // (As typed: "Blocks full at 30M from 14:02" and "Rollback at 14:47" name things; an order takes an object.)
      (k === sent.first && p.norm === p.lemma && p.norm === fixVerb && toks[k + 1]?.pos !== 'ADP' && !laterFinite(a, k)) ||
      (FIX_SUBJECT_NOUNS.has(toks[k - 1]?.norm ?? '') && /[^s]s$/.test(p.norm));
    // A data word is the target only of a change in quantity ("caps gas per withdraw"); "add the trace to the
    // timeline" records it.
    const fits = figure ? !WEAK_SPEC_VERBS.has(fixVerb ?? '') : QUANTITY_VERBS.has(fixVerb ?? '');
    if (fixVerb && fits && isVerbish && plannedVerb(a, k)) return 'fix-target';
    // "I stop us at 11:50": a first-person plan.
    if (/^(?:stop|meet|break|reconvene|resume|wrap|end|finish|start)$/.test(p.lemma) && p.pos === 'VERB' && plannedVerb(a, k)) return 'plan-time';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// deferral: a decision or fix placed after the understanding, a topic given a later slot, a fix refused for now

/** Verbs that decide or act on a fix (beyond the fix verbs themselves). */
const DECIDE_VERBS = new Set(['decide', 'propose', 'suggest', 'talk', 'discuss', 'pick', 'choose', 'commit', 'settle', 'design', 'promise', 'jump', 'rush', 'agree', 'touch', 'change', 'answer', 'debate', 'argue', 'act', 'address', 'tackle', 'solve', 'fix']);
/** Verbs of understanding: the main clause of "X before we buy capacity" must be analysis, not another fix. */
const UNDERSTAND_VERBS = new Set(['understand', 'know', 'finish', 'see', 'look', 'walk', 'check', 'find', 'figure', 'establish', 'map', 'trace', 'reconstruct', 'get', 'go', 'learn', 'confirm', 'verify', 'read', 'hear', 'agree', 'have']);
/** What is deferred, as a noun: "a fix", "a remedy", "the oracle-vendor question". */
const FIX_NOUNS = new Set(['fix', 'fixes', 'remedy', 'remedies', 'solution', 'solutions', 'patch', 'hotfix', 'remediation', 'workaround', 'decision', 'decisions']);
/** "Not now": a limit that says when the fix is refused, not that it is refused for ever. */
const NOT_NOW = /\b(?:today|tonight|now|yet|this (?:morning|afternoon|meeting|session|call|review)|in this (?:room|meeting|call|session|review)|here|in the timeline|at this (?:point|stage))\b/;
/** Later slots a topic is handed to: the follow-up, the parking lot, the backlog ("... goes on the parking lot"). */
const LATER_SLOT = /^(?:follow-up|follow-ups|followup|parking|backlog|later)$/;
const SUBJECT_WORDS = new Set(['we', 'i', 'you', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'people']);

/** Later in t's sentence, a clause that waits for the understanding: "before we've seen the logs", "until we know why". */
function untilUnderstood(a: Analysis, t: number): boolean {
  const toks = a.tokens;
  const sent = sentenceOf(a, t);
  for (let k = t + 1; k < sent.last; k++) {
    if (!/^(?:before|until|till)$/.test(toks[k]!.norm) || !SUBJECT_WORDS.has(toks[k + 1]?.norm ?? '')) continue;
    let v = k + 2;
    while (v <= sent.last && /^(?:have|has|had|actually|really|fully|properly|all|both)$/.test(toks[v]!.norm)) v++;
    const verb = toks[v];
    if (verb && verb.sent === toks[t]!.sent && UNDERSTAND_VERBS.has(verb.lemma) && verb.lemma !== 'get' && verb.lemma !== 'go' && verb.lemma !== 'have') return true;
  }
  return false;
}

function nonPast(tok: Token): boolean {
  return !isPastForm(tok);
}

/**
 * General deferral cues (README "deferral"): a fix or decision placed after the understanding ("we should understand
 * why before we buy capacity", "let's finish the timeline before anyone proposes anything", "once we understand X,
 * we'll decide Y", "we decide that after we've been through the cause"); a topic handed a later slot by any subject
 * ("what changes before Friday is an action item", "whatever we didn't get to goes on the parking lot", "the rest go
 * into the follow-up doc"); "park" in any form ("we park the partner package until action items", "parking 'remote
 * signer'"); a fix or decision refused for now ("I'm not rolling anything back today", "I'd rather not hand you a fix
 * today", "we're not picking a second oracle in this room"). Ids ending in "-pre" only defer before the action items.
 */
export function deferralPatterns(a: Analysis): Hit[] {
  const hits: Hit[] = [];
  const toks = a.tokens;
  const isFixOrDecide = (x: Token) => {
    const f = inClass(x, FIX_VERBS);
    if (f !== null && !AMBIGUOUS_FIX.has(f)) return true;
    if (inClass(x, DECIDE_VERBS) === null) return false;
    // "before anyone decides it has nothing to do with them": a judgement about a claim, not a decision on a fix.
    const i = toks.indexOf(x);
    const n = toks[i + 1];
    const n2 = toks[i + 2];
    if (n && n2 && n.sent === x.sent && /^(?:it|that|they|he|she|this|there|we|you)$/.test(n.norm) && (n2.pos === 'VERB' || n2.pos === 'AUX')) return false;
    return true;
  };
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t]!;
    const sent = sentenceOf(a, t);
    // (1) "... before we/anyone <decide|fix>": the main clause must be analysis and propose no fix itself.
    if (tok.norm === 'before') {
      let k = t + 1;
      if (SUBJECT_WORDS.has(toks[k]?.norm ?? '')) k++;
      while (k <= t + 4 && /^(?:even|start|starts|starting|begin|begins|can|do|does|actually|really|seriously|go|goes|ahead|and|try|tries|to)$/.test(toks[k]?.norm ?? '')) k++;
      const v = toks[k];
      if (v && v.sent === tok.sent && isFixOrDecide(v) && nonPast(v) && (k > t + 1 || v.norm.endsWith('ing'))) {
        let analysis = false;
        let fix = false;
        for (let m = sent.first; m < t; m++) {
          const x = toks[m]!;
          if (x.pos !== 'VERB') continue;
          if (isPastForm(x) && x.norm !== 'understood') fix = true; // narration: "Kai merged it before anyone ..."
          else if (UNDERSTAND_VERBS.has(x.lemma)) analysis = true;
          else if (isFixOrDecide(x)) fix = true;
        }
        if (analysis && !fix && !sent.question) hits.push(hit(a, 'decide-after-pre', t, k));
      }
      continue;
    }
    // (2) "once/after/when/as soon as we('ve) <understood ...>, we'll decide / we'll get there / we'll look at that".
    const asSoonAs = tok.norm === 'as' && toks[t - 1]?.norm === 'soon' && toks[t - 2]?.norm === 'as';
    if ((tok.norm === 'once' || tok.norm === 'after' || (tok.norm === 'when' && !sent.question) || asSoonAs) && SUBJECT_WORDS.has(toks[t + 1]?.norm ?? '')) {
      let k = t + 2;
      const perfect = /^(?:have|has|are|is|am)$/.test(toks[k]?.norm ?? '');
      if (perfect) k++;
      while (toks[k]?.pos === 'ADV') k++;
      const v = toks[k];
      if (!v || v.sent !== tok.sent || (!perfect && isPastForm(v)) || isFixOrDecide(v)) continue;
      // "When" and "as soon as" look forward to the understanding itself ("when we know what happened"), not to any
      // turn of the meeting ("we'll get to your ticket when we get to it" puts the speaker off).
      if ((tok.norm === 'when' || asSoonAs) && (!UNDERSTAND_VERBS.has(v.lemma) || /^(?:get|go|have)$/.test(v.lemma))) continue;
      for (let m = sent.first; m <= sent.last; m++) {
        if (m >= t && m <= k) continue;
        const x = toks[m]!;
        const decide = inClass(x, DECIDE_VERBS) !== null || (/^(?:get|look|come|circle)$/.test(x.lemma) && /^(?:there|to|at|back)$/.test(toks[m + 1]?.norm ?? ''));
        if (!decide || x.pos !== 'VERB' || isPastForm(x) || isNeg(a, m)) continue;
        const lead = win(a, Math.max(sent.first, m - 3), m);
        if (/\b(?:will|shall|can|let us|should|going to)\b|(?:^|\s)(?:we|i)$/.test(lead) || m === sent.first) {
          hits.push(hit(a, 'decide-after', Math.min(t, m), Math.max(k, m)));
          break;
        }
      }
      continue;
    }
    // (3) park, in any form: "we park it until ...", "parking 'remote signer'", "let's park validator-rotation policy".
    if ((tok.lemma === 'park' || /^park(?:s|ed|ing)?$/.test(tok.norm)) && !isNeg(a, t) && toks[t - 1]?.norm !== 'car') {
      hits.push(hit(a, 'park-any', t, t));
      continue;
    }
    // (4) a later slot: "<topic> is an action item", "<anything> goes on the parking lot / to the follow-up".
    if (/^(?:is|are|goes|go|went|rolls|roll|moves|move|gets|get|lands|land|stays|stay|sits|sit)$/.test(tok.norm) && !isNeg(a, t)) {
      const rest = win(a, t + 1, Math.min(sent.last + 1, t + 8));
      if (/^(?:is|are)$/.test(tok.norm) && /^(?:already )?(?:an|one|a separate|its own) action(?:-| )items?\b/.test(rest)) {
        hits.push(hit(a, 'slot-action-items-pre', t, Math.min(sent.last, t + 3)));
        continue;
      }
      const m = /^(?:over )?(?:to|into|on|onto|in|for) (?:the |our |a |its )?(?:own |full |separate )?((?:\S+ ){0,2}?)(\S+)/.exec(rest);
      if (m && (LATER_SLOT.test(m[2]!) || /\b(?:follow-up|followup|parking)\b/.test(m[1]!))) {
        hits.push(hit(a, 'slot-later', t, Math.min(sent.last, t + 4)));
        continue;
      }
      if (m && /^(?:action|action-items?)$/.test(m[2]!)) hits.push(hit(a, 'slot-action-items-pre', t, Math.min(sent.last, t + 4)));
      continue;
    }
    // (6) the fix put second: "the fix will follow from it", "fixes come later", "the cause first, then the fix".
    if (FIX_NOUNS.has(tok.norm) && !isNeg(a, t) && !sent.question) {
      const after = win(a, t + 1, Math.min(sent.last + 1, t + 4));
      const follows = /^(?:will|can|should|would|)(?: then| only)? ?(?:follow|come (?:later|after|next|second|afterwards)|comes (?:later|after|next|second|afterwards))\b/.test(after);
      const second = /(?:^| )then (?:the |a |any |our )?$/.test(textBefore(a, t, 3)) && /\bfirst\b/.test(win(a, sent.first, t));
      if (follows || second) {
        hits.push(hit(a, 'fix-second-pre', t, Math.min(sent.last, follows ? t + 2 : t)));
        continue;
      }
    }
    // (5) a fix or decision refused for now: negated, not a past narration, with a "now" limit or a limit that waits
    // for the understanding ("I'd rather not guess at fixes before we've seen the relayer logs").
    if (!NOT_NOW.test(sentenceNorm(a, t)) && !untilUnderstood(a, t)) continue;
    const fixNoun = FIX_NOUNS.has(tok.norm) && /^(?:a|any|the|that|this|one|at|about|on)$/.test(toks[t - 1]?.norm ?? '');
    // An ambiguous fix verb ("switch", "put") needs a changeable object: "not switching RPC providers today".
    const fixVerb = tok.pos === 'VERB' && (isFixOrDecide(tok) || (inClass(tok, AMBIGUOUS_FIX) !== null && fixObject(a, t, inClass(tok, AMBIGUOUS_FIX)!) !== null));
    if (!fixVerb && !fixNoun) continue;
    let neg = -1;
    for (let k = t - 1; k >= sent.first && k >= t - 6; k--) {
      const x = toks[k]!;
      if (x.clause !== tok.clause) break;
      if (/^(?:not|never|no|nobody|nothing)$/.test(x.norm)) {
        neg = k;
        break;
      }
    }
    if (neg < 0) continue;
    // "Kai didn't restart it today": a past negation narrates.
    const aux = toks[neg - 1]?.norm ?? '';
    if (/^(?:did|had|was|were)$/.test(aux)) continue;
    // A finite refusal ("I'm not", "we won't", "let's not", "I'd rather not", "nobody is"), not a gerund in a report
    // ("it comes down to someone not running the load test").
    if (!/^(?:no|nobody|nothing)$/.test(toks[neg]!.norm) && !/^(?:am|are|is|will|do|does|can|shall|us|rather)$/.test(aux)) continue;
    if (isPastForm(tok) && !fixNoun) continue;
    hits.push(hit(a, 'not-now', neg, t));
  }
  return hits;
}
