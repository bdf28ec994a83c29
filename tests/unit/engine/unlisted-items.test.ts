import { describe, expect, it } from 'vitest';
import { extractCategories } from '../../../lib/extract/categories';
import { lines, sentences } from '../../../lib/text/lines';
import { foldWidth } from '../../../lib/text/normalize';

/** The mentions extractCategories reports, as "key:text", in text order. */
function mentionsOf(raw: string): string[] {
  const text = foldWidth(raw);
  return extractCategories(text, 0, text.length, lines(text), sentences(text)).mentions.map((m) => `${m.key}:${m.text}`);
}

describe('unnamed items of a data list (unlistedItems, through extractCategories)', () => {
  const mustFind: Array<[string, string]> = [
    ['流出したのは患者の氏名、入院日、手術日、生年月日です。', 'medical:入院日'],
    ['漏えいした情報:氏名、住所、支店名、口座種別', 'bank_account:口座種別'],
    ['誤送付した書類には氏名、住所、支店名、口座番号が記載されていた。', 'bank_account:支店名'],
    ['流出した可能性があるのは生徒の氏名、学級、定期テストの得点等です。', 'education_record:定期テストの得点'],
    ['紛失した書類には氏名、住所、家屋の評価額が記載されていた。', 'financial_amount:家屋の評価額'],
    ['漏えいしたのは氏名、証券番号、保険金額です。', 'insurance_info:保険金額'],
    ['流出したのは氏名、電話番号、ご宿泊プランの情報です。', 'purchase_history:ご宿泊プラン'],
    ['項目:カルテ番号、氏名(フリガナ)、生年月日、電話番号、最終来院日、治療内容(処置名)', 'medical:治療内容'],
  ];
  it.each(mustFind)('finds %s → %s', (text, mention) => {
    expect(mentionsOf(text)).toContain(mention);
  });

  const mustNotFind: Array<[string, string]> = [
    ['流出したのは氏名、住所、趣味です。', '趣味: its words tell no kind (left out, not `other`)'],
    ['流出したのは氏名、住所、電話番号で、口座情報は含まれておりません。', '口座情報 is negated after で、'],
    ['流出したのは氏名、住所、計1,234件です。', 'a count is no item'],
    ['流出したのは氏名、住所、その他の情報です。', 'その他 is the list\'s tail'],
    ['流出したのは氏名、住所。同社は入院患者への連絡を進めている。', 'a new sentence after the list'],
    ['入院日、手術日を確認してください。', 'no named item accepted as leaked'],
    ['流出したのは氏名、住所、当社が保管していた入院日の記録です。', 'prose is no item'],
  ];
  it.each(mustNotFind)('finds no unnamed item in %s (%s)', (text) => {
    const named = new Set(['氏名', '住所', '電話番号', '口座情報']);
    expect(mentionsOf(text).filter((m) => !named.has(m.split(':')[1]!))).toEqual([]);
  });
});
