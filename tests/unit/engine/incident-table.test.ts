// Tables of incidents, as a browser's innerText (and leakmark's page walker) renders them: a row a line, cells apart by tabs.
import { describe, expect, it } from 'vitest';
import { incidentTable } from '../../../lib/segment/incident-table';
import { lines } from '../../../lib/text/lines';
import { extractIncidents } from '../../../lib/pipeline';

const row = (...cells: string[]) => cells.join('\t');
const HEADER = row('組織名', '公表日', '件数', '原因', '漏えいした(可能性のある)情報');
const ROWS = [
  row('株式会社ハーベスト物流', '2025年5月7日', '約4.6万件', 'ランサムウェア', '取引先担当者の氏名、会社名、電話番号、メールアドレス'),
  row('東浜市', '2025年5月9日', '38人分', '誤送付(封入ミス)', '氏名、住所、介護保険料額'),
  row('株式会社さくらネットメディア', '2025年5月23日', '-', 'DDoS攻撃', 'なし(個人情報の流出は確認されていない)'),
];
const PAGE = `【2025年5月】国内の個人情報漏えい事故 公表一覧\n5月中に公表された事故を掲載しています。\n\n${HEADER}\n${ROWS.join('\n')}\n\n※公表日は各組織が公表した日です。通知書の発送総数は1万2,480通。`;

describe('incidentTable', () => {
  it('finds the header and each row under it, up to the first line that is no row', () => {
    const t = incidentTable(PAGE, lines(PAGE))!;
    expect(PAGE.slice(t.header.start, t.header.end)).toBe(HEADER);
    expect(t.rows.map((r) => PAGE.slice(r.start, r.end))).toEqual(ROWS);
    expect(t.leakColumn).toBe(true);
  });

  const notTables: Array<[string, string]> = [
    ['a notice\'s table of data kinds and counts (no organisation column)', `漏えいした情報\n${row('項目', '件数', '備考')}\n${row('氏名', '1,532件', '')}\n${row('住所', '1,532件', '')}`],
    ['a statistics table (no organisation column)', `${row('年', '件数', '人数', '原因')}\n${row('2023年', '175件', '4,090万人', '不正アクセス')}\n${row('2024年', '189件', '1,586万人', '不正アクセス')}`],
    ['an organisation header with one row only', `${HEADER}\n${ROWS[0]}`],
    ['text with no tab', '組織名 公表日 件数 原因\n株式会社A 2025年5月7日 100件 紛失\n株式会社B 2025年5月8日 200件 紛失'],
  ];
  it.each(notTables)('finds none in %s', (_, text) => {
    expect(incidentTable(text, lines(text))).toBeNull();
  });
});

describe('a table of incidents through the engine', () => {
  it('reports a row each: its organisation, date, count cell, cause and kinds (told as leaked by the header)', () => {
    const got = extractIncidents({ text: PAGE }).map((i) => [i.is_breach, i.org, i.published, i.total_affected, i.cause, [...i.categories].sort()]);
    expect(got).toEqual([
      [true, '株式会社ハーベスト物流', '2025-05-07', 46000, 'malware_ransomware', ['affiliation_occupation', 'email', 'name', 'phone']],
      [true, '東浜市', '2025-05-09', 38, 'misdelivery', ['address', 'financial_amount', 'name']],
      // 「なし(個人情報の流出は確認されていない)」 in its own cell: the attack stays an incident, no breach.
      [false, '株式会社さくらネットメディア', '2025-05-23', null, 'ddos', []],
    ]);
  });
});

describe('a table of incidents with its cells apart by bars (公表日｜組織名｜件数｜原因)', () => {
  const bar = (...cells: string[]) => cells.join('｜');
  const page = [
    '【一覧】2024年11月に公表された個人情報漏えい・紛失事故 - インシデントDBブログ',
    '投稿日：2024年12月2日',
    '',
    bar('公表日', '組織名', '件数', '原因'),
    bar('11/01', '株式会社ハヤセ電機', '顧客情報 約1万2000件', 'ランサムウェア'),
    bar('11/06', '学校法人光陵学園 光陵高等学校', '生徒34人分の成績データ', 'USBメモリ紛失'),
    bar('11/11', '株式会社サンエイ物流', '－', 'DDoS攻撃(情報流出なし)'),
    bar('11/19', '株式会社エムケイ企画', '－(流出は確認されず)', '不正アクセス'),
    bar('11/12', '医療法人社団緑水会 みどり野クリニック', '診療情報 約450人分', '職員による不正閲覧'),
    '',
    '編集部メモ',
  ].join('\n');

  it('finds the rows, the organisation in its cell', () => {
    const t = incidentTable(page.normalize('NFKC'), lines(page.normalize('NFKC')))!;
    expect(t.rows).toHaveLength(5);
    expect(t.orgCells.map((c) => (c ? page.normalize('NFKC').slice(c.start, c.end) : null))).toEqual([
      '株式会社ハヤセ電機', '学校法人光陵学園 光陵高等学校', '株式会社サンエイ物流', '株式会社エムケイ企画', '医療法人社団緑水会 みどり野クリニック',
    ]);
  });

  it("reports a row with a count and a cause that leaks as a breach, dated by its month and day in the page's year", () => {
    const got = extractIncidents({ text: page }).map((i) => [i.is_breach, i.org, i.published, i.total_affected, i.cause]);
    expect(got).toEqual([
      [true, '株式会社ハヤセ電機', '2024-11-01', 12000, 'malware_ransomware'],
      [true, '学校法人光陵学園 光陵高等学校', '2024-11-06', 34, 'loss_theft'],
      [false, '株式会社サンエイ物流', '2024-11-11', null, 'ddos'],
      [false, '株式会社エムケイ企画', '2024-11-19', null, 'unauthorized_access'],
      [true, '医療法人社団緑水会 みどり野クリニック', '2024-11-12', 450, 'insider_misuse'],
    ]);
  });
});

describe("a city's table of its own cases, by department (番号 ⇥ 公表日 ⇥ 担当課 ⇥ 件名 ⇥ 概要)", () => {
  const page = [
    'ページの先頭です',
    '高森原市',
    '事務処理ミス等の公表（令和7年度）',
    '更新日：2026年2月16日',
    '　本市では、基準に基づき、事務処理ミス等を公表しています。令和7年度に公表した事務処理ミス等は次のとおりです。',
    row('番号', '公表日', '担当課', '件名', '概要'),
    row('1', '4月18日', '市民税課', '特別徴収税額決定通知書の誤送付', '従業員12人分の通知書を、誤って別の事業所あてに送付した。氏名、住所が記載されていた。'),
    row('2', '5月9日', '保育幼稚園課', '保育料の算定誤り', '一部の世帯の保育料を誤って算定していた。'),
    row('3', '1月23日', '子育て支援課', '児童手当額改定通知書の誤送付', '受給者38人分の通知書を、別の受給者あてに誤って送付した。氏名、住所が記載されていた。'),
    '',
    '関連情報',
  ].join('\n');

  it('reads its rows as the page issuer\'s cases, each dated in the fiscal year by its month and day', () => {
    const t = incidentTable(page, lines(page))!;
    expect(t.byDepartment).toBe(true);
    const got = extractIncidents({ text: page }).filter((i) => i.is_breach).map((i) => [i.org, i.published, i.total_affected, i.cause]);
    expect(got).toEqual([
      ['高森原市', '2025-04-18', 12, 'misdelivery'],
      ['高森原市', '2026-01-23', 38, 'misdelivery'],
    ]);
  });
});

describe("an association's table of its members' incidents (No. ⇥ 公表日 ⇥ 会員企業名 ⇥ 事案の概要 …)", () => {
  const page = [
    '会員企業における情報セキュリティ事案の一覧',
    row('No.', '公表日', '会員企業名', '事案の概要', '影響件数', '原因区分'),
    row('1', '2025/04/08', '株式会社フルールガーデン', '決済画面が改ざんされ、5月16日までに購入した顧客のカード情報が流出した可能性', '2,318件', '不正アクセス'),
    row('2', '2025/05/22', '有限会社やまびこ農園', 'お届け先リスト(氏名、住所、電話番号)を誤って別の取引先に送信', '412件', '誤送信'),
  ].join('\n');
  it('takes the member\'s column for the organisation and the row\'s first date (not a date in its summary)', () => {
    expect(extractIncidents({ text: page }).filter((i) => i.is_breach).map((i) => [i.org, i.published])).toEqual([
      ['株式会社フルールガーデン', '2025-04-08'],
      ['有限会社やまびこ農園', '2025-05-22'],
    ]);
  });
});
