// Hard-wrapped pages (mail archives): paragraphs joined back, spans mapped onto the page's own text.
import { describe, expect, it } from 'vitest';
import { originalRange, unwrapHardLines } from '../../../lib/text/unwrap';
import { extractIncidents } from '../../../lib/pipeline';

/** Wraps `text` at `cols` display columns, as a mail client does (a wide unit that does not fit starts the next line). */
function wrap(text: string, cols = 70): string {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    let width = 0;
    for (const ch of para) {
      const w = /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
      if (width + w > cols) {
        out.push(line);
        line = '';
        width = 0;
      }
      line += ch;
      width += w;
    }
    out.push(line);
  }
  return out.join('\n');
}

const NOTICE =
  '書籍・文具の通販サイト「ヤマブキ書房オンライン」を運営する株式会社ヤマブキ書房(本社:東京都文京区)は6月14日、同サイトが第三者による不正アクセスを受け、顧客の個人情報1万4502名分が流出した可能性があると発表した。このうち2381名分については、クレジットカード情報も含まれるという。流出した可能性があるのは、氏名、住所、電話番号、メールアドレス、カード番号、有効期限である。同社は対象の顧客にメールで連絡し、カード会社と連携して不正利用の監視を続けている。なお、現時点で二次被害は確認されていない。';

describe('unwrapHardLines', () => {
  it('joins a wrapped paragraph and maps each unit back to the page', () => {
    const page = `セキュリティ通信 第412号\n\n■ECサイトで決済画面改ざん\n${wrap(NOTICE)}\n\n■編集後記\n${wrap(NOTICE)}`;
    const u = unwrapHardLines(page)!;
    expect(u).not.toBeNull();
    expect(u.text).toContain(NOTICE);
    expect(u.text).toContain('\n■ECサイトで決済画面改ざん\n');
    for (let i = 0; i < u.text.length; i++) expect(page[u.offsets[i]!], `unit ${i}`).toBe(u.text[i]);
    const at = u.text.indexOf('2381名分');
    const [start, end] = originalRange(u.offsets, at, at + '2381名分'.length);
    expect(page.slice(start, end).replace(/\n/g, '')).toBe('2381名分');
  });

  it('joins quoted lines without the second one\'s 「> 」 and keeps English words apart', () => {
    const quoted = wrap(NOTICE, 68).split('\n').map((l) => `> ${l}`).join('\n');
    const english = wrap('The company said that the attacker used stolen credentials of an administrator account and accessed the database of the online shop. '.repeat(4), 70);
    const u = unwrapHardLines(`${quoted}\n\n${quoted}\n\n${english}`)!;
    expect(u.text).toContain(`> ${NOTICE}`);
    expect(u.text).not.toMatch(/[a-z][A-Z]|administratoraccount/);
  });

  it('never joins a line to a list item, heading mark or rule under it', () => {
    const lines = [wrap(NOTICE), '・氏名、住所、電話番号、メールアドレス、カード番号、有効期限、セキュリティコードの各項目です', '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━', wrap(NOTICE)];
    const u = unwrapHardLines(lines.join('\n'))!;
    expect(u.text).toContain('\n・氏名、住所');
    expect(u.text).toContain('\n━━━');
  });

  it('leaves pages of long prose lines alone, even when their headlines share a length', () => {
    const headlines = Array.from({ length: 12 }, (_, i) => `予約管理クラウドに不正アクセス、温泉旅館と歯科医院で顧客情報流出のおそれ${i % 10}`);
    const prose = Array.from({ length: 12 }, () => NOTICE);
    expect(unwrapHardLines([...headlines, ...prose].join('\n'))).toBeNull();
    expect(unwrapHardLines(NOTICE)).toBeNull();
    expect(unwrapHardLines('短い')).toBeNull();
  });
});

describe('extractIncidents on a hard-wrapped page', () => {
  it('reads the wrapped notice whole and reports spans into the page as given', () => {
    const page = `セキュリティ通信 第412号\n\n◆1.ECサイトで決済画面改ざん、カード情報など流出のおそれ\n${wrap(NOTICE)}\n\n◆2.お知らせ\n${wrap('年末年始のサポート窓口の休業についてお知らせいたします。期間中にいただいたお問い合わせには、1月6日以降に順次回答いたします。ご不便をおかけしますが、何卒よろしくお願いいたします。'.repeat(3))}`;
    const [incident] = extractIncidents({ text: page });
    expect(incident?.total_affected).toBe(14502);
    expect(incident?.org).toBe('株式会社ヤマブキ書房');
    expect(incident?.categories).toEqual(expect.arrayContaining(['address', 'credit_card_number', 'email', 'name', 'phone']));
    for (const c of incident!.counts) expect(page.slice(c.start, c.end)).toBe(c.text);
    for (const m of incident!.category_mentions) expect(page.slice(m.start, m.end)).toBe(m.text);
    expect(page.slice(incident!.span[0], incident!.span[1])).toContain('1万4502');
  });
});
