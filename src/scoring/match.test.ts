import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { findAll, requiredLiteralSets, requiredLiterals, type Compiled } from './match';
import { loadNlp, type Nlp } from './nlp';
import { compileLexicon } from './rules';

let nlp: Nlp;
beforeAll(async () => {
  nlp = await loadNlp();
});

describe('requiredLiterals: a literal every match contains', () => {
  const lits = (source: string, flags = 'g') => requiredLiterals(new RegExp(source, flags));

  it('takes whole words and the most selective part of a sequence', () => {
    expect(lits('timeline')).toEqual(['timeline']);
    expect(lits('(?:the |our )?timeline \\S+ (?:shows|showed)')).toEqual(['timeline ']);
    expect(lits('(?:the |our )?timeline (?:shows|showed)')?.sort()).toEqual(['timeline showed', 'timeline shows']);
    expect(lits('\\S+ logs|log (?:lines?|file)')?.sort()).toEqual([' logs', 'log file', 'log line']);
  });

  it('needs a literal in every branch, and ignores optional parts and lookarounds', () => {
    expect(lits('foo|\\S+')).toBeNull();
    expect(lits('(?:abc)?')).toBeNull();
    expect(lits('(?<=^| )(?:abc)(?= |$)')).toEqual(['abc']);
    expect(lits('(?<!not )abc(?! def)')).toEqual(['abc']);
    expect(lits('a[.!?] b')?.sort()).toEqual(['a! b', 'a. b', 'a? b']);
    expect(lits('x+yz')).toEqual(['yz']);
    expect(lits('\\d+ gwei')).toEqual([' gwei']);
  });

  it('keeps up to three sets a match needs one literal of each of, most selective first', () => {
    expect(requiredLiteralSets(/(?:in|over) (?:the next )?\d+ (?:days?|hours?)/g)).toEqual([[' day', ' hour'], ['in ', 'over ']]);
    expect(requiredLiteralSets(/was (?:too|so) slow|were (?:too|so) slow/g)).toEqual([['was so slow', 'was too slow', 'were so slow', 'were too slow']]);
  });

  it('gives up on flags and syntax it does not model', () => {
    expect(lits('abc', 'gi')).toBeNull();
    expect(lits('(a)\\1')).toBeNull();
  });
});

describe('findAll: the prefilter never hides a match', () => {
  it('finds the same hits with and without the prefilter on the training replies', () => {
    const lex = compileLexicon();
    const lists: Compiled[][] = Object.values(lex);
    const bare = lists.map((list) => list.map((c) => ({ ...c, prefilter: null })));
    const texts = readFileSync(new URL('../../tests/scoring/corpus/train.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    let hits = 0;
    for (const text of texts) {
      for (const variant of [text, text.toLowerCase()]) {
        const a = analyse(nlp, variant);
        lists.forEach((list, i) => {
          const filtered = findAll(a, list);
          hits += filtered.length;
          expect(filtered).toEqual(findAll(a, bare[i]!));
        });
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });
});
