// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { collectPageText, collectPageTextChunked } from '../../../lib/dom/page-text';

const PARAGRAPHS = 1000;
const NODES_PER_PARAGRAPH = 50;

beforeAll(() => {
  const frag = document.createDocumentFragment();
  for (let p = 0; p < PARAGRAPHS; p++) {
    const el = document.createElement('p');
    for (let i = 0; i < NODES_PER_PARAGRAPH; i++) el.appendChild(document.createTextNode(`語${p}-${i} `));
    frag.appendChild(el);
  }
  document.body.replaceChildren(frag);
});

describe('collectPageTextChunked', () => {
  it('yields several times over 50,000 text nodes and matches the one-shot walk', async () => {
    let clock = 0;
    let yields = 0;
    const chunked = await collectPageTextChunked(document.body, {
      style: false,
      budgetMs: 8,
      now: () => clock++, // one tick per clock read: a chunk ends after 8 reads
      yieldFn: async () => {
        yields++;
      },
    });
    const oneShot = collectPageText(document.body, { style: false });
    expect(yields).toBeGreaterThanOrEqual(5);
    expect(chunked.page.text).toBe(oneShot.page.text);
    expect(chunked.page.blocks).toEqual(oneShot.page.blocks);
    expect(chunked.page.blocks).toHaveLength(PARAGRAPHS);
    expect(chunked.map.size).toBe(oneShot.map.size);
    const last = chunked.page.text.lastIndexOf('語999-49');
    expect(chunked.map.toRange(last, last + 7, document)!.toString()).toBe('語999-49');
  });

  it('keeps each chunk near the budget with the real clock', async () => {
    const chunks: number[] = [];
    let started = performance.now();
    await collectPageTextChunked(document.body, {
      budgetMs: 2,
      yieldFn: async () => {
        chunks.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 0));
        started = performance.now();
      },
    });
    // The budget splits the walk into several tasks (their length on a real page: npm run bench).
    expect(chunks.length).toBeGreaterThanOrEqual(2);
  });

  it('stops walking when the signal aborts', async () => {
    const controller = new AbortController();
    let yields = 0;
    let clock = 0;
    const walk = collectPageTextChunked(document.body, {
      style: false,
      signal: controller.signal,
      now: () => clock++,
      yieldFn: async () => {
        yields++;
        if (yields === 2) controller.abort();
      },
    });
    await expect(walk).rejects.toMatchObject({ name: 'AbortError' });
    expect(yields).toBe(2);
  });

  it('rejects at once with an already aborted signal', async () => {
    const reason = new Error('gone');
    await expect(collectPageTextChunked(document.body, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });
});
