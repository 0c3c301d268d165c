import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, cut, MAX_CHARS } from './analyse';
import { loadNlp, type Nlp } from './nlp';

let nlp: Nlp;
beforeAll(async () => {
  nlp = await loadNlp();
});

/** Every token's offsets slice the original text to exactly the token's characters. */
function expectOffsetsExact(text: string) {
  const a = analyse(nlp, text);
  for (const tok of a.tokens) {
    expect(text.slice(tok.start, tok.end)).toBe(tok.text);
    expect(tok.start).toBeLessThan(tok.end);
  }
  return a;
}

describe('analyse: offsets into the original text', () => {
  it('keeps offsets exact across emoji, skin tones and ZWJ sequences', () => {
    const text = 'Hi 👋🏽 team 👨‍👩‍👧 — the relayer 🚨 stalled at 14:11.';
    const a = expectOffsetsExact(text);
    const words = a.tokens.map((t) => t.text);
    expect(words).toContain('relayer');
    const relayer = a.tokens.find((t) => t.text === 'relayer')!;
    expect(text.slice(relayer.start, relayer.end)).toBe('relayer');
  });

  it('keeps offsets exact across tabs, CRLF, runs of spaces, NBSP and line separators', () => {
    const text = '  We\t\twon\u2019t  fix\r\nanything\u00a0until\u2028we   know.';
    const a = expectOffsetsExact(text);
    // Curly apostrophes and odd spaces are read like plain ones: the contraction still expands to "will not".
    expect(a.norm).toContain('will not fix anything until we know');
  });

  it('glues hyphenated words back together', () => {
    const a = expectOffsetsExact("It's not the front-end team's fault.");
    expect(a.tokens.map((t) => t.text)).toContain('front-end');
  });

  it('marks negation scope', () => {
    const a = analyse(nlp, "We won't fix anything until we know the root cause.");
    const fix = a.tokens.find((t) => t.norm === 'fix')!;
    const know = a.tokens.find((t) => t.norm === 'know')!;
    expect(fix.neg).toBe(true);
    expect(know.neg).toBe(false);
  });

  it('reads chat-style contractions ("didnt", "ill") as the full words', () => {
    const a = analyse(nlp, 'why didnt u escalate? ill do it by fri');
    expect(a.norm).toContain('why did not you escalate');
    expect(a.norm).toContain('i will do it');
  });
});

describe('cut', () => {
  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(MAX_CHARS - 1)}😀tail`;
    const out = cut(text, MAX_CHARS);
    expect(out.length).toBe(MAX_CHARS - 1);
    expect(out.endsWith('a')).toBe(true);
  });

  it('leaves short text alone', () => {
    expect(cut('short', MAX_CHARS)).toBe('short');
  });
});
