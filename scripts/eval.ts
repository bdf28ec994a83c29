// `npm run eval`: runs the engine over tests/fixtures/seeds/*.txt and scores it against
// tests/fixtures/seeds-gold.json (figures beside targets, then every mistake). Reads nothing outside
// the project. Flags: --json (one JSON object of the figures), --no-kuromoji.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport, scoreIncidents, type GoldIncident, type PredictedIncident } from '../lib/eval/score';
import { extractIncidents } from '../lib/pipeline';
import type { Tokenizer } from '../lib/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS_DIR = path.join(ROOT, 'tests', 'fixtures', 'seeds');
const GOLD_FILE = path.join(ROOT, 'tests', 'fixtures', 'seeds-gold.json');

const USAGE = `Usage: npm run eval -- [--json] [--no-kuromoji]

Scores the engine on tests/fixtures/seeds/*.txt against tests/fixtures/seeds-gold.json.
`;

async function main(argv: string[]): Promise<number> {
  let values: { json?: boolean; 'no-kuromoji'?: boolean; help?: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, 'no-kuromoji': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values;
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as GoldIncident[];
  const docs = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();

  let tokenizer: Tokenizer | undefined;
  if (!values['no-kuromoji']) {
    try {
      const { loadKuromojiTokenizer } = await import('../lib/tokenizer/kuromoji-node');
      tokenizer = await loadKuromojiTokenizer();
    } catch (e) {
      process.stderr.write(`eval: warning: kuromoji not loaded (${(e as Error).message}); continuing without it\n`);
    }
  }

  const predicted: PredictedIncident[] = [];
  const started = Date.now();
  for (const doc of docs) {
    const text = readFileSync(path.join(SEEDS_DIR, doc), 'utf8');
    for (const inc of extractIncidents({ text }, { tokenizer })) {
      predicted.push({
        doc,
        span: inc.span,
        heading: inc.heading,
        org: inc.org,
        is_breach: inc.is_breach,
        total_affected: inc.total_affected,
        categories: inc.categories,
        cause: inc.cause,
        published: inc.published,
      });
    }
  }
  const elapsed = Date.now() - started;

  const report = scoreIncidents(gold, predicted);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...report, documents: docs.length, kuromoji: tokenizer !== undefined, elapsed_ms: elapsed }, null, 2)}\n`);
  } else {
    process.stdout.write(
      `seeds: ${docs.length} pages, ${gold.length} gold incidents, ${predicted.length} predicted (${elapsed} ms${tokenizer ? ', kuromoji' : ', no kuromoji'})\n\n`,
    );
    process.stdout.write(formatReport(report));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
