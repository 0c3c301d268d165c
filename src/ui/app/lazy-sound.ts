/**
 * A soundboard that loads howler only when audio is unlocked (the user's first click or key press), so the Start
 * screen's bundle carries no audio code. Until then it remembers mute and room-tone requests and applies them to
 * the real soundboard (`createSoundboard`) once it has loaded; one-shots asked for before that are dropped, as the
 * real soundboard drops them before `unlock()` too.
 */
import type { Soundboard, SoundboardOptions, SoundError, SoundStatus } from '../audio/sound';

export function createLazySoundboard(
  options: SoundboardOptions = {},
  load: () => Promise<{ createSoundboard: (options?: SoundboardOptions) => Soundboard }> = () => import('../audio/sound'),
): Soundboard {
  let board: Soundboard | null = null;
  let muted: boolean | null = null;
  let roomTone = false;
  let unlocked = false;
  let disposed = false;
  let failed: SoundError | null = null;

  return {
    play(name) {
      board?.play(name);
    },
    startRoomTone() {
      roomTone = true;
      board?.startRoomTone();
    },
    stopRoomTone() {
      roomTone = false;
      board?.stopRoomTone();
    },
    setMuted(next) {
      muted = next;
      board?.setMuted(next);
    },
    isMuted() {
      return board?.isMuted() ?? muted ?? false;
    },
    unlock() {
      if (unlocked || disposed) return;
      unlocked = true;
      load().then(
        ({ createSoundboard }) => {
          if (disposed) return;
          board = createSoundboard(options);
          if (muted !== null && board.isMuted() !== muted) board.setMuted(muted);
          board.unlock();
          if (roomTone) board.startRoomTone();
        },
        (error: unknown) => {
          failed = { stage: 'setup', sound: null, message: error instanceof Error ? error.message : String(error) };
          options.onError?.(failed);
        },
      );
    },
    dispose() {
      disposed = true;
      board?.dispose();
    },
    status(): SoundStatus {
      if (failed) return 'failed';
      return board?.status() ?? 'idle';
    },
    errors() {
      return failed ? [failed] : (board?.errors() ?? []);
    },
  };
}
