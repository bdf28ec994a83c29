// The seed pages against their hand-made gold (tests/fixtures/seeds-gold.json): the engine must meet
// the seed targets (detection F1 ≥ 0.95, total 0.90, categories F1 0.90, cause 0.85, organisation 0.90),
// with kuromoji and without it. `npm run eval` prints the same figures and every mistake.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { scoreIncidents, SEED_TARGETS, type GoldIncident, type PredictedIncident } from '../../../lib/eval/score';
import { extractIncidents } from '../../../lib/pipeline';
import { loadKuromojiTokenizer } from '../../../lib/tokenizer/kuromoji-node';
import type { Tokenizer } from '../../../lib/types';

const dir = new URL('../../fixtures/seeds/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('../seeds-gold.json', dir), 'utf8')) as GoldIncident[];
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

function predict(tokenizer?: Tokenizer): PredictedIncident[] {
  return docs.flatMap((doc) =>
    extractIncidents({ text: readFileSync(new URL(doc, dir), 'utf8') }, { tokenizer }).map((inc) => ({ doc, ...inc })),
  );
}

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadKuromojiTokenizer();
});

describe('seed pages against gold', () => {
  it.each([
    ['without kuromoji', false],
    ['with kuromoji', true],
  ])('meets every seed target %s', (_name, withTokenizer) => {
    const report = scoreIncidents(gold, predict(withTokenizer ? tokenizer : undefined));
    const mistakes = report.mistakes.map((m) => `${m.id ?? m.doc}: ${m.message}`).join('\n');
    expect(report.detection.f1, mistakes).toBeGreaterThanOrEqual(SEED_TARGETS.detection_f1);
    expect(report.total_affected.accuracy, mistakes).toBeGreaterThanOrEqual(SEED_TARGETS.total_affected);
    expect(report.categories.f1, mistakes).toBeGreaterThanOrEqual(SEED_TARGETS.categories_f1);
    expect(report.cause.accuracy, mistakes).toBeGreaterThanOrEqual(SEED_TARGETS.cause);
    expect(report.org.accuracy, mistakes).toBeGreaterThanOrEqual(SEED_TARGETS.org);
  });

  it('finds no breach in the distractor parts of the pages (rankings, ads, release markers)', () => {
    const distractors = JSON.parse(readFileSync(new URL('../seeds-distractors.json', dir), 'utf8')) as Array<{ doc: string; text: string; kind: string }>;
    for (const d of distractors.filter((x) => x.kind === 'ranking' || x.kind === 'advertisement')) {
      const text = readFileSync(new URL(d.doc, dir), 'utf8');
      const at = text.indexOf(d.text);
      // A ranking runs to the end of the page; an advertisement is just its own text.
      const end = d.kind === 'ranking' ? text.length : at + d.text.length;
      const breaches = extractIncidents({ text }).filter((i) => i.is_breach && i.span[0] >= at && i.span[0] < end);
      expect(breaches, `${d.doc} ${d.kind}`).toEqual([]);
    }
  });
});
