// A cheap gate in front of the engine: could this page be a breach notice at all? It reads the title
// and a bounded sample of the body's text (never innerText, which forces layout) and looks for a
// handful of breach words. False positives only cost an engine run; false negatives lose a notice,
// so the word list errs on the generous side, minus the phrases every Japanese site carries
// (個人情報保護方針 in the footer, 資金流出 in market news).

/** How much body text the pre-filter reads, in UTF-16 units. */
export const SAMPLE_CHARS = 20_000;
/** Upper bound on nodes visited while sampling (pages full of empty wrappers stay cheap). */
const MAX_NODES = 4_000;

/** Kana or kanji: without any, the page is not Japanese and the engine has nothing to find. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

const BREACH_WORDS = new RegExp(
  [
    '漏えい',
    '漏洩',
    '漏れい',
    '(?<!資金|人口|人材|頭脳|資本|土砂|原油|外貨|預金)流出',
    '不正アクセス',
    '不正ログイン',
    '誤送信',
    '誤送付',
    '誤配送',
    '誤掲載',
    '誤公開',
    '紛失',
    '盗難',
    'ランサムウェア',
    'マルウェア',
    'エモテット',
    'Emotet',
    // 個人情報 alone is in every footer; count it unless it is the privacy-policy link.
    '個人情報(?!保護方針|保護ポリシー|保護に関する|の取り?扱い|の保護|取り?扱い|について|保護法)',
    '情報セキュリティ事故',
    'セキュリティインシデント',
    '乗っ取',
    '乗取り',
    '閲覧可能',
    'なりすまし',
    'セキュリティ事件簿',
    'サイバー攻撃',
    '標的型攻撃',
  ].join('|'),
  'i',
);

/** Pure: does this text contain Japanese and at least one breach word? */
export function mightBeBreachText(s: string): boolean {
  return JAPANESE.test(s) && BREACH_WORDS.test(s);
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'textarea', 'select']);

/** The first `max` characters of the body's text, skipping script-like elements; bounded work. */
export function sampleText(doc: Document, max = SAMPLE_CHARS): string {
  const body = doc.body;
  if (!body) return '';
  const filter = doc.defaultView?.NodeFilter ?? NodeFilter;
  const walker = doc.createTreeWalker(body, filter.SHOW_ELEMENT | filter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === 1 && SKIP.has((n as Element).localName) ? filter.FILTER_REJECT : filter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  for (let n = walker.nextNode(); n && length < max && visited < MAX_NODES; n = walker.nextNode()) {
    visited++;
    if (n.nodeType !== 3) continue;
    const data = (n as Text).data;
    if (!data.trim()) continue;
    const piece = data.length > max - length ? data.slice(0, max - length) : data;
    parts.push(piece);
    length += piece.length;
  }
  // No separator: a breach word split across inline elements (漏<b>えい</b>) must still match.
  return parts.join('');
}

/**
 * Could `doc` be a Japanese breach notice? Reads the title and a bounded sample of the body text:
 * non-Japanese pages exit after the sample, everything else costs one regex run.
 */
export function mightBeBreachPage(doc: Document): boolean {
  const title = doc.title ?? '';
  if (mightBeBreachText(title)) return true;
  const sample = sampleText(doc);
  if (!JAPANESE.test(sample) && !JAPANESE.test(title)) return false;
  return BREACH_WORDS.test(sample);
}
