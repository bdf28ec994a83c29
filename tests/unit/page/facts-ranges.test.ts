// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectPageText } from '../../../lib/dom/page-text';
import { incidentFacts, savedRecordFacts } from '../../../lib/page/facts';
import { factPaintItems, toolbarPlacement } from '../../../lib/page/ranges';
import { extractIncidents } from '../../../lib/pipeline';
import type { Count, Incident } from '../../../lib/types';

const NOTICE =
  '<h2>不正アクセスによる個人情報漏えいのお詫び</h2>' +
  '<p>株式会社サンプルは、当社サーバーが<b>第三者による不正アクセス</b>を受け、お客様の<span>クレジットカード番号</span>を含む個人情報約7.2万件が流出した可能性があると発表した。</p>' +
  '<p>売上への影響は約45万円と見込まれる。</p>';

function setBody(html: string): void {
  document.title = '';
  // eslint-disable-next-line no-restricted-properties
  document.body.innerHTML = html;
}

function scan() {
  const { page, map } = collectPageText(document.body, { style: false });
  const incidents = extractIncidents(page);
  return { page, map, incidents };
}

function count(overrides: Partial<Count>): Count {
  return {
    text: '', start: 0, end: 0, value: 1, min: null, max: null, unit: '件', approx: false, numeric_approx: false,
    hedged: false, victim: true, total: false, qualifiers: [], reason: '', ...overrides,
  };
}

beforeEach(() => setBody(NOTICE));

describe('incidentFacts', () => {
  it('returns victim counts, categories, org and cause, in page order, each with its explanation', () => {
    const { page, incidents } = scan();
    expect(incidents).toHaveLength(1);
    const facts = incidentFacts(incidents[0]!, 0, 'en');
    const kinds = new Set(facts.map((f) => f.kind));
    expect(kinds).toEqual(new Set(['count', 'category', 'org', 'cause']));
    for (const f of facts) expect(page.text.slice(f.start, f.end)).toBe(f.text);
    expect(facts.map((f) => f.start)).toEqual([...facts.map((f) => f.start)].sort((a, b) => a - b));
    const c = facts.find((f) => f.kind === 'count')!;
    expect(c.text).toBe('約7.2万件');
    expect(c.explanation.lines[0]).toBe('≈ 72,000 records, approximate, possibly leaked');
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it('leaves out counts that are not victims (money)', () => {
    const { incidents } = scan();
    const facts = incidentFacts(incidents[0]!, 0, 'en');
    expect(facts.some((f) => f.text.includes('45万円'))).toBe(false);
  });

  it('paints nothing for an incident without facts', () => {
    const empty: Incident = {
      span: [0, 10], heading: null, heading_span: null, org: null, org_span: null, published: null, is_breach: true,
      breach_evidence: [], total_affected: null, counts: [], categories: [], category_mentions: [], cause: null,
      cause_mentions: [], ppc_triggers: [],
    };
    expect(incidentFacts(empty, 'x', 'en')).toEqual([]);
  });
});

describe('savedRecordFacts', () => {
  const text = '当社は1,284件の漏えいを確認。クレジットカード番号とカード番号、氏名。株式会社サンプル';
  const span = { start: 0, end: text.length };

  it('finds stored count texts exactly (1,234件 never paints 1,284件)', () => {
    const record = { id: 'r', org: null, categories: [], counts: [count({ text: '1,234件', value: 1234 })] };
    expect(savedRecordFacts(text, span, record, 'en')).toEqual([]);
    const hit = savedRecordFacts(text, span, { ...record, counts: [count({ text: '1,284件', value: 1284 })] }, 'en');
    expect(hit.map((f) => f.text)).toEqual(['1,284件']);
  });

  it('finds category terms (longest first, no double paint) and the organisation inside the span', () => {
    const facts = savedRecordFacts(text, span, { id: 'r', org: '株式会社サンプル', categories: ['credit_card_number', 'name'], counts: [] }, 'en');
    expect(facts.map((f) => [f.kind, f.text])).toEqual([
      ['category', 'クレジットカード番号'],
      ['category', 'カード番号'],
      ['category', '氏名'],
      ['org', '株式会社サンプル'],
    ]);
  });

  it('stays inside the anchored span', () => {
    const facts = savedRecordFacts(text, { start: 0, end: 5 }, { id: 'r', org: null, categories: ['name'], counts: [] }, 'en');
    expect(facts).toEqual([]);
  });
});

describe('factPaintItems', () => {
  it('maps every fact to a DOM Range over exactly its text, across inline elements', () => {
    const { map, incidents } = scan();
    const facts = incidentFacts(incidents[0]!, 0, 'en');
    const items = factPaintItems(facts, map, document);
    const all = [...items.values()].flat();
    expect(all).toHaveLength(facts.length);
    for (const item of all) {
      const fact = facts.find((f) => f.id === item.id)!;
      expect(item.range.toString()).toBe(fact.text);
    }
    expect(items.get('cause')!.some((i) => i.range.startContainer.parentElement?.localName === 'b' || i.range.toString().includes('不正アクセス'))).toBe(true);
  });

  it('skips facts whose text has no DOM node (the title line) or left the DOM', () => {
    document.title = '不正アクセスのお知らせ';
    const { map } = collectPageText(document, { style: false });
    const items = factPaintItems([{ id: 't', kind: 'cause', start: 0, end: 6, text: '不正アクセス', explanation: { title: '', lines: [] } }], map, document);
    expect(items.size).toBe(0);
  });
});

describe('toolbarPlacement', () => {
  it('goes before the heading block', () => {
    const { map, incidents } = scan();
    const inc = incidents[0]!;
    const place = toolbarPlacement(map, inc.heading_span, inc.span)!;
    expect(place.block.localName).toBe('h2');
    expect(place.parent).toBe(document.body);
    expect(place.before).toBe(document.querySelector('h2'));
  });

  it('goes first inside a list item, and falls back to the span start without a heading', () => {
    setBody('<ul><li><span>お知らせ</span>：不正アクセスにより氏名が漏えいしました。</li></ul>');
    const { map } = collectPageText(document.body, { style: false });
    const place = toolbarPlacement(map, null, [0, 10])!;
    expect(place.block.localName).toBe('li');
    expect(place.parent).toBe(document.querySelector('li'));
    expect(place.before).toBe(document.querySelector('li')!.firstChild);
  });

  it('is null when the text is gone', () => {
    const { map } = collectPageText(document.body, { style: false });
    setBody('');
    expect(toolbarPlacement(map, null, [5, 10])).toBeNull();
  });
});
