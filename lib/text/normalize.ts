// Width folding that keeps every offset: one UTF-16 unit in, one out. The engine matches its
// regexes on the folded copy and reports spans into the original text, so no offset map is needed.
// (String.prototype.normalize('NFKC') would change lengths: ㈱ → (株), ① → 1.)

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_OFFSET = 0xff01 - 0x21;

/** Characters foldWidth changes: full-width ASCII, ideographic and no-break spaces, minus and hyphens. */
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u2212\u2010\u2011]/g;

function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) return String.fromCharCode(c - FULLWIDTH_OFFSET);
  if (c === 0x3000 || c === 0xa0) return ' '; // ideographic / no-break space
  return '-'; // minus sign, hyphens
}

/** Fold full-width ASCII (０-９, Ａ-Ｚ, ：, （） …) and the ideographic space to ASCII, 1:1. */
export function foldWidth(text: string): string {
  return text.replace(FOLDABLE, fold);
}
