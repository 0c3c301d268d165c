import { describe, expect, it } from 'vitest';
import type { Soundboard, SoundName } from '../audio/sound';
import { createLazySoundboard } from './lazy-sound';

function recordingBoard() {
  const calls: string[] = [];
  let muted = false;
  const board: Soundboard = {
    play: (name: SoundName) => void calls.push(`play ${name}`),
    startRoomTone: () => void calls.push('room on'),
    stopRoomTone: () => void calls.push('room off'),
    setMuted: (m) => {
      muted = m;
      calls.push(`muted ${m}`);
    },
    isMuted: () => muted,
    unlock: () => void calls.push('unlock'),
    dispose: () => void calls.push('dispose'),
    status: () => 'ready',
    errors: () => [],
  };
  return { board, calls };
}

describe('createLazySoundboard', () => {
  it('loads nothing before unlock, then applies the remembered mute and room tone', async () => {
    const { board, calls } = recordingBoard();
    let loads = 0;
    const lazy = createLazySoundboard({}, async () => {
      loads += 1;
      return { createSoundboard: () => board };
    });
    lazy.setMuted(true);
    lazy.startRoomTone();
    lazy.play('buzz');
    expect(loads).toBe(0);
    expect(lazy.isMuted()).toBe(true);
    expect(lazy.status()).toBe('idle');

    lazy.unlock();
    lazy.unlock();
    await Promise.resolve();
    await Promise.resolve();
    expect(loads).toBe(1);
    expect(calls).toEqual(['muted true', 'unlock', 'room on']);
    lazy.play('chime');
    expect(calls.at(-1)).toBe('play chime');
  });

  it('reports a failed load instead of throwing', async () => {
    const lazy = createLazySoundboard({}, () => Promise.reject(new Error('chunk missing')));
    lazy.unlock();
    await new Promise((r) => setTimeout(r, 0));
    expect(lazy.status()).toBe('failed');
    expect(lazy.errors()[0]?.message).toBe('chunk missing');
    expect(() => lazy.play('buzz')).not.toThrow();
  });
});
