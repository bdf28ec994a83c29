// Width folding that keeps every offset: one UTF-16 unit in, one out. The engine matches its
// regexes on the folded copy and reports spans into the original text, so no offset map is needed.
// (String.prototype.normalize('NFKC') would change lengths: ㈱ → (株), ① → 1.)

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_OFFSET = 0xff01 - 0x21;

/** Fold full-width ASCII (０-９, Ａ-Ｚ, ：, （） …) and the ideographic space to ASCII, 1:1. */
export function foldWidth(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let mapped = -1;
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) mapped = c - FULLWIDTH_OFFSET;
    else if (c === 0x3000 || c === 0xa0) mapped = 0x20; // ideographic / no-break space
    else if (c === 0x2212 || c === 0x2010 || c === 0x2011) mapped = 0x2d; // minus sign, hyphens
    if (mapped >= 0) {
      out += text.slice(runStart, i) + String.fromCharCode(mapped);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
