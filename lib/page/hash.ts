// A fast, stable fingerprint of a page's text: FNV-1a over UTF-16 code units, 32 bits, as 8 hex digits.
// It tells "the text the saved offsets refer to" apart from a changed page; it is not a security hash.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvUpdate(h: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');

/** FNV-1a (32-bit) of `text`'s UTF-16 code units, as 8 lower-case hex digits. */
export function fnv1a(text: string): string {
  return hex(fnvUpdate(FNV_OFFSET, text, 0, text.length));
}

/** The pageHash recorded with saved sources: the hash plus the text length (cheap extra check). */
export function pageHash(text: string): string {
  return `fnv1a:${fnv1a(text)}:${text.length}`;
}

/**
 * pageHash in slices of `sliceChars`, giving the event loop back between them: on a 5 MB page the
 * hash alone is 15–30 ms of one task (more while the code is still cold), too much for a page's thread.
 */
export async function pageHashSliced(text: string, yieldFn: () => Promise<unknown>, sliceChars = 256 * 1024): Promise<string> {
  let h = FNV_OFFSET;
  for (let at = 0; at < text.length; at += sliceChars) {
    if (at > 0) await yieldFn();
    h = fnvUpdate(h, text, at, Math.min(text.length, at + sliceChars));
  }
  return `fnv1a:${hex(h)}:${text.length}`;
}
