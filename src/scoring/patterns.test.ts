/**
 * The general rules in patterns.ts, through the public scorer: new phrasings of blame, premature fixes and
 * hostility are caught by their structure (who does what, how it is framed), and the blameless look-alikes are not.
 * None of these sentences is in the labelled corpora.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScorer } from './index';
import { makeContext, type PhaseKind, type ReplyScorer, type ReplyVerdict } from './types';

let score: ReplyScorer;
beforeAll(async () => {
  score = await loadScorer();
});

const judge = (text: string, phase: PhaseKind = 'root-cause') => score(text, makeContext(phase));
const said = (text: string, v: ReplyVerdict, move: string) => v.highlights.filter((h) => h.move === move).map((h) => text.slice(h.start, h.end)).join(' | ');

describe('blame: a person or team as the subject of a fault predicate', () => {
  it.each([
    ['Priya misconfigured the relayer.', 'misconfigured'],
    ['We all know the QA team rubber-stamped it.', 'rubber-stamped'],
    ['Kai had overlooked the reorg warning completely.', 'overlooked'],
    ['Sam chose to ignore the runbook.', 'ignore'],
    ['The support folks sat on the customer reports for an hour.', 'sat on'],
    ['Honestly, Marco let the alert ring for six minutes.', 'let'],
  ])('%s', (text, verb) => {
    const v = judge(text);
    expect(v.moves.blame).toBe(true);
    expect(said(text, v, 'blame')).toContain(verb);
  });

  it('reads a negated diligence verb, a change made without a safeguard and a judging adjective as blame', () => {
    expect(judge("Lena approved a change she hadn't even read.").moves.blame).toBe(true);
    expect(judge('Your team pushed it out without a gas snapshot.').moves.blame).toBe(true);
    expect(judge('Kai was far too slow to roll back.', 'timeline').moves.blame).toBe(true);
    expect(judge('Honestly, the devs just don\'t test anything.').moves.blame).toBe(true);
    expect(judge('The root cause is pretty simple: Sam.').moves.blame).toBe(true);
  });

  it('a question aimed at people is blame and flagged; a what-question about conditions is not', () => {
    const who = judge('Who merges a change that adds 41k gas per call without noticing?');
    expect(who.moves.blame).toBe(true);
    expect(who.flags).toContain('why-who-question');
    expect(judge('What made Kai miss the page at 14:05?').moves.blame).toBe(false);
  });

  it.each([
    'The relayer ignored the reorg because it only tracks confirmed nonces.',
    'The alert was missed, and the change was merged without a gas snapshot.',
    'I missed the page myself; it went to a muted channel.',
    "Kai didn't ignore anything; the alert never reached a human.",
    'Nobody should have to memorise the gas limit to deploy safely.',
    "Anyone in Kai's seat could have made the same call.",
    "Jordan said the front-end team dropped it. Let's check the client error logs first.",
    'Sam restarted the relayer at 14:15. What was it showing just before?',
    'Thanks to the relayer team for staying late to recover withdrawals.',
    'Let\'s figure out why the retries made things worse.',
  ])('not blame: %s', (text) => {
    expect(judge(text).moves.blame).toBe(false);
  });
});

describe('premature fix: a fix verb with a system object, proposed before the action items', () => {
  it.each([
    "Can't we just bump the relayer's gas limit to 400k?",
    'Wouldn\'t it be simpler to just increase the gas buffer to 30%?',
    'Time to switch oracle providers, honestly.',
    "I'm tempted to rip out the oracle and use a TWAP.",
    'Easy: pause the bridge whenever blocks are full.',
    'Tomás, just add that guard now.',
    'Have the relayer re-sign stuck transactions automatically.',
    'The oracle needs a heartbeat check, full stop.',
    'A simple mutex around the send loop would sort this out.',
    'Validator rotations should be blocked under high load.',
    'My proposal: we move withdraw() to a batched model.',
    "First thing after this meeting, I'm rewriting the nonce manager.",
  ])('%s', (text) => {
    const v = judge(text);
    expect(v.moves.prematureFix).toBe(true);
    expect(said(text, v, 'prematureFix')).not.toBe('');
  });

  it('the same proposal is the point in the action items', () => {
    expect(judge("Can't we just bump the relayer's gas limit to 400k?", 'action-items').moves.prematureFix).toBe(false);
  });

  it('a hedge before "but" defers nothing; a fix named with "instead of" is still a fix', () => {
    expect(judge("We shouldn't rush, but I'd like the relayer gas limit raised today regardless.").moves.prematureFix).toBe(true);
    expect(judge("Let's solve the oracle staleness by polling every block instead of every minute.").moves.prematureFix).toBe(true);
  });

  it.each([
    "Let's add that to the list for the action items.",
    "Let's pin down what the relayer was doing from 14:11.",
    "Let's take a step back and walk the timeline again.",
    'Sam bumped the gas price at 14:20, and some transactions went through.',
    'A nonce check in the relayer would have stopped the stuck transactions.',
    "Let's put the 14:11 reorg on the timeline.",
    "They'll help us rebuild the first hour of the timeline.",
    'Raising the gas limit is one option; let\'s note it for action items.',
  ])('not a fix: %s', (text) => {
    expect(judge(text, 'timeline').moves.prematureFix).toBe(false);
  });
});

describe('hostility: put-downs, dismissals, rhetorical questions and threats', () => {
  it.each([
    ["That's the dumbest thing I've heard all day.", 'dumbest'],
    ['Spare me the history lesson.', 'Spare me the history lesson'],
    ['Nobody needs your opinion on gas, Jordan.', 'needs your opinion'],
    ['Why would anyone think restarting a stuck relayer was a good idea?', 'Why would anyone'],
    ['Is that supposed to be a joke?', 'supposed'],
    ['Honestly, my cat could have read that dashboard.', 'my cat could'],
    ["Keep talking and you'll be writing the next post-mortem yourself.", 'Keep talking'],
    ['Nice of you to finally join us, Dev.', 'Nice of you to'],
    ["That's a bit above your head, Sam.", 'above your head'],
    ["If you keep derailing this, I'll raise it with your manager.", 'manager'],
  ])('%s', (text, words) => {
    const v = judge(text, 'timeline');
    expect(v.moves.hostility).toBe(true);
    expect(said(text, v, 'hostility')).toContain(words);
  });

  it('weak cues add up: one mock word is not hostile, repeated after a dig it is', () => {
    expect(judge('Cool. Thanks, Kai.', 'timeline').moves.hostility).toBe(false);
    expect(judge('So after the alert the on-call just sat there. Cool. Cool cool cool.', 'timeline').moves.hostility).toBe(true);
  });

  it.each([
    "That's not a stupid question at all.",
    'Seriously, thank you for staying up all night with this.',
    'Nobody should have to babysit the mempool by hand.',
    "Let's save the details for the write-up.",
    'Wow, 41k extra gas per call is a big jump. What changed at 13:58?',
    "I'm tired too, so let's keep it short and focused on the timeline.",
    "I'm going to be strict about time today. Nothing personal.",
    "If you keep the logs open, you'll see the nonce stall at 14:11.",
  ])('not hostile: %s', (text) => {
    expect(judge(text, 'timeline').moves.hostility).toBe(false);
  });
});

describe('evidence: asking for or pointing at observed data without a data word', () => {
  it.each([
    ['What was going on between 14:05 and 14:11?', '14:05'],
    ['What happened at 14:31 exactly?', '14:31'],
    ['What did the RPC node return for those resubmissions?', 'return'],
    ['What does the routing config say?', 'say'],
    ['Pull up the relayer\'s nonce history, please.', 'Pull up'],
    ['Let\'s check what the oracle was reporting at the time.', 'check'],
    ['Tx 0x9f3ab2c41d is the first one that reverted.', '0x9f3ab2c41d'],
    ['The RPC provider kept answering "already known" for an hour.', 'answering'],
    ['Can someone drop the hash of the first failed withdrawal in the chat?', 'hash'],
  ])('%s', (text, word) => {
    const v = judge(text, 'timeline');
    expect(v.moves.evidence).toBe(true);
    expect(said(text, v, 'evidence')).toContain(word);
  });

  it('a recap in close cites the clock times even though it names the rollback', () => {
    const text = 'To recap: gas jump at 13:58, full blocks from 14:02, rollback at 14:47.';
    const v = judge(text, 'close');
    expect(v.moves.evidence).toBe(true);
    expect(said(text, v, 'evidence')).toContain('14:47');
  });

  it.each([
    'Are we at 14:20 yet?',
    'Let\'s go back to 14:05 for a second.',
    'Marco, what did you know about the errors at 14:10?',
    'Let\'s check in with everyone before we start.',
    'Let\'s check the agenda and move on to root cause.',
    'Let\'s check our assumptions about the relayer.',
    'Someone should look at the oracle staleness check.',
    'What did Kai say when he got paged?',
    'Can we finish the timeline before 15:00?',
  ])('not evidence: %s', (text) => {
    expect(judge(text, 'timeline').moves.evidence).toBe(false);
  });
});

describe('hostility: a closing "Noted." that dismisses nobody', () => {
  it.each(['Thanks Kai, that is really helpful. Noted.', 'The relayer stalled at 14:11 after the reorg. Noted.'])('%s', (text) => {
    expect(judge(text, 'timeline').moves.hostility).toBe(false);
  });
  it('still hostile when it brushes off the listener', () => {
    expect(judge('You have said that four times now. Noted.', 'timeline').moves.hostility).toBe(true);
  });
});
