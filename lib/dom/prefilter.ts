// A cheap gate in front of the engine: could this page be a breach notice at all? It reads the title
// and a bounded sample of the body's text (never innerText, which forces layout) and looks for a
// handful of breach words. False positives only cost an engine run; false negatives lose a notice,
// so the word list errs on the generous side, minus the phrases every Japanese site carries
// (個人情報保護方針 in the footer, 資金流出 in market news).

/** How much body text the pre-filter reads, in UTF-16 units. */
export const SAMPLE_CHARS = 20_000;
/** Upper bound on nodes visited while sampling (pages full of empty wrappers stay cheap). */
const MAX_NODES = 4_000;
/** Upper bound on shadow roots sampled (component-heavy pages have hundreds). */
const MAX_SHADOW_ROOTS = 200;

/** Kana or kanji: without any, the page is not Japanese and the engine has nothing to find. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

/**
 * Breach words as plain literals: one fast scan (no look-arounds, which make V8 try every position
 * slowly). The few words that also occur in ordinary pages are checked in context afterwards.
 */
const BREACH_WORDS =
  /漏えい|漏洩|漏れい|流出|不正アクセス|不正ログイン|誤送信|誤送付|誤配送|誤掲載|誤公開|紛失|盗難|ランサムウェア|マルウェア|エモテット|Emotet|EMOTET|emotet|個人情報|情報セキュリティ事故|セキュリティインシデント|乗っ取|乗取り|閲覧可能|なりすまし|セキュリティ事件簿|サイバー攻撃|標的型攻撃/g;
/** 資金流出, 人口流出 …: 流出 of money or people (market news, demography). */
const NOT_A_LEAK_BEFORE = /(?:資金|人口|人材|頭脳|資本|土砂|原油|外貨|預金)$/;
/** 個人情報 alone is in every footer: not when it is the privacy-policy link. */
const POLICY_AFTER = /^(?:保護方針|保護ポリシー|保護に関する|の取り?扱い|の保護|取り?扱い|について|保護法)/;

function hasBreachWord(s: string): boolean {
  BREACH_WORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREACH_WORDS.exec(s))) {
    if (m[0] === '流出' && NOT_A_LEAK_BEFORE.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (m[0] === '個人情報' && POLICY_AFTER.test(s.slice(m.index + 4, m.index + 12))) continue;
    return true;
  }
  return false;
}

/** Pure: does this text contain Japanese and at least one breach word? */
export function mightBeBreachText(s: string): boolean {
  return JAPANESE.test(s) && hasBreachWord(s);
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'textarea', 'select']);

interface Sample {
  parts: string[];
  length: number;
  /** Text nodes visited (the node bound). */
  visited: number;
  /** Open shadow roots met on the way, to be sampled after the light DOM (nested ones added as met). */
  shadows: ShadowRoot[];
}

/**
 * Appends the text of `root`'s subtree to the sample until it holds `max` characters or `maxNodes`
 * text nodes, skipping script-like parents, and notes the open shadow roots of the elements passed on
 * the way. One walk does both (elements cost about a third of what text nodes do) and stops where the
 * text sample stops: a shadow host further down the page is as far away as light text there.
 */
function sampleTree(doc: Document, root: Node, out: Sample, max: number, maxNodes: number): void {
  const filter = doc.defaultView?.NodeFilter ?? NodeFilter;
  // No JS filter callback (a callback per node costs more than the walk); script-like parents are
  // checked on the text node instead.
  const walker = doc.createTreeWalker(root, filter.SHOW_TEXT | filter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n && out.length < max && out.visited < maxNodes; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      const shadow = (n as Element).shadowRoot;
      if (shadow && out.shadows.length < MAX_SHADOW_ROOTS) out.shadows.push(shadow);
      continue;
    }
    out.visited++;
    const parent = n.parentNode as Element | null;
    if (parent && SKIP.has(parent.localName)) continue;
    const data = (n as Text).data;
    const piece = data.length > max - out.length ? data.slice(0, max - out.length) : data;
    out.parts.push(piece);
    out.length += piece.length;
  }
}

function lightSample(doc: Document, max: number): Sample {
  const out: Sample = { parts: [], length: 0, visited: 0, shadows: [] };
  if (doc.body) sampleTree(doc, doc.body, out, max, MAX_NODES);
  return out;
}

/** The first `max` characters of the body's light-DOM text, skipping script-like elements; bounded work. */
export function sampleText(doc: Document, max = SAMPLE_CHARS): string {
  // No separator: a breach word split across inline elements (漏<b>えい</b>) must still match.
  return lightSample(doc, max).parts.join('');
}

/**
 * The text inside the open shadow roots met by the light sample (and the roots nested in those), up
 * to `max` characters and its own node bound (as many as the light sample's). Empty, at no extra cost, on
 * pages without shadow roots: the light sample's walk already looked at every element it passed.
 */
function shadowText(doc: Document, light: Sample, max: number): string {
  const out: Sample = { parts: [], length: 0, visited: 0, shadows: light.shadows };
  for (let i = 0; i < out.shadows.length && out.length < max && out.visited < MAX_NODES; i++) {
    sampleTree(doc, out.shadows[i]!, out, max, MAX_NODES);
    // A shadow root is a block of its own: never glue its last word to the next root's first.
    out.parts.push('\n');
  }
  return out.parts.join('');
}

/** The open shadow roots the last pre-filter run on `doc` met (to watch them for later content). */
const seen = new WeakMap<Document, ShadowRoot[]>();

export function shadowRootsSeen(doc: Document): ShadowRoot[] {
  return seen.get(doc) ?? [];
}

/** The text of the page's open shadow roots as the pre-filter samples it (for tests). */
export function sampleShadowText(doc: Document, max = SAMPLE_CHARS): string {
  return shadowText(doc, lightSample(doc, max), max);
}

/**
 * Could `doc` be a Japanese breach notice? Reads the title and a bounded sample of the body text:
 * non-Japanese pages exit after the sample, everything else costs one regex run. Only when that
 * finds nothing does it sample the open shadow roots the walk passed: a notice rendered by a web
 * component has all its words there.
 */
export function mightBeBreachPage(doc: Document): boolean {
  const title = doc.title ?? '';
  const light = lightSample(doc, SAMPLE_CHARS);
  // The same array: roots nested in these are added to it if the shadow text is sampled below.
  seen.set(doc, light.shadows);
  if (mightBeBreachText(title)) return true;
  const sample = light.parts.join('');
  if (hasBreachWord(sample) && (JAPANESE.test(sample) || JAPANESE.test(title))) return true;
  if (light.shadows.length === 0) return false;
  const shadow = shadowText(doc, light, SAMPLE_CHARS);
  if (!shadow) return false;
  return hasBreachWord(shadow) && (JAPANESE.test(shadow) || JAPANESE.test(sample) || JAPANESE.test(title));
}
