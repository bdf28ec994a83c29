import { describe, expect, it } from 'vitest';
import { CATEGORIES, CAUSES, CATEGORY_KEYS, CAUSE_KEYS } from '../../lib/vocabulary';

describe('vocabulary', () => {
  it('has the category and cause keys the CLI outputs', () => {
    expect(CATEGORY_KEYS).toContain('credit_card_number');
    expect(CATEGORY_KEYS).toContain('unspecified_personal_info');
    expect(CAUSE_KEYS).toContain('unauthorized_access');
    expect(CAUSE_KEYS).toContain('mail_relay_abuse');
  });
  it('gives every category a VERIS variety and Japanese surface forms', () => {
    for (const [key, entry] of Object.entries(CATEGORIES)) {
      expect(entry.ja.length, key).toBeGreaterThan(0);
      expect(entry.veris, key).toMatch(/^[A-Z][a-z]+$/);
    }
    for (const [key, entry] of Object.entries(CAUSES)) expect(entry.ja.length, key).toBeGreaterThan(0);
  });
});
