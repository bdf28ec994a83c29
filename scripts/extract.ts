// The engine CLI. Contract (keep exact):
//   npm run --silent extract -- --json FILE...   one JSON array, one object per incident, page order,
//                                                files in argument order
//   npm run --silent extract -- FILE...          a readable table
//   npm run --silent extract -- --format csv FILE...
// FILE is .txt (UTF-8; spans index the file's text) or .html/.htm (spans index the visible text).
// Missing, unreadable, directory or binary files: one error line on stderr naming the file, exit 1.
// Argument parsing and I/O live here; the output formats are in lib/cli/format.ts.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatCsv, formatJson, formatTable, incidentToCli, type CliIncident } from '../lib/cli/format';
import { decodeHtmlBytes, htmlToPageText } from '../lib/html/visible-text';
import type { PageText, Tokenizer } from '../lib/types';

const USAGE = `Usage: npm run --silent extract -- [options] FILE...

Finds breach incidents in .txt (UTF-8) and .html/.htm files.

Options:
  --json               print one JSON array (one object per incident)
  --format FORMAT      table (default), json or csv
  --no-kuromoji        do not load the morphological analyser (faster, slightly worse)
  -h, --help           show this help
`;

/** Files larger than this are refused (the engine cuts pages at 20 M characters anyway). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

type Format = 'table' | 'json' | 'csv';

class FileError extends Error {}

/** A file name fit for a one-line message. */
function shown(file: string): string {
  let out = '';
  for (const ch of file) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x20 || cp === 0x7f ? '?' : ch;
  }
  return out;
}

/** Paths are read relative to where the user ran `npm run` (npm itself moves to the project root). */
function resolveInput(file: string): string {
  const base = process.env.npm_lifecycle_event === 'extract' ? process.env.INIT_CWD : undefined;
  return base ? path.resolve(base, file) : path.resolve(file);
}

function readPage(file: string): PageText {
  const full = resolveInput(file);
  let bytes: Uint8Array;
  try {
    const st = statSync(full);
    if (st.isDirectory()) throw new FileError('is a directory');
    if (!st.isFile()) throw new FileError('not a regular file');
    if (st.size > MAX_FILE_BYTES) throw new FileError(`too large (${st.size} bytes; limit ${MAX_FILE_BYTES})`);
    bytes = readFileSync(full);
  } catch (e) {
    if (e instanceof FileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError('no such file');
    if (code === 'EACCES' || code === 'EPERM') throw new FileError('permission denied');
    if (code === 'EISDIR') throw new FileError('is a directory');
    throw new FileError(`cannot read (${code ?? (e as Error).message})`);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    if (!utf16 && bytes.includes(0)) throw new FileError('binary file (contains NUL bytes)');
    return htmlToPageText(decodeHtmlBytes(bytes));
  }
  if (bytes.includes(0)) throw new FileError('binary file (contains NUL bytes)');
  let text: string;
  try {
    // ignoreBOM keeps a leading U+FEFF, as fs.readFileSync(file, 'utf8') does: spans index that text.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new FileError('not valid UTF-8 (binary file?)');
  }
  return { text };
}

function fail(message: string): void {
  process.stderr.write(`extract: ${message}\n`);
}

async function main(argv: string[]): Promise<number> {
  let values: { json?: boolean; format?: string; 'no-kuromoji'?: boolean; help?: boolean };
  let files: string[];
  try {
    const parsed = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string' },
        'no-kuromoji': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    values = parsed.values;
    files = parsed.positionals;
  } catch (e) {
    fail(`${(e as Error).message} (try --help)`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let format: Format = values.json ? 'json' : 'table';
  if (values.format !== undefined) {
    if (values.format !== 'json' && values.format !== 'csv' && values.format !== 'table') {
      fail(`unknown format '${shown(values.format)}' (json, csv or table)`);
      return 2;
    }
    if (values.json && values.format !== 'json') {
      fail('--json and --format disagree');
      return 2;
    }
    format = values.format;
  }
  if (files.length === 0) {
    fail('no input files (try --help)');
    return 2;
  }

  // Read everything first: a bad file stops the run before any output.
  const pages: PageText[] = [];
  let bad = false;
  for (const file of files) {
    try {
      pages.push(readPage(file));
    } catch (e) {
      fail(`${shown(file)}: ${e instanceof FileError ? e.message : String(e)}`);
      bad = true;
    }
  }
  if (bad) return 1;

  // The engine and the analyser are loaded only now (and only for non-empty pages): --help, file
  // errors and empty files stay fast.
  const rows: CliIncident[] = [];
  if (pages.some((p) => p.text.trim() !== '')) {
    const { extractIncidents } = await import('../lib/pipeline');
    let tokenizer: Tokenizer | undefined;
    if (!values['no-kuromoji']) {
      try {
        const { loadKuromojiTokenizer } = await import('../lib/tokenizer/kuromoji-node');
        tokenizer = await loadKuromojiTokenizer();
      } catch (e) {
        fail(`warning: kuromoji not loaded (${(e as Error).message}); continuing without it`);
      }
    }
    for (let i = 0; i < files.length; i++) {
      const page = pages[i]!;
      if (page.text.trim() === '') continue;
      try {
        for (const inc of extractIncidents(page, { tokenizer })) rows.push(incidentToCli(files[i]!, inc));
      } catch (e) {
        fail(`${shown(files[i]!)}: engine error: ${(e as Error).message}`);
        return 1;
      }
    }
  }

  const out = format === 'json' ? formatJson(rows) : format === 'csv' ? formatCsv(rows) : formatTable(rows);
  process.stdout.write(out);
  return 0;
}

// A closed pipe (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    fail(`unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
