import { describe, expect, it } from 'vitest';
import { fnv1a, pageHash, pageHashSliced } from '../../../lib/page/hash';
import { pickLanguage, STRINGS } from '../../../lib/page/strings';

describe('fnv1a', () => {
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('%j → %s (the published 32-bit FNV-1a vectors)', (text, hex) => {
    expect(fnv1a(text)).toBe(hex);
  });

  it('tells close texts apart and is stable', () => {
    expect(fnv1a('1,234件')).not.toBe(fnv1a('1,284件'));
    expect(pageHash('漏えい')).toBe(pageHash('漏えい'));
    expect(pageHash('漏えい')).toMatch(/^fnv1a:[0-9a-f]{8}:3$/);
  });

  it('sliced (yielding between slices) gives the same hash as in one go', async () => {
    const text = '株式会社サンプル、1,234名の氏名が流出。\n'.repeat(500);
    let yields = 0;
    const sliced = await pageHashSliced(text, async () => void yields++, 1000);
    expect(sliced).toBe(pageHash(text));
    expect(yields).toBe(Math.ceil(text.length / 1000) - 1);
    expect(await pageHashSliced('', async () => undefined)).toBe(pageHash(''));
  });
});

describe('pickLanguage', () => {
  it.each<[Parameters<typeof pickLanguage>[0], string | undefined, 'ja' | 'en']>([
    ['auto', 'ja', 'ja'],
    ['auto', 'ja-JP', 'ja'],
    ['auto', 'en-US', 'en'],
    ['auto', 'jv', 'en'],
    [undefined, undefined, 'en'],
    ['ja', 'en-US', 'ja'],
    ['en', 'ja', 'en'],
  ])('setting %s, UI %s → %s', (setting, ui, lang) => {
    expect(pickLanguage(setting, ui)).toBe(lang);
  });

  it('names the save control 保存 / Save and the saved state 保存済み / Saved', () => {
    expect(STRINGS.ja.save).toContain('保存');
    expect(STRINGS.ja.saved).toBe('保存済み');
    expect(STRINGS.en.save).toContain('Save');
    expect(STRINGS.en.saved).toBe('Saved');
    expect(STRINGS.ja.dismiss).toBe('誤検出');
    expect(STRINGS.en.dismiss).toBe('Not a breach');
  });
});
