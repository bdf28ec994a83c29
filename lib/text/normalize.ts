// Width folding that keeps every offset: one UTF-16 unit in, one out. The engine matches its
// regexes on the folded copy and reports spans into the original text, so no offset map is needed.
// (String.prototype.normalize('NFKC') would change lengths: ㈱ → (株), ① → 1.)

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_OFFSET = 0xff01 - 0x21;

/**
 * Characters foldWidth changes: full-width ASCII, ideographic and no-break spaces, minus and hyphens,
 * and the Kangxi and CJK-supplement radicals. Text copied out of PDFs often carries radicals in place of
 * the ideographs they look like (⽒名 for 氏名, 個⼈情報 for 個人情報, ⽣年⽉⽇ for 生年月日).
 */
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u2212\u2010\u2011\u2e80-\u2fdf]/g;

/** Each radical's ideograph (its NFKC form), where that is one UTF-16 unit; the rest stay as they are. */
const RADICAL_IDEOGRAPH = new Map<number, string>();
for (let c = 0x2e80; c <= 0x2fdf; c++) {
  const ch = String.fromCharCode(c);
  const n = ch.normalize('NFKC');
  if (n !== ch && n.length === 1) RADICAL_IDEOGRAPH.set(c, n);
}

function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) return String.fromCharCode(c - FULLWIDTH_OFFSET);
  if (c === 0x3000 || c === 0xa0) return ' '; // ideographic / no-break space
  if (c >= 0x2e80) return RADICAL_IDEOGRAPH.get(c) ?? ch;
  return '-'; // minus sign, hyphens
}

/** Fold full-width ASCII (０-９, Ａ-Ｚ, ：, （） …) and the ideographic space to ASCII, and radicals to ideographs, 1:1. */
export function foldWidth(text: string): string {
  return text.replace(FOLDABLE, fold);
}
