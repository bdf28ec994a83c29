// leadSubject must find exactly what the plain LEAD_SUBJECT pattern finds (it only skips where no match can start).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { leadSubject, subjectTopic } from '../../../lib/extract/org';

const LEAD_DATE = '、?(?:現地時間|日本時間|米国時間|ことし|今年|昨年|去年)?(?:\\d{4}年|(?:令和|平成)(?:\\d{1,2}|元)年)?(?:\\d{1,2}月)?\\d{1,2}日(?:付)?[、に]';
const PLAIN_SUBJECT = /(?:^|[。\n])\s*(?<org>[^。\n、はがをにで「」]{2,25}?)は、/u;
const PLAIN = new RegExp(`(?:^|[。\\n])\\s*(?<org>(?:[^。\\n、は]|は(?!${LEAD_DATE})){2,60}?)(?:[(（][^()（）]{0,30}[)）])?(?<particle>[はが])${LEAD_DATE}`, 'u');

const dir = new URL('../../fixtures/synthetic/', import.meta.url);
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
const ALPHABET = ['は', 'は、', 'が', '、', '。', '\n', ' ', '\u3000', '1', '2', '日', '月', '年', '令和', '市', '株式会社', '(', ')', 'に', '付', 'あ'];

function bodies(count: number): string[] {
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      const t = texts[Math.floor(rnd() * texts.length)]!;
      const at = Math.floor(rnd() * t.length);
      out.push(t.slice(at, at + 1500));
    } else {
      let s = '';
      for (let j = Math.floor(rnd() * 400); j > 0; j--) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
      out.push(s);
    }
  }
  return out;
}

describe('leadSubject and subjectTopic', () => {
  const cases: Array<[string, RegExp, (body: string) => RegExpExecArray | null]> = [
    ['leadSubject', PLAIN, leadSubject],
    ['subjectTopic', PLAIN_SUBJECT, subjectTopic],
  ];
  it.each(cases)('%s matches what its plain pattern matches, on 4,000 fixture cuts and random strings', (_name, plain, scan) => {
    const differ = bodies(4000).filter((b) => {
      const want = plain.exec(b);
      const got = scan(b);
      return want?.index !== got?.index || want?.[0] !== got?.[0];
    });
    expect(differ).toEqual([]);
  });
  it('finds a lead after a long run of spaces and a long body without one', () => {
    expect(leadSubject(`${'あ'.repeat(400)}。${' '.repeat(300)}新潟市は9日、発表した。`)?.groups?.org).toBe('新潟市');
    expect(leadSubject('あ。'.repeat(500))).toBeNull();
  });
});
