/**
 * The scorer's word lists: phrases per move and flag, with weights, and the tips and rewrites shown for problems.
 *
 * Data only; `rules.ts` holds the logic that applies them (negation, scope, who is the agent, which phase).
 *
 * Patterns are regular-expression sources matched against the reply's token normals joined by single spaces:
 * lower case, contractions expanded ("won't" -> "will not", "it's" -> "it is", "let's" -> "let us",
 * "should've" -> "should have"), hyphenated words kept whole ("front-end"), punctuation as its own token
 * ("sorry , but"). A pattern always starts and ends on token boundaries. Longer phrases are listed (and matched)
 * before the words inside them, so "root cause" is never read as the verb "cause".
 *
 * Macros, expanded before compiling: {BE} forms of "to be", {HAVE} have/has/had, {DET} an optional determiner,
 * {W} any one token, {W?} an optional token, {NEG} not/never.
 */

export interface Phrase {
  /** Stable id, shown in debugging output and docs. */
  id: string;
  /** Pattern over the normalised token string (see the module comment). */
  re: string;
  /** How much this phrase counts, 0-1 (default 1). Weak cues need a second cue to fire a move. */
  weight?: number;
}

export const MACROS: Record<string, string> = {
  BE: '(?:is|are|was|were|be|been|being|am)',
  HAVE: '(?:have|has|had)',
  DET: '(?:(?:the|a|an|this|that|these|those|our|your|their|his|her|its|my) )?',
  W: '\\S+',
  'W?': '(?:\\S+ )?',
  NEG: '(?:not|never)',
  ME: '(?:i|we|me|us)',
};

// ---------------------------------------------------------------------------------------------------------------
// Agents: who can be blamed. Checked token by token in rules.ts.

/** Words that name a team or a group of people (token normals). */
export const TEAM_WORDS = new Set([
  'team', 'teams', 'squad', 'crew', 'devs', 'developers', 'developer', 'engineers', 'engineer', 'engineering', 'ops',
  'devops', 'sre', 'sres', 'qa', 'infra', 'on-call', 'oncall', 'on-caller', 'contractor', 'contractors', 'vendor',
  'vendors', 'intern', 'interns', 'reviewer', 'reviewers', 'auditor', 'auditors', 'dba', 'dbas', 'frontend',
  'front-end', 'backend', 'back-end', 'management', 'leadership', 'product', 'security', 'support', 'operator',
  'operators', 'admin', 'admins', 'people', 'guys', 'folks', 'newbie', 'junior', 'juniors', 'department',
  'colleagues', 'coworker', 'coworkers', 'responder', 'responders', 'whoever', 'somebody', 'someone', 'anybody',
  'desk', 'desks', 'users', 'customers', 'traders', 'partners',
]);

/** Team words that only name a group when followed by "team"/"folks" or used as a subject ("infra broke it"). */
export const TEAM_MODIFIERS = new Set([
  'front-end', 'frontend', 'backend', 'back-end', 'infra', 'infrastructure', 'platform', 'ops', 'devops', 'sre',
  'qa', 'security', 'data', 'product', 'contract', 'smart-contract', 'protocol', 'node', 'wallet', 'mobile', 'web',
  'api', 'release', 'deploy', 'deployment', 'database', 'db', 'network', 'core', 'bridge', 'indexer', 'ui', 'ux',
  'design', 'support', 'exchange', 'payments', 'marketing', 'finance', 'legal', 'audit',
]);

/** Nouns for a single person (not a team): "the person who merged it", "the engineer on call". */
export const PERSON_NOUNS = new Set([
  'person', 'individual', 'guy', 'guys', 'author', 'dev', 'employee', 'colleague', 'teammate', 'lead', 'manager',
  'approver', 'committer', 'deployer', 'newcomer', 'hire', 'culprit', 'man', 'woman', 'lad',
]);

/** Pronouns that point at people other than the speaker. */
export const PERSON_PRONOUNS = new Set(['you', 'he', 'she', 'they', 'him', 'her', 'them', 'someone', 'somebody', 'whoever']);

/** Capitalised words that are not people (so "Grafana shows" or "Friday at" are not a named person). */
export const NOT_NAMES = new Set([
  'i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'utc', 'gmt', 'pst', 'est', 'cet', 'grafana', 'datadog',
  'kibana', 'splunk', 'sentry', 'prometheus', 'pagerduty', 'slack', 'jira', 'github', 'gitlab', 'ethereum', 'eth',
  'solidity', 'etherscan', 'infura', 'alchemy', 'aws', 'gcp', 'azure', 'kubernetes', 'k8s', 'postgres', 'redis',
  'kafka', 'linux', 'okay', 'ok', 'yes', 'no', 'thanks', 'thank', 'sorry', 'look', 'let', 'good', 'great', 'right',
  'sure', 'well', 'so', 'and', 'but', 'also', 'first', 'then', 'now', 'here', 'there', 'we', 'you', 'they', 'it',
  'this', 'that', 'what', 'how', 'why', 'who', 'when', 'where', 'hold', 'park', 'owner', 'due', 'action', 'item',
  'timeline', 'root', 'cause', 'rpc', 'api', 'evm', 'gas', 'mainnet', 'testnet', 'l2', 'dao', 'cto', 'ceo', 'vp',
  'sre', 'qa', 'ops', 'hi', 'hello', 'agreed', 'fair', 'exactly', 'absolutely', 'honestly', 'frankly', 'just',
  'maybe', 'please', 'oh', 'wow', 'yeah', 'nope', 'ticket', 'step', 'phase', 'agenda', 'stage',
  'time', 'easy', 'simple', 'quick', 'fine', 'done', 'enough', 'next', 'seriously', 'really', 'actually', 'basically',
  'clearly', 'obviously', 'literally', 'again', 'still', 'wait', 'stop', 'listen', 'nobody', 'everyone', 'someone',
  'anyone', 'surely', 'personally', 'apparently', 'keep', 'save', 'spare', 'try', 'sit', 'give', 'nice', 'cute',
]);

// ---------------------------------------------------------------------------------------------------------------
// acknowledge: the concern, the feeling or the impact (not grading what was said)

const FEELING =
  '(?:frustrat\\S*|pain\\S*|stress\\S*|hard|difficult|rough|tough|upset\\S*|worr\\S*|concern\\S*|angry|anger|scar\\S*|' +
  'awful|exhaust\\S*|tired|personal|unfair|overwhelm\\S*|hammered|brunt|not easy|never easy|tough spot|hard spot|difficult (?:spot|position)|weighing|weighs|singled out|' +
  'attacked|defensive|nervous|anxious|afraid|fear\\S*|disappoint\\S*|embarrass\\S*|pressure|urgen\\S*|impatien\\S*|' +
  'hurt|harm\\S*|lost money|lost funds|long night|up most of the night|up all night|up late|up until|up till|on call through|first on the scene|a lot to ask|every right)';

export const ACKNOWLEDGE: Phrase[] = [
  { id: 'i-understand', re: '(?<!(?:check|sure|confirm|see|if|whether) (?:that )?)i (?:completely |totally |fully |really |do |can |definitely )?(?:understand|hear|get|recognize|recognise|appreciate|acknowledge) (?:your|that|this|how|why|where|you|people|everyone|their|his|her|the (?:concern|frustration|worry|pressure|urgency|impact|anger|fear|stakes|pain|point|question|need|push|ask|feeling|sentiment|desire|request|upset|disappointment))' },
  { id: 'i-hear-group', re: 'i (?:hear|understand|get|know|see|recognise|recognize) (?:that )?(?:the )?(?:\\S+ )?(?:team|partners?|users|customers|folks|people|leadership|support|board|execs?|exchange) (?:want|wants|need|needs|feel|feels|felt|are|is|were|was|have|has|expect|expects|would like)' },
  { id: 'i-hear-you', re: '(?:^|[.!?,] )(?:really |much |i really |i do )?appreciate(?:d)? (?:you|your|that|it|the|this|everyone|how)|i hear you|i hear that|i can hear|i get it|i get that|i get why|i see why|i see how|i can see' },
  { id: 'i-know', re: `i know (?:\\S+ ){0,10}?${FEELING}|i know (?:you|you all|you were|you have|you are|you did|they|he|she|leadership|the (?:\\S+ )?team|(?:a lot|many|some|most|several|all|both|a few|half) of (?:our|the|you|us))` },
  { id: 'thanks-for', re: '(?:thank you|thanks|thank) (?:\\S+ ){0,3}?for (?!coming|attending|joining|being here|making time|your time|the time|showing up|dialing in|dialling in|having me|that\\b|this\\b|nothing)\\S+' },
  { id: 'valid-concern', re: '(?:that|this|it|which|your|the) (?:is |was |feels )?(?:a |an )?(?:very |really |completely |totally |entirely |genuinely )?(?:fair|valid|critical|important|reasonable|legitimate|real|serious|understandable|natural|big|right|key) (?:question|point|concern|worry|ask|frustration|reaction|fear|cost|thing to (?:worry|ask|raise|care))' },
  { id: 'fair-concern', re: '(?:^|[.!?,] )(?:a |that is a |totally |completely |very |really )*(?:fair|valid|reasonable|legit|legitimate|real|understandable) (?:concern|question|worry|ask|challenge)' },
  { id: 'concern-is-valid', re: '(?:concern|frustration|worry|anger|fear|point|reaction)s? (?:is|are|was) (?:completely |totally |entirely |very )?(?:fair|valid|understandable|legitimate|justified|real|warranted|reasonable|well taken)|(?:point|concern) taken|well taken|(?:concern|frustration|worry|anger|fear|reaction|question)s? (?:makes?|made) (?:total |complete |perfect )?sense' },
  { id: 'understandably', re: 'understandabl[ey]|it makes sense (?:that )?(?:you|people|they)|of course you (?:are|would|feel)|you have every right|they have every right|(?:you are|you\'re) right to (?:be|ask|raise|worry|push|flag|want|press|question|care)' },
  { id: 'must-be', re: `(?:that|this|it) (?:must|must have|has|have|had|is|was|sounds|sounded|seems) (?:been |be )?(?:a )?(?:really |very |incredibly |genuinely |so )?(?:frustrating|painful|stressful|hard|difficult|rough|tough|upsetting|scary|awful|exhausting|worrying|draining|brutal|horrible|terrible|frightening|nasty|lonely|miserable)` },
  { id: 'hard-day', re: '(?:today|tonight|yesterday|last night|this (?:morning|afternoon|evening|week|day|incident|outage)|the (?:last|past) (?:day|night|week|few days|\\d+ hours)) (?:has been|had been|was|is|must have been|must be|felt like) (?:a |an )?(?:really |very |incredibly |genuinely |so |pretty |extremely )?(?:stressful|painful|hard|difficult|rough|tough|upsetting|scary|awful|exhausting|worrying|draining|brutal|horrible|terrible|long|nightmare)' },
  { id: 'sorry', re: '(?:i am|we are|i am really|i am so|we are really|we are so|i am very|really|so|very|truly|deeply) sorry|(?:my|our) apologies|(?:i|we) apologi[sz]e' },
  { id: 'impact-real', re: '(?:impact|damage|harm|pain|cost|loss|losses|downtime|disruption) (?:on|to|for) (?:our |the |your )?(?:users|customers|clients|you|the business|partners|traders|holders|revenue|team) (?:is|was|were|are|has been) (?:real|significant|serious|huge|severe|painful)|(?:a )?(?:bad|hard|rough|terrible|long) (?:day|night|week) for|(?:that is|it is|that was|it was) a real cost' },
  { id: 'that-matters', re: '(?:that|this|it|your point|your concern|user trust|trust) (?:really |absolutely |genuinely )?(?:matters|mattered)|(?:that|this) is (?:exactly |precisely )?why we are here' },
  { id: 'takes-seriously', re: '(?:i|we) (?:take|are taking) (?:this|that|it|your concern|the impact) (?:very |really )?seriously' },
  { id: 'feel-words', re: '(?:hear|see|feel|share|understand|acknowledge|recognize|recognise) (?:the |your |that |this |how |a lot of )?(?:frustration|concern|worry|anger|pressure|urgency|impatience|pain|fear|angry|worried|frustrated|upset)' },
  { id: 'sounds-like', re: `(?:it |that )?sounds like (?:\\S+ ){0,10}?${FEELING}` },
  { id: 'lot-of-pressure', re: '(?:that is|it is|that was|it was|that has been|this is) (?:a lot|so much|way too much) (?:of )?(?:pressure|stress|to carry|to deal with|to handle|to take in)|i know (?:the|our|your) (?:\\S+ )?(?:partners|users|customers|folks|people|support team|team) (?:have|has|are|were|had|feel|felt|took|got|lost)' },
  { id: 'imagine', re: 'i can (?:only )?imagine|i would be (?:worried|frustrated|upset|angry|annoyed|nervous|concerned) too|i would feel the same|(?:it is|that is) (?:completely |totally |perfectly |entirely )?(?:reasonable|natural|normal|understandable|fair) to (?:be|feel|want|ask|worry|expect)|you have (?:a |every )right to|i am glad you (?:raised|said|brought|asked|flagged|mentioned)|thank(?:s| you) (?:\\S+ )?for (?:the|your) (?:question|patience|honesty|candou?r|input|openness)|i (?:want to |would like to )?(?:recognise|recognize)' },
  { id: 'nobody-judging', re: '(?:nobody|no one|no-one) is judging (?:you|anyone)' },
  // "The launch took real damage and I won't minimise that", "I'm not going to pretend otherwise", "the Thursday
  // campaign is real pressure and I'm not dismissing it", "there's no version of today that makes losing 70,000 ORB okay".
  { id: 'not-minimising', re: '(?:i will not|i am not going to|i am not|i do not want to|not going to|nobody is going to) (?:try to )?(?:minimi[sz]e|minimi[sz]ing|dismiss|dismissing|downplay|downplaying|pretend otherwise|pretend (?:it|this|that) (?:is|was) (?:fine|okay|ok))|no version of (?:today|this|that) that makes' },
  // "You've carried most of these, and I don't want to pile on."
  { id: 'pile-on', re: '(?:do not|not) (?:want to )?(?:pile (?:on|more on)|add to (?:your|that) (?:plate|load))' },
  // "A fair thing to ask about", "a legitimate grievance", "a real deadline for your partners", "Fair."
  { id: 'fair-thing', re: '(?:fair|legitimate|reasonable|real) (?:thing to (?:ask|need|want|worry|raise|expect|push)|grievance|deadline|pressure)|(?:^|[.!?] )(?:that is )?fair(?= [.!]| , (?!but))' },
  { id: 'would-be-too', re: 'i would be (?:furious|livid|gutted|exhausted|angry|upset|worried|frustrated) too|(?:must|must have) (?:be|been) (?:maddening|infuriating|gutting|galling)' },
];

/** Praise or grading of what people say: a neutral facilitator does not do it (flag praise-judgement). */
export const PRAISE: Phrase[] = [
  { id: 'love-the', re: '(?:i )?love (?:the|that|this|your|how|it)' },
  { id: 'great-x', re: '(?:great|good|nice|excellent|awesome|amazing|fantastic|brilliant|superb|terrific|stellar|impressive|outstanding|wonderful) (?:job|work|answer|attitude|energy|spirit|thinking|idea|suggestion|catch|point|question|instinct|analysis|detail|meeting|session|stuff|call|effort|insight|find)' },
  { id: 'well-done', re: 'well done|good on you|kudos|bravo|you nailed it|nailed it|you are a (?:star|hero|legend|rockstar)|you rock|(?:that|it) took guts|so brave|very brave' },
  { id: 'positivity', re: '(?:the |your |such )?positivity' },
  { id: 'exclaim', re: '(?:^|[.!?] )(?:perfect|excellent|brilliant|awesome|amazing|fantastic|nice|great|love it|lovely)(?= !)' },
];

// ---------------------------------------------------------------------------------------------------------------
// evidence: data, times, numbers

export const EVIDENCE: Phrase[] = [
  { id: 'timeline-shows', re: '(?:the |our |this )?timeline (?:shows|showed|says|said|has|had|puts|tells|on screen|up)|(?:put|pull|bring|have|got|see|show)(?:ed|ing)? (?:up )?the timeline (?:on|up)|(?:pin|map|check|compare|line) (?:that|this|it|them) (?:up )?(?:to|on|against|with) (?:the )?timeline|(?:per|according to|from) the timeline' },
  { id: 'logs', re: '(?:\\S+ )?logs|log (?:lines?|entries|entry|output|file|message|messages)|(?:the|a|commit|git|change|build|ci|job|cron|system|kernel|db|database|query|slow query|transaction|access|error|audit) log(?! (?:it|that|this|them|those|these|in|on|out|into|onto|for))|(?:deploy|error|node|server|audit|access|event|epoch|relayer|validator|rpc|app|application|chat|slack) log' },
  { id: 'metrics', re: 'metrics?|telemetry|measurements?|(?:the |those |these |our |any |\\S+ )numbers|figures|stats|statistics|datapoints?|data points?|timestamps?|readings' },
  { id: 'traces', re: 'traces?|tracing|stack ?traces?|call ?stack|core dump|trace link' },
  // A table looked at, not "on the table" or "table that": "let's look at the failure table", "check the holds table".
  { id: 'tables', re: '(?:look|looking|looked) at (?:the |our |this |that )(?:\\S+ ){0,2}(?:table|spreadsheet|sheet)s?(?! of contents)|(?:check|checking|open|opening|compare|comparing|scan|read|reading) (?:the |our |this |that )(?:\\S+ ){0,2}(?:table|spreadsheet)s?\\b' },
  { id: 'dashboards', re: 'dashboards?|graphs?|charts?|panels?|plots?|grafana|datadog|kibana|splunk|honeycomb|sentry|prometheus|tenderly|heatmap|histogram|screenshots?|exports?|mempool snapshots?' },
  { id: 'data', re: '(?<!more |production |test |user |customer |real |sample |personal |prod |staging )(?:the |our |this |that |block |on-chain |chain |raw |hard |sentry |any |some |your )?data(?! (?:is|are|was|\'s) in)' },
  { id: 'chain-evidence', re: 'gas (?:per|used|usage|use|profile|prices?|tracker|graph|chart|metrics|readings)|gas-used\\S*|block (?:data|explorer|height|number|range|timestamps?|times|production|\\d[\\d,]*)|blocks? #?\\d[\\d,]*|etherscan|mempool (?:data|dumps?|contents|size|depth|snapshots?|graphs?|stats|metrics|counts?)|tx hash(?:es)?|(?:the|a|that|this|its|each|every) (?:\\S+ )?hash(?:es)?(?! (?:it|this|that|things|out))|tx list|transaction (?:hash(?:es)?|receipts?|traces?|logs?|list)|receipts?|revert (?:reasons?|messages?)|(?:round|block|tx|transaction|request|trace|event|nonce) ids?|nonce gap|stuck nonce|confirmed nonce|heartbeat (?:logs?|timestamps?|data|metrics|gaps?)' },
  { id: 'rates', re: '(?:error|failure|success|revert|retry|drop|timeout) rates?|latency|p9[059]|p50|throughput|tps|rps|qps|cpu|peer count|sync lag|memory (?:usage|graph|use)|queue (?:depth|length|size)|saturation|utili[sz]ation|\\S+ counts?(?! (?:as|on|for))|per (?:tx|call|block|withdraw|second|minute|hour|request)' },
  { id: 'alerts', re: '(?:alert|alarm|page|pager|monitor|status page) (?:actually )?(?:show|shows|showed|say|says|said|history|timestamps?|text|payload)|(?:alert|pager|incident|deploy|change|release|audit|ci|commit|merge|ticket|status page) (?:history|record|records|calendar|timeline)|(?:alert|pager|deploy|change|release|audit|ci|commit|merge|ticket|status page) channel|(?:# ?)?incidents? channel (?:export|history|logs?|messages?|thread|transcript|timeline|has|had|shows|showed|says|said)' },
  { id: 'records', re: '(?<!for the |on the |off the )(?:records?|evidence|exhibit|chat history|commit history|diff|changelog|release calendar|config (?:file|diff|history)|audit trail|paper trail)' },
  { id: 'what-shows', re: '(?:what|where) (?:the |our |its )?(?:data|logs?|graph|metrics|dashboard|timeline|trace|chart|numbers|tooling|tools|monitoring|screens?|system|systems|alerts?|explorer|page) (?:was |were |is |are )?(?:actually )?(?:say|says|said|saying|show|shows|showed|showing|tell|tells|told|display\\S*)|(?:tooling|tools|monitoring|screen|screens|dashboard) (?:was |were )?(?:showing|showed|shows|displayed|displaying|said|saying)' },
  { id: 'noun-shows', re: '(?:chart|graph|dashboard|trace|explorer|export|record|recording|capture|dump|report|monitor|metric|panel|screenshot|log|logs|history|data|numbers|query|snapshot|timeline|feed|ticket|alert|page|telemetry) (?:clearly |also |only )?(?:shows|showed|show|indicates|indicated|recorded|records|confirms|confirmed|says|said|has|had|tells us|puts|reads)' },
  { id: 'according-to', re: '(?:according to|per) (?:the |our |its |his |her |their )?(?:\\S+ )?(?:logs?|data|dashboard|graph|chart|trace|traces|explorer|metrics|numbers|records?|history|channel|thread|timeline|report|export|alerts?|monitoring|tickets?|commit|diff|receipts?)|(?:slack|chat|incident|support|pager|ops) (?:thread|threads|message|messages|export|history|transcript|log)|(?:block )?explorer|support tickets? (?:count|volume|numbers?)' },
  { id: 'quantity-question', re: 'how many|how much|how long did|how often|what percentage|what share|what was the peak|the peak \\S+|do we have (?:a |the |any )?(?:number|numbers|count|data|figures|breakdown)' },
  { id: 'see-dates', re: '(?:see|check|look at|pull up|share|compare|confirm|verify) (?:the )?(?:dates|times|timestamps?|exact times?|exact text|exact wording|history|date|time stamp)' },
  { id: 'where-see-it', re: 'where (?:we|i|you) can see (?:it|that|this)|show (?:me|us) (?:the |your )?(?:data|logs|graph|numbers|evidence|proof)' },
];

/** Numbers that count as evidence: digits with a unit or a count of things, and exact clock times. Checked per token. */
export const CLOCK_TIME = /^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;
export const NUMBER_TOKEN = /^[$€£]?\d[\d,]*(?:\.\d+)?(?:k|m|b|x|%|ms|s|mb|gb|gwei|mgas|m|eth)?$/i;
/** Words after a number that make it a measurement ("2,140 withdrawals", "88 minutes", "40 gwei"). */
export const NUMBER_UNITS = new Set([
  '%', 'percent', 'minutes', 'minute', 'mins', 'seconds', 'second', 'secs', 'ms', 'hours', 'hour', 'blocks', 'block',
  'transactions', 'transaction', 'tx', 'txs', 'withdrawals', 'withdrawal', 'swaps', 'requests', 'errors', 'error',
  'failures', 'failed', 'users', 'customers', 'tickets', 'events', 'calls', 'nodes', 'gwei', 'gas', 'eth', 'mgas',
  'k', 'm', 'x', 'times', 'pending', 'reverts', 'reverted', 'sends', 'retries', 'alerts', 'pages', 'deploys',
  'million', 'thousand', 'billion', 'tps', 'rps', 'qps', 'gb', 'mb', 'confirmations', 'sstores', 'extra', 'more',
  'per', 'of', 'usd', 'dollars', 'peers', 'restarts', 'rows', 'entries', 'deposits', 'accounts', 'messages', 'responses',
]);

/** "Let me read" & co: reading the document out instead of discussing it (flag reading-out). */
export const READING_OUT: Phrase[] = [
  { id: 'let-me-read', re: '(?:let me|i will|i am going to|i shall|i am just going to|i will just|i will now|i am gonna) (?:just |now )?read (?:out |aloud |through |from |you |it |this |the |everything |our |each |what )' },
  { id: 'read-aloud', re: 'read (?:it |this |that |the (?:whole |entire )?(?:doc|document|report|post-mortem|postmortem|timeline|write-up|summary) )?(?:out loud|aloud|verbatim|word for word|line by line|in full)' },
  { id: 'reading-from', re: '(?:i am |i will be )?reading (?:from|out|aloud|straight from|directly from)' },
  { id: 'section-says', re: '(?:as|like) (?:the )?(?:doc|document|report|write-up|post-mortem|postmortem|slide) says|(?:section|paragraph|page) (?:\\d+|one|two|three|four|five)(?: ,)?(?: \\S+)? (?:\\.\\.\\.|says|reads|states)|next section|section (?:two|three|four|\\d+) ,' },
];

// ---------------------------------------------------------------------------------------------------------------
// deferral and parking

const FIXNOUN = '(?:fix|fixes|fix ideas?|fix discussion|fix talk|solutions?|remediations?|ideas?|proposals?|suggestions?|changes?|decisions?|the \\S+ idea|that idea|this idea|fixing|solving|remediation question)';

export const DEFERRAL: Phrase[] = [
  { id: 'until-know', re: 'until (?:we|i|everyone|the team|\\S+ \'s \\S+) (?:fully |really |properly |actually |truly |have |\'ve )?(?:know|understand|have|\'ve|finish|finished|complete|completed|see|find|identify|agree|establish|confirm|get through|are done|figure|figured|mapped|map|trace|traced|walk|reconstruct|come in|comes in|can)|until (?:the |a |our )?(?:root cause|analysis|timeline|contributing factors|investigation|facts|review|data|numbers)' },
  { id: 'before-we', re: 'before (?:we|anyone|you|i|someone|somebody) (?:\\S+ )?(?:jump|rush|talk about|discuss|decide|fix|propose|commit|change|touch|leap|settle|pick|choose|promise|ship|agree on|get to|design|argue|opens?|merges?|push|pushes|deploys?|touch|touches|writes?|raises?|makes?|rolls?|reverts?|restarts?)' },
  { id: 'park', re: '(?:let us|we can|we will|we should|i will|i would|can we|i am going to) table|table (?:that|it|this|them) (?:for|until|till|and)|put a pin in (?:it|that|this)|park(?:ing|ed)? (?:that|it|this|the|those|these|them|your)|parking lot|(?:is|are|been|stays|stay) parked|parked (?:for|until|till)|put (?:that|it|this|them) (?:in|on) (?:the )?(?:parking lot|list|board|backlog)' },
  { id: 'note-for-later', re: '(?:note|noted|noting|capture|captured|capturing|log|logged|logging|write|writing|wrote|written|add|added|adding|record|recorded|track|tracked|keep|save|saved|hold onto|list|listed|take|took|put|putting|jot|jotted) (?:it|that|this|them|those|these|(?:the |that |this |your |those )?(?:\\S+ )?(?:idea|ideas|suggestion|suggestions|point|fix|fixes|proposal|option|question|topic|thread)s?)(?: down)? (?:for|as|to|in|on|under|into) (?:\\S+ ){0,2}?(?:action items?|action-items?|later|the end|follow-up|follow-ups|parking lot|action list|\\S+ review|\\S+ sync|\\S+ planning)' },
  { id: 'worth-one-day', re: '(?:might|may|could) be worth (?:it|doing|considering|a look|looking at)(?: \\S+)? (?:one day|some day|someday|later|eventually|down the line|at some point|another time)' },
  { id: 'on-list', re: '(?:get|put|add|pop) (?:it|that|this|them) (?:on|onto|to) (?:the |our )?(?:list|board|parking lot|backlog)' },
  { id: 'write-it-down', re: '(?:let us|i will|we will|i am going to|we should|i have|we have|i can) (?:just )?(?:write|jot|note) (?:it|that|this|them) down' },
  { id: 'write-down-hold', re: '(?:write|note|jot) (?:them|it|that|those) down and (?:hold|park|keep|save)' },
  { id: 'come-back', re: '(?:come|get|circle|return|go) back to (?:it|that|this|them|those|the idea|your point|fixes|solutions|that idea|that question|this question|every one)|revisit (?:it |that |this |them )?(?:at|in|during|when|later|once)|we will revisit' },
  { id: 'at-action-items', re: '(?:at|in|during|for|to|when we (?:get|reach|come) to|once we (?:get|reach|are at)|under) (?:the )?(?:action items?|action-items?|actions|action-items section|action item section|actions section|end of (?:the |this )?meeting|solutions phase|fixes section)|(?:at|until|till) the end(?! of the day)' },
  { id: 'later', re: `${FIXNOUN}(?: (?:for|on|to|of) (?:that|this|it|them|the \\S+|\\S+))? (?:will |can |should |could )?(?:come|comes|can wait|wait|later|at the end|after)|(?:we will|we can|we should|let us|we are going to|you will|i will) (?:get to|talk about|discuss|cover|decide|outline|agree on|list|choose|pick|look at) (?:the |any |every )?(?:fixes|solutions|remediations?|action items|actions|next steps|prevention|owners|remediation)` },
  { id: 'premature', re: '(?:would be|is|seems|feels|sounds|are|be) (?:a bit |too |very |way |rather |quite |probably |likely |still |just )?(?:premature|too early|too soon|hasty|rushed|jumping the gun|a guess|guesswork|a shot in the dark|speculation)|premature(?:ly)?|too early (?:to|for)|too soon (?:to|for)|getting ahead of (?:ourselves|the analysis|the facts)|jumping the gun' },
  { id: 'hold', re: `(?:hold|holding|keep|keeping|save|saving|pause|pausing) (?:off|back)|(?:hold|holding|save|saving|pause|pausing|park) (?:on )?(?:every |all |any |the |those |these |your |our |that |this )?${FIXNOUN}|(?:hold|holding) (?:it|that|them|this) (?:until|till|for)|keep (?:the )?(?:fixes|fix talk|fix ideas|solutions) out` },
  { id: 'not-yet-fix', re: `(?:let us not|we should not|we will not|we shall not|i do not want to|i would rather not|we do not need to|no need to|let us hold off on|we can not|i am not going to|we are not going to) (?:\\S+ )?(?:rush|jump|design|decide|pick|choose|commit|settle|make|argue|debate|fix|change|implement|solve|go down|talk about|discuss|rewrite|redesign|rebuild|roll back|revert|switch|replace|add|raise|bump|touch)|(?:argue|talk|discuss|debate|decide|worry|think) (?:about )?(?:the |any )?${FIXNOUN} (?:yet|now|until|for now|later)|not (?:\\S+ )?yet` },
  { id: 'jumping', re: '(?:jump|jumping|rush|rushing|leap|leaping) (?:straight |right )?(?:to|into) (?:a |the |any )?(?:solutions?|fix|fixes|conclusions?|answers?|remediation)|(?:rather than|instead of|without) (?:jumping|rushing|guessing|speculating)' },
  { id: 'separate-item', re: '(?:as )?(?:a )?separate (?:action item|item|topic|discussion|follow-up|ticket)|as (?:a |an )?(?:possible )?action items?|(?:on|to|in) the (?:action )?list for|follow-up (?:item|discussion|ticket)|out of scope(?: for| today| here)?|(?:is|it is|that is|are) (?:too|way too) (?:big|large|broad|much) for (?:today|this meeting|this room|now|this session)|(?:it|that|this) goes (?:to|into|on) (?:the |our )?(?:\\S+ )?(?:planning|review|sync|doc|backlog|list|board|roadmap)|(?:take|bring) (?:it|that|this) (?:to|offline)|rather than (?:solve|solving|fix|fixing|decide|deciding|design|designing) (?:it |that |this )?(?:here|now|today)' },
  { id: 'wrong-thing', re: '(?:fix|fixing|solve|solving|implement|implementing|build|building) (?:\\S+ )?(?:the wrong (?:thing|problem|things)|ineffective fixes)|(?:first|before that)(?: ,)? (?:we|i) (?:need|have|want) (?:to (?:understand|know|figure out|find out|get|establish)|the facts|the full picture|the timeline|the data)' },
  { id: 'you-will-get', re: '(?:you will|you are going to) (?:get|have|see) (?:\\S+ ){0,3}?(?:action items|fixes|a plan|owners|solutions|next steps)' },
  { id: 'before-picking', re: 'before (?:picking|choosing|deciding on|committing to|jumping to|talking about|discussing|designing|proposing|agreeing on) (?:any |the |a )?(?:fixes|fix|solutions?|remediations?|changes?)' },
  { id: 'on-the-list', re: '(?:is|are|it is|they are|that is) (?:already )?(?:on|in) (?:the |our )?(?:list|parking lot|backlog|action list)' },
  { id: 'no-fix-yet', re: '(?:pick|choose|decide on|settle on|commit to|go with|agree on) (?:a |any |the |one )?(?:fix|fixes|solution|solutions|remediation|option)(?: \\S+)? yet|(?:^|[.!?,] )not (?:going to|gonna) (?:\\S+ )?(?:pick|choose|decide|fix|settle|commit)' },
  { id: 'no-fix-until', re: '(?:no|not any|nothing|any) (?:fix|fixes|changes|decisions|solutions)(?: yet)? (?:until|before|till)|(?:won\'t|will not|can not|cannot) (?:\\S+ )?(?:fix|change|decide) (?:anything|it|that) (?:until|before|till)' },
];

// ---------------------------------------------------------------------------------------------------------------
// blame

/** Blame with no agent needed: the words themselves assign fault. Suppressed when negated or said of "nobody". */
export const BLAME_EXPLICIT: Phrase[] = [
  { id: 'human-error', re: '(?:human|operator|user|pilot|engineer|developer|dev|people|personnel) (?:error|errors|mistake|mistakes|failure)' },
  { id: 'fault', re: "(?:'s|is|was|their|his|her|your|whose|my|our) (?:own )?fault|(?:@name 's|his|her|their|your) (?:own )?(?:mistake|screw-up|doing|bad)|(?:at|to) fault|fault (?:of|lies|is with)" },
  { id: 'to-blame', re: '(?:{BE}|are all|were all) to blame|(?:blame|blaming|blamed) (?:on|them|him|her|you|the|it|this|that|someone|somebody|those|our|their|his|your|for|@name)|(?:the )?blame (?:lies|sits|rests|goes)' },
  { id: 'dropped-ball', re: '(?:dropped|drop|dropping) the ball|(?:screwed|messed|fucked|cocked|stuffed|mucked) (?:up|it up|this up|things up|everything up)|(?:screw-up|mess-up|screwup|cock-up|fuck-up|fuckup)|blew it|botched|asleep at the wheel|had one job|got sloppy|made a mess|(?:were not|was not|are not|is not|not) doing (?:their|his|her|your) (?:job|jobs)|(?:should|must|needs? to|has to) answer for (?:it|this|that)|rushed (?:it|this|that|the|through)' },
  { id: 'judgement-words', re: 'careless|carelessness|sloppy|sloppiness|incompetent|incompetence|negligent|negligence|lazy|laziness|reckless|clueless|amateurish|amateur hour|cowboy|rookie mistake|unprofessional|irresponsible' },
  { id: 'bad-work', re: '(?:poorly|badly|sloppily|terribly|horribly|carelessly|hastily) (?:written|coded|designed|built|tested|reviewed|implemented|handled|managed|configured|run|done|engineered|architected)|(?:bad|garbage|crappy|shoddy|terrible|junk|awful|lousy) (?:code|contract|work|job|config|review|design|engineering)|(?:was|were|is|are) (?:complete |total |utter |just )?(?:garbage|trash|rubbish|junk|crap|amateur)|(?:did not|never) (?:do|does) (?:their|his|her|your|its) (?:job|homework|due diligence)' },
  { id: 'responsible-for', re: '(?:responsible|accountable|culpable|liable) for (?:the |this |that )?(?:outage|incident|failure|mess|breakage|downtime|loss|losses|problem|disaster|fiasco)|(?:is|was|are|were) (?:the )?(?:culprits?|guilty|guilty party)' },
  { id: 'on-you', re: '(?:this|that|it)(?: \\S+)? (?:is|was|\'s) (?:all |entirely |squarely )?on (?:you|him|her|them|@name|the \\S+ (?:team|folks|devs|people))|i expect better|next time(?: ,)? (?:maybe |perhaps |hopefully )?(?:people|you|everyone|you all|they|the team|folks|someone|the \\S+ team|@name) (?:will|would|should|could|might|need to|needs to|must|can) (?:actually |please )?|(?:this|that) is (?:exactly |just |precisely )?what happens when (?:you|people|they|we|juniors|someone|interns|devs|the \\S+ team)|this time get it right|get it right this time' },
  { id: 'did-wrong', re: '(?:did|do|does|done|doing) (?:anything|something|nothing) wrong|(?:did|do|does) (?:a |such a )?(?:bad|poor|terrible|sloppy|lousy) job' },
  { id: 'pin-on', re: '(?:pin|pinning|put|putting|lay|laying|dump|dumping|shift|shifting|push|pushing|hang|hanging) (?:this|it|that|all of this|all this|the whole thing|everything|the outage) on (?:@name|them|him|her|you|(?:the )?(?:\\S+ )?(?:team|ops|devs|folks|people|engineers|side|vendor|provider))\\b|(?:put|putting|lay|laying|place|placing|shift|shifting|pin|pinning) (?:the |all the )?blame on' },
  { id: 'insinuation', re: '(?:some of you|you|they|he|she|certain people|some people|we all) (?:all )?know (?:exactly )?what (?:you|they|he|she|some people) did|(?:not|without) naming (?:any )?names , but|i will not name names , but' },
  { id: 'point-fingers-at', re: '(?:point|pointing) (?:the )?fingers? at (?!each other|one another|anyone|anybody|people)' },
  { id: 'heads-roll', re: 'someone (?:needs to|should|must|has to) (?:be held accountable|pay|answer for|be fired|take the fall)|(?:fire|discipline|punish|sack) (?:him|her|them|whoever|@name)|(?:make|have) (?:the \\S+ (?:vendor|team|provider|folks|devs)|@name|them|him|her|the vendor|the provider) pay' },
  { id: 'how-could-you', re: 'how could (?:you|they|he|she|anyone|the team|@name)|how (?:did|do|would|could) (?:you|they|he|she|the team|@name) (?:let|allow|miss|ignore|forget|not|possibly)|what (?:were|was) (?:you|they|he|she|the team|@name) (?:thinking|doing)' },
  { id: 'team-problem', re: '(?:a|an|the) (?:front-end|frontend|backend|back-end|infra|ops|devops|sre|qa|people|human|product|support|security|management|dev|devs|contracts team|\\S+ team) (?:problem|issue|failure|mistake|screw-up|fault)|(?:problem|issue|cause|culprit) (?:here )?(?:is|was) (?:that )?(?:the )?(?:\\S+ )?(?:team|teams|devs|developers|engineers|ops|infra|qa|on-call|@name|people|someone|somebody)' },
  { id: 'must-do-better', re: '(?:@name|\'s team|the \\S+ team|you|they|he|she|people|devs|engineers|ops|infra|qa|on-call) (?:\\S+ )?(?:needs? to|should|must|has to|have to|got to|ought to) (?:be )?(?:more careful|more vigilant|more thorough|more responsible|do better|pay (?:more )?attention|step up|get (?:their|his|her|your) act together|be held accountable|stop \\S+ing)' },
  { id: 'because-of', re: '(?:because of|thanks to|courtesy of|all down to|entirely down to) (?:@name|the \\S+ team|the \\S+ devs|you|them|him|her|your team|their team|that team|ops|infra|qa|the contractor|the intern|the on-call)(?! (?:for|,|and|who|\\S+ (?:for|who)))|(?:@name|the \\S+ team|you|they|he|she) (?:let|allowed) (?:this|that|it) (?:happen|slip|through|go)|(?:@name|the \\S+ team|you|they|he|she) (?:has|have|owe\\S*) (?:some )?(?:explaining|answering) to do|(?:@name|the \\S+ team|you|they|he|she) (?:can not|cannot|can\'t) be trusted|(?:did not|didn\'t|never|failed to) (?:\\S+ )(?:\\S+ )?(?:properly|correctly|right|carefully|at all)(?= [.!?,]|$)|(?:it|this) (?:was|is) (?:the |their |that )?\\S+(?: \\S+)? ,? not (?:us|me|our team|my team|infra|ops|the \\S+ team)' },
  { id: 'more-blame', re: '(?:does not|doesn\'t|do not|don\'t|did not) know what (?:they are|he is|she is|you are|they were|he was|she was|you were) doing|should (?:know|have known) better|(?:can not|cannot|could not) do (?:their|his|her|your) job|typical (?:\\S+ )?(?:team|devs|developers|ops|infra|qa|front-end|backend|engineers)|(?:@name|the \\S+ team|you|they|he|she) (?:always|never|constantly|keeps?) (?:break|breaks|breaking|forget|forgets|forgetting|ignore|ignores|ignoring|skip|skips|skipping|miss|misses|missing|mess|messes)|thanks?(?: ,)? (?:\\S+ )?(?:,)?(?: )?for (?:breaking|taking down|crashing|killing|ruining|nuking|tanking)|(?:@name|the \\S+ team|he|she|they|you) (?:needs? to|has to|should|must) (?:explain|answer for|own up|apologi[sz]e)' },
  { id: 'more-blame-2', re: 'should be (?:ashamed|embarrassed)|(?:started|began|starts|begins) with (?:@name \'s|the \\S+ team \'s|your|their|his|her) \\S+|(?:it all|this all|it|this|everything) (?:comes|came|goes|went|traces|traced) (?:back|down) to (?:the \\S+ team|@name|you|them|him|her|ops|infra)|what you get for|(?:said|did) nothing' },
  { id: 'we-all-know-who', re: '(?:we all|everyone|everybody) knows? (?:who|whose|where this (?:started|came from|began)|what really happened|(?:that )?(?:it|this) (?:was|is) (?:the \\S+ team|@name|them|him|her|the \\S+ (?:folks|devs|people|guys)))|(?:we can all|we all|everyone can) agree (?:that )?(?:the \\S+ team|@name|they|he|she)|(?:the \\S+ team|@name) owns this (?:mess|outage|failure|disaster|incident)|(?:will not|won\'t|would not|refuse to|refuses to|never) admit|what you get when|cut corners|cutting corners|lesson (?:learned|learnt) for|sat on (?:those|the|it|them|that)(?! (?:\\S+ )?(?:call|line|meeting|bridge call|zoom|chat|channel))|slept on|dragged (?:their|his|her|your) feet' },
  { id: 'apologise', re: '(?:@name|the \\S+ team|he|she|they) (?:apologi[sz]es|must apologi[sz]e|should apologi[sz]e|needs to apologi[sz]e|owes|stops|must stop|should stop|needs to stop|is banned|gets banned|loses)' },
  { id: 'is-why', re: '(?:@name \'s|@name|the \\S+ team \'s|your|their|his|her) (?:\\S+ ){0,2}?(?:is|was) (?:why|the reason|what) (?:we are here|this happened|it broke|everything broke|we had an outage|we are in this mess|it failed)' },
  { id: 'hope-they', re: '(?:hope|hopefully) (?:that )?(?:the \\S+ team|@name|they|he|she|you|people|everyone) (?:takes?|will take) (?:this|it) seriously|(?:hope|hopefully) (?:that )?(?:the \\S+ team|@name|they|he|she|you|people) (?:will )?(?:do|does) better' },
  { id: 'lesson', re: '(?:learned|learnt|learns|learn) (?:his|her|their|your) lesson|hope (?:that )?(?:the \\S+ team|@name|they|he|she|you|people) (?:has |have )?(?:learned|learnt|learns|learn) (?:something|from this|a lesson|their lesson)' },
  { id: 'team-always', re: '(?:the )?\\S+ (?:team|devs|developers|engineers|people|folks) (?:always|never|constantly|keeps?|keep on) (?:\\S+)|(?:that|this) is what (?:the )?\\S+ (?:team|devs|people|folks) (?:always )?(?:does|do)' },
];

/** Acts that are blame when a person or team does them ("Dave broke prod"); neutral when a system does them. */
export const BLAME_ACTS: Phrase[] = [
  { id: 'late', re: '(?:shipped|delivered|responded|escalated|reacted|updated|posted|acted|answered|paged|noticed) (?:\\S+ ){0,4}?(?:late|too late|slowly|too slowly|way too late)' },
  { id: 'let-down', re: 'let (?:us|everyone|the team|customers|users|the users|the customers|them|me|you) down' },
  { id: 'is-the-problem', re: '(?:is|are|was|were) (?:the )?(?:real |actual |whole |root |main |weak )?(?:problem|issue|culprit|weak link|reason|cause)(?! (?:we|that|here|is|of|for|with))' },
  { id: 'was-slow', re: '(?:was|were|is|are) (?:(?:too |way too |far too |really |very |so |pretty )(?:slow|absent|unresponsive|asleep)|(?:too |way too |really |very |so |pretty )?(?:careless|lazy|sloppy|missing in action|nowhere to be (?:found|seen)|mia))(?! (?:to load|to sync|to respond|because of|to hear|to learn|to find out|to know|to get|to be told|to notice|to see))' },
  { id: 'late-any', re: '(?:went up|came out|got out|went out|responded|reacted|moved|posted|escalated|paged|noticed|acted) (?:\\S+ ){0,4}?(?:late|too late|slowly|too slowly)' },
  { id: 'broke', re: '(?:broke|breaks|(?:took|takes|brought|brings) (?:\\S+ ){0,2}?down|crashed|killed|nuked|wrecked|ruined|tanked|caused|causes)(?! (?:to|by|at|on|when|around|down|it down|them down|this down|that down|the \\S+ down))' },
  { id: 'neglect', re: '(?:gave up|froze|panicked|choked|fumbled|flailed|dithered|dawdled|dropped it|dropped this|dropped that|missed|ignored|forgot|overlooked|skipped|neglected|bypassed|disregarded|dismissed)(?! (?:to|ahead|over|forward|back|past)\\b)' },
  { id: 'not-paying', re: '(?:was not|were not|is not|are not|was never|were never) (?:paying attention|careful|thinking|watching|listening|looking)|asleep at the (?:wheel|switch)|fell asleep|not paying attention' },
  { id: 'did-not', re: '(?:did not|never|could not be bothered to|did not bother to|refused to|neglected to|forgot to) (?:test|run|check|catch|notice|follow|handle|read|review|validate|verify|monitor|respond|escalate|look|listen|warn|tell|communicate|document|update|think|plan|consider|bother|flag|see|spot|audit)|not (?:running|testing|checking|reading|following|doing|paying attention|bothering)' },
  { id: 'wrote-bad', re: '(?:wrote|shipped|pushed|deployed|merged|approved|released|signed off on|set|configured|got|handled|built|coded|estimated|sized|priced|did) (?:\\S+ ){0,4}?(?:wrong|incorrectly|badly|poorly)|(?:wrote|shipped|pushed|deployed|merged|approved|released|signed off on) (?:the |a |that |this |some )?(?:bad|broken|buggy|faulty|untested|risky|wrong|dangerous|sloppy|garbage|junk|crap|trash|rubbish)' },
  { id: 'without-checking', re: '(?:pushed|shipped|deployed|merged|released|approved|restarted|changed|ran|touched|rebooted|killed|reverted|rolled back|disabled|muted) (?:\\S+ ){0,6}?without (?:first )?(?:testing|tests|review|reviewing|checking|approval|telling|thinking|a rollback|asking|looking|reading|reading the \\S+|consulting|waiting|paging)' },
  { id: 'made-mistake', re: '(?:made|make) (?:a |the |this |that |an? (?:big|huge|bad|serious|critical|stupid|silly) )?(?:mistake|error|blunder|bad call|wrong call)' },
];

/** Counterfactuals: "should have", "failed to", "if X had". */
export const COUNTERFACTUAL: Phrase[] = [
  { id: 'should-have', re: '(?:should|could|would|ought to|\'d) (?:not |never |really |at least |just )?(?:have|of) (?!to\\b|the\\b|a\\b|an\\b|some\\b|any\\b|it\\b|them\\b|those\\b|these\\b|more\\b|data\\b|logs\\b|one\\b|that\\b)(?:been )?\\S+' },
  { id: 'supposed-to', re: '(?:was|were|is|are) supposed to (?:have |be |catch|check|test|notice|know|see|handle|follow|review|stop|prevent|flag|watch|monitor|read|page|escalate|respond|answer|look|own|verify|validate|sign off|approve)' },
  { id: 'failed-to', re: '(?:failed|fail|fails|failing) to (?:test|check|catch|notice|follow|handle|read|review|validate|verify|monitor|respond|escalate|look|warn|tell|communicate|document|update|anticipate|plan|consider|account|see|spot|flag|act|stop|prevent|protect|think|do|get|make|roll|raise|add|implement|include|set|configure|page|run)' },
  { id: 'if-had', re: 'if (?:\\S+ ){1,3}?would (?:\\S+ed|read|known|seen|been|done|run|gone|taken|caught|written|made|set|checked|tested)|if (?:only )?(?:\\S+ ){1,5}?(?:had|had not|hadn\'t|\'d)(?: \\S+)?|had (?:you|they|he|she|we|someone|the team|anyone|@name) (?:only )?\\S+|if only' },
  { id: 'comes-down-to', re: '(?:comes|came|boils|boiled) down to (?:someone|somebody|@name|the \\S+ team|people|him|her|them|you) (?:not )?\\S+' },
];

/** Questions aimed at people: "Why didn't you ...?", "Who approved ...?" */
export const WHY_WHO: Phrase[] = [
  { id: 'why-you', re: 'why (?:on earth |the hell |exactly )?(?:did|do|does|would|will|were|was|are|is|has|have|had|could|can) (?:not )?(?:you|he|she|they|the team|your team|their team|someone|somebody|anyone|nobody|no one|no-one|the (?:\\S+ )?team|the devs|the developers|the engineers|ops|infra|qa|@name|nobody on)' },
  { id: 'why-your', re: 'why (?:your|their|his|her) ' },
  { id: 'why-embedded', re: '(?:explain|tell (?:us|me|everyone)|understand|know|hear|wondering|wonder|ask) (?:\\S+ ){0,2}?why (?:you|he|she|they|@name|the \\S+ team|nobody|no one|no-one|someone) (?:\\S+ )?(?:did not|didn\'t|never|would|chose|decided|thought|ignored|skipped|missed|restarted|merged|pushed|deployed|approved|let|allowed|turned|disabled|forgot|were not|was not|waited|delayed|rushed)' },
  { id: 'who-did', re: 'who (?:the hell |exactly |actually |here )?(?:approved|signed off|signed|merged|pushed|deployed|wrote|reviewed|broke|caused|let|allowed|decided|thought|okayed|authorized|authorised|missed|forgot|dropped|screwed|messed|shipped|released|changed|touched|configured|is responsible|was responsible|is to blame|was to blame|is accountable|was accountable|made the call|made that call|made this call|did this|did that|should have|did not|is at fault|was at fault|green-lit|greenlit|owns this mess|turned|set|skipped|ignored)' },
  { id: 'who-roster', re: 'who (?:was|is|were|\'s) (?:on call|on-call|on shift|around|online|available|there|in the room|watching|paged)' },
  { id: 'whose', re: 'whose (?:fault|idea|code|change|decision|deploy|call|commit|pr|responsibility|mistake|job|bright idea)' },
  { id: 'which-person', re: 'which (?:team|person|engineer|developer|dev|one of you|of you|idiot) (?:\\S+ ){0,2}?(?:did|broke|caused|approved|pushed|merged|deployed|missed|is responsible|was responsible|is to blame)' },
];

/** Hindsight: "it was obvious", "we all knew". */
export const HINDSIGHT: Phrase[] = [
  { id: 'obvious', re: '(?:it|this|that) (?:was|is|seemed|seems|should have been|should be) (?:so |pretty |completely |totally |blindingly |painfully |really |quite |entirely )?(?:obvious|clear|predictable|foreseeable|inevitable|a no-brainer|easy to see|easy to predict|plain to see)' },
  { id: 'obviously', re: 'obviously (?:someone|they|he|she|you|nobody|no one|the team|did not|didn\'t)|clearly (?:someone|they|he|she|you|nobody|no one|did not)' },
  { id: 'anyone-could-see', re: '(?:anyone|anybody|everyone|everybody|a child|any engineer|any junior)(?: who \\S+(?: \\S+){0,4})? (?:could|would|should) (?:have )?(?:seen|see|predicted|predict|known|know|caught|catch|spotted|spot|noticed|notice|told|tell|guessed)' },
  { id: 'in-hindsight', re: 'in hindsight|with hindsight|in retrospect|looking back|(?:we|everyone|they|you|i) (?:all )?knew (?:this|it|that)|saw (?:this|it|that) coming|seen (?:this|it|that) coming|bound to (?:happen|fail|break|blow)|waiting to happen|was always going to|signs were (?:all )?there|writing was on the wall|red flags were (?:all )?there|it was only a matter of time' },
];

// ---------------------------------------------------------------------------------------------------------------
// fixes (premature before action items)

const SAFEGUARD =
  '(?:monitoring|alerting|alerts?|dashboards?|panels?|tests?|testing|checks?|validation|circuit[- ]breakers?|rate[- ]limit(?:ing|s|er)?|' +
  'fallbacks?|redundancy|canar(?:y|ies)|retries|retry(?: logic| loop)?|guard(?:rail)?s?|timeouts?|kill[- ]switch(?:es)?|feature flags?|failover|' +
  'backups?|health[- ]checks?|throttl(?:e|ing)|caching|cache|gates?|approvals?|review step|linting|fuzzing|audits?|runbooks?|playbooks?|' +
  'integration|locks?|staleness check|snapshot gate|queue|load balancer|second provider|provider|providers|oracle|twap|nodes?|servers?|' +
  'instances?|machines?|capacity|replicas?|hardware|validators?|workers?|pods?|resources|backoff|confirmations?|index|indexes|indices|' +
  'partitions?|shards?|memory|cpu|ram|disk|storage|bandwidth|quotas?|escalations?|paging|maintenance window|feature flag|' +
  'dry-run mode|dry run|sign-off|reviewers?|caps?|limits?|buffer|headroom|ceiling|mutex|circuit)';

/** Fix actions. A fix counts as proposed only with a proposal frame (below) or as an imperative. */
export const FIX_ACTIONS: Phrase[] = [
  { id: 'pr-open', re: '(?:i have|we have|i|we) (?:already )?(?:opened|raised|written|pushed|put up|drafted|started|prepared|have) (?:a |the |an )?(?:pr|pull request|patch|hotfix|hot fix|change request|fix)(?! (?:for|from) (?:the|last))' },
  { id: 'answer-is', re: `(?:answer|fix|solution|remedy|way forward|plan) (?:here )?(?:is|would be|will be) (?:obviously |clearly |simply |just )?(?:a |an |more |some |to add |adding |another )?(?:\\S+ ){0,2}?${SAFEGUARD}` },
  { id: 'rollback', re: 'go(?:ing)? back to (?:the )?(?:old|previous|last|earlier|original|prior) \\S+|roll(?:ing)? (?:it |this |that |everything |them |the \\S+(?: \\S+)? )?back|rollback|revert(?:ing)?|undo(?:ing)? (?:the|that|this) (?:\\S+ )?(?:deploy|change|upgrade|release)' },
  { id: 'pin-limit', re: '(?:pin|pinning|set|setting|fix|fixing|hard-code|hard-coding|lock|locking) (?:the |our |its |a )?(?:\\S+ ){0,2}?(?:limits?|caps?|thresholds?|timeouts?|prices?|fees?|versions?|confirmations?|depth|target) (?:at|to) \\S+' },
  { id: 'raise-limit', re: '(?:up|upping|raise|raising|increase|increasing|bump|bumping|double|doubling|triple|tripling|lift|lifting|boost|boosting|lower|lowering|reduce|reducing|tweak|tweaking|adjust|adjusting|halve|halving|cap|capping|limit|limiting) (?:the |our |its |that |this |a |\\S+ \'s )?(?:\\S+ ){0,3}?(?:limits?|sizes?|caps?|budgets?|thresholds?|count|counts|timeouts?|targets?|fees?|price|prices|depth|confirmations?|replicas|capacity|withdrawals|gas|nodes?|it|that|them)' },
  { id: 'add-safeguard', re: `(?:add|adding|put in|putting in|build|building|set up|setting up|introduce|introducing|implement|implementing|create|creating|write|writing|install|installing|enable|enabling|deploy|deploying|spin up|spinning up|provision|provisioning|throw|throwing|buy|get|getting|use|using|putting|put) (?:a |an |more |some |extra |better |proper |new |another |automated |automatic |additional |stricter |stronger |a couple (?:more |of )?|a few (?:more )?|\\d+ (?:more )?)?(?:\\S+ ){0,3}?${SAFEGUARD}` },
  { id: 'need-safeguard', re: `(?:need|needs|want) (?!to )(?:a |an |more |some |better |proper |automatic |automated |extra |stricter )?(?:\\S+ ){0,2}?${SAFEGUARD}` },
  { id: 'scale', re: 'scal(?:e|ing) (?:it |things |the \\S+ |everything |them )?(?:up|out)|autoscal(?:e|ing)|upsiz(?:e|ing)' },
  { id: 'patch', re: '(?:hot ?fix|hotfix|hot-patch|hotpatch|patch|patching|split|splitting|batch|batching|shard|sharding|decouple|decoupling|isolate|isolating|kill|killing|cancel|cancelling|canceling|abort|aborting|rewrite|rewriting|refactor|refactoring|re-architect|rearchitect|replace|replacing|swap|swapping|upgrade|upgrading|downgrade|downgrading|freeze|freezing|lock down|locking down|pause|pausing|disable|disabling|turn off|turning off|shut down|shutting down|block|blocking|blacklist|throttle|throttling|rate-limit|fail over|failing over|reroute|rerouting|redesign|redesigning|rebuild|rebuilding|re-audit|harden|hardening|fork|forking|remove|removing|hard-code|hard-coding|hardcode|hardcoding|hard code|resend|resending|reset|resetting|rotate|rotating) (?:the |a |an |it|this|that|them|our|all|everything|in|away|their|its|more|to|\\S+ \'s)|(?:hot ?fix|hotfix|redeploy|redeploying|re-deploy|restart|restarting|reboot|rebooting|failover)(?= and| [.,!?;]|$| it| the| tonight| now| today)' },
  { id: 'replace-x', re: '(?:swap|swapping|split|splitting|replace|replacing|rewrite|rewriting|refactor|refactoring|upgrade|upgrading|redesign|redesigning|hard-code|hardcode|hardcoding|hard-coding) (?!the way\\b|it is\\b)\\S+' },
  { id: 'move-off', re: '(?:move|moving|shift|shifting|take|taking|pull|pulling) (?:the |all |our |those |these )?(?:\\S+ ){0,2}?(?:off-chain|on-chain|in-house|off the \\S+|out of the \\S+|onto (?:a |an |the )?\\S+|to (?:a|an) (?:new|different|managed|dedicated|separate) \\S+)' },
  { id: 'move-to', re: '(?:move|moving|shift|shifting|schedule|scheduling|run|running) (?:the |all |our |those |these )?(?:\\S+ )?\\S+ (?:to|into|behind|outside|in) (?:a |the )?(?:maintenance window|off-peak|weekend|nights?|separate \\S+|different \\S+|new \\S+|another \\S+|feature flag|queue|canary)' },
  { id: 'switch', re: '(?:switch|switching|move|moving|migrate|migrating|swap|swapping|go|going)(?: over)? (?:to|from|for) (?:a |an |another |the other |a different |a new |\\S+ )?(?:\\S+ )?(?:provider|providers|rpc|oracle|feed|price feed|chain|node|nodes|client|version|library|vendor|setup|architecture|database|db|relayer|l2|network|contract|twap|chainlink|infura|alchemy|aws|gcp)|switch (?:providers|provider|rpcs|oracles|feeds|clients|chains|over|now|tonight|today)' },
  { id: 'fix-it', re: '(?:fix|fixing|solve|solving|resolve|resolving|address|addressing|sort out|sorting out|correct|correcting|remediate|remediating|mitigate|mitigating) (?:it|this|that|everything|things|them|the \\S+(?: \\S+)?)|(?:ship|shipping|push|pushing|deploy|deploying|release|releasing|roll out|rolling out|apply|applying|land|landing|merge|merging) (?:a |the |our |that |this )?(?:fix|fixes|patch|patches|hotfix|hot fix|new version|new contract|v2)|(?:code|deploy|deployment|release|change) freeze' },
  { id: 'make-it-do', re: '(?:make|have|get) (?:the |our |each |every )?(?!us |me |everyone |sure )\\S+ (?:automatically )?(?:retry|retries|reprice|fail over|fall back|wait|pause|back off|skip|reject|queue|batch|throttle|alert|page|check|validate|revert|stop)' },
  { id: 'do-it', re: '(?:build|add|create|write|ship|deploy|get|buy) (?:one|those|them)(?= [.,!?;]| this| today| tonight| now| right| asap| by| before|$)|(?:set|put|get|roll|spin) (?:it|that|this|those|them) (?:up|in place|out|going|started|done)|(?:double|triple|raise|bump|increase|halve) (?:it|that|this|them)|(?:set|make|put|turn|push) (?:\\S+ ){1,3}?(?:higher|lower|bigger|smaller)' },
  { id: 'hire-fire', re: '(?:hire|hiring|fire|firing|retrain|retraining) (?:more |a |an |the |new |another |some |better |our )?(?:people|engineers|devs|developers|auditors?|staff|team|contractors?|sres?|qa|on-call|him|her|them|whoever)' },
  { id: 'mandate', re: '(?:mandate|mandating|require|requiring|enforce|enforcing|ban|banning|forbid|forbidding|prohibit|prohibiting) (?:two |2 |a |an |that |all |every |manual |peer |code |more |stricter |extra |friday )?(?:reviews?|approvals?|sign-offs?|audits?|tests?|testing|deploys?|deployments?|changes?)' },
];

/** Frames that turn a fix action into a proposal or commitment. `hedged` ones also raise the hedged-fix flag. */
export const PROPOSAL_FRAMES: (Phrase & { hedged?: boolean })[] = [
  { id: 'lets', re: 'let us|let me|lets' },
  { id: 'we-should', re: '(?:we|you|they|i|someone|somebody|the team|everyone|infra|ops|engineering) (?:really |definitely |probably |obviously |clearly |just |simply |absolutely |all |urgently |still )?(?:should|need to|needs to|need|needs|must|have to|has to|got to|ought to|had better|will|are going to|am going to|is going to|can just|can)' },
  { id: 'i-will', re: '(?:i|we) (?:will|am going to|are going to|shall|plan to|intend to|want to|would like to|am about to|are about to|have decided to|decided to|would)' },
  { id: 'told-to', re: '(?:told|asked|instructed|got|getting|telling|asking) (?:\\S+ ){1,2}to' },
  { id: 'maybe', re: '(?:maybe|perhaps|possibly) (?:we |i |you |they |someone |the team )?(?:could|can|should|might|need to|ought to|would|just)?', hedged: true },
  { id: 'we-could', re: '(?:we|you|someone|the team|i) (?:could|might|may want to|might want to|may)', hedged: true },
  { id: 'why-not', re: 'why (?:do not|not) (?:we|you|i)?|how about|what about|what if (?:we|you|i)|could we|can we|should we|shall we|would it help to|would it make sense to', hedged: true },
  { id: 'i-suggest', re: '(?:i|we) (?:suggest|propose|recommend|vote|say|reckon|think we should|think you should)|my (?:suggestion|proposal|recommendation|vote) is|i would (?:just|simply)', hedged: true },
  { id: 'so-we', re: '(?:so|then|and) (?:we|you) (?:just )?' },
  { id: 'simplest-thing', re: '(?:the )?(?:simplest|easiest|quickest|fastest|best|obvious|only|cheapest|safest|right|smart|sensible|correct|real|clear) (?:thing|move|option|approach|answer|solution|fix|way|step) (?:here )?(?:is|would be|will be) (?:to )?(?:just )?' },
  { id: 'step-one', re: '(?:step one|first step|first thing|priority one|number one|job one)(?: is| :| -)(?: to)?' },
  { id: 'quick-fix', re: '(?:quick|easy|simple|obvious|real|only|the) fix(?: is)? (?::|-|is)' },
  { id: 'the-fix-is', re: '(?:the|our|my|one|an obvious|the obvious|the easy|the quick|the real|the only|the best|the simplest) (?:fix|solution|answer|plan|move|option|way forward|remedy|priority)(?: is| here is| would be| will be| should be| -| :)?' },
  { id: 'start-with', re: '(?:start|begin) (?:with|by)' },
];

/** Frames that come after the fix ("Rolling back now is the only option", "..., that solves it"). */
export const AFTER_FRAMES: Phrase[] = [
  { id: 'only-option', re: '(?:is|are|was|seems|sounds like|looks like) (?:the|our) (?:only|best|obvious|right|clear|fastest|quickest|simplest|safest) (?:option|way|answer|solution|fix|choice|move|path|call|thing to do)|(?:is|are) (?:what we need|the way to go|a must|non-negotiable|necessary|needed|required|essential|urgent|an easy win)|seems like an easy win|(?:needs? to|has to|must|should) (?:be|get) (?:rolled|raised|fixed|patched|reverted|increased|added|replaced|redeployed|restarted|scaled|upgraded|rewritten|paused|disabled)' },
  { id: 'solves-it', re: '(?:that|this|which|it) (?:solves|fixes|sorts|handles) (?:it|this|that|everything|the problem)|(?:and|then) (?:we are|we\'re) done|problem solved|(?:,|and) done|and move on|(?:would|will) (?:definitely |surely |certainly )?(?:help|fix it|fix this|solve it|solve this|work|do it|sort it)|(?:i can|we can|i will|we will) have it done|seems safe|(?:and|then) (?:this|it|that|the problem) (?:goes away|is gone|is solved|is fixed)|call it (?:done|a day)|(?:and|then) we are (?:fine|good|sorted)|(?:that|this|it|which) (?:will|would|should) (?:fix|solve|sort|handle) (?:it|this|that|everything|the \\S+(?: \\S+)?)|(?:would|will) make (?:all (?:of )?)?(?:this|it|that|the problem|everything) (?:go away|disappear)' },
  { id: 'now', re: 'right now|tonight|today|immediately|asap|straight away|right away|this afternoon|this evening|this week|first thing tomorrow|as soon as possible|straight after|for now' },
];

/**
 * Verbs (lemmas) that, after a proposal frame, start analysis or meeting process rather than a fix ("let's look",
 * "we should ask Kai", "I'll share the graph"). Any other verb after a frame, before the action items, is read as
 * a proposed fix ("we should hard-code ...", "maybe we could cap ...").
 */
export const ANALYSIS_VERBS = new Set([
  'look', 'check', 'see', 'examine', 'understand', 'investigate', 'find', 'figure', 'work', 'walk', 'go', 'hear', 'talk',
  'discuss', 'review', 'compare', 'pin', 'pull', 'share', 'show', 'start', 'begin', 'focus', 'keep', 'hold', 'park',
  'note', 'capture', 'wait', 'take', 'move', 'list', 'agree', 'write', 'summarise', 'summarize', 'recap', 'confirm',
  'verify', 'trace', 'map', 'dig', 'clarify', 'remind', 'explain', 'tell', 'listen', 'ask', 'answer', 'pause', 'break',
  'be', 'have', 'thank', 'welcome', 'try', 'know', 'learn', 'decide', 'think', 'consider', 'reflect', 'stay', 'continue',
  'come', 'circle', 'return', 'revisit', 'spend', 'finish', 'complete', 'cover', 'reconstruct', 'establish', 'lay',
  'hand', 'give', 'let', 'read', 'follow', 'calm', 'relax', 'chill', 'sit', 'shut', 'quit', 'cut', 'grow', 'spare', 'stick', 'kick', 'dive', 'crack', 'resume', 'proceed', 'step', 'open', 'call', 'stop', 'pick', 'jump', 'skip', 'head', 'turn',
  'switch', 'record', 'gather', 'collect', 'hear', 'say', 'mention', 'name', 'identify', 'analyse', 'analyze',
  'measure', 'quantify', 'estimate', 'test', 'reproduce', 'replay', 'simulate', 'rerun', 'query', 'search', 'grep',
  'scroll', 'zoom', 'play', 'debrief', 'rehearse', 'assume', 'guess', 'speculate', 'imagine', 'wonder', 'want', 'need',
  'like', 'love', 'hope', 'expect', 'acknowledge', 'appreciate', 'apologise', 'apologize', 'respect', 'recognise',
  'recognize', 'introduce', 'remember', 'forget', 'bring', 'send', 'circulate', 'post', 'publish', 'update', 'inform',
  'loop', 'ping', 'invite', 'include', 'involve', 'use', 'get', 'make', 'do', 'put', 'set', 'run', 'assign', 'own',
  'track', 'schedule', 'book', 'plan', 'prioritise', 'prioritize', 'wrap', 'end', 'close', 'conclude', 'leave',
  'attach', 'paste', 'drop', 'link', 'screen', 'present', 'display', 'fetch', 'export', 'download', 'print', 'mark',
  'label', 'tag', 'flag', 'escalate', 'page', 'blame', 'point', 'judge', 'fault', 'jot', 'log', 'pencil', 'assess',
  'evaluate', 'whine', 'cry', 'complain', 'moan', 'assure', 'promise', 'guarantee', 'swear', 'commit', 'feel', 'care',
  'worry', 'panic', 'argue', 'debate', 'interrupt', 'speak', 'chat', 'meet', 'sync', 'regroup', 'reconvene', 'sort',
  'hang', 'bear', 'wait', 'stand',
]);

/** Words that turn a mention of a fix into a deferral or a rejection of it ("rolling back now would be premature"). */
export const FIX_DEFUSERS: Phrase[] = [
  { id: 'premature', re: 'premature|prematurely|too early|too soon|hasty|jumping the gun|getting ahead|not yet|hold off|holding off|after we|once we|first understand|before we understand|before we know|risky to|risks|risk implementing|risk fixing|ineffective|the wrong thing|guess|guessing|speculat\\S*|or it might not|or not|may or may not|shouldn\'t rush|should not rush' },
  { id: 'instead', re: 'instead of|rather than|without|not about|no point|does not help|would not help|will not help|is not the answer|are not the answer|is not the point|not the focus|fix talk|fix discussion|fix ideas|talk about fixes|the discussion' },
  { id: 'park-it', re: 'park|parking lot|note it|note that|noting|capture|action items?|action-items|come back|revisit|separate item|follow-up|follow up|at the end|on the list|write it down|for later' },
];

// ---------------------------------------------------------------------------------------------------------------
// action items

/** Vague or unbounded actions. */
export const VAGUE_ACTION: Phrase[] = [
  { id: 'improve-x', re: '(?:improve|improving|better|enhance|enhancing|strengthen|strengthening|tighten|tightening|more|step up|boost|invest in|focus on|work on|rethink) (?:our |the |overall |general |team |some |all |internal )?(?:monitoring|observability|alerting|testing|tests|communication|comms|processes?|procedures?|documentation|docs|quality|reliability|resilience|visibility|coordination|collaboration|code review|reviews?|culture|practices|awareness|oversight|governance|training|security|things|stuff|everything|our game|the process|how we work|errors)' },
  { id: 'be-careful', re: '(?:be|being|stay|staying|get) (?:more |extra |super |much more |a lot more |very )?(?:careful|vigilant|diligent|attentive|thorough|cautious|rigorous|disciplined|alert|mindful|proactive|on top of things|on the ball)|more robust|more reliable|more resilient' },
  { id: 'pay-attention', re: '(?:pay|paying) (?:more |closer |better )?attention|(?:do|doing|try|trying|work|working) (?:better|harder)|try harder|raise awareness|remind (?:everyone|people|the team|devs|engineers|them)|keep an eye|lessons learned|at some point|follow up soon|look into' },
  { id: 'train-people', re: '(?:train|training|retrain|retraining|educate|educating|coach|coaching) (?:people|everyone|the team|devs|developers|engineers|staff|our people|them|folks|users)' },
];

/** "Another dashboard" as the whole answer. */
export const ONLY_DASHBOARD: Phrase[] = [
  { id: 'another-dashboard', re: '(?:just |simply |only )?(?:add|adding|build|create|make|set up) (?:another|a new|one more|more) dashboards?' },
];

/** Promises of prevention. */
export const PREVENTION_PROMISE: Phrase[] = [
  { id: 'never-again', re: '(?:will|would|is going to|are going to|shall|can|must) never (?:happen|occur|repeat|recur|be repeated) again|never (?:happen|happens|occur|occurs) again|(?:will|would) not (?:happen|occur|repeat|recur) again|(?:can not) (?:ever )?happen again|(?:this|that|it) (?:is|was) the last time' },
  { id: 'make-sure-never', re: '(?:make sure|ensure|guarantee|promise|assure|swear|certain|confident) (?:you |everyone |that |the board |the customers )?(?:that )?(?:this|it|nothing like this|that|an outage like this|the same thing|this kind of thing|such an outage|this outage|this class of problem) (?:will )?(?:never|not|does not|will not|can not) (?:ever )?(?:happen|occur|repeat|recur|come back|be repeated)|i (?:can )?(?:guarantee|promise)(?: you| the \\S+)?(?: that)?|(?:100|a hundred) ?(?:%|percent) (?:sure|certain|safe|guaranteed)|zero chance|bulletproof|foolproof' },
  { id: 'gone-for-good', re: '(?:gone|fixed|solved|over) (?:for good|forever|permanently|once and for all)|once and for all|(?:prevent|stop|eliminate) (?:this|it|that|outages|all outages) (?:from ever|ever|forever|for good|permanently)' },
];

/** Owners in an action item. */
export const OWNER: Phrase[] = [
  { id: 'owner-label', re: '(?:owner|owners|owned by|assigned to|assignee|dri|point person) (?:: |is |will be |- |= |to be )?@name|@name (?:owns|will own|to own|is the owner|is owner|as owner|takes|will take|is taking|has|gets|leads|will lead|drives|will drive|is on it|is on this|brings|will|to|\'ll|is going to|can|has agreed to|agreed to|volunteered to|offered to|committed to|\\S+s)(?= )|@name , (?:you|can you|could you|would you|will you)' },
  { id: 'self-owner', re: 'i (?:will|\'ll|am going to|shall|have agreed to|can|am) (?:\\S+ )?(?:own|take|drive|lead|handle|write|add|build|set|ship|draft|run|file|open|update|create|fix|implement|put|follow up|schedule|review|document|publish|send|share|circulate|deliver|post|bring|check|do|have|make|get|prepare|book)|i own (?:this|it|that|the \\S+)|(?:owner|assigned to|assignee|dri) (?:: |is |- )?(?:me|myself|i)|(?:^|[.;] )me :|i am (?:the )?owner|(?:from|on) me(?= [;,.]|$)|i am taking (?:this|it|that)|i am on it' },
  { id: 'list-owner', re: '(?:^|[.;,:] )\\S+ (?:-|:|–|—) (?:\\S+ ){1,5}?(?:-|:|–|—|by|due) @date' },
  { id: 'more-owner', re: '(?:assign|give|hand) (?:it|this|that) to @name|@name (?:is on it|has it|volunteered|is taking it|takes it|will take it|gets it)|i will take (?:it|this|that)|(?:^|[.;] )mine(?: ,)? (?:by|due)|\\( @name \\)' },
  { id: 'you-own', re: '(?:you|she|he) (?:own|owns|will own|have|has|are on|is on|will take|will|\'ll|are taking|take)(?= )' },
];

export const DEADLINE: Phrase[] = [
  { id: 'date', re: '@date' },
  { id: 'today', re: '(?:by|before|due|until|till|end of|eod|for|-|:|,) @today|@today (?:eod|by|before)|(?:end of day|eod|cob) @today' },
  { id: 'due', re: '(?:due|deadline|target|eta|by|before|no later than|until|till) (?:: |is |date |- )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|the end of|end of|eod|eow|eom|cob|close of business|next (?:week|sprint|release|month|quarter|review|retro|standup|iteration|milestone|deploy|upgrade|audit)|this (?:week|sprint|month|quarter)|(?:the )?(?:\\d+(?:st|nd|rd|th))|(?:the )?next (?:\\S+ )?(?:release|sprint|deploy|upgrade|audit|launch|review)|q[1-4]|h[12]|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2})' },
  { id: 'before-event', re: '(?:before|by) (?:the )?(?:next )?(?:release|launch|upgrade|audit|standup|stand-up|retro|review|sync|deploy|freeze|sprint|planning|demo|incident review)|target date|eow|eod|(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\S*)' },
  { id: 'end-of', re: '(?:end of|the end of) (?:the |this )?(?:next )?(?:week|sprint|month|quarter|day|iteration)|(?:next|this) (?:sprint|week|iteration)(?! of)' },
  { id: 'within', re: '(?:within|in|inside|over) (?:the next )?(?:\\d+|one|two|three|four|five|six|a|a couple of|a few) (?:business |working )?(?:days?|weeks?|sprints?|months?|hours?)|(?:\\d+|one|two|three|four) (?:days?|weeks?) from (?:today|now|@date|@today)|the \\d+(?:st|nd|rd|th)' },
];

// ---------------------------------------------------------------------------------------------------------------
// hostility and sarcasm

export const HOSTILITY: Phrase[] = [
  { id: 'calm-down', re: 'calm down|settle down|chill(?: out)?|(?:^|[.!?,] )(?:just |now )?relax [,.!]|take a chill pill|get a grip|pull yourself together|stop (?:being )?(?:so )?(?:dramatic|emotional|hysterical|sensitive|defensive|paranoid|difficult)|do not be (?:so )?(?:dramatic|emotional|hysterical|sensitive|defensive|ridiculous|silly|stupid|difficult)|you are (?:being )?(?:so )?(?:dramatic|emotional|hysterical|sensitive|paranoid|ridiculous|unreasonable|difficult|childish|annoying|useless|pathetic|hopeless|clueless|an idiot)|overreacting|over-reacting|drama queen' },
  { id: 'insult', re: 'ridiculous|absurd|nonsense|pointless|whine|whining|whinge|whinging|moan|moaning|somewhere else|elsewhere|rubbish|bullshit|crap|stupid|idiot(?:ic|s)?|dumb|moron(?:ic|s)?|pathetic|clowns?|laughable|shut up|shut it|zip it|be quiet|quiet down|oh please|oh come on|come on ,|give it a rest|lol|lmao|rofl|smh' },
  { id: 'dismiss', re: 'waste of (?:my |our |everyone \'s |everybody \'s )?time|wasting (?:my|our|everyone \'s) time|best use of (?:my |our |everyone \'s |everybody \'s )?time|(?:i|we) do not have time for (?:this|that|you)|no time for (?:this|that|your)|not (?:my|our) problem|(?:i|we) do not care(?! (?:who|whose|which (?:team|person|one)))|who cares|so what \\?|whatever [.!,]|whatever$|big deal|get over it|deal with it|suck it up|man up|toughen up|grow up|stop (?:whining|complaining|crying|moaning|bitching|griping|interrupting|guessing|talking|arguing|bickering|stalling|dodging|deflecting)|spare me|give me a break|cry me a river|boo hoo|nobody asked|no one asked|i did not ask|sit down|get out|(?:^|[.!?,] )go away|(?<!fair )enough [!.]|enough already|are you (?:kidding|serious|joking|deaf|listening|even listening)|you (?:clearly |obviously |just )?do not (?:understand|get it|know what you are talking about|know anything|listen)|do your (?:job|homework)|learn to (?:read|listen|code)|you people|that is your problem|drop it|(?:we have|we\'ve) been over this|not interested in (?:your |any |the |hearing )?(?:feelings|excuses|opinions|stories|explanations|it|that)|(?:any|your|no|more) excuses|(?:cut|stop|enough with|spare me|no more|skip) (?:the |your |with the |making )?(?:excuses|drama|theatrics|speeches|lecture|nonsense)|waste (?:my|our|everyone \'s|another|an hour|the meeting|more)(?: \\S+)?|are we (?:done|finished|through) yet|how much longer|get to the point|get on with it|move it along|hurry (?:it )?up|(?:could not|can not) care less|enough (?:excuses|of this|of your)|heard enough|do not (?:speak|talk)|(?:get|keep) your (?:stories|story|facts) straight|get this over with|better things to do|real work to do|took (?:way |far )?too long|(?:^|[.!?] )(?:it is |that is |well , )?about (?:damn )?time(?= [.!,]|$)|(?:^|[.!?] )finally [.!,]|(?:can|could) we (?:please |just )?(?:move on|wrap (?:this|it) up|hurry up|get on with it|speed this up)|(?:if you|you) (?:have|\'ve) got a problem with (?:that|it|this)|take it up with|do i have to spell it out|spell it out|do not make me|you are not an? (?:engineer|expert|developer|dev)|let the (?:people|adults|grown-ups|experts|engineers) who|(?:should not|do not deserve to) be on (?:the|this|my) team|(?:cry|crying|whine|whining) (?:about|over)|now is the time to leave|(?:^|[.!?] )seriously ,(?! (?:thank|thanks|i appreciate|well done|great work|good work))|(?:you are|you\'re) not helping|not helping|let the (?:engineers|grown-ups|adults|experts|professionals) (?:talk|speak|handle)|we do not need (?:the whole story|your|a lecture|the drama|the theatrics|the backstory|an essay|a speech|the details|to hear)|just the (?:times|facts|answer|numbers) [,.!]|(?:the |your )?usual (?:theatrics|drama|excuses|nonsense|song and dance)|theatrics|glad (?:that is|that\'s|it is) over|worst (?:meeting|post-mortem|postmortem|review)|nobody leaves until|and i mean (?:nobody|everyone|it|now)|i do not have all day|sob stor\\S*|beneath you|what a (?:mess|joke|disaster|shambles|farce|circus)|whatever you say|(?:you|they|he|she) (?:clearly |obviously |just |really )?(?:have|has) no (?:idea|clue)|no clue|(?:,|:) (?:did|didn\'t|did not|do|don\'t|do not) you \\?|(?:^|[.!?,] )(?:just )?admit it|who thought (?:\\S+ ){1,6}?(?:was|would be|is) a (?:good|great|smart|brilliant|clever) idea|if (?:\\S+ ){1,4}?(?:could|can|knew how to|bothered to) (?:even |actually |just )?(?:read|code|test|count|listen|follow instructions)|(?:^|[.!?] )seriously \\?|(?:^|[.!?] )next [.!]|(?:^|[.!?] )really [.!]' },
  { id: 'threat', re: 'you are fired|you will be fired|(?:get|be) fired|or else|you will regret|watch (?:it|yourself|your tone|your mouth)|heads (?:will|are going to) roll|there will be consequences|consequences|find (?:another|a new) job|last warning|escalat\\S* (?:this |it )?to (?:your|their|his|her) (?:manager|managers|boss|bosses|lead|leads)|report (?:you|this|them) to|(?:learned|learnt) (?:his|her|their|your) lesson|on thin ice|i will make sure you|i will report you|careful what you say|chase (?:you|anyone|people|them)|i expect better|next time(?: ,)? (?:maybe |perhaps |hopefully )?(?:people|you|everyone|you all|they|the team|folks|the \\S+ team|@name) (?:will|would|should|could|might|need to|needs to|must|can) (?:actually )?|you (?:literally )?had one job|this time get it right|get it right this time' },
  { id: 'dismiss-more', re: 'that is (?:completely |totally )?(?:irrelevant|not relevant)|(?:^|[.!?] )(?:next|moving on|fine|noted|sure|whatever|yeah yeah|uh-huh) [.!]$|if you say so|not my (?:job|department|problem|concern)|above your pay grade|stay in your lane|i do not need your|nobody is interested|no one is interested|can we skip (?:this|that|the)|save it|blah blah|tick tock|(?:this|it) is taking forever|we do not have all day|wrap it up|let it go|do not test me|last chance|final warning|i will remember this|(?:this|that) will go (?:in|on) your|your (?:job|performance review|bonus) is|(?:talk|speak) to hr|must be nice|how nice for|(?:what|what the hell) is wrong with (?:you|them|him|her|people)|did you even|do you even|are you even|try to keep up|(?:this|it) is (?:basic|not rocket science|kindergarten|embarrassing|a disgrace|shameful|pathetic)|even a (?:junior|child|intern) (?:knows|could)|how hard (?:can|could|is) it|is that too much to ask|how many times do i (?:have|need) to|wtf|damn|bloody|hell|shit|fuck\\S*|for god \'s sake|for crying out loud|give me strength|unbelievable|i can not believe (?:you|this|they|we are)|(?:this|you) (?:are|is) (?:a )?(?:joke|disgrace|embarrassment)|amateurs|incompetent (?:people|fools|team|lot)|(?:sit|shut) (?:down|up) and|you (?:people|lot|guys) (?:never|always)' },
  // Veiled contempt: sarcasm and threats that use no rude word ("be my guest", "where HR can read it", "not that
  // anyone reads these lists"). Each is a set phrase a lead says only to put someone down.
  { id: 'veiled', re: '(?:be|act|behave) (?:like )?(?:the )?(?:adults|grown-ups|grownups)|be my guest|feel free to (?:chair|run (?:this|the meeting|it yourself)|take over|do my job)|i would love to (?:meet (?:them|him|her|whoever|the person)|see (?:you|them|him|her) (?:try|do better))|not that (?:anyone|anybody|you|they|he|she|people|it) (?:\\S+ )?(?:reads?|cares?|listens?|bothers?|checks?|looks?|matters?|remembers?|notices?)|since apparently|apparently (?:nobody|no one|no-one)|(?:nobody|no one) else (?:will|would|could be bothered)|must have been (?:a |an |some )?(?:riveting|gripping|fascinating|thrilling|relaxing)|riveting|page-turner|(?:shame|pity|too bad) (?:the same|that) (?:can not|cannot|could not) be said|nice to (?:finally|actually) (?:see|hear|have)|(?:i doubt|i bet) (?:anyone|anybody) (?:is |\'s |was )?(?:surprised|shocked)|surprising (?:no one|nobody)|(?:or )?is that too (?:much|sensible|obvious|simple|hard|difficult|complicated)|too (?:sensible|obvious|simple) for (?:this|you|some)|unless (?:we|you|they|he|she|the \\S+ team) (?:have|has|had) (?:also )?stopped|stop (?:sighing|rolling your eyes|pouting|sulking|huffing)|you will survive|we can all pretend|let us all pretend|(?:appreciate|admire|applaud) (?:your|his|her|their|\\S+ \'s) (?:foresight|genius|brilliance|wisdom)|how (?:kind|nice|generous|good) of (?:you|them|him|her) to|thanks for gracing|something (?:\\S+ ){0,2}(?:actually|really) (?:use|useful|helpful|relevant)' },
  { id: 'threat-veiled', re: 'where (?:hr|your manager|management|leadership|your boss) can (?:read|see)|(?:hr|your manager|your boss) (?:will|can|is going to) (?:hear|read|see|know)|performance (?:conversation|issue|improvement plan|problem|discussion|talk)|(?:your|his|her|their|\\S+ \'s) (?:quarterly|annual|year-end|mid-year|next) (?:review|appraisal)|make sure (?:your|their|his|her) (?:manager|boss|lead) (?:hears|knows|sees)' },
  { id: 'stupid-question', re: '(?:stupid|dumb|silly|idiotic|pointless|irrelevant|ridiculous|naive|useless) (?:question|idea|point|suggestion|comment|remark)|(?:that|this|it) (?:is|was) (?:irrelevant|beside the point|not relevant|off-topic|a non-issue|nothing)|(?:does not|doesn\'t) matter(?: (?:right now|now|here))? [.!]|had nothing to do with (?:it|this|anything)|(?:was|is|were) (?:complete |total |utter |just )?(?:garbage|trash|rubbish|junk|a joke)' },
];

/**
 * Weighted cues of contempt, impatience and sarcasm. No one of them is hostile on its own; rules.ts adds them up per
 * sentence, with boosters (said to someone's face, a rhetorical question, an exclamation) and calls the sentence
 * hostile at 1.0. This catches phrasings the fixed phrases above miss ("Wow. Just wow.", "spare us the excuses").
 */
export const HOSTILE_CUES: Phrase[] = [
  { id: 'contempt', weight: 1, re: 'cool story|wasting (?:an? )?(?:hour|day|morning|afternoon|meeting|whole \\S+)|just (?:great|perfect|wonderful|brilliant|fantastic)|(?:anyone|anybody|someone|somebody) (?:here |in this room )?(?:actually |even )?(?:competent|qualified|awake|listening|paying attention)|(?:nobody|no one|no-one) (?:here )?cares|babysit\\S* (?:you|them|him|her|people|everyone|the team|@name|adults|grown)|hand-hold\\S*|spoon-feed\\S*|hold (?:your|their|his|her) hands?|(?:and )?you (?:have|\'ve)(?: got)? nothing|(?:had|have had) all (?:night|day|week|morning)|pretend i (?:did not|didn\'t) hear|different conversation|(?:only|just) here because|made me (?:come|attend|be here)|forced to be here|do not want to be here|(?:not going to|will not|do not want to|have to) repeat myself|come prepared|i (?:only )?have (?:\\S+ )?minutes|do not (?:even )?bother|do not even start|(?:someone|somebody|anyone) who (?:actually|really) (?:knows|understands|knew)|i am done (?:listening|hearing|with)|(?:the )?whole (?:feelings|touchy-feely|kumbaya|blameless|sharing) thing|ridiculous|absurd|nonsense|stupid|idiots?|idiotic|dumb|morons?|moronic|pathetic|clueless|garbage|trash|rubbish|crap|bullshit|whine|whining|whinge|circus|clowns?|amateurs?|theatrics|laughable|lmao|wtf|smh|shambles|farce|disgrace|embarrassing' },
  { id: 'scorn', weight: 0.6, re: 'thank (?:god|goodness|heavens|christ)|excuses?|drama|pointless|useless|hopeless|lol|seriously|whatever|spare (?:us|me)|waste|wasting|damn|hell|finally|enough|duh|ugh|sigh|jeez|geez|please (?:make|try|just)|this time|you know it|omg|not this again|like (?:the )?last time|like the last (?:one|ticket|time|incident)|never have to do this again|(?:this|it) is an? (?:engineering|technical) (?:conversation|discussion|meeting|question)|just wow|no(?: ,)? no|for once|as usual|typical|again \\?|still \\?|\\? !|! !' },
  { id: 'mock', weight: 0.5, re: '(?:^|[.!?] )(?:wow|oh|right|sure|great|fine|okay|ok|yeah)(?= [,.!?])|brilliant|genius|impressive|wonderful|fantastic|lovely|stellar|(?:i am|i\'m) sure (?:the|they|he|she|you)' },
  // Hedges that sharpen a remark but are polite just as often: weak on their own.
  { id: 'sharpener', weight: 0.5, re: 'frankly|literally|obviously|clearly' },
  { id: 'respect-hedge', weight: 0.4, re: 'with all due respect|with respect|no offense|no offence' },
  { id: 'dismissive-you', weight: 0.6, re: '(?:you|your) (?:\\S+ ){0,3}?(?:always|never|again|even|really|seriously|clearly|obviously)|(?:try|learn|bother) (?:not )?to|do not (?:even )?(?:start|bother|go there)' },
];

/** Sarcasm: mock praise and mock agreement. Some need a second, negative cue in the reply (see rules.ts). */
export const SARCASM: Phrase[] = [
  { id: 'oh-great', re: '(?:^|[.!?] )(?:oh|ah|well|wow)(?: ,)? (?:great|sure|wonderful|brilliant|perfect|fantastic|lovely|nice|terrific|super|splendid|marvelous|marvellous|excellent|good|right|yes|yeah|really)|(?:^|[.!?] )(?:oh|ok|okay|lol ok)(?: ,)? sure ,' },
  { id: 'yeah-right', re: 'yeah(?: ,)? right|sure(?: ,)? (?:\\S+ , )?(?:because|as if|why not|that will work|that worked|buddy|pal)|as if (?:that|this|it|we|you)|right(?: ,)? because|because that (?:worked|went) so well|that (?:went|worked) (?:out )?so well|(?:real|really) smooth|smooth move|nice going|good luck with that|what a (?:surprise|shock|shocker|concept|novel idea|genius)|who would have thought|i am (?:so )?shocked|color me surprised|colour me surprised|big surprise|surprise(?: ,)? surprise|" \\S+ "' },
  { id: 'genius', re: 'genius|einstein|rocket scientist|mastermind|thanks for nothing|thanks a lot ,|(?:congratulations|congrats|kudos|bravo|well done|hats off) (?:on|for|to) (?:breaking|taking|crashing|killing|nuking|losing|tanking|the outage|another outage|bringing|the mess|ruining|screwing)|slow clap|golf clap|(?:nice|great|good|brilliant|impressive|stellar|amazing|fantastic|excellent|outstanding|wonderful) (?:job|work|going|effort|move|stuff)(?: ,)? (?:all round|all around|guys|everyone|folks|geniuses|(?:\\S+ )?team)' },
  { id: 'great-so', re: '(?:^|[.!?] )(?:great|perfect|wonderful|brilliant|fantastic|lovely|nice|excellent|super)(?: ,)? so ' },
  { id: 'of-course', re: '(?:^|[.!?] )of course (?:it|they|he|she|you) (?:did|does|do|broke|failed|was|were)(?: [.!])?|(?:^|[.!?] )(?:oh )?(?:how )?(?:shocking|surprising|unexpected)[.!]|thanks a lot|thanks for nothing|(?:^|[.!?] )bravo' },
  { id: 'really-question', re: '(?:^|[.!?] )(?:i hear you|sure|right|okay|ok|fine|yes) [.!] really [.!]' },
];

/** Praise or sarcasm is only sarcastic with one of these in the reply. */
export const NEGATIVE_CUES = /\b(?:broke|broken|worse|outage|failed|minutes to|hours to|took down|crashed|lost|again|another|wow|oh)\b/;

// ---------------------------------------------------------------------------------------------------------------
// other facilitation cues (flags)

export const SYMPTOM_REFRAME: Phrase[] = [
  { id: 'symptom', re: 'symptoms?|(?:an? |the )?(?:effect|consequence|result|side effect)(?: ,)? (?:not|rather than) (?:the |a )?(?:root )?cause|(?:downstream|knock-on) (?:effect|impact)' },
];

export const HOW_WHAT: Phrase[] = [
  { id: 'what-question', re: '(?:^|[.!?,;:] )(?:so |and |but |okay |ok |now |then )?(?:what|how|where|when|which) (?!many\\b|much\\b|time\\b)(?:\\S+ ){1,14}?\\?' },
  { id: 'probe', re: 'what (?:were you|was the team|did you|did the team|did they|was everyone|were they) (?:seeing|looking at|noticing|hearing|expecting|trying|told|working with|aware of|know)|what (?:tipped|led|made|prompted|drove|pushed|told|signalled|signaled|informed) (?:you|the team|them|him|her|us|any responder|anyone|someone|the alert|the threshold|it)|how did (?:that|it|this|the team) (?:\\S+ )?(?:make sense|seem|look|feel|come about|decide)|what would lead any|what could lead any|what (?:options|cues|signals|pressures|constraints|information|context|tools) (?:did|were|was|do|are)|walk (?:me|us) through|talk (?:me|us) through|help (?:me|us) understand|tell (?:me|us) (?:more )?(?:about|what|how)|what happened (?:just )?(?:before|after|next|then|at|around|between)|what would have to be true' },
];

export const SAFETY: Phrase[] = [
  { id: 'not-about-you', re: '(?:i )?(?:did not|do not) mean (?:that )?(?:you|anyone|he|she|they) (?:did|were|was|are) (?:a )?(?:bad|wrong|careless|at fault)|(?:this|it) is not (?:about|a judgement of|a judgment of|an attack on|a criticism of) (?:you|anyone|any one person|one person|any individual|people|individuals|who|blame|fault|finding fault|pointing fingers|assigning blame|blaming)|(?:you are|no one is|nobody is|no-one is) (?:not )?(?:in trouble|being blamed|on trial|under attack|judging)|any (?:responder|engineer|one of us|of us|reasonable person|person|on-call engineer|developer) (?:could|would|might|in that seat|in that position|in your shoes)|in (?:your|their|that) (?:shoes|seat|position)|(?:a|one) person can not be (?:a|the) root cause' },
];

export const BLAMELESS_FRAME: Phrase[] = [
  { id: 'blameless', re: 'blameless|blame-free|without blame|no blame|not (?:here )?to (?:assign|find|place|apportion|lay) (?:blame|fault)|not (?:about|here for) (?:blame|blaming|fault|finding fault|pointing fingers|finger-pointing|who)|(?:nobody|no one|no-one|no single person|no individual|none of us) (?:here )?(?:is|was|are|were) (?:at fault|to blame|the problem|the cause|on trial|being blamed)|(?:nobody|no one|no-one|anyone|any one person) \'s (?:fault|mistake|error|doing)|(?:focus|look|looking|focusing) (?:on|at) (?:the )?(?:system|systems|process|processes|conditions|mechanisms)|what the system (?:allowed|let|made)|(?:the )?(?:process|system) let (?:it|that|this)|(?:without|rather than|instead of|not) (?:pointing fingers|finger-pointing|blaming (?:anyone|individuals|people|each other))|(?:let us|we will|we should|we do) not (?:point fingers|blame|assign blame|look for someone to blame)' },
];

export const KEEPS_FAIR: Phrase[] = [
  { id: 'let-finish', re: 'hold that thought|let (?:her|him|them|@name|everyone|people|me|us) (?:finish|speak|talk|explain|answer|continue)|one (?:person )?at a time|go around the room|hear from (?:everyone|each|all|both|@name|others)|(?:give|giving) (?:everyone|each|her|him|them|@name) (?:a chance|a turn|space|the floor|time)|everyone (?:gets|will get) a (?:turn|chance|say)|take your time' },
];

// ---------------------------------------------------------------------------------------------------------------
// Tips: what each problem means, and phrase-aware rewrites.

export interface TipText {
  message: string;
  /** Rewrite by phase; `default` when the phase has none. */
  rewrite: Partial<Record<'opening' | 'timeline' | 'root-cause' | 'action-items' | 'close' | 'default', string>>;
}

export const TIPS: Record<string, TipText> = {
  blame: {
    message: 'This points at a person or a team. People stop sharing what they saw once they feel accused; look at what the system allowed instead.',
    rewrite: {
      default: "Let's look at what the system allowed: what did the logs show at 14:02?",
      opening: "This is a blameless review: nobody here is at fault. We're here to understand how the system let this happen.",
      'root-cause': 'What conditions made that failure possible, and which of them were in our systems and processes?',
      'action-items': 'Which safeguard would have caught this for anyone on call? Let us give that one owner and a date.',
      close: "Thanks, everyone. The write-up will describe what the system allowed, not who was on shift.",
    },
  },
  'names-team': {
    message: 'Even "it is not their fault" puts a team on trial. The blameless frame names nobody: "nobody here is at fault".',
    rewrite: { default: "Nobody here is at fault. Let's look at how the pieces interacted, starting with the timeline." },
  },
  counterfactual: {
    message: '"Should have", "failed to" and "if only" judge the past with knowledge nobody had then. Ask what people saw and knew at the time.',
    rewrite: {
      default: 'What were you seeing at that point, and what made that action make sense at the time?',
      'action-items': 'What would make the right action the easy one next time? Let us give that an owner and a date.',
    },
  },
  'why-who-question': {
    message: '"Why didn\'t you" and "who approved" questions put a person on the spot. How/what questions get the same facts without the defence.',
    rewrite: { default: 'What did the approval step show at the time, and how did that decision make sense then?' },
  },
  hindsight: {
    message: 'It only looks obvious now. Hindsight hides the cues and pressures people actually had.',
    rewrite: { default: 'What signals were available at the time, and what made them easy or hard to notice?' },
  },
  prematureFix: {
    message: 'This jumps to a fix before the contributing factors are understood; fixes chosen now may miss the real causes. Park it for the action items.',
    rewrite: {
      default: "Good idea - let's note it and come back to it at action items. First: what happened just before the spike?",
      opening: "Let's hold solutions until the action items; first we'll walk the timeline together.",
      timeline: "Let's note that for the action items and stay on the timeline: what happened just before 14:02?",
      'root-cause': "Let's park that fix until we've agreed the contributing factors. What else made this possible?",
    },
  },
  hostility: {
    message: 'Hostile, dismissive or sarcastic words raise tension and shut people down. Acknowledge the concern, then steer.',
    rewrite: {
      default: "I hear how frustrating this is. Let's look at the data together: what does the timeline show?",
      'action-items': 'I understand the urgency. Let us make sure this action has one owner and a date.',
    },
  },
  sarcasm: {
    message: 'Sarcasm reads as contempt and makes people defensive. Say what you mean plainly.',
    rewrite: { default: "I hear the frustration. Let's pin down what happened, using the timeline." },
  },
  threat: {
    message: 'Threats end honest reporting. Nobody will tell you what they saw if their job is on the line.',
    rewrite: { default: 'Nobody here is in trouble. I need everyone \'s view of what happened to fix the system.' },
  },
  'prevention-promise': {
    message: 'Nobody can promise it will never happen again; the promise sets up the next review to fail. Commit to specific, owned actions instead.',
    rewrite: { default: "We'll leave with specific actions, each with an owner and a date, that make this failure much less likely." },
  },
  'vague-action': {
    message: 'A vague action ("improve monitoring", "be more careful") cannot be done or checked. Make it specific, bounded, with one owner and a date.',
    rewrite: { default: 'Add an alert when the RPC error rate exceeds 1% for 5 minutes - owner Lena, due Dec 10, ticket OPS-123.' },
  },
  'unowned-action': {
    message: 'An action without one owner and a date tends not to happen. Name the owner and the deadline.',
    rewrite: { default: 'Owner: Lena. Due: Dec 10. Tracked in OPS-123.' },
  },
  'shared-owner': {
    message: 'Two owners, a pair or a team means nobody in particular is accountable. Give the action one owner; others can help.',
    rewrite: { default: 'Lena owns the alert routing, with Kai helping - due the 10th.' },
  },
  'only-dashboard': {
    message: 'Another dashboard rarely changes what happens at 3 a.m. Pair it with an alert or a change to the system, with an owner.',
    rewrite: { default: 'Alert on-call when gas used exceeds 90% of the block limit for 3 blocks - owner Sam, due next Friday.' },
  },
  'reading-out': {
    message: 'Reading the document aloud turns the meeting into a lecture. Share it beforehand and discuss the points that matter.',
    rewrite: { default: "You've all seen the timeline. Let's discuss the part that matters most: what happened at 14:02?" },
  },
  'praise-judgement': {
    message: 'Grading what people say ("love it", "great job") takes the facilitator out of neutral. Acknowledge the concern or the impact instead.',
    rewrite: { default: 'Thanks for raising that. Let me make sure I understand: what did you see?' },
  },
  acknowledge: {
    message: 'Acknowledge the concern or the impact before steering; people who feel heard stop pushing.',
    rewrite: { default: 'I understand your concern about the users affected.' },
  },
  evidence: {
    message: 'Pin the discussion to the evidence: the timeline, a metric, a log line, an exact time.',
    rewrite: { default: "Let's pin that to the timeline. At 14:02 the gas-used graph spikes. What happened just before?" },
  },
  deferral: {
    message: 'Park fixes visibly until the contributing factors are understood.',
    rewrite: { default: "Good idea - let's note it and come back to it at action items." },
  },
  ownership: {
    message: 'Each action item needs one owner and a date, so it can be tracked.',
    rewrite: { default: 'Owner: Lena, due Dec 10, tracked in OPS-123.' },
  },
  empty: {
    message: 'Say something: silence lets the loudest voice set the frame.',
    rewrite: { default: "I understand the concern. Let's start from the timeline." },
  },
  unreadable: {
    message: 'This reply could not be judged (a fault in the scorer, not in what you wrote); it is kept as you wrote it.',
    rewrite: {},
  },
  truncated: {
    message: 'Only the first 4,000 characters were read. Keep replies short; in a meeting, long speeches lose the room.',
    rewrite: {},
  },
};
