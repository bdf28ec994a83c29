// The category scan's shortcuts (a trie of surface forms, a scan two units a turn, isNegatedAfter
// asked only where a negation unit stands, the leak decision kept per sentence, line and sentence
// lookups stepping right) must answer as the plain scan did. Each case passes on the code before them.
import { describe, expect, it } from 'vitest';
import { extractCategories } from '../../../lib/extract/categories';
import { lines, sentences, within } from '../../../lib/text/lines';
import { foldWidth } from '../../../lib/text/normalize';

function mentionsOf(raw: string, start = 0, end?: number, heading?: { start: number; end: number }): string[] {
  const text = foldWidth(raw);
  const to = end ?? text.length;
  const result = extractCategories(text, start, to, lines(text), within(sentences(text), start, to), heading);
  return result.mentions.map((m) => `${m.key}@${m.start}:${m.text}`);
}

describe('category scan', () => {
  it('takes the longest form at a position, and the next form after it', () => {
    expect(mentionsOf('流出した情報:クレジットカード番号、カード名義人名、メールアドレス')).toEqual([
      'credit_card_number@7:クレジットカード番号',
      'card_holder_name@18:カード名義人名',
      'email@26:メールアドレス',
    ]);
  });

  it('takes no form that runs past the end of the range', () => {
    const raw = '流出した情報:氏名、メールアドレス';
    expect(mentionsOf(raw, 0, raw.length - 2)).toEqual(['name@7:氏名']);
    expect(mentionsOf(raw)).toEqual(['name@7:氏名', 'email@10:メールアドレス']);
  });

  it('finds forms at odd and even offsets, at the range start and end', () => {
    expect(mentionsOf('氏名・住所・電話番号')).toEqual(['name@0:氏名', 'address@3:住所', 'phone@6:電話番号']);
    expect(mentionsOf('x氏名・住所・電話番号')).toEqual(['name@1:氏名', 'address@4:住所', 'phone@7:電話番号']);
    expect(mentionsOf('漏えいした項目:年齢、性別')).toEqual(['age@8:年齢', 'gender@11:性別']);
  });

  it('takes a one-unit form (組) as a list item', () => {
    expect(mentionsOf('・学年、組、出席番号、氏名')).toEqual(['education_record@1:学年', 'education_record@4:組', 'education_record@6:出席番号', 'name@11:氏名']);
    expect(mentionsOf('学籍状態区分、学年、組、氏名')).toEqual([
      'education_record@0:学籍状態区分',
      'education_record@7:学年',
      'education_record@10:組',
      'name@12:氏名',
    ]);
  });

  it('asks about negation only within isNegatedAfter\'s window of 120 units', () => {
    const filler = 'あ'.repeat(130);
    expect(mentionsOf(`流出した情報:氏名、住所${filler}はありません。`)).toEqual(['name@7:氏名', 'address@10:住所']);
    expect(mentionsOf('流出した情報:氏名、住所はありません。')).toEqual([]);
    expect(mentionsOf('氏名、住所は含まれておりませんが、メールアドレスが流出しました。')).toEqual(['email@17:メールアドレス']);
  });

  it('keeps each sentence\'s leak decision when a short word asks first', () => {
    expect(mentionsOf('IDとメールアドレスが流出しました。')).toEqual(['email@3:メールアドレス']);
    expect(mentionsOf('ID、パスワード、メールアドレスが流出しました。')).toEqual([
      'login_id@0:ID',
      'password@3:パスワード',
      'email@9:メールアドレス',
    ]);
    expect(mentionsOf('お知らせ。IDと氏名について')).toEqual([]);
  });

  it('finds the line and sentence of candidates far apart and after empty lines', () => {
    const raw = ['漏えいした情報', '・氏名', ...Array.from({ length: 20 }, () => ''), '・住所', '', '', '本文です。', '・電話番号'].join('\n');
    expect(mentionsOf(raw)).toEqual([`name@9:氏名`, `address@${raw.indexOf('住所')}:住所`, `phone@${raw.indexOf('電話番号')}:電話番号`]);
  });
});
