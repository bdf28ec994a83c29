import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS, catalogSource, chooseSource, langOf, makeT, type MessageSource } from '../../../lib/ui/i18n';
import { categoryLabel, causeLabel } from '../../../lib/ui/labels';
import { CATEGORY_KEYS, CAUSE_KEYS } from '../../../lib/vocabulary';

const root = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('t over a message source', () => {
  it('substitutes named placeholders the way Chrome does', () => {
    const t = makeT(catalogSource({ hi: { message: 'Saved $P1$ of $P2$ ($$)', placeholders: { p1: { content: '$1' }, p2: { content: '$2' } } } }));
    expect(t('hi', 3, 'ten')).toBe('Saved 3 of ten ($)');
  });
  it('shows an unknown key as itself, never blank', () => {
    const fake: MessageSource = () => '';
    expect(makeT(fake)('missing_key')).toBe('missing_key');
  });
  it('passes substitutions to the browser source as strings', () => {
    const calls: unknown[] = [];
    const fake: MessageSource = (key, subs) => (calls.push([key, subs]), 'x');
    makeT(fake)('k', 1, 'a');
    expect(calls).toEqual([['k', ['1', 'a']]]);
  });
  it('follows the forced language, else the browser, else the navigator language', () => {
    const browser: MessageSource = (key) => (key === 'locale' ? 'browser' : '');
    expect(makeT(chooseSource('ja', browser))('save')).toBe('保存');
    expect(makeT(chooseSource('en', browser))('save')).toBe('Save');
    expect(makeT(chooseSource('auto', browser))('locale')).toBe('browser');
    expect(langOf(makeT(chooseSource('auto', null, 'ja-JP')))).toBe('ja');
    expect(langOf(makeT(chooseSource('auto', null, 'fr')))).toBe('en');
  });
});

describe('catalogs', () => {
  it('have the same keys in ja and en, with the same placeholders', () => {
    expect(Object.keys(CATALOGS.ja).sort()).toEqual(Object.keys(CATALOGS.en).sort());
    for (const [key, entry] of Object.entries(CATALOGS.en)) {
      expect(Object.keys(CATALOGS.ja[key]!.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });
  it('use only names Chrome accepts', () => {
    for (const key of Object.keys(CATALOGS.en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
  it('hold every key the UI code asks for literally', () => {
    const files = [...sources(join(root, 'lib/ui')), ...sources(join(root, 'entrypoints/popup')), ...sources(join(root, 'entrypoints/library'))];
    const used = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-z_0-9]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/'((?:col|field|format|invalid|appi_trigger)_[a-z_0-9]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !CATALOGS.en[k] || !CATALOGS.ja[k]);
    expect(missing).toEqual([]);
  });
  it('label every vocabulary category and cause in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      const t = makeT(catalogSource(CATALOGS[lang]));
      for (const key of CATEGORY_KEYS) expect(t(`cat_${key}`), `${lang} cat_${key}`).not.toBe(`cat_${key}`);
      for (const key of CAUSE_KEYS) expect(t(`cause_${key}`), `${lang} cause_${key}`).not.toBe(`cause_${key}`);
    }
    const ja = makeT(catalogSource(CATALOGS.ja));
    expect(categoryLabel('medical', ja)).toBe('健康・医療情報');
    expect(causeLabel(null, ja)).toBe('（原因不明）');
    expect(categoryLabel('no_such_key', ja)).toBe('no_such_key');
  });
  it('name the APPI trigger for every invalid-input kind and trigger', () => {
    for (const k of ['invalid_number', 'invalid_date', 'invalid_empty', 'appi_trigger_sensitive', 'appi_trigger_financial_harm', 'appi_trigger_unlawful_purpose', 'appi_trigger_over_1000_people']) {
      expect(CATALOGS.ja[k], k).toBeDefined();
    }
  });
});
