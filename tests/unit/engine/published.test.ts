// The date each incident was announced: rows of short pages with the date the engine must (or must not) give.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/pipeline';

const article = (body: string, byline: string) =>
  `通販サイトに不正アクセス - 顧客情報流出の可能性\n\n${body}顧客の氏名、住所、電話番号が流出した可能性がある。\n\n${byline}\n`;

describe('published', () => {
  const rows: Array<[string, string, string | null]> = [
    [
      'a news byline in brackets with share buttons after it',
      article('同サイトを運営するハーベストリンクが6月5日に発表したもの。', '(Security NEXT - 2024/06/07 ) このエントリーをはてなブックマークに追加'),
      '2024-06-05',
    ],
    [
      'a sentence opening with the day it was announced',
      article('同大は8月6日に同サイトを停止し、個人情報保護委員会へ報告した。8月20日に発表を行い、対象者に謝罪した。', '(Security NEXT - 2024/08/22 )'),
      '2024-08-20',
    ],
    [
      'not the day of another act in a chain (停止し、…へ報告)',
      article('同大は8月6日に同サイトを停止し、個人情報保護委員会へ報告した。', '(Security NEXT - 2024/08/22 )'),
      '2024-08-22',
    ],
    [
      'not a later report\'s reference back to the first (公表いたしました、…につきまして)',
      article('同社は8月30日、2024年8月5日に公表いたしました、当社サーバーへの不正アクセスにつきまして続報を発表した。', '(Security NEXT - 2024/09/02 )'),
      '2024-08-30',
    ],
    [
      'a day in a list newest first, a day after the item below it',
      '【事件簿#2024-412】USBメモリーを紛失 湊原市\n湊原市は14日、教諭が児童63人分の成績を保存したUSBメモリーを紛失したと発表しました。氏名と成績が保存されていた。\n【事件簿#2024-411】株式会社ミナセ商会 不正アクセスに関するお知らせ 2024/9/13\n株式会社ミナセ商会は、不正アクセスにより顧客の氏名と住所、電話番号、メールアドレスが流出した可能性があると発表しました。調査は続いています。',
      '2024-09-14',
    ],
    [
      'a notice\'s own dated line over the page\'s update date',
      '委託先における市民意識調査の個人情報の漏えいについて(お詫び)\n更新日:2024年11月21日\nページ番号:0012874\n令和6年11月20日\n 本市が実施した市民意識調査において、委託事業者が回答者の氏名と住所を含むファイルを閲覧可能な状態にしていたことが判明しました。',
      '2024-11-20',
    ],
  ];
  it.each(rows)('%s', (_label, page, iso) => {
    expect(extractIncidents({ text: page })[0]?.published ?? null).toBe(iso);
  });

  it('dates a notice by the date over its issuer after the apology, not the page\'s later update', () => {
    const page = [
      '東区役所における申請書類の紛失について(お詫び)',
      'ホーム', 'くらし', '健康・福祉', '子育て', 'まちづくり', '市政情報', '観光', '防災', '事業者向け', '各区役所', 'お知らせ・お詫び',
      '東区役所における申請書類の紛失について(お詫び)',
      'Xでポスト', 'Facebookでシェア', 'LINEで送る',
      'ページ番号1014587 更新日 2024年6月12日',
      '印刷', '大きな文字で印刷',
      ' このたび、東区役所保険年金課において、市民の皆様からお預かりした国民健康保険の申請書類を紛失する事案が発生しました。'.repeat(3),
      '令和6年6月5日',
      '北浜市東区長 川端 宏明',
      '1 事案の概要',
      '申請書12件(世帯主及び被保険者の氏名、住所、生年月日)の所在が不明となっていることが判明しました。',
      '2 経緯', '令和6年5月20日(月曜日)', '申請者の方から問い合わせがあり、確認したところ判明しました。',
      '3 今後の対応', '書類の管理を徹底します。',
    ].join('\n');
    expect(extractIncidents({ text: page })[0]?.published).toBe('2024-06-05');
  });

  it('completes a day from the item above, not from the earlier release reprinted inside it', () => {
    const page = [
      '【セキュリティ事件簿#2025-262】株式会社やまぶき園芸 不正アクセスによる個人情報漏えいに関するお詫び(第2報) 2025/8/29',
      '株式会社やまぶき園芸は、お客様の氏名、住所、電話番号が流出した可能性があると発表しました。',
      '【2025年7月8日リリース分】',
      'このたび、当社サイトが不正アクセスを受け、お客様の個人情報が流出した可能性があることが判明しました。',
      '【セキュリティ事件簿#2025-261】教諭が生徒の成績入りUSBメモリを紛失 - 白鷺市教委',
      '白鷺市教育委員会は22日、市立中学校の教諭が、生徒142人分の氏名と成績が入ったUSBメモリーを紛失したと発表した。',
    ].join('\n');
    expect(extractIncidents({ text: page }).at(-1)?.published).toBe('2025-08-22');
  });

  it('dates each report of a notice page by the date over its own title, not the next report\'s', () => {
    const page = [
      '【第2報】WEB予約システムへの不正アクセスによる患者様情報の漏えいについて|みなと台内科クリニック',
      'ホーム', '診療案内', 'アクセス', 'お知らせ', '採用情報', 'よくある質問', '', '',
      '2025/3/27',
      '【第2報】WEB予約システムへの不正アクセスによる患者様情報の漏えいについて',
      '2025年3月19日にお知らせいたしました不正アクセスにつきまして、調査結果をご報告いたします。',
      '当院をご利用の患者様の氏名、生年月日、電話番号が外部に持ち出されたことが確認されました。',
      '', '2025/3/19',
      '【第1報】WEB予約システムの停止について',
      '当院が利用しているWEB予約システムに不正アクセスが確認されたため、システムを停止しております。',
      '患者様情報への影響の有無については、現在調査を進めております。判明次第、改めてお知らせいたします。',
    ].join('\n');
    expect(extractIncidents({ text: page }).map((i) => i.published)).toEqual(['2025-03-27', '2025-03-19']);
  });

  it('dates each of several items by a bare date just over its title (a news page of dated notices)', () => {
    const item = (date: string, title: string) => `${date}\n${title}\n本学の学内サーバーがランサムウェアに感染し、学生の氏名、住所が漏えいした可能性があります。\n`;
    const page = `ニュース\n${item('2026.11.18', 'ランサムウェア被害による個人情報漏えいの可能性について(第2報)')}――――――――――\n${item('2026.10.30', '本学システムへのランサムウェア攻撃による個人情報漏えいについて(第1報)')}`;
    expect(extractIncidents({ text: page }).map((i) => i.published)).toEqual(['2026-11-18', '2026-10-30']);
  });

  it('dates a report by a bare date on the line under its title, not by a case\'s time of occurrence', () => {
    const page = [
      '【第3報】ランサムウェア被害による個人情報漏えいについて|コープあさひ野',
      'ホーム', '店舗案内', '宅配', '商品情報', '組合員活動', 'よくある質問', 'お問い合わせ', '', '',
      '2026年11月25日',
      '【第3報】ランサムウェア被害による個人情報漏えいについて',
      '外部専門機関による調査が完了し、会員様17万6,542名の氏名、住所、電話番号の漏えいが確認されました。',
      '',
      '【第2報】ランサムウェア被害による個人情報漏えいの可能性について',
      '2026年10月31日',
      '調査の中間報告を受け、会員様最大約19万人の氏名、住所が漏えいした可能性があることが判明しました。',
    ].join('\n');
    expect(extractIncidents({ text: page }).map((i) => i.published)).toEqual(['2026-11-25', '2026-10-31']);
  });
});
