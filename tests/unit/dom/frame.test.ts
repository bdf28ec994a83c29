import { describe, expect, it } from 'vitest';
import { isTinyFrame } from '../../../lib/dom/frame';

describe('isTinyFrame', () => {
  const top = {};
  const frame = (innerWidth: number, innerHeight: number) => ({ innerWidth, innerHeight, top, self: {} });

  it.each<[string, Parameters<typeof isTinyFrame>[0], boolean]>([
    ['the top document, however narrow', { innerWidth: 80, innerHeight: 60, top, self: top }, false],
    ['a notice frame (900×700)', frame(900, 700), false],
    ['a 300×250 frame', frame(300, 250), false],
    ['a hidden frame (0×0)', frame(0, 0), true],
    ['a 1×1 tracker', frame(1, 1), true],
    ['a 728×90 banner', frame(728, 90), true],
    ['a 320×50 banner', frame(320, 50), true],
    ['a 150×600 skyscraper', frame(150, 600), true],
  ])('%s → %s', (_name, win, expected) => {
    expect(isTinyFrame(win)).toBe(expected);
  });

  it('a frame whose top cannot be read is a frame', () => {
    const win = { innerWidth: 10, innerHeight: 10, self: {} } as { innerWidth: number; innerHeight: number; top: unknown; self: unknown };
    Object.defineProperty(win, 'top', {
      get() {
        throw new Error('blocked');
      },
    });
    expect(isTinyFrame(win)).toBe(true);
  });
});
