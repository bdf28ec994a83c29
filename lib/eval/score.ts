// Scoring the engine against gold incidents (pure: tables in, figures and a list of mistakes out).
// Used by scripts/eval.ts on tests/fixtures/seeds + seeds-gold.json.
//
// - Detection: predicted incidents with is_breach vs gold incidents with is_personal_data_breach, per
//   document, matched one-to-one by span overlap, greatest overlap first.
// - Over the matched pairs: total_affected accuracy (gold value or an alternative; null == null),
//   categories micro-F1, cause accuracy (gold cause or an alternative), organisation accuracy
//   (normalised equality with org/org_alt, or containment when the shorter has ≥ 2 characters).

/** The gold fields the scorer reads (seeds-gold.json has more). */
export interface GoldIncident {
  doc: string;
  id: string;
  heading?: string | null;
  item_span: [number, number];
  org: string | null;
  org_alt?: string[];
  is_personal_data_breach: boolean;
  total_affected: number | null;
  total_affected_alternatives?: number[];
  data_categories: string[];
  cause: string | null;
  cause_alternatives?: string[];
  published?: string | null;
}

export interface PredictedIncident {
  doc: string;
  span: [number, number];
  heading?: string | null;
  org: string | null;
  is_breach: boolean;
  total_affected: number | null;
  categories: string[];
  cause: string | null;
  /** Scored for information only (no target) when present. */
  published?: string | null;
}

export interface Targets {
  detection_f1: number;
  total_affected: number;
  categories_f1: number;
  cause: number;
  org: number;
}

/** The seed set's targets. */
export const SEED_TARGETS: Targets = {
  detection_f1: 0.95,
  total_affected: 0.9,
  categories_f1: 0.9,
  cause: 0.85,
  org: 0.9,
};

export interface Ratio {
  correct: number;
  n: number;
  /** correct / n; null when there is nothing to score. */
  accuracy: number | null;
}

export interface Mistake {
  doc: string;
  /** Gold incident id, when a gold incident is involved. */
  id: string | null;
  kind: 'missed' | 'false_positive' | 'total_affected' | 'categories' | 'cause' | 'org' | 'published';
  message: string;
}

export interface EvalReport {
  detection: { precision: number | null; recall: number | null; f1: number | null; tp: number; predicted: number; gold: number };
  total_affected: Ratio;
  categories: { precision: number | null; recall: number | null; f1: number | null; tp: number; predicted: number; gold: number };
  cause: Ratio;
  org: Ratio;
  /** Information only, no target: over matched pairs whose prediction has a published field. */
  published: Ratio;
  targets: Targets;
  /** Whether each figure meets its target (a null figure does not). */
  meets: Record<keyof Targets, boolean>;
  mistakes: Mistake[];
}

export interface MatchedPair<G, P> {
  gold: G;
  pred: P;
  overlap: number;
}

function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * One-to-one matching by span overlap, greatest overlap first (ties: earlier gold, then earlier
 * prediction). Pairs with no overlap are never matched.
 */
export function matchBySpan<G extends { span: readonly [number, number] }, P extends { span: readonly [number, number] }>(
  gold: readonly G[],
  pred: readonly P[],
): Array<MatchedPair<G, P>> {
  const candidates: Array<{ g: number; p: number; overlap: number }> = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const o = overlap(g.span, p.span);
      if (o > 0) candidates.push({ g: gi, p: pi, overlap: o });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<MatchedPair<G, P>> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    out.push({ gold: gold[c.g]!, pred: pred[c.p]!, overlap: c.overlap });
  }
  return out;
}

/**
 * Company-form words removed before comparing organisations. Must match: 株式会社, (株) and （株） (after
 * NFKC), ㈱ (NFKC gives (株)), 有限会社. Must not match: 株主, 会社 alone.
 */
const COMPANY_FORM = /株式会社|\(株\)|有限会社/gu;

/** NFKC, no whitespace, no 株式会社/(株)/有限会社. */
export function normalizeOrg(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '').replace(COMPANY_FORM, '');
}

/**
 * A predicted organisation is right when, normalised, it equals the gold org or an alternative, or one
 * contains the other and the shorter is at least 2 characters long. null is right only for a null gold.
 */
export function orgMatches(pred: string | null, gold: string | null, alternatives: readonly string[] = []): boolean {
  if (pred === null || normalizeOrg(pred) === '') return gold === null;
  const p = normalizeOrg(pred);
  for (const g of [gold, ...alternatives]) {
    if (g === null) continue;
    const n = normalizeOrg(g);
    if (n === '') continue;
    if (n === p) return true;
    const [shorter, longer] = n.length <= p.length ? [n, p] : [p, n];
    if ([...shorter].length >= 2 && longer.includes(shorter)) return true;
  }
  return false;
}

export function totalMatches(pred: number | null, gold: number | null, alternatives: readonly number[] = []): boolean {
  if (pred === null) return gold === null;
  return pred === gold || alternatives.includes(pred);
}

export function causeMatches(pred: string | null, gold: string | null, alternatives: readonly string[] = []): boolean {
  if (pred === null) return gold === null;
  return pred === gold || alternatives.includes(pred);
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);
const f1 = (p: number | null, r: number | null): number | null =>
  p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r);

function describe(doc: string, span: readonly [number, number], heading: string | null | undefined): string {
  const h = heading ? ` ${heading.length > 40 ? `${heading.slice(0, 40)}…` : heading}` : '';
  return `${doc} [${span[0]},${span[1]})${h}`;
}

/** Scores predictions against gold over all documents. */
export function scoreIncidents(gold: readonly GoldIncident[], pred: readonly PredictedIncident[], targets: Targets = SEED_TARGETS): EvalReport {
  const goldBreaches = gold.filter((g) => g.is_personal_data_breach);
  const predBreaches = pred.filter((p) => p.is_breach);
  const docs = [...new Set([...goldBreaches.map((g) => g.doc), ...predBreaches.map((p) => p.doc)])].sort();

  const mistakes: Mistake[] = [];
  const pairs: Array<MatchedPair<GoldIncident & { span: [number, number] }, PredictedIncident>> = [];
  for (const doc of docs) {
    const g = goldBreaches.filter((x) => x.doc === doc).map((x) => ({ ...x, span: x.item_span }));
    const p = predBreaches.filter((x) => x.doc === doc);
    const matched = matchBySpan(g, p);
    pairs.push(...matched);
    const matchedG = new Set(matched.map((m) => m.gold.id));
    const matchedP = new Set(matched.map((m) => m.pred));
    for (const x of g) {
      if (!matchedG.has(x.id)) mistakes.push({ doc, id: x.id, kind: 'missed', message: `missed ${x.id}: ${describe(doc, x.item_span, x.heading)}` });
    }
    for (const x of p) {
      if (!matchedP.has(x)) {
        mistakes.push({ doc, id: null, kind: 'false_positive', message: `false positive: ${describe(doc, x.span, x.heading)}` });
      }
    }
  }
  pairs.sort((a, b) => (a.gold.doc < b.gold.doc ? -1 : a.gold.doc > b.gold.doc ? 1 : a.gold.item_span[0] - b.gold.item_span[0]));

  let totalOk = 0;
  let causeOk = 0;
  let orgOk = 0;
  let publishedOk = 0;
  let publishedN = 0;
  let catTp = 0;
  let catPred = 0;
  let catGold = 0;
  for (const { gold: g, pred: p } of pairs) {
    if (totalMatches(p.total_affected, g.total_affected, g.total_affected_alternatives)) totalOk++;
    else {
      const alts = g.total_affected_alternatives?.length ? ` (or ${g.total_affected_alternatives.join(', ')})` : '';
      mistakes.push({ doc: g.doc, id: g.id, kind: 'total_affected', message: `${g.id} total_affected: got ${p.total_affected}, want ${g.total_affected}${alts}` });
    }
    const gc = new Set(g.data_categories);
    const pc = new Set(p.categories);
    const tp = [...pc].filter((c) => gc.has(c)).length;
    catTp += tp;
    catPred += pc.size;
    catGold += gc.size;
    if (tp !== pc.size || tp !== gc.size) {
      const missing = [...gc].filter((c) => !pc.has(c));
      const extra = [...pc].filter((c) => !gc.has(c));
      const parts = [missing.length ? `missing ${missing.join(',')}` : '', extra.length ? `extra ${extra.join(',')}` : ''].filter(Boolean);
      mistakes.push({ doc: g.doc, id: g.id, kind: 'categories', message: `${g.id} categories: ${parts.join('; ')}` });
    }
    if (causeMatches(p.cause, g.cause, g.cause_alternatives)) causeOk++;
    else {
      const alts = g.cause_alternatives?.length ? ` (or ${g.cause_alternatives.join(', ')})` : '';
      mistakes.push({ doc: g.doc, id: g.id, kind: 'cause', message: `${g.id} cause: got ${p.cause}, want ${g.cause}${alts}` });
    }
    if (orgMatches(p.org, g.org, g.org_alt)) orgOk++;
    else mistakes.push({ doc: g.doc, id: g.id, kind: 'org', message: `${g.id} org: got ${p.org === null ? 'null' : `"${p.org}"`}, want "${g.org}"` });
    if (p.published !== undefined && g.published !== undefined) {
      publishedN++;
      if (p.published === g.published) publishedOk++;
      else mistakes.push({ doc: g.doc, id: g.id, kind: 'published', message: `${g.id} published: got ${p.published}, want ${g.published}` });
    }
  }

  // Group the list by document (stable: misses and false positives first, then field mistakes in page order).
  mistakes.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));

  const tp = pairs.length;
  const precision = ratio(tp, predBreaches.length);
  const recall = ratio(tp, goldBreaches.length);
  const catP = ratio(catTp, catPred);
  const catR = ratio(catTp, catGold);
  // Both sides empty over all pairs: nothing was wrong.
  const catF1 = tp > 0 && catPred === 0 && catGold === 0 ? 1 : f1(catP, catR);
  const report: Omit<EvalReport, 'meets'> = {
    detection: { precision, recall, f1: f1(precision, recall), tp, predicted: predBreaches.length, gold: goldBreaches.length },
    total_affected: { correct: totalOk, n: tp, accuracy: ratio(totalOk, tp) },
    categories: { precision: catP, recall: catR, f1: catF1, tp: catTp, predicted: catPred, gold: catGold },
    cause: { correct: causeOk, n: tp, accuracy: ratio(causeOk, tp) },
    org: { correct: orgOk, n: tp, accuracy: ratio(orgOk, tp) },
    published: { correct: publishedOk, n: publishedN, accuracy: ratio(publishedOk, publishedN) },
    targets,
    mistakes,
  };
  const meets = (v: number | null, t: number): boolean => v !== null && v >= t;
  return {
    ...report,
    meets: {
      detection_f1: meets(report.detection.f1, targets.detection_f1),
      total_affected: meets(report.total_affected.accuracy, targets.total_affected),
      categories_f1: meets(report.categories.f1, targets.categories_f1),
      cause: meets(report.cause.accuracy, targets.cause),
      org: meets(report.org.accuracy, targets.org),
    },
  };
}

const fmt = (v: number | null): string => (v === null ? ' n/a' : v.toFixed(3));

/** The human-readable report: figures beside their targets, then the mistakes. */
export function formatReport(r: EvalReport): string {
  const mark = (ok: boolean): string => (ok ? 'ok' : 'BELOW TARGET');
  const lines = [
    `detection        P ${fmt(r.detection.precision)}  R ${fmt(r.detection.recall)}  F1 ${fmt(r.detection.f1)}  (target F1 ≥ ${r.targets.detection_f1.toFixed(2)}; ${r.detection.tp} matched, ${r.detection.predicted} predicted, ${r.detection.gold} gold)  ${mark(r.meets.detection_f1)}`,
    `total_affected   ${fmt(r.total_affected.accuracy)}  (target ≥ ${r.targets.total_affected.toFixed(2)}; ${r.total_affected.correct}/${r.total_affected.n})  ${mark(r.meets.total_affected)}`,
    `categories       F1 ${fmt(r.categories.f1)}  P ${fmt(r.categories.precision)}  R ${fmt(r.categories.recall)}  (target F1 ≥ ${r.targets.categories_f1.toFixed(2)})  ${mark(r.meets.categories_f1)}`,
    `cause            ${fmt(r.cause.accuracy)}  (target ≥ ${r.targets.cause.toFixed(2)}; ${r.cause.correct}/${r.cause.n})  ${mark(r.meets.cause)}`,
    `organisation     ${fmt(r.org.accuracy)}  (target ≥ ${r.targets.org.toFixed(2)}; ${r.org.correct}/${r.org.n})  ${mark(r.meets.org)}`,
    `published        ${fmt(r.published.accuracy)}  (information, no target; ${r.published.correct}/${r.published.n})`,
    '',
    r.mistakes.length === 0 ? 'no mistakes' : `mistakes (${r.mistakes.length}):`,
    ...r.mistakes.map((m) => `  - ${m.message}`),
  ];
  return `${lines.join('\n')}\n`;
}
