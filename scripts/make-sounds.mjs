// Synthesises the meeting room's sound effects as small PCM WAV files (mono, 22,050 Hz, 16-bit) into public/sounds/.
//
//   npm run sounds                     # writes public/sounds/*.wav
//   node scripts/make-sounds.mjs --out DIR
//
// Plain Node, no dependencies. Deterministic: noise comes from a seeded generator, so every run writes the same
// bytes (a test regenerates the files and compares them with the committed ones). Every one-shot has short fades so
// it starts and ends at silence; room-tone.wav is built from components that repeat exactly every 4 s, so it loops
// without a seam. Every file peaks at or below -1 dBFS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RATE = 22050;
const TAU = Math.PI * 2;

/** Mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dbToGain = (db) => 10 ** (db / 20);
const samples = (seconds) => Math.round(seconds * RATE);

/** White noise in [-1, 1). */
function noise(n, seed) {
  const r = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = r() * 2 - 1;
  return out;
}

/** One-pole low-pass, in place. `circular` runs a warm-up pass so the end state feeds the start (for loops). */
function lowpass(buf, cutoffHz, circular = false) {
  const k = 1 - Math.exp((-TAU * cutoffHz) / RATE);
  let y = 0;
  if (circular) for (let i = 0; i < buf.length; i++) y += k * (buf[i] - y);
  for (let i = 0; i < buf.length; i++) {
    y += k * (buf[i] - y);
    buf[i] = y;
  }
  return buf;
}

/** Linear fade-in over `inS` seconds and fade-out over `outS` seconds, in place. */
function fade(buf, inS, outS) {
  const a = Math.max(1, samples(inS));
  const b = Math.max(1, samples(outS));
  for (let i = 0; i < a && i < buf.length; i++) buf[i] *= i / a;
  for (let i = 0; i < b && i < buf.length; i++) buf[buf.length - 1 - i] *= i / b;
  return buf;
}

/** Scales so the absolute peak sits at `peakDb` dBFS. */
function normalise(buf, peakDb) {
  let peak = 0;
  for (const v of buf) peak = Math.max(peak, Math.abs(v));
  const g = peak > 0 ? dbToGain(peakDb) / peak : 0;
  for (let i = 0; i < buf.length; i++) buf[i] *= g;
  return buf;
}

/** A quiet HVAC/office hum: mains hum and harmonics plus low rumble, exactly periodic over 4 s. */
function roomTone() {
  const seconds = 4;
  const n = samples(seconds);
  // Air: noise low-passed twice, circularly, so sample n-1 flows into sample 0.
  const air = lowpass(lowpass(noise(n, 0x5eed01), 400, true), 400, true);
  const rumble = lowpass(lowpass(noise(n, 0x5eed02), 80, true), 80, true);
  normalise(air, 0);
  normalise(rumble, 0);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    // Every frequency is a whole number of cycles per 4 s (a multiple of 0.25 Hz), so the loop point is seamless.
    const swell = 1 + 0.15 * Math.sin((TAU * t) / seconds); // one slow swell per loop
    const hum = 0.5 * Math.sin(TAU * 60 * t) + 0.25 * Math.sin(TAU * 120 * t + 0.7) + 0.1 * Math.sin(TAU * 180 * t + 1.9);
    const fan = 0.06 * Math.sin(TAU * 97.25 * t) * (1 + 0.5 * Math.sin(TAU * 0.5 * t));
    out[i] = swell * (0.35 * hum + fan + 0.45 * air[i] + 0.5 * rumble[i]);
  }
  return normalise(out, -24);
}

/** A phone vibrating on a table: two short rattling pulses. */
function buzz() {
  const n = samples(0.4);
  const out = new Float64Array(n);
  const rattle = lowpass(noise(n, 0xb022), 2500);
  const pulses = [
    [0.0, 0.16],
    [0.22, 0.38],
  ];
  for (const [start, end] of pulses) {
    const a = samples(start);
    const len = samples(end - start);
    const ramp = samples(0.008);
    for (let j = 0; j < len && a + j < n; j++) {
      const t = j / RATE;
      const env = Math.min(1, j / ramp, (len - j) / ramp);
      // The motor: ~165 Hz with strong odd harmonics, wobbling at 28 Hz as the phone skids.
      const f = 165;
      const motor = Math.sin(TAU * f * t) + 0.45 * Math.sin(TAU * 3 * f * t) + 0.2 * Math.sin(TAU * 5 * f * t);
      const wobble = 0.75 + 0.25 * Math.sin(TAU * 28 * t);
      out[a + j] += env * wobble * (motor + 0.6 * rattle[a + j] * Math.abs(motor));
    }
  }
  return normalise(fade(out, 0.003, 0.01), -4);
}

/** A raised-voice sting: a short, dissonant, brassy cluster stab. */
function sting() {
  const n = samples(0.6);
  const out = new Float64Array(n);
  // A minor-second-heavy cluster: Bb3, B3, F4, F#4.
  const notes = [233.08, 246.94, 349.23, 369.99];
  const r = rng(0x57196);
  const phases = notes.map(() => r() * TAU);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    // Brass: bright on the attack, mellowing as it decays; a little vibrato once it settles.
    const amp = t < 0.025 ? t / 0.025 : 0.45 + 0.55 * Math.exp(-(t - 0.025) / 0.08);
    const bright = 2 + 9 * Math.exp(-t / 0.12);
    const vib = 1 + 0.004 * Math.sin(TAU * 5.5 * t) * Math.min(1, t / 0.2);
    let s = 0;
    notes.forEach((f, v) => {
      for (let k = 1; k <= 14; k++) {
        const fk = f * k * vib;
        if (fk > RATE / 2 - 500) break;
        s += (Math.exp(-k / bright) / k) * Math.sin(TAU * fk * t + phases[v] * k);
      }
    });
    out[i] = amp * s;
  }
  return normalise(fade(out, 0.004, 0.18), -3);
}

/** A clock tick: a tiny wooden click. */
function tick() {
  const n = samples(0.06);
  const out = new Float64Array(n);
  const click = lowpass(noise(n, 0x71c), 5000);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const env = Math.exp(-t / 0.006);
    out[i] = env * (0.6 * Math.sin(TAU * 2400 * t) + 0.35 * Math.sin(TAU * 3900 * t + 1) + 0.5 * click[i]);
  }
  return normalise(fade(out, 0.0008, 0.01), -6);
}

/** A door closing: a latch click, then a low thud with a falling pitch and a dull rattle of the frame. */
function door() {
  const n = samples(0.8);
  const out = new Float64Array(n);
  const body = lowpass(lowpass(noise(n, 0xd002), 300), 300);
  normalise(body, 0);
  const latch = lowpass(noise(n, 0xd003), 3000);
  const hit = samples(0.03);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    let s = 0;
    if (i < hit + samples(0.02)) s += 0.25 * latch[i] * Math.exp(-t / 0.008);
    if (i >= hit) {
      const u = (i - hit) / RATE;
      const f = 48 + 40 * Math.exp(-u / 0.05);
      phase += (TAU * f) / RATE;
      s += Math.exp(-u / 0.14) * (Math.sin(phase) + 0.5 * Math.sin(2.01 * phase)) + 0.7 * Math.exp(-u / 0.09) * body[i];
    }
    out[i] = s;
  }
  return normalise(fade(out, 0.002, 0.15), -2);
}

/** A soft two-note chime (a rising major third), bell-like partials, long gentle decay. */
function chime() {
  const n = samples(0.9);
  const out = new Float64Array(n);
  const strikes = [
    [0.0, 659.25], // E5
    [0.17, 830.61], // G#5
  ];
  for (const [start, f] of strikes) {
    const a = samples(start);
    for (let i = a; i < n; i++) {
      const t = (i - a) / RATE;
      const env = Math.min(1, t / 0.006) * Math.exp(-t / 0.28);
      out[i] +=
        env *
        (Math.sin(TAU * f * t) + 0.3 * Math.exp(-t / 0.1) * Math.sin(TAU * 2.76 * f * t) + 0.12 * Math.sin(TAU * 2 * f * t));
    }
  }
  return normalise(fade(out, 0.002, 0.12), -6);
}

/** Encodes float samples in [-1, 1] as a 16-bit mono PCM WAV. */
export function encodeWav(buf) {
  const data = Buffer.alloc(buf.length * 2);
  for (let i = 0; i < buf.length; i++) {
    const v = Math.max(-32768, Math.min(32767, Math.round(buf[i] * 32767)));
    data.writeInt16LE(v, i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28); // byte rate
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

export const SOUNDS = { 'room-tone': roomTone, buzz, sting, tick, door, chime };

function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const here = dirname(fileURLToPath(import.meta.url));
  const outDir = outIndex >= 0 && args[outIndex + 1] ? resolve(args[outIndex + 1]) : join(here, '..', 'public', 'sounds');
  mkdirSync(outDir, { recursive: true });
  let total = 0;
  for (const [name, make] of Object.entries(SOUNDS)) {
    const pcm = make();
    let peak = 0;
    for (const v of pcm) peak = Math.max(peak, Math.abs(v));
    const bytes = encodeWav(pcm);
    total += bytes.length;
    writeFileSync(join(outDir, `${name}.wav`), bytes);
    const peakDb = peak > 0 ? (20 * Math.log10(peak)).toFixed(1) : '-inf';
    console.log(`${name}.wav  ${(pcm.length / RATE).toFixed(2)} s  ${(bytes.length / 1024).toFixed(1)} KB  peak ${peakDb} dBFS`);
  }
  console.log(`total ${(total / 1024).toFixed(1)} KB -> ${outDir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
