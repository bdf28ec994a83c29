// @vitest-environment happy-dom
// The page app end to end in happy-dom (no Highlight API there, so the <mark> fallback paints), with
// the background faked by a function that runs the real engine.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectPageTextChunked } from '../../../lib/dom/page-text';
import type { BackgroundProtocol, Req, Res } from '../../../lib/messaging/protocol';
import { createPageApp, LARGE_PAGE_CHARS, type PageAppOptions } from '../../../lib/page/app';
import { ENGINE_VERSION, extractIncidents } from '../../../lib/pipeline';
import type { PageText } from '../../../lib/types';
import { recordFromIncident, type IncidentRecord } from '../../../lib/store';

const HTML = `
<h1>セキュリティニュース</h1>
<article>
<h2>不正アクセスによる個人情報漏えいのお詫び</h2>
<p>株式会社アルファは、当社サーバーが第三者による不正アクセスを受け、お客様1,234名の氏名、住所、クレジットカード番号が流出した可能性があると発表した。</p>
</article>
<article>
<h2>メール誤送信による個人情報漏えいについて</h2>
<p>株式会社ベータは、お知らせメールを送信する際に宛先の設定を誤り、お客様38名分のメールアドレスが他の受信者から見える状態で流出したと発表した。</p>
</article>`;

type Call = { type: keyof BackgroundProtocol; data: unknown };

function fakeBackground(records: IncidentRecord[] = []) {
  const calls: Call[] = [];
  let n = 0;
  const send = vi.fn(async <K extends keyof BackgroundProtocol>(type: K, data: Req<K>): Promise<Res<K>> => {
    calls.push({ type, data });
    switch (type) {
      case 'analyze': {
        const { page } = data as { page: PageText };
        return { incidents: extractIncidents(page), tokenizer: false, engineVersion: ENGINE_VERSION } as Res<K>;
      }
      case 'savedForUrl':
        return { records } as Res<K>;
      case 'saveIncident': {
        const { incident, source } = data as Req<'saveIncident'>;
        const record = recordFromIncident(incident, source, '2024-01-01T00:00:00.000Z', `rec-${++n}`);
        records.push(record);
        return { record, created: true } as Res<K>;
      }
      default:
        return { ok: true } as Res<K>;
    }
  });
  return { send, calls, records, of: (type: keyof BackgroundProtocol) => calls.filter((c) => c.type === type) };
}

function makeApp(bg: ReturnType<typeof fakeBackground>, overrides: Partial<PageAppOptions> = {}) {
  const abort = new AbortController();
  const app = createPageApp({
    doc: document,
    win: window,
    signal: abort.signal,
    send: bg.send as PageAppOptions['send'],
    lang: 'en',
    walk: (d, signal) => collectPageTextChunked(d, { signal, style: false }),
    yieldFn: async () => undefined,
    ui: { shadowMode: 'open', trusted: () => true }, // happy-dom: look inside, and its clicks are not trusted
    ...overrides,
  });
  return { app, abort };
}

function toolbars(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('leakmark-toolbar')];
}

function button(host: HTMLElement, name: RegExp): HTMLButtonElement {
  const found = [...host.shadowRoot!.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  document.title = 'ニュース';
  // eslint-disable-next-line no-restricted-properties
  document.body.innerHTML = HTML;
  history.replaceState(null, '', '/news/1');
});

describe('createPageApp', () => {
  it('analyzes the page text off-page, paints the facts, puts a toolbar before each breach and reports', async () => {
    const bg = fakeBackground();
    const { app } = makeApp(bg);
    expect(await app.scan()).toBe('scanned');
    const [analyze] = bg.of('analyze');
    const text = (analyze!.data as { page: PageText }).page.text;
    expect(text).toContain('株式会社アルファ');
    const incidents = extractIncidents({ text, blocks: (analyze!.data as { page: PageText }).page.blocks });
    const breaches = incidents.filter((i) => i.is_breach).length;
    expect(breaches).toBe(2);
    expect(toolbars()).toHaveLength(breaches);
    expect(app.painted).toBe(breaches);
    expect(document.querySelectorAll('mark[data-leakmark="count"]').length).toBeGreaterThan(0);
    expect([...document.querySelectorAll('mark[data-leakmark="count"]')].map((m) => m.textContent)).toContain('1,234名');
    expect(document.querySelectorAll('leakmark-legend')).toHaveLength(1);
    // the toolbar sits before its heading, and the page's own text is unchanged
    expect(toolbars()[0]!.nextElementSibling?.localName).toBe('h2');
    expect(document.body.textContent).toContain('お客様1,234名の氏名');
    const [report] = bg.of('reportPage');
    const reported = report!.data as Req<'reportPage'>;
    expect(reported.incidents.filter((t) => t.incident.is_breach)).toHaveLength(breaches);
    expect(reported.page.url).toContain('/news/1');
    expect(reported.page.pageHash).toMatch(/^fnv1a:/);
  });

  it('on a page with more text than largePageChars (LARGE_PAGE_CHARS), paints the facts and reports, but puts no toolbar or legend in the page', async () => {
    expect(LARGE_PAGE_CHARS).toBeGreaterThan(100_000);
    const bg = fakeBackground();
    const { app } = makeApp(bg, { largePageChars: 100 });
    expect(await app.scan()).toBe('scanned');
    expect(app.painted).toBe(2);
    expect(document.querySelectorAll('mark[data-leakmark="count"]').length).toBeGreaterThan(0);
    expect(toolbars()).toHaveLength(0);
    expect(document.querySelectorAll('leakmark-legend')).toHaveLength(0);
    const [report] = bg.of('reportPage');
    expect((report!.data as { incidents: unknown[] }).incidents.length).toBeGreaterThanOrEqual(2);
  });

  it('does not analyze again when the text did not change', async () => {
    const bg = fakeBackground();
    const { app } = makeApp(bg);
    await app.scan();
    expect(await app.scan()).toBe('unchanged');
    expect(bg.of('analyze')).toHaveLength(1);
    expect(await app.scan({ force: true })).toBe('scanned');
    expect(bg.of('analyze')).toHaveLength(2);
  });

  it('repaints without analyzing again when the page re-renders the same text with new nodes', async () => {
    const bg = fakeBackground();
    const { app } = makeApp(bg);
    await app.scan();
    const bars = toolbars().length;
    const marks = document.querySelectorAll('mark[data-leakmark]').length;
    expect(bars).toBeGreaterThan(0);
    expect(marks).toBeGreaterThan(0);
    // What a framework does: the same markup, new nodes (leakmark's own toolbars and marks are gone).
    for (const article of [...document.querySelectorAll('article')]) {
      const fresh = article.cloneNode(true) as HTMLElement;
      for (const el of [...fresh.querySelectorAll('leakmark-toolbar')]) el.remove();
      for (const mark of [...fresh.querySelectorAll('mark[data-leakmark]')]) mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
      fresh.normalize();
      article.replaceWith(fresh);
    }
    expect(toolbars().length).toBe(0);
    expect(await app.scan()).toBe('repainted');
    expect(bg.of('analyze')).toHaveLength(1);
    expect(toolbars().length).toBe(bars);
    expect(document.querySelectorAll('mark[data-leakmark]').length).toBe(marks);
    for (const mark of document.querySelectorAll('mark[data-leakmark]')) expect(mark.isConnected).toBe(true);
    // Nothing moved since: no more work.
    expect(await app.scan()).toBe('unchanged');
  });

  it('Save sends the incident with a W3C source of its span, then shows Saved and ignores more clicks', async () => {
    const bg = fakeBackground();
    const { app } = makeApp(bg);
    await app.scan();
    const save = button(toolbars()[0]!, /^Save$/);
    save.click();
    await flush();
    const [call] = bg.of('saveIncident');
    const { incident, source, page } = call!.data as Req<'saveIncident'>;
    const text = (bg.of('analyze')[0]!.data as { page: PageText }).page.text;
    expect(source.quote.exact).toBe(text.slice(incident.span[0], incident.span[1]));
    expect(source.position).toEqual({ start: incident.span[0], end: incident.span[1] });
    expect(source.engineVersion).toBe(ENGINE_VERSION);
    expect(source.pageHash).toBe(page.pageHash);
    expect(save.textContent).toBe('Saved');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    save.click();
    await flush();
    expect(bg.of('saveIncident')).toHaveLength(1);
  });

  it('shows incidents saved on an earlier visit as saved', async () => {
    const first = fakeBackground();
    const one = makeApp(first);
    await one.app.scan();
    button(toolbars()[1]!, /^Save$/).click();
    await flush();
    one.abort.abort();
    expect(toolbars()).toHaveLength(0);

    const second = fakeBackground([...first.records]);
    const { app } = makeApp(second);
    await app.scan();
    expect(button(toolbars()[1]!, /Save/).textContent).toBe('Saved');
    expect(button(toolbars()[0]!, /Save/).textContent).toBe('Save');
    const reported = second.of('reportPage')[0]!.data as Req<'reportPage'>;
    expect(reported.incidents.filter((t) => t.savedId === 'rec-1')).toHaveLength(1);
  });

  it('paints saved records the engine no longer detects, from their stored count texts', async () => {
    const bg = fakeBackground();
    const { app, abort } = makeApp(bg);
    await app.scan();
    button(toolbars()[0]!, /^Save$/).click();
    await flush();
    abort.abort();
    // The page now says something the detector does not take as a breach, with the same sentence kept.
    const saved = bg.records[0]!;
    const orphanOnly = fakeBackground([saved]);
    orphanOnly.send.mockImplementation((async (type: string) => {
      if (type === 'analyze') return { incidents: [], tokenizer: false, engineVersion: ENGINE_VERSION };
      if (type === 'savedForUrl') return { records: [saved] };
      return { ok: true };
    }) as never);
    const { app: again } = makeApp(orphanOnly);
    await again.scan();
    expect(toolbars()).toHaveLength(0);
    expect([...document.querySelectorAll('mark[data-leakmark="count"]')].map((m) => m.textContent)).toEqual(['1,234名']);
  });

  it('"Not a breach" remembers the dismissal and removes that incident from the page', async () => {
    const bg = fakeBackground();
    const { app } = makeApp(bg);
    await app.scan();
    button(toolbars()[1]!, /Not a breach/).click();
    await flush();
    await flush();
    const [call] = bg.of('dismiss');
    expect((call!.data as Req<'dismiss'>).quote.startsWith('メール誤送信による個人情報漏えいについて')).toBe(true);
    expect(toolbars()).toHaveLength(1);
    expect([...document.querySelectorAll('mark[data-leakmark="count"]')].map((m) => m.textContent)).not.toContain('38名分');
  });

  it('hides dismissed incidents found again on a later visit', async () => {
    const bg = fakeBackground();
    const { app } = makeApp(bg, { loadDismissed: async () => ['メール誤送信による個人情報漏えいについて'] });
    await app.scan();
    expect(toolbars()).toHaveLength(1);
    const reported = bg.of('reportPage')[0]!.data as Req<'reportPage'>;
    expect(reported.incidents.filter((t) => t.dismissed)).toHaveLength(1);
  });

  it('saveAll saves each shown incident once', async () => {
    const bg = fakeBackground();
    const { app } = makeApp(bg);
    await app.scan();
    expect(await app.saveAll()).toBe(2);
    expect(await app.saveAll()).toBe(0);
    expect(bg.of('saveIncident')).toHaveLength(2);
  });

  it('lists each incident\'s facts as focusable buttons that show the explanation card', async () => {
    const bg = fakeBackground();
    const { app } = makeApp(bg);
    await app.scan();
    const bar = toolbars()[0]!;
    const toggle = button(bar, /Facts/);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const items = [...bar.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.fact')];
    expect(items.length).toBeGreaterThan(2);
    const countItem = items.find((b) => b.dataset.kind === 'count')!;
    expect(countItem.textContent).toContain('1,234 people');
    countItem.dispatchEvent(new FocusEvent('focus'));
    const card = document.querySelector('leakmark-card') as HTMLElement;
    expect(card).not.toBeNull();
    expect(card.style.getPropertyValue('display')).toBe('block');
  });

  it('places the selection in the page text for a context-menu save', async () => {
    const bg = fakeBackground();
    const { app } = makeApp(bg);
    const p = document.querySelectorAll('p')[1]!;
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 6);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    const placed = await app.selectionSource('株式会社ベータ');
    expect(placed.found).toBe(true);
    if (!placed.found) return;
    expect(placed.text).toBe('株式会社ベー');
    expect(placed.quote.exact).toBe('株式会社ベー');
    expect(placed.quote.suffix.startsWith('タは')).toBe(true);
    window.getSelection()!.removeAllRanges();
    const byText = await app.selectionSource('株式会社ベータ');
    expect(byText.found && byText.text).toBe('株式会社ベータ');
    expect((await app.selectionSource('どこにもない文')).found).toBe(false);
  });

  it('abort removes everything it added', async () => {
    const bg = fakeBackground();
    const { app, abort } = makeApp(bg);
    await app.scan();
    expect(document.querySelectorAll('leakmark-toolbar, leakmark-legend, mark[data-leakmark]').length).toBeGreaterThan(0);
    abort.abort();
    expect(document.querySelectorAll('leakmark-toolbar, leakmark-legend, leakmark-card, mark[data-leakmark]')).toHaveLength(0);
    expect(document.body.textContent).toContain('お客様1,234名の氏名、住所');
  });

  it('never parses page text as HTML (an organisation named like markup stays text)', async () => {
    // eslint-disable-next-line no-restricted-properties
    document.body.innerHTML =
      '<h2>不正アクセスによる個人情報漏えいのお詫び</h2><p>&lt;img src=x onerror=alert(1)&gt;株式会社は、不正アクセスを受け、お客様1,234名の氏名が流出したと発表した。</p>';
    const bg = fakeBackground();
    const { app } = makeApp(bg);
    await app.scan();
    for (const bar of toolbars()) expect(bar.shadowRoot!.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('reveal', () => {
  it('scrolls to and focuses the toolbar of a saved incident; false for unknown records', async () => {
    const bg = fakeBackground();
    const { app } = makeApp(bg);
    await app.scan();
    const { record } = await app.saveIndex(1);
    const bar = toolbars()[1]!;
    const scrolled = vi.fn();
    bar.scrollIntoView = scrolled;
    expect(await app.reveal(record.id)).toBe(true);
    expect(scrolled).toHaveBeenCalled();
    expect(bar.shadowRoot!.activeElement?.textContent).toBe('Saved');
    expect(await app.reveal('no-such-record')).toBe(false);
  });
});

describe("the page's own scripts and leakmark's UI", () => {
  it('by default the toolbars and the legend are closed shadow roots, and saving shows nothing on the host', async () => {
    const bg = fakeBackground();
    const { app } = makeApp(bg, { ui: undefined });
    await app.scan();
    expect(toolbars().length).toBeGreaterThan(0);
    for (const bar of toolbars()) expect(bar.shadowRoot).toBeNull();
    expect(document.querySelector<HTMLElement>('leakmark-legend')!.shadowRoot).toBeNull();
    const attrs = () => toolbars().map((bar) => bar.getAttributeNames().map((n) => `${n}=${bar.getAttribute(n)}`).join(' '));
    const before = attrs();
    await app.saveIndex(0);
    expect(attrs()).toEqual(before);
  });

  it('a script click (untrusted) on Save, Not a breach or a fact does nothing; a trusted one saves', async () => {
    const bg = fakeBackground();
    let trusted = false;
    const { app } = makeApp(bg, { ui: { shadowMode: 'open', trusted: () => trusted } });
    await app.scan();
    const bar = toolbars()[0]!;
    button(bar, /^Save$/).click();
    button(bar, /Not a breach/).click();
    bar.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await flush();
    expect(bg.of('saveIncident')).toHaveLength(0);
    expect(bg.of('dismiss')).toHaveLength(0);
    expect(bar.shadowRoot!.querySelector('ul')!.hidden).toBe(true);
    trusted = true;
    button(bar, /^Save$/).click();
    await flush();
    expect(bg.of('saveIncident')).toHaveLength(1);
  });
});
