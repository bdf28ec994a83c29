import { describe, expect, it } from 'vitest';
import { findOrgNames, orgFromBody, orgFromHeading } from '../../../lib/extract/org';

describe('orgFromHeading', () => {
  const rows: Array<[string, string | null]> = [
    ['【セキュリティ事件簿#2024-353】岡山大学 学生の個人情報が他の学生から閲覧可能となった事案について 2024/8/9', '岡山大学'],
    ['【セキュリティ事件簿#2024-518】株式会社 JR 西日本ヴィアイン フィッシングサイトに誘導するメッセージ配信に関するお詫び', '株式会社 JR 西日本ヴィアイン'],
    ['【セキュリティ事件簿#2024-350】気仙沼市 市立病院における個人データの漏えいのおそれについて  2024/8/7', '気仙沼市 市立病院'],
    ['【セキュリティ事件簿#2024-354】部外秘の人事情報に不正アクセスした新潟市の係長が処分される', '新潟市'],
    ['【セキュリティ事件簿#2023-201】委託先がメール誤送信、講座受講生のメアド流出 - 滋賀県', '滋賀県'],
    ['業務使用が禁止されていたフリーメールへ不正アクセス、添付ファイルの個人情報が流出(島田市) | ScanNetSecurity', '島田市'],
    ['■プレミアム・アウトレット――メルマガ会員の情報約43万件流出の可能性', 'プレミアム・アウトレット'],
    ['■前橋市、市教委のネットワークから全児童生徒の個人情報が流出', '前橋市'],
    ['【セキュリティ事件簿#2024-522】福島県警、ずさんなメールサーバの運用管理により', '福島県警'],
    ['東京商工リサーチ株式会社 個人情報漏えいに関するお詫び', '東京商工リサーチ株式会社'],
    ['個人情報漏えいに関するお詫びとお知らせ | 株式会社サンプル商事', '株式会社サンプル商事'],
    ['個人情報漏えいに関するお詫びとお知らせ', null],
  ];
  it.each(rows)('%s → %s', (heading, org) => {
    expect(orgFromHeading(heading)).toBe(org);
  });
});

describe('findOrgNames', () => {
  it('finds names and skips pronouns and the regulator', () => {
    const names = findOrgNames('同市は個人情報保護委員会に報告した。静岡県島田市と長崎県物産協会、株式会社銀時。').map((n) => n.text);
    expect(names).toEqual(['静岡県島田市', '長崎県物産協会', '株式会社銀時']);
  });
});

describe('orgFromBody', () => {
  const rows: Array<[string, string | null]> = [
    ['日本がん治療認定医機構(事務局:東京都新宿区)は3月22日、不正アクセスにより…', '日本がん治療認定医機構'],
    ['このたび、弊社(株式会社サンプル)が運営するサイトにおいて…', '株式会社サンプル'],
    ['本日は晴天なり。', null],
  ];
  it.each(rows)('%s → %s', (body, org) => {
    expect(orgFromBody(body, 0, body.length)?.org ?? null).toBe(org);
  });
});

describe('organisations without a legal form', () => {
  const rows: Array<[string, string | null]> = [
    ['東芝テックが利用するクラウドサービスに不正アクセス、取引先や従業員の個人情報が閲覧された可能性', '東芝テック'],
    ['山田製作所にランサムウェア攻撃、複数のサーバのデータが暗号化', '山田製作所'],
    ['クラウドサービスが不正アクセスを受け個人情報が流出', null],
  ];
  it.each(rows)('%s → %s', (heading, org) => {
    expect(orgFromHeading(heading)).toBe(org);
  });
  it('takes a news lead\'s subject as the organisation', () => {
    const body = 'セキュリティニュース\nナイスユニは11月25日、同社の公式アカウントが乗っ取られたと発表した。';
    expect(orgFromBody(body, 0, body.length)?.org).toBe('ナイスユニ');
  });
});
