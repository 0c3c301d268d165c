import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOM_TONE, SOUND_NAMES } from './sound';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SOUNDS = join(ROOT, 'public', 'sounds');
const ALL = [ROOM_TONE, ...SOUND_NAMES];

/** Expected length in seconds of each file. */
const LENGTH: Record<string, number> = {
  'room-tone': 4,
  buzz: 0.4,
  sting: 0.6,
  tick: 0.06,
  door: 0.8,
  chime: 0.9,
};

interface Wav {
  channels: number;
  rate: number;
  bits: number;
  samples: Int16Array;
}

function readWav(path: string): Wav {
  const b = readFileSync(path);
  expect(b.toString('ascii', 0, 4)).toBe('RIFF');
  expect(b.toString('ascii', 8, 12)).toBe('WAVE');
  expect(b.toString('ascii', 12, 16)).toBe('fmt ');
  expect(b.readUInt16LE(20)).toBe(1); // PCM
  expect(b.toString('ascii', 36, 40)).toBe('data');
  const size = b.readUInt32LE(40);
  expect(44 + size).toBe(b.length);
  const samples = new Int16Array(size / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = b.readInt16LE(44 + i * 2);
  return { channels: b.readUInt16LE(22), rate: b.readUInt32LE(24), bits: b.readUInt16LE(34), samples };
}

const peakDb = (s: Int16Array) => 20 * Math.log10(s.reduce((m, v) => Math.max(m, Math.abs(v)), 0) / 32768);

describe('public/sounds', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'hotseat-sounds-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('are exactly what `npm run sounds` generates (deterministic and up to date)', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-sounds.mjs'), '--out', fresh]);
    expect(readdirSync(fresh).sort()).toEqual(ALL.map((n) => `${n}.wav`).sort());
    for (const name of ALL) {
      const committed = readFileSync(join(SOUNDS, `${name}.wav`));
      const regenerated = readFileSync(join(fresh, `${name}.wav`));
      expect(committed.equals(regenerated), `${name}.wav differs from a fresh run; run npm run sounds`).toBe(true);
    }
  });

  it('are small: under 400 KB together', () => {
    const total = ALL.reduce((n, name) => n + statSync(join(SOUNDS, `${name}.wav`)).size, 0);
    expect(total).toBeLessThan(400 * 1024);
  });

  it.each(ALL)('%s.wav is mono 22,050 Hz 16-bit, the right length, and peaks at or below -1 dBFS', (name) => {
    const wav = readWav(join(SOUNDS, `${name}.wav`));
    expect(wav).toMatchObject({ channels: 1, rate: 22050, bits: 16 });
    expect(wav.samples.length / wav.rate).toBeCloseTo(LENGTH[name] ?? Number.NaN, 2);
    expect(peakDb(wav.samples)).toBeLessThanOrEqual(-1);
    // Not silent either.
    expect(peakDb(wav.samples)).toBeGreaterThan(-40);
  });

  it.each(SOUND_NAMES)('%s.wav starts and ends at silence (fades, no click)', (name) => {
    const { samples } = readWav(join(SOUNDS, `${name}.wav`));
    expect(Math.abs(samples[0] ?? Infinity)).toBeLessThanOrEqual(8);
    expect(Math.abs(samples[samples.length - 1] ?? Infinity)).toBeLessThanOrEqual(8);
  });

  it('room-tone.wav is quiet and loops without a seam', () => {
    const { samples } = readWav(join(SOUNDS, 'room-tone.wav'));
    expect(peakDb(samples)).toBeLessThanOrEqual(-18);
    let largestStep = 0;
    for (let i = 1; i < samples.length; i++) {
      largestStep = Math.max(largestStep, Math.abs((samples[i] ?? 0) - (samples[i - 1] ?? 0)));
    }
    const seam = Math.abs((samples[0] ?? 0) - (samples[samples.length - 1] ?? 0));
    // Jumping from the last sample back to the first is no bigger than an ordinary step inside the loop.
    expect(seam).toBeLessThanOrEqual(largestStep / 4);
  });
});
