// A fast, stable fingerprint of a page's text: FNV-1a over UTF-16 code units, 32 bits, as 8 hex digits.
// It tells "the text the saved offsets refer to" apart from a changed page; it is not a security hash.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32-bit) of `text`'s UTF-16 code units, as 8 lower-case hex digits. */
export function fnv1a(text: string): string {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The pageHash recorded with saved sources: the hash plus the text length (cheap extra check). */
export function pageHash(text: string): string {
  return `fnv1a:${fnv1a(text)}:${text.length}`;
}
