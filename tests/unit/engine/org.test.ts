import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/pipeline';
import { findOrgNames, orgFromBody, orgFromHeading } from '../../../lib/extract/org';
import { orgFromSelfReference, orgFromSignature, orgFromSignatureLine } from '../../../lib/extract/org-signature';
import { lines } from '../../../lib/text/lines';

describe('orgFromHeading', () => {
  const rows: Array<[string, string | null]> = [
    ['【セキュリティ事件簿#2024-598】しらかば信用組合 お客さま情報を記録した帳票の誤廃棄について 2024/12/10', 'しらかば信用組合'],
    ['【セキュリティ事件簿#2025-312】生活協同組合コープみどり野 組合員様への書類の誤封入について 2025/7/9', '生活協同組合コープみどり野'],
    ['歯科医院の電子カルテシステムにランサムウェア攻撃、患者の情報が暗号化 | ScanNetSecurity', null],
    ['【セキュリティ事件簿#2025-304】岡見県立みなと高等学校 生徒アンケートの回答内容が閲覧可能となっていた事案について', '岡見県立みなと高等学校'],
    ['リース返却後のHDDがフリマアプリに出品、患者の病名含む情報が流出(なぎさ市民病院) | ScanNetSecurity', 'なぎさ市民病院'],
    ['子育て支援センターからのメール誤送信について - 和泉沢市ホームページ', '和泉沢市'],
    ['一部のお客様アカウントへの不正ログインに関するお知らせ – らくよやく ヘルプセンター', null],
    ['不正アクセスによる個人情報漏えいに関するお詫びとご報告(第3報・最終報)|株式会社ミナトヤ本舗のプレスリリース', '株式会社ミナトヤ本舗'],
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
    ['【セキュリティ事件簿#2024-603】一般財団法人みなと健康協会 健診予約メールの誤送信 2024/10/4', '一般財団法人みなと健康協会'],
    // a legal form with kana that does not end like a name is a phrase, not a name
    ['株式会社はなまる商会が不正アクセス被害 カード情報流出', null],
    ['【セキュリティ事件簿#2025-418】株式会社みなと精機 ランサムウェア被害に関するお知らせ(第2報) 2025/6/12', '株式会社みなと精機'],
    ['【セキュリティ事件簿#2025-535】社会福祉法人やまびこ会 マルウェア感染による情報流出の可能性についてのお詫び 2025/9/11', '社会福祉法人やまびこ会'],
    ['4.旭が丘町の発表(2月18日)――職員の公用パソコンが車上荒らしで盗難', '旭が丘町'],
    ['1.株式会社ミドリ印刷の発表(2月12日)', '株式会社ミドリ印刷'],
    ['【セキュリティ事件簿#2025-462】医療法人社団青葉会 あおば総合クリニック ランサムウェア被害について(第2報)', '医療法人社団青葉会 あおば総合クリニック'],
    ['Bright Path Japan株式会社、求人応募者の個人情報が閲覧可能に', 'Bright Path Japan株式会社'],
    ['ひかり台総合病院 患者情報を含む書類の誤廃棄について', 'ひかり台総合病院'],
    ['ひかり台総合病院　ホーム ＞ お知らせ一覧', null],
    ['株式会社 ACME Japan 会員情報流出のお詫び', '株式会社 ACME Japan'],
    ['1. 株式会社しらかば堂：2月4日公表。通販サイトが改ざんされ、カード番号が漏えいした可能性(3,412件)', '株式会社しらかば堂'],
    ['アサギリ化粧品、4～12月営業益18%減 通販の不正アクセス対応費重く', 'アサギリ化粧品'],
    ['ランサム被害の精機会社、犯行グループがリークサイトに掲載', null],
    ['チケット販売「ライブパスポ」、会員情報最大約4万6000人分が閲覧可能に', null],
    ['カード情報流出、開発会社に2270万円賠償命令 SQLインジェクション対策怠る', null],
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
  // Schools end a name like any institution; the bare kinds of school are not names.
  const schools: Array<[string, string[]]> = [
    ['神奈川県立港南高等学校の生徒', ['神奈川県立港南高等学校']],
    ['北浜市立東中学校と西小学校の児童生徒', ['北浜市立東中学校', '西小学校']],
    ['青葉短期大学附属幼稚園の園児', ['青葉短期大学附属幼稚園']],
    ['県内の小学校と中学校、各学校に通知した', []],
    ['私立高等学校の一部で', []],
    // hiragana in a public institution's name after its founder's mark; never a particle
    ['県は5日、県立しらかば医療センター(しらかば市)の医師が', ['県立しらかば医療センター']],
    ['市立こども病院の看護師', ['市立こども病院']],
    ['県立高校の生徒が病院に', []],
  ];
  it.each(schools)('%s → %j', (text, want) => {
    expect(findOrgNames(text).map((n) => n.text)).toEqual(want);
  });
});

describe('orgFromBody', () => {
  const rows: Array<[string, string | null]> = [
    ['日本がん治療認定医機構(事務局:東京都新宿区)は3月22日、不正アクセスにより…', '日本がん治療認定医機構'],
    ['このたび、弊社(株式会社サンプル)が運営するサイトにおいて…', '株式会社サンプル'],
    ['本日は晴天なり。', null],
    ['旅行会社のさくらツーリスト株式会社(本社:大阪市北区)は6月9日、会員サイトに不正ログインがあったと発表した。', 'さくらツーリスト株式会社'],
    ['地方独立行政法人なぎさ市立病院機構 なぎさ市民病院は11月20日、ハードディスクが流出したと発表した。', '地方独立行政法人なぎさ市立病院機構 なぎさ市民病院'],
    ['徳島県阿波南市の「みなと中央病院」(299床)は1日、ランサムウェアによるサイバー攻撃を受けたと発表した。', 'みなと中央病院'],
    ['スタートアップ企業のミチルワークス(東京都渋谷区)は12月1日、利用者の個人情報が閲覧可能だったと発表した。', 'ミチルワークス'],
    ['うちの会社のサーバールーム（という名の物置）は暑い。', null],
    ['障害児の放課後等デイサービスを運営する特定非営利活動法人こどもの森ネット(愛知県名古屋市)は11月2日、書類を誤ってFAXで送信したと発表した。', '特定非営利活動法人こどもの森ネット'],
    ['桜水学園中学校・高等学校(兵庫県神戸市)を運営する学校法人桜水学園は1月31日、廃棄したパソコンが転売されたと発表した。', '学校法人桜水学園'],
    ['保険代理店のライフデザイン・パートナーズにおいて、元社員が顧客情報を持ち出していたことがわかった。', 'ライフデザイン・パートナーズ'],
    ['大手企業の情報システム部門において、設定の誤りが見つかった。', null],
    ['通信教育大手の株式会社ひかり学習社は11月20日、元派遣社員が顧客情報を持ち出したと発表した。', '株式会社ひかり学習社'],
    ['顧客情報が持ち出されたことが判明した。同社は警視庁に相談している。', null],
    ['カード会社からの連絡で判明した。株式会社サンプル商事から委託先の北山市へ報告した。', null],
    ['人材派遣事業を展開するテンプワークス株式会社は11月20日、設定不備を発表した。', 'テンプワークス株式会社'],
    ['栃木県さくら市教育委員会は11月18日、USBメモリを紛失したと発表した。', '栃木県さくら市教育委員会'],
    ['県内で学習塾を運営する「みらい進学舎」(本社・潮見市)は、令和7年1月20日、ランサムウェアに感染したと発表した。', 'みらい進学舎'],
    ['白鷺台市水道局が委託している検針業務において、検針票を誤配付した。', '白鷺台市水道局'],
    ['チケット販売サービス「ライブパスポ」を運営するリズモ(東京都渋谷区)は7月3日、会員情報が閲覧可能だったと発表した。', 'リズモ'],
    ['ランニングやサイクリングの記録アプリ「Strivora」を運営する米Strivora Inc.(本社:米カリフォルニア州サンフランシスコ)は現地時間10月2日、不正アクセスがあったと発表した。', 'Strivora Inc.'],
    ['私の前職は地方銀行の子会社でした。', null],
    ['元職員は、北浜みどり信用組合の規程に反し', '北浜みどり信用組合'],
    ['ひかりの里ガス株式会社(本社:山梨県)の事案について', 'ひかりの里ガス株式会社'],
    ['保険代理店のあけぼの保険サービス(本社・静岡市)は18日、設定に誤りがあったと発表した。', 'あけぼの保険サービス'],
    ['中部地方のバス事業者が運営する予約サイトが2月20日、DDoS攻撃を受けた。', null],
    ['保健師が家庭訪問から帰庁する途中、車上荒らしに遭った。', null],
    ['通販サイトの情報が流出したのは対策を怠ったためだとして、健康食品通販会社「ミドリノ生活」(東京都品川区)が開発会社を訴えた。経済産業省も指針を示している。', 'ミドリノ生活'],
    ['このため市は11月18日、対策を発表した。', null],
    ['ひまわり市は12月5日、ノートパソコンが盗まれたと発表した。', 'ひまわり市'],
    ['みなみ信用金庫は12月9日、元職員が顧客情報を閲覧していたと発表した。', 'みなみ信用金庫'],
    ['そのため病院は12月9日、調査を始めた。', null],
    ['警視庁は11月14日、不正アクセスの疑いで男を逮捕したと発表した。男は株式会社エレクトロモールのサーバーに侵入した。', '株式会社エレクトロモール'],
    ['北原県警は10月28日、捜査情報を漏らしたとして巡査長を書類送検したと発表した。', '北原県警'],
    // A name holding は, not the topic's は (that one comes before the date).
    ['調理器具販売の株式会社はなまる商会（大阪市北区）は11月13日、不正アクセスを発表した。', '株式会社はなまる商会'],
    ['はな市は12月2日、誤発送を発表した。', 'はな市'],
    ['このたび、北浦市健康福祉部介護保険課において、文書を誤った送信先へファクス送信しました。', '北浦市'],
    ['静岡県島田市総務課が、メールを誤送信しました。', '静岡県島田市'],
    ['同市総務課が、メールを誤送信しました。', null],
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

describe('orgFromSignatureLine', () => {
  const rows: Array<[string, string | null]> = [
    ['株式会社ミナモトフーズ', '株式会社ミナモトフーズ'],
    ['株式会社 ミナモトフーズ', '株式会社ミナモトフーズ'],
    ['福川県健康福祉部', '福川県'],
    ['静岡県島田市総務課', '静岡県島田市'],
    ['みずほ市市民部市民課', 'みずほ市'],
    ['このため市民部市民課', null],
    ['医療法人社団青葉会 あおば中央病院', '医療法人社団青葉会 あおば中央病院'],
    ['社会医療法人清風会 みどり中央病院', '社会医療法人清風会 みどり中央病院'],
    ['社会医療法人 清風会', '社会医療法人清風会'],
    ['一般社団法人日本ものづくり振興協会', '一般社団法人日本ものづくり振興協会'],
    ['株式会社ネクストリンク 代表取締役社長 山田太郎', '株式会社ネクストリンク'],
    ['北見沢町', '北見沢町'],
    ['Nordlicht Japan合同会社', 'Nordlicht Japan合同会社'],
    ['株式会社 ACME Japan', '株式会社 ACME Japan'],
    ['Nordlicht Japan', null],
    ['県立みさき医療センター', '県立みさき医療センター'],
    ['北見沢町長 佐藤 健一', '北見沢町'],
    ['北原県知事 山田太郎', '北原県'],
    ['市長 山田太郎', null],
    ['個人情報の取扱いについて', null],
    ['【セキュリティ事件簿#2024-504】ひまわり市', null],
    // must not match: people, dates, prose, contacts, pronouns
    ['院長 山田 一郎', null],
    ['2024年10月18日', null],
    ['令和6年9月13日', null],
    ['以上', null],
    ['当社', null],
    ['お問い合わせ先:株式会社サンプル', null],
    ['株式会社サンプルは、不正アクセスを受けたと発表した', null],
    ['電話:0120-000-000', null],
  ];
  it.each(rows)('%s → %s', (line, org) => {
    expect(orgFromSignatureLine(line)).toBe(org);
  });
});

describe('orgFromSignature', () => {
  const notice = (before: string, after: string, end: string) =>
    `${before}個人情報漏えいに関するお詫び\n${after}このたび、弊社が運営するサイトに不正アクセスがあり、お客様の氏名、住所が漏えいした可能性があることが判明いたしました。深くお詫び申し上げます。\n${end}`;
  const find = (text: string) => {
    const heading = { start: text.indexOf('個人情報'), end: text.indexOf('\n', text.indexOf('個人情報')) };
    return orgFromSignature(text, { start: 0, end: text.length }, heading, lines(text))?.org ?? null;
  };
  it('finds the issuer before the heading, after it, or in the sign-off', () => {
    expect(find(notice('2024年10月18日\n株式会社ミナモトフーズ\n\n', '', '以上\n'))).toBe('株式会社ミナモトフーズ');
    expect(find(notice('', '令和6年8月22日\n北見沢町\n\n', '以上\n'))).toBe('北見沢町');
    expect(find(notice('', '', '株式会社サンプル商事\n代表取締役 山田太郎\n以上\n'))).toBe('株式会社サンプル商事');
  });
  it('joins a legal person and the institution it runs, signed on two lines', () => {
    expect(find(notice('', '', '2024年2月9日\n医療法人社団翠嶺会\nみどりが丘歯科医院\n院長 青木 透\n'))).toBe('医療法人社団翠嶺会 みどりが丘歯科医院');
    expect(find(notice('', '', '医療法人社団翠嶺会\n院長 青木 透\n'))).toBe('医療法人社団翠嶺会');
  });
  it('reads the sign-off under the closing date, not the contact box and footer under it', () => {
    const contact = '【本件に関するお問い合わせ窓口】\nさくら台中央病院 USBメモリ紛失事案 専用窓口\n電話:048-657-2299\nお知らせ一覧へ戻る\n';
    expect(find(notice('', '', `令和6年12月20日\n医療法人社団 緑樹会 さくら台中央病院\n院長 土屋 敬一\n\n${contact}`))).toBe('医療法人社団緑樹会 さくら台中央病院');
    expect(find(notice('', '', `令和7年9月12日\n学校法人星ヶ丘学園\n星ヶ丘学園高等学校\n校長 川嶋 義弘\n\n${contact}`))).toBe('学校法人星ヶ丘学園 星ヶ丘学園高等学校');
  });
  it('reads the issuer under a page template (更新日, ページ番号, 報道発表資料)', () => {
    expect(find(notice('', '更新日:2023年12月27日\nページ番号:048217\n報道発表資料\n令和5年12月27日\n東雲県教育委員会\n', ''))).toBe('東雲県教育委員会');
  });
  it('reads the head of a notice a blog quotes (> lines)', () => {
    expect(find(notice('', '', '> 2025年7月1日\n> 北浜みどり信用組合\n>\n> 当組合元職員による不祥事件の発生について\n'))).toBe('北浜みどり信用組合');
  });
  it('takes no menu entry ending in 道 (広報・報道, 上下水道) for an issuer', () => {
    expect(find(notice('ホーム\n市政情報\n広報・報道\n', '', ''))).toBeNull();
  });
  it('reads an NPO\'s sign-off', () => {
    expect(find(notice('', '', 'NPO法人みどりの川づくり会\n理事長 川口 正博\n2025年2月28日\n'))).toBe('NPO法人みどりの川づくり会');
  });
  it('ignores organisations named only in the prose', () => {
    expect(find(notice('', '', '詳しくは株式会社サンプル商事のお知らせをご覧ください。\n'))).toBeNull();
  });
});

describe('orgFromSelfReference', () => {
  const of = (text: string) => orgFromSelfReference(text, { start: 0, end: text.length }, lines(text))?.org ?? null;
  it("names a notice that calls itself 本市 by its site's name line at the top", () => {
    expect(of('本文へスキップします。\n東雲台市\n文字サイズ\n本市が委託している株式会社Xにおいて、漏えいが発生しました。')).toBe('東雲台市');
  });
  it('reads 町職員 as the town speaking of itself', () => {
    expect(of('本文へ\n白嶺町\nサイト内検索\nこのたび、町職員が業務で使用していた書類が盗難に遭いました。')).toBe('白嶺町');
  });
  it('needs the self-reference and a name of its kind', () => {
    expect(of('東雲台市\n当社が委託している株式会社Xにおいて、漏えいが発生しました。')).toBeNull();
    expect(of('株式会社Y\n本市が委託している株式会社Xにおいて、漏えいが発生しました。')).toBeNull();
  });
});

describe('an incident\'s organisation', () => {
  const page = (lead: string) =>
    `教諭がUSBメモリを紛失、生徒412名の成績情報(青稜台高等学校) | ScanNetSecurity\n2024.10.09(水)\n\n教諭がUSBメモリを紛失、生徒412名の成績情報(青稜台高等学校)\n\n${lead}生徒412名の氏名と成績が保存されていた。\n`;
  it('names the legal person and the institution it runs (同法人が運営する…)', () => {
    expect(extractIncidents({ text: page('学校法人青稜学園は10月7日、同法人が運営する青稜台高等学校の教諭が、USBメモリを紛失したと発表した。') })[0]?.org).toBe('学校法人青稜学園 青稜台高等学校');
  });
  it('keeps the headline\'s name when the lead names no operator of it', () => {
    expect(extractIncidents({ text: page('学校法人青稜学園は10月7日、青稜台高等学校の教諭が、USBメモリを紛失したと発表した。') })[0]?.org).toBe('青稜台高等学校');
  });
  it('writes a headline\'s short form in full when the body does (高校 → 高等学校)', () => {
    const text = `■青葉学園高校――生徒236名の成績一覧がネット上で閲覧可能に\n埼玉県川越市の私立青葉学園高等学校は6月4日、2年生236名の氏名と成績を記載したファイルが閲覧できる状態だったと発表した。\n■北浜市――住民票を誤交付\n北浜市は6月5日、住民票の写しを別の人に誤って交付したと発表した。氏名と住所が記載されていた。`;
    expect(extractIncidents({ text })[0]?.org).toBe('青葉学園高等学校');
  });
  it('names the company that runs the service a headline names (「マルヨシ堂」を運営する株式会社マルヨシ商店)', () => {
    const text = `■マルヨシ堂――リスト型攻撃で会員2307件に不正ログイン\n乾物の通販サイト「マルヨシ堂」を運営する株式会社マルヨシ商店(本社:石川県金沢市)は11月12日、会員アカウントに不正ログインがあったと発表した。氏名と住所が閲覧された可能性がある。\n■岩沼台市教委――USBメモリを紛失\n岩沼台市教育委員会は7月3日、市立小学校の教諭が児童の氏名と成績を保存したUSBメモリを帰宅途中に紛失したと発表した。`;
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['株式会社マルヨシ商店', '岩沼台市教育委員会']);
  });
  it('names the company whose data was taken in an arrest story headlined with the police, not a suspect\'s town', () => {
    const story = (victim: string) => `【事件簿#2025-212】盗んだ顧客情報をネットで販売、24歳の男を逮捕 警視庁\n不正アクセスで盗み出した顧客情報を販売したとして、警視庁サイバー犯罪対策課は13日、男を逮捕したと発表しました。逮捕容疑は、${victim}の通販サイトに不正にログインし、顧客の氏名や住所を盗み出した疑いです。`;
    expect(extractIncidents({ text: story('化粧品通販会社「株式会社ベルフルール」') })[0]?.org).toBe('株式会社ベルフルール');
    expect(extractIncidents({ text: story('埼玉県川口市の会社員が勤める会社') })[0]?.org).toBe('警視庁');
  });
  it('drops the prefecture a lead writes before the headline\'s city (岐阜県美濃川市教育委員会 under ■美濃川市)', () => {
    const text = `■美濃川市――小学校教諭が児童687人分の成績データ入りUSBメモリを紛失\n岐阜県美濃川市教育委員会は7月16日、市立小学校の教諭が、児童の個人情報が保存されたUSBメモリを紛失したと発表した。\n■北浜市――住民票を誤交付\n北浜市は6月5日、住民票の写しを別の人に誤って交付したと発表した。氏名と住所が記載されていた。`;
    expect(extractIncidents({ text })[0]?.org).toBe('美濃川市教育委員会');
  });
});
