// Which frames are worth a content script. The script runs in every frame of a page, and most frames
// are ads, trackers, consent and payment widgets: small or hidden. A notice needs room to be read.

/** Smallest frame viewport that can show a notice (728×90 and 320×50 banners are below it). */
export const MIN_FRAME_WIDTH = 200;
export const MIN_FRAME_HEIGHT = 120;

export interface FrameWindow {
  innerWidth: number;
  innerHeight: number;
  top: unknown;
  self?: unknown;
}

/**
 * A sub-frame too small to show a notice (hidden frames are 0×0). The top document is never tiny:
 * a narrow window is still the page the user reads. Reads two numbers, no layout.
 */
export function isTinyFrame(win: FrameWindow): boolean {
  let top: boolean;
  try {
    top = win.top === (win.self ?? win);
  } catch {
    top = false; // reading top threw: a frame
  }
  if (top) return false;
  return win.innerWidth < MIN_FRAME_WIDTH || win.innerHeight < MIN_FRAME_HEIGHT;
}
