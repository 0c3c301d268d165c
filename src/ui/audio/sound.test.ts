// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HowlOptions } from 'howler';
import { createSoundboard, MUTED_KEY, SOUND_NAMES, soundForEvent } from './sound';

/** What the fake howler does when a Howl is made; tests switch it to simulate broken audio. */
const fake = vi.hoisted(() => ({
  mode: 'ok' as 'ok' | 'loaderror' | 'throw' | 'playerror' | 'playthrows',
  noAudio: false,
  instances: [] as Array<{ options: HowlOptions; plays: number; stops: number; muted: boolean; unloaded: boolean }>,
}));

vi.mock('howler', () => {
  class Howl {
    private readonly record: (typeof fake.instances)[number];
    constructor(options: HowlOptions) {
      if (fake.mode === 'throw') throw new Error('AudioContext is not defined');
      this.record = { options, plays: 0, stops: 0, muted: options.mute ?? false, unloaded: false };
      fake.instances.push(this.record);
      // Howler reports load failures asynchronously, after the constructor has returned.
      if (fake.mode === 'loaderror') setTimeout(() => options.onloaderror?.(0, 'Failed loading audio file'), 0);
    }
    play(): number {
      if (fake.mode === 'playthrows') throw new Error('NotAllowedError: play() failed');
      this.record.plays += 1;
      if (fake.mode === 'playerror') setTimeout(() => this.record.options.onplayerror?.(this.record.plays, 'blocked'), 0);
      return this.record.plays;
    }
    stop(): this {
      this.record.stops += 1;
      return this;
    }
    mute(muted: boolean): this {
      this.record.muted = muted;
      return this;
    }
    unload(): null {
      this.record.unloaded = true;
      return null;
    }
  }
  return {
    Howl,
    Howler: {
      get noAudio() {
        return fake.noAudio;
      },
    },
  };
});


function howlFor(name: string) {
  const found = fake.instances.find((h) => {
    const src = Array.isArray(h.options.src) ? h.options.src[0] : h.options.src;
    return src?.endsWith(`/sounds/${name}.wav`);
  });
  if (!found) throw new Error(`no Howl for ${name}`);
  return found;
}

const totalPlays = () => fake.instances.reduce((n, h) => n + h.plays, 0);
const flush = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeEach(() => {
  fake.mode = 'ok';
  fake.noAudio = false;
  fake.instances.length = 0;
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createSoundboard', () => {
  it('plays nothing, and loads nothing, before unlock', () => {
    const board = createSoundboard();
    board.play('buzz');
    board.startRoomTone();
    expect(fake.instances).toHaveLength(0);
    expect(board.status()).toBe('idle');

    board.unlock();
    expect(board.status()).toBe('ready');
    // The room tone asked for before unlock starts now; the earlier buzz is not replayed.
    expect(howlFor('room-tone').plays).toBe(1);
    expect(howlFor('room-tone').options.loop).toBe(true);
    expect(howlFor('buzz').plays).toBe(0);

    board.play('buzz');
    expect(howlFor('buzz').plays).toBe(1);
  });

  it('loads every sound from BASE_URL/sounds/<name>.wav', () => {
    const board = createSoundboard({ baseUrl: '/hotseat' });
    board.unlock();
    const srcs = fake.instances.map((h) => (Array.isArray(h.options.src) ? h.options.src[0] : h.options.src));
    expect(srcs.sort()).toEqual(
      ['room-tone', ...SOUND_NAMES].map((n) => `/hotseat/sounds/${n}.wav`).sort(),
    );
  });

  it('remembers mute across instances', () => {
    const first = createSoundboard();
    expect(first.isMuted()).toBe(false);
    first.setMuted(true);
    expect(localStorage.getItem(MUTED_KEY)).toBe('true');
    first.dispose();

    const second = createSoundboard();
    expect(second.isMuted()).toBe(true);
    second.unlock();
    expect(howlFor('chime').options.mute).toBe(true);
    second.play('chime');
    second.startRoomTone();
    expect(totalPlays()).toBe(0);

    second.setMuted(false);
    expect(createSoundboard().isMuted()).toBe(false);
    expect(howlFor('chime').muted).toBe(false);
    second.play('chime');
    expect(howlFor('chime').plays).toBe(1);
    // Unmuting resumes the room tone that was wanted while muted.
    expect(howlFor('room-tone').plays).toBe(1);
  });

  it('muting stops the room tone and mutes sounds already playing', () => {
    const board = createSoundboard();
    board.unlock();
    board.startRoomTone();
    board.setMuted(true);
    expect(howlFor('room-tone').stops).toBe(1);
    expect(howlFor('door').muted).toBe(true);
  });

  it.each(['1', 'yes', '{"muted":true}', '', 'undefined'])('reads a corrupted mute value %j as unmuted', (value) => {
    localStorage.setItem(MUTED_KEY, value);
    const board = createSoundboard();
    expect(board.isMuted()).toBe(false);
    board.unlock();
    board.play('tick');
    expect(howlFor('tick').plays).toBe(1);
  });

  it('keeps working when localStorage refuses access', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const board = createSoundboard({ storage: blocked });
    expect(board.isMuted()).toBe(false);
    expect(() => board.setMuted(true)).not.toThrow();
    expect(board.isMuted()).toBe(true);
    expect(board.errors().map((e) => e.stage)).toEqual(['storage', 'storage']);
    // A storage problem is not an audio problem.
    expect(board.status()).toBe('idle');
  });

  it('does not throw when files fail to load, and reports failed', async () => {
    fake.mode = 'loaderror';
    const onError = vi.fn();
    const board = createSoundboard({ onError });
    board.unlock();
    board.startRoomTone();
    await flush();
    expect(board.status()).toBe('failed');
    expect(board.errors().some((e) => e.stage === 'load' && e.sound === 'sting')).toBe(true);
    expect(onError).toHaveBeenCalled();
    const before = totalPlays();
    expect(() => board.play('sting')).not.toThrow();
    expect(totalPlays()).toBe(before);
    expect(() => board.dispose()).not.toThrow();
  });

  it('does not throw when the audio objects cannot be created', () => {
    fake.mode = 'throw';
    const board = createSoundboard();
    expect(() => board.unlock()).not.toThrow();
    expect(board.status()).toBe('failed');
    expect(board.errors()[0]).toMatchObject({ stage: 'setup', message: 'AudioContext is not defined' });
    expect(() => {
      board.play('door');
      board.startRoomTone();
      board.setMuted(true);
      board.stopRoomTone();
      board.dispose();
    }).not.toThrow();
  });

  it('does not throw when the browser has no audio at all', () => {
    fake.noAudio = true;
    const board = createSoundboard();
    board.unlock();
    expect(board.status()).toBe('failed');
    expect(fake.instances).toHaveLength(0);
    expect(() => board.play('buzz')).not.toThrow();
  });

  it('does not throw when playback is blocked or play() throws', async () => {
    fake.mode = 'playerror';
    const blocked = createSoundboard();
    blocked.unlock();
    blocked.play('buzz');
    await flush();
    expect(blocked.status()).toBe('failed');
    expect(blocked.errors()).toContainEqual(expect.objectContaining({ stage: 'play', sound: 'buzz' }));

    fake.mode = 'playthrows';
    const throwing = createSoundboard();
    throwing.unlock();
    expect(() => throwing.play('chime')).not.toThrow();
    expect(throwing.errors()).toContainEqual(
      expect.objectContaining({ stage: 'play', sound: 'chime', message: 'NotAllowedError: play() failed' }),
    );
  });

  it('an onError callback that throws is ignored', () => {
    fake.mode = 'throw';
    const board = createSoundboard({
      onError: () => {
        throw new Error('logger broke');
      },
    });
    expect(() => board.unlock()).not.toThrow();
    expect(board.status()).toBe('failed');
  });

  it('is inert after dispose', () => {
    const board = createSoundboard();
    board.unlock();
    board.startRoomTone();
    board.dispose();
    expect(fake.instances.every((h) => h.unloaded)).toBe(true);
    expect(howlFor('room-tone').stops).toBe(1);
    board.play('buzz');
    board.startRoomTone();
    expect(howlFor('buzz').plays).toBe(0);
    expect(howlFor('room-tone').plays).toBe(1);
  });
});

describe('soundForEvent', () => {
  it.each([
    [{ type: 'stakeholder.spoke', kind: 'interrupt' }, 'buzz'],
    [{ type: 'stakeholder.spoke', kind: 'walkout' }, 'door'],
    [{ type: 'stakeholder.spoke', kind: 'reaction', grade: 'poor' }, 'sting'],
    [{ type: 'stakeholder.spoke', kind: 'reaction', grade: 'mixed' }, null],
    [{ type: 'stakeholder.spoke', kind: 'reaction', grade: 'strong' }, null],
    [{ type: 'stakeholder.spoke', kind: 'line' }, null],
    [{ type: 'stakeholder.spoke' }, null],
    [{ type: 'reply.scored', grade: 'strong' }, 'chime'],
    [{ type: 'reply.scored', grade: 'mixed' }, null],
    [{ type: 'reply.scored', grade: 'poor' }, null],
    [{ type: 'timer.warning' }, 'tick'],
    [{ type: 'meeting.ended' }, null],
  ] as const)('%j -> %s', (event, expected) => {
    expect(soundForEvent(event)).toBe(expected);
  });
});
