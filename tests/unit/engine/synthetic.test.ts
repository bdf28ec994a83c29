// Held-out style notices (tests/fixtures/synthetic/README.md): the engine must get their key facts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractIncidents } from '../../../lib/pipeline';
import { htmlToPageText } from '../../../lib/html/visible-text';

const dir = new URL('../../fixtures/synthetic/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, Array<Record<string, unknown>>>;

describe('synthetic notices', () => {
  it.each(Object.entries(expected))('%s', (file, wants) => {
    const raw = readFileSync(new URL(file, dir), 'utf8');
    const page = file.endsWith('.html') ? htmlToPageText(raw) : { text: raw };
    const got = extractIncidents(page).filter((i) => i.is_breach || wants.length > 0);
    expect(got.filter((i) => i.is_breach)).toHaveLength(wants.filter((w) => w.is_breach).length);
    wants.forEach((want, k) => {
      const inc = got[k]!;
      for (const [field, value] of Object.entries(want)) {
        const actual = field === 'categories' ? [...inc.categories].sort() : (inc as unknown as Record<string, unknown>)[field];
        expect(actual, `${file} ${field}`).toEqual(value);
      }
    });
  });
});
