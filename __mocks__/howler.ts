/**
 * Silent howler for component tests (jsdom has no audio): `vi.mock('howler')` in a test file picks this up.
 * A class, since vitest 4 cannot `new` a `vi.fn(() => ...)`.
 */
export class Howl {
  play() {
    return 1;
  }
  stop() {}
  mute() {}
  unload() {}
}

export const Howler = { noAudio: false };
