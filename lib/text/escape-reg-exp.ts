// A literal string as a regular-expression source: the vocabulary's surface forms and names read from a
// page are matched as written, whatever punctuation they hold.

/** `s` with every character that has a meaning in a pattern escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
