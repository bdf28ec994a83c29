import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/pipeline';
import { findOrgNames, orgFromBody, orgFromHeading } from '../../../lib/extract/org';
import { orgFromSelfReference, orgFromSignature, orgFromSignatureLine } from '../../../lib/extract/org-signature';
import { lines } from '../../../lib/text/lines';

describe('orgFromHeading', () => {
  const rows: Array<[string, string | null]> = [
    ['【セキュリティ事件簿#2024-598】しらかば信用組合 お客さま情報を記録した帳票の誤廃棄について 2024/12/10', 'しらかば信用組合'],
    ['【セキュリティ事件簿#2025-312】生活協同組合コープみどり野 組合員様への書類の誤封入について 2025/7/9', '生活協同組合コープみどり野'],
    ['【セキュリティ事件簿#2025-101】北浜新聞社 「北浜デジタル」会員サービスへの不正アクセスについて(第2報) 2025年3月4日', '北浜新聞社'],
    ['大手ネット子会社、9万件超の情報漏えいを発表--元社員が無断で持ち出し', null],
    ['県警、捜査資料を紛失 被害者ら約40人分の個人情報', null],
    // A place, then the name after its の (plain or quoted).
    ['北浜市中央区の白鷺病院が10月、患者158人分の個人情報が書かれた書類を紛失していたことが4日、分かった。', '白鷺病院'],
    ['北浜県白鷺市の「水産技術大学校」で、学生の個人情報が外部から閲覧可能な状態が確認された。', '水産技術大学校'],
    // A place describing a business it does not name (the body names it).
    ['北浜県の地方銀行、顧客情報2,855名分を廃棄 顧客から問い合わせで発覚', null],
    // A case named after its organisation, after a list's circled number.
    ['北浜台高校個人情報紛失事件', '北浜台高校'],
    ['全国の市によって発表された今月の情報セキュリティ事件②白鷺市調査票誤送付事件', '白鷺市'],
    ['歯科医院の電子カルテシステムにランサムウェア攻撃、患者の情報が暗号化 | ScanNetSecurity', null],
    ['【セキュリティ事件簿#2025-304】岡見県立みなと高等学校 生徒アンケートの回答内容が閲覧可能となっていた事案について', '岡見県立みなと高等学校'],
    ['リース返却後のHDDがフリマアプリに出品、患者の病名含む情報が流出(なぎさ市民病院) | ScanNetSecurity', 'なぎさ市民病院'],
    ['子育て支援センターからのメール誤送信について - 和泉沢市ホームページ', '和泉沢市'],
    ['フィッシングで教員のメールアカウントに不正ログイン - 湖北理科大', '湖北理科大'],
    ['汐見山田高校 学校説明会参加者のメールアドレス誤送信', '汐見山田高校'],
    ['最大 2万件の個人情報が流出', null],
    ['北浜南高（北浜県汐見市）の教諭が生徒ら38人分の個人情報を業者に流出させた問題で', '北浜南高'],
    ['川口市立高 生徒の個人情報が閲覧可能に', null],
    ['17人の個人情報が記載されたファイル 担任が教室に置き忘れる 今のところ外部流失は確認されず 北浜県汐見高校', '北浜県汐見高校'],
    ['生徒の個人情報を含むUSBメモリの紛失について - 汐見学園 中学校・高等学校', '汐見学園'],
    ['従業員の個人情報転売は約5万件、刑事告訴も - ミナトメディア出版', 'ミナトメディア出版'],
    ['顧客情報流出の続報 - ニュース速報', null],
    ['病院にサイバー攻撃 患者約4万3000人の個人情報流出か 愛知 蒲郡 | NHK | 愛知県', null],
    ['【第2報】ランサムウェア被害による個人情報漏えいの可能性に関するお詫びとお知らせ | 医療法人社団清和会 みどりヶ丘記念病院', '医療法人社団清和会 みどりヶ丘記念病院'],
    ['1. 組織名:株式会社ミナトリビング', '株式会社ミナトリビング'],
    ['【セキュリティ事件簿#2025-449】認定特定非営利活動法人ひだまり子ども食堂ネット 寄付者情報の閲覧可能状態について(第2報) 2025/9/26', '認定特定非営利活動法人ひだまり子ども食堂ネット'],
    ['【セキュリティ事件簿#2025-128】浜名台市教育委員会 市立中学校における個人情報を含むUSBメモリの紛失について 2025年7月10日', '浜名台市教育委員会'],
    ['生徒の個人情報含むUSBメモリを紛失 - 県立高校', null],
    ['一部のお客様アカウントへの不正ログインに関するお知らせ – らくよやく ヘルプセンター', null],
    ['不正アクセスによる個人情報漏えいに関するお詫びとご報告(第3報・最終報)|株式会社ミナトヤ本舗のプレスリリース', '株式会社ミナトヤ本舗'],
    ['【セキュリティ事件簿#2024-353】岡山大学 学生の個人情報が他の学生から閲覧可能となった事案について 2024/8/9', '岡山大学'],
    ['【セキュリティ事件簿#2024-518】株式会社 JR 西日本ヴィアイン フィッシングサイトに誘導するメッセージ配信に関するお詫び', '株式会社 JR 西日本ヴィアイン'],
    ['【セキュリティ事件簿#2024-350】気仙沼市 市立病院における個人データの漏えいのおそれについて  2024/8/7', '気仙沼市 市立病院'],
    ['【セキュリティ事件簿#2024-354】部外秘の人事情報に不正アクセスした新潟市の係長が処分される', '新潟市'],
    ['【セキュリティ事件簿#2023-201】委託先がメール誤送信、講座受講生のメアド流出 - 滋賀県', '滋賀県'],
    ['業務使用が禁止されていたフリーメールへ不正アクセス、添付ファイルの個人情報が流出(島田市) | ScanNetSecurity', '島田市'],
    ['■プレミアム・アウトレット――メルマガ会員の情報約43万件流出の可能性', 'プレミアム・アウトレット'],
    ['岐阜県立みのり医療センターにおける個人情報を含むファクシミリの誤送信について', '岐阜県立みのり医療センター'],
    ['No.1 固定資産税・都市計画税納税通知書の誤送付について', null],
    ['携帯ショップ店員、客の個人情報を知人に提供 容疑で逮捕 大阪府警', '大阪府警'],
    ['顧客情報12万人分流出 委託先社員が名簿業者に売却―東日本ライフガス:時事ドットコム', '東日本ライフガス'],
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
    ['■ケース1 北辰大学:研究室サーバーがランサムウェアに感染', '北辰大学'],
    ['■事例2 桜台市教育委員会：通知表データを保存したUSBメモリを紛失', '桜台市教育委員会'],
    ['9月9日(月)鳥羽丘市 ホームページにDDoS攻撃', '鳥羽丘市'],
    ['当社グループにおけるランサムウェア被害に関する調査結果のお知らせ(第3報)', null],
    ['◆4.協会が会員あてメールをCCで一斉送信', null],
    ['◆2.株式会社ミナト:会員情報が流出', '株式会社ミナト'],
    ['4. 東浜町|住民税の通知書を誤封入(11月15日)', '東浜町'],
    ['1. 株式会社はるかぜ珈琲「はるかぜ珈琲オンラインストア」', '株式会社はるかぜ珈琲'],
    ['アサギリ化粧品、4～12月営業益18%減 通販の不正アクセス対応費重く', 'アサギリ化粧品'],
    ['【セキュリティ事件簿#2025-160】北陸みらい信用金庫 元職員による顧客情報の不正な持ち出しについて 2025/3/19', '北陸みらい信用金庫'],
    ['市内のさくら病院 患者情報を誤送信', 'さくら病院'],
    ['セキュリティ備忘ログ: 【セキュリティ事件簿#2024-612】高知県警、交通違反者ら285人分の個人情報入りUSBメモリを紛失', '高知県警'],
    ['[labsys-l:03417] Fwd: 会員マイページへの不正アクセスに関するお詫びとお知らせ', null],
    ['ランサム被害の精機会社、犯行グループがリークサイトに掲載', null],
    ['チケット販売「ライブパスポ」、会員情報最大約4万6000人分が閲覧可能に', null],
    ['カード情報流出、開発会社に2270万円賠償命令 SQLインジェクション対策怠る', null],
    // An incident before its particle is no name (the lead's subject is).
    ['カルテ目的外閲覧で女性看護師を処分', null],
    ['USBメモリ紛失で職員を訓告', null],
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
    ['千葉県美浜台市の医療法人社団青葉会 みどり台病院は5月31日、院内のサーバーがランサムウェアに感染したと発表した。', '医療法人社団青葉会 みどり台病院'],
    ['大阪市の株式会社ミナト住建は20日、顧客情報が流出したと発表した。', '株式会社ミナト住建'],
    ['会員登録者最大で1万3,482名の氏名、メールアドレス、生年月日及び居住都道府県が外部に流出した可能性がある。', null],
    ['税理士法人みらい会計(福井県福井市)は11月18日、顧問先企業の従業員の源泉徴収票を誤送信したと発表した。', '税理士法人みらい会計'],
    ['弁護士法人あさひ総合法律事務所は5日、依頼者の情報を含むメールを誤送信したと発表した。', '弁護士法人あさひ総合法律事務所'],
    ['教育ICT事業のスクールテラスは10月2日、学習支援サービスで児童生徒らの情報が閲覧可能な状態になっていたと発表した。', 'スクールテラス'],
    ['北陸学芸大(金沢市)は22日、在学生ら約3万人分の個人情報が閲覧可能な状態だったと発表した。', '北陸学芸大'],
    // A kanji name ending in 社 is a company's (not 子会社 or 本社); a kanji name is one after what it sells.
    ['東浜交通社は4日、ツアー参加者など約31万人分の顧客データが外部に流出していたことを明らかにした。', '東浜交通社'],
    ['同社の子会社は2日、顧客データが外部に流出していたことを明らかにした。', null],
    ['「ミナトツアーズ」の名称で旅行商品を販売する北浜通運は2025年5月9日、外部からの不正アクセスにより個人情報が流出したことを発表した。', '北浜通運'],
    ['北浜県後期高齢者医療広域連合は11日、加入者向けの通知38件を誤送したと発表した。', '北浜県後期高齢者医療広域連合'],
    // A short form after its place (北浜市の白鷺学院大), a company after its group (ミナトグループの…), an incident word no subject.
    ['北浜市の白鷺学院大は21日、職員が車上荒らしに遭い、学生の名簿が入ったパソコンを盗まれたと発表した。', '白鷺学院大'],
    ['ミナトグループのミナトFXは7日、元社員が顧客情報を無断で持ち出していたと発表した。', 'ミナトFX'],
    ['県教委は26日、県立高校の教諭が生徒の成績を保存したUSBメモリを紛失したと発表した。', null],
    ['不正アクセスは2022年12月14日に判明しました。影響があったのは、子会社が運営するサービスの会員です。', null],
    // A lead opening with the matter it follows up (…問題で、), a subject naming nobody left to a later lead (会社は25日、).
    ['オンラインゲームでアカウントの乗っ取りが相次いでいた問題で、同ゲームを運営するミナトプレイ(東京都港区)は16日、会員情報が流出していたことを認めた。', 'ミナトプレイ'],
    ['ショッピングサイトが不正アクセスを受けた問題で、会社は25日、流出したおそれのある顧客が増えたと明らかにしました。\n東京・港区に本社がある「あさぎり化粧品」は、ことし10月14日、カード情報が流出したおそれがあると発表していました。', 'あさぎり化粧品'],
    // 「(株式会社ミナトリンク提供)」: the provider's name without 提供.
    ['当社が運営するECサイトに導入していた画面表示変換サービス(株式会社ミナトリンク提供)に対して第三者による不正アクセスがあり、カード情報が流出した可能性があります。', '株式会社ミナトリンク'],
    // A contractor described as such is no issuer: 委託先の「…」, 委託している事業者(…).
    ['事業委託先の「株式会社ミナトスポーツ」の担当者が、案内をメール送信する際、宛先をTOで一斉送信した。', null],
    ['納税通知書の印刷業務を委託している事業者(株式会社ミナト印刷)から、ランサムウェア被害の報告がありました。', null],
    ['ワイン通販サイト「ヴィネリア・タカミ」を運営する高見酒販(東京都中央区)は9月22日、不正アクセスを受けたと発表した。', '高見酒販'],
    ['同市教委(金沢市)は22日、生徒の個人情報が流出したと発表した。', null],
    // A name of kanji alone as a dated lead's subject that announced (this session's real pages: 資生堂, 高島屋, 日本郵便).
    ['高見酒販は9月22日、不正アクセスを受けたと発表した。', '高見酒販'],
    ['県教委は9月22日、生徒の個人情報が流出したと発表した。', null],
    ['男性は9月22日、個人情報が流出したと発表した。', null],
    ['愛知県蒲郡市の病院がサイバー攻撃を受けた。蒲郡市の「みなと中央病院」では今月8日、院内のサーバーがランサムウェアに感染した。', 'みなと中央病院'],
    ['長野県の一般社団法人湯ノ平温泉観光協会は5月28日、当選者のメールアドレスが流出したと発表した。', '一般社団法人湯ノ平温泉観光協会'],
    ['化粧品の企画・販売を手掛けるルミエール・ボーテ(東京都港区)は7月15日、通販サイトが不正アクセスを受けたと発表した。', 'ルミエール・ボーテ'],
    ['同サイトを運営する株式会社ミナセ商会によれば、決済アプリケーションが改ざんされた。', '株式会社ミナセ商会'],
    ['保険代理店の東和ライフパートナーズは、従業員が顧客の個人情報を私用のメールアドレスへ送信していたことを明らかにした。', '東和ライフパートナーズ'],
    ['東京・港区に本社がある「あさぎり化粧品」は、ことし10月14日、自社の通販サイトが不正アクセスを受けたと発表していました。', 'あさぎり化粧品'],
    ['旅行予約サイト「たびまど」を運営するたびまどカンパニー株式会社(本社:大阪市北区)は2月21日、不正アクセスを受けたと発表した。', 'たびまどカンパニー株式会社'],
    ['勤務していた保険代理店の顧客情報を持ち出したとして、大阪府警生活経済課は10日、同府豊中市の元社員の男を逮捕した。逮捕容疑は、大阪市北区の保険代理店「株式会社かもめ保険サービス」の顧客管理システムから顧客の氏名を持ち出した疑い。', '株式会社かもめ保険サービス'],
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
    ['ケーブルテレビやインターネット接続サービスを展開する富士見ケーブルネットは、委託先のサーバが不正アクセスを受けたことを明らかにした。', '富士見ケーブルネット'],
    // (Its subject taking が、, its wares told before it (…を扱う), or its seat and trade (…に本社を置くITベンダー、).)
    ['そのニュースとは、婚活アプリ「ミナトデート」を運営するハルカゼマーケティングが、会員の画像171万件が流出した可能性があると発表したものだ。', 'ハルカゼマーケティング'],
    ['住宅向けのセキュリティ製品を扱う北浜ロックサービスが、2025年6月、ランサムウェア攻撃を受けたと発表した。', '北浜ロックサービス'],
    ['北浜市に本社を置く老舗の印刷会社、南浦紙工は、サイバー攻撃を受け顧客の個人情報が漏えいした可能性があると発表しました。', '南浦紙工'],
    // (A thing a company with its legal form owns is no name after a trade: 「北浜商事株式会社のサイトで」.)
    ['北浜商事株式会社のサイトで不正アクセスがあった。同社が、カード情報が流出した可能性があると発表した。', '北浜商事株式会社'],
    ['ツキミ通信は、顧客管理サーバが不正アクセスを受けたと発表した。\nお問い合わせ：株式会社ツキミ通信 お客様窓口', '株式会社ツキミ通信'],
    ['ランサムウェアは、ファイルを暗号化して身代金を要求するものだと発表した。', null],
    ['ファミリーレストラン「はるや」などを展開するハルヤフードサービスは2025年9月2日、不正ログインが発生したと発表した。', 'ハルヤフードサービス'],
    ['会員向けのポイントサービスを提供するクラウドサービスは2025年9月2日、障害が発生したと発表した。', null],
    ['宮城県仙台市の書籍販売会社、株式会社あおば書房は9月17日、オンライン書店がSQLインジェクション攻撃を受けたと発表した。', '株式会社あおば書房'],
    ['医療機器卸売のメディトレード九州は、ランサムウェアによるサイバー攻撃を受け、個人情報が流出した可能性があることを明らかにした。犯罪グループがリークサイト上で犯行声明を出している。', 'メディトレード九州'],
    ['上田市の病院に勤める看護師が、入院患者23人分の氏名が記載された一覧表が写り込んだ写真をSNSに投稿していたことがわかりました。\n会見を開いたのは、上田市にある医療法人社団青峰会 千曲川中央病院です。', '医療法人社団青峰会 千曲川中央病院'],
    // (Its trade told before the name, the name in brackets: 「…発表したのは、北浜市東区で飲食店を経営する「有限会社みなと」です。」.)
    ['北浜市で飲食店を経営する会社は、ネット通販のサイトが不正アクセスを受けたと発表しました。\n情報漏えいのおそれがあるとホームページで発表したのは、北浜市東区で飲食店を経営する「有限会社みなと」です。', '有限会社みなと'],
    ['患者7人分の紹介状を誤ってFAX送信しました。\n誤送信があったのは、盛岡市の医療法人社団青葉会 青葉台中央病院です。', '医療法人社団青葉会 青葉台中央病院'],
    ['長野県松川市の私立翠嶺(すいれい)高校は5日、2年生238人分の成績を誤って掲載したと発表した。', '長野県松川市の私立翠嶺高校'],
    ['県内で個人情報の流出が相次いでいる。駿河看護大は9日、卒業生412人のメールアドレスが流出したと発表した。', '駿河看護大'],
    ['当院の電子カルテシステム等がランサムウェアに感染しました。\n電子カルテシステムは11月5日に復旧し、通常診療を再開しております。', null],
    [' 札幌市の住宅設備会社「北斗ホームサービス」は9日、元社員が顧客情報を持ち出したと発表した。\n 株式会社北斗ホームサービスは、道内に12店舗を展開する。', '株式会社北斗ホームサービス'],
    ['ホテル・旅館の予約サイト「たびやどネット」を運営するたびやど株式会社(東京都港区)は11月28日、不正ログインを受けたと発表した。', 'たびやど株式会社'],
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
    // A hiragana-headed name with its seat after it or after what it sells; a parent company's subsidiary (…の子会社…).
    ['あさひ薬品(青葉県美里市)は8月15日、顧客の個人情報が入ったUSBメモリを紛失したと発表した。', 'あさひ薬品'],
    ['化粧品などを販売するあさひ薬品は8月15日、顧客の個人情報が入ったUSBメモリを紛失したと発表した。', 'あさひ薬品'],
    ['ミナト通信の子会社ミナトビジネスサービス(北浜市)は17日、元派遣社員が顧客情報を持ち出していたと発表した。', 'ミナトビジネスサービス'],
    ['この結果(青葉県美里市)は8月15日、流出したと発表した。', null],
    // A name after a relative clause's verb, a lead dated 4/13 or 9日までに、, a Latin name after its description, who apologised.
    ['調査を進めてきたミナトゲームスは4/13、調査結果を公表しました。顧客の氏名1万件が流出した可能性があります。', 'ミナトゲームス'],
    ['地域の信用金庫から業務を受託するミナト信金ビジネスは9日までに、顧客情報約7万件が流出したと発表した。', 'ミナト信金ビジネス'],
    ['人気ユニットが所属する芸能事務所 MNT JAPANは12月8日に、顧客のクレジットカード情報4万件が流出した可能性があると発表した。', 'MNT JAPAN'],
    ['10月17日、顧客情報が不正に持ち出されたことが判明したとしてミナトモバイルが謝罪しました。', 'ミナトモバイル'],
    ['同センターが1月26日までに確認したところ、不審なメールが送られていた。', null],
    // A name after a verb's plain form (…を行うミナトブレイン), a kanji name after a description and its seat (物流サービスの北通(…)),
    // and a lead's subject after the event it opens with (…の被害に遭い、…を進めてきたミナトゲームスは).
    ['ゲーム関連の事業を行うミナトブレイン(青葉県美里市)は12日、同社が運営するサイトで、顧客の登録情報7,704件が流出したと発表した。', 'ミナトブレイン'],
    ['物流サービスの北通(北浜市)は11日、顧客の氏名など約1万件が流出した可能性があると発表した。', '北通'],
    ['ランサムウェアの被害に遭い、外部の専門企業の協力のもと調査を進めてきたミナトゲームスは4/13、調査結果を公表しました。', 'ミナトゲームス'],
    // A kanji name ending in its trade (北浜乳業), a day written with spaces (8 日), a quoted name after its kind, an academic society.
    ['北浜乳業は9日、自社が運営する公式通販サイトにおいて、クレジットカード情報が流出した可能性があると発表した。', '北浜乳業'],
    ['北浜新聞社は 8 日、会員情報を管理するシステムへの不正アクセスによる個人情報流出を報告し、謝罪した。', '北浜新聞社'],
    ['学術団体「日本北浜生物学会」で、第三者による不正アクセス被害が判明した。', '日本北浜生物学会'],
    ['障害者施設「北浜福祉園」において、利用者12人の個人情報が所在不明になっていることがわかった。', '北浜福祉園'],
    ['このたび、日本北浜精神医学会の事務局から会員あてに送付したメールで、メールアドレスが表示される状態となっていました。', '日本北浜精神医学会'],
    // A katakana name after its description and の (its legal form where the body writes it), public bodies (選挙管理委員会, 地検,
    // 消防本部), a quoted name after its kind and の, an address is no name.
    ['消費者金融のミナトクレジットは6日、最大で13,000件の顧客情報が流出した恐れがあると発表した。', 'ミナトクレジット'],
    ['人材派遣のミナト・スタッフィング(東京・港)は2月16日、元社員が登録者の個人情報を持ち出したと発表した。株式会社ミナト・スタッフィングによれば、元社員は営業担当だった。', '株式会社ミナト・スタッフィング'],
    ['2020/06/03、北浜市選挙管理委員会は委員が42人分の住所・氏名などの個人情報を紛失したことを発表しました。', '北浜市選挙管理委員会'],
    ['北浜地検は19日、同地検の検察官が個人情報が入ったファイルを18日夜に紛失したと発表した。', '北浜地検'],
    ['2018年1月15日、著名出版社の「北浜舎」は、同社が運営するウェブサイトがサイバー攻撃を受け、個人情報流出の可能性があることが明らかになった。', '北浜舎'],
    ['北浜市消防本部は、救急搬送の記録票1枚を紛失したと発表した。', '北浜市消防本部'],
    ['JA北浜県信連の職員が、取引先の個人情報約500件を外部に漏洩していた。', 'JA北浜県信連'],
    ['記録票は北浜市小松町1番70号の倉庫で見つかった。', null],
  ];
  it.each(rows)('%s → %s', (body, org) => {
    expect(orgFromBody(body, 0, body.length)?.org ?? null).toBe(org);
  });
});

describe("a byline's name", () => {
  it('is no organisation (勝村 幸博: a 村 ending is no village)', () => {
    const body = '勝村 幸博\n日経クロステック\n外食チェーンの会員アプリに不正ログインがあったと発表した。';
    expect(orgFromBody(body, 0, body.length)?.org).not.toBe('勝村');
    expect(findOrgNames(body).map((n) => n.text)).not.toContain('勝村');
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
    ['株式会社ハルモニアホールディングスのプレスリリース', '株式会社ハルモニアホールディングス'],
    ['福川県健康福祉部', '福川県'],
    ['静岡県島田市総務課', '静岡県島田市'],
    ['みずほ市市民部市民課', 'みずほ市'],
    ['このため市民部市民課', null],
    ['市民生活部市民課 主事(20代・男性)', null],
    ['勝村 幸博', null],
    ['北浦町 総務課', '北浦町'],
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
  it('reads a timely disclosure\'s labelled issuer, its label spaced out, over the lines under it', () => {
    const head = '2025 年7月 31 日\n各 位\n会 社 名 株式会社東雲テクノホールディングス\n代表者名 代表取締役社長 桐谷 正隆\n(コード番号:6419 東証スタンダード)\n問合せ先 取締役管理本部長 野々村 浩\n(TEL. 048-652-3310)\n';
    expect(find(notice(head, '', ''))).toBe('株式会社東雲テクノホールディングス');
  });
  it('reads the head of a notice a blog quotes (> lines)', () => {
    expect(find(notice('', '', '> 2025年7月1日\n> 北浜みどり信用組合\n>\n> 当組合元職員による不祥事件の発生について\n'))).toBe('北浜みどり信用組合');
  });
  it('takes no menu entry ending in 道 (広報・報道, 上下水道) for an issuer', () => {
    expect(find(notice('ホーム\n市政情報\n広報・報道\n', '', ''))).toBeNull();
  });
  it('reads a foreign company\'s sign-off with its Latin legal form (Pte. Ltd., Inc.), not a Japanese body\'s English name line', () => {
    expect(find(notice('', '', '以上\n\nLinguaMate Pte. Ltd.\nカスタマーサポート\n'))).toBe('LinguaMate Pte. Ltd.');
    expect(find(notice('', '', '以上\n\nJapan Sports Facilities Corporation\n'))).toBeNull();
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
  it("reads a bare 県教育委員会 as the prefecture's board whose site it is", () => {
    expect(of('メインコンテンツへ移動\n青葉県教育委員会\n報道発表\n校長から県教育委員会に報告しました。')).toBe('青葉県教育委員会');
    expect(of('メインコンテンツへ移動\n青葉県教育委員会\n報道発表\n青葉県教育委員会に報告しました。')).toBeNull();
  });
  it('needs the self-reference and a name of its kind', () => {
    expect(of('東雲台市\n当社が委託している株式会社Xにおいて、漏えいが発生しました。')).toBeNull();
    expect(of('株式会社Y\n本市が委託している株式会社Xにおいて、漏えいが発生しました。')).toBeNull();
  });
});

describe('an incident\'s organisation', () => {
  it("takes a lead's subject over a headline's description in a name's place (■1. オンライン書店で…流出 / 株式会社ミナトヤ書店は、…)", () => {
    const text = 'TrustBridge Security Weekly\n2024年2月19日配信\n\n■1. オンライン書店で会員最大約8万6千人分が流出のおそれ\n\nオンライン書店「ミナトヤブックス」を運営する株式会社ミナトヤ書店は、不正アクセスにより会員最大約8万6千人分の氏名、住所が流出したおそれがあると発表した。\n(出典:株式会社ミナトヤ書店「不正アクセスによる個人情報流出の可能性について」2024年2月13日)\n\n■2. 中学校でBCC漏れ、保護者187人のアドレスが表示\n\n坂ノ上市教育委員会は、市立中学校の教諭が、部活動の連絡メールを送信する際にBCCではなく宛先欄に保護者のアドレスを入力したため、保護者187人のメールアドレスが表示されたと発表した。\n';
    expect(extractIncidents({ text }).map((i) => [i.org, i.published])).toEqual([
      ['株式会社ミナトヤ書店', '2024-02-13'],
      ['坂ノ上市教育委員会', null],
    ]);
  });
  it('names a timely disclosure by the issuer its head labels, its letters spaced out, not the subsidiary contractor its body names', () => {
    const text = '2024年6月21日\n各 位\n会 社 名 東 和 エ ナ ジ ー 株 式 会 社\n代 表 者 名 代表取締役社長 能勢 文彦\n(コード番号 9536 東証スタンダード)\n\n当社お客様情報の不正持ち出しに関するお知らせ(第2報)\n\n当社の電気・ガスのご契約に関するお客様情報が、当社のコールセンター業務の委託先である当社連結子会社 東和カスタマーサービス株式会社の元従業員により不正に持ち出された事案につきまして、お知らせいたします。持ち出された情報は氏名、住所、電話番号で、対象となるお客様は3,462名です。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['東和エナジー株式会社']);
  });
  it('names an organisation the page calls by a short name it defines (以下「ミナセ社」という。) by its full name; not a short name it does not define', () => {
    const text = '報道発表資料\n令和7年2月19日\n個人情報保護委員会\n\n株式会社ミナセ・ライフマーケットに対する行政上の対応について\n\n個人情報保護委員会は、本日、株式会社ミナセ・ライフマーケット(以下「ミナセ社」という。)に対し、指導を行いました。\nミナセ社は、令和6年10月8日、本件を公表した。会員の氏名、住所、電話番号を含む個人データ15万5,516人分が漏えいした。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['株式会社ミナセ・ライフマーケット']);
  });
  it("writes a university's short form inside a name (北浜歯科大湊総合病院) in full where the story does (北浜歯科大学湊総合病院), not otherwise", () => {
    const story = (full: string) => `北浜歯科大湊総合病院で患者情報入りUSB紛失\n2025年3月4日\n\n${full}(千葉県北浜市)は3日、医師が患者214人の氏名と病名を保存したUSBメモリを紛失したと発表した。北浜歯科大湊総合病院は…`;
    expect(extractIncidents({ text: story('北浜歯科大学湊総合病院') })[0]?.org).toBe('北浜歯科大学湊総合病院');
    expect(extractIncidents({ text: story('同病院') })[0]?.org).toBe('北浜歯科大湊総合病院');
  });
  it("names a bare name before its seat told after 本社= (…ミナトブレイン(本社=北浜市)はこのほど、), not the seat's town", () => {
    const text = '介護施設入所者ら3万人分の個人情報盗難\n北浜洋行の子会社で、システム構築などを手掛けるミナトブレイン(本社=北浜市)はこのほど、介護施設入所者ら約3万人分の個人情報が入ったハードディスクが盗まれたと発表した。';
    expect(extractIncidents({ text })[0]?.org).toBe('ミナトブレイン');
  });
  it('reads a wire story\'s lead (【ニューヨーク共同】米医療保険大手X(Latin name)は17日(現地時間)、) as X, announced that day', () => {
    const text = '米医療保険大手にサイバー攻撃 870万人分流出か\n2025年9月18日\n\n【ニューヨーク共同】米医療保険大手ハーランド・ヘルス(Harland Health)は17日(現地時間)、ランサムウェア攻撃を受け、加入者最大約870万人分の氏名や住所が流出した可能性があると発表した。\n\n同社は全米40州で約2300万人の加入者を抱える。米保健福祉省に報告した。';
    expect(extractIncidents({ text }).map((i) => [i.org, i.published])).toEqual([['ハーランド・ヘルス', '2025-09-17']]);
  });
  it('names a city\'s notice by the city, not by the contractor its body describes as such (委託事業者である株式会社…が、)', () => {
    const text = '本文へ\n文字サイズ・色合い変更\n音声読み上げ\nForeign Language\n西広見市\nWEST HIROMI CITY\n\n保育所等入所申請フォームにおける個人情報の漏えいについて(お詫び)\n\n 本市が委託事業者を通じて運用している電子申請サービスの「令和7年度保育所等入所申請フォーム」において、申請時に添付された書類等が、他の申請者から閲覧可能な状態となっていた件について、調査結果がまとまりましたのでお知らせします。\n\n 委託事業者である株式会社ネクストゲート・ソリューションズが、令和6年12月2日に実施したシステム改修の際、添付書類の保存領域の公開設定を誤って「リンクを知っている全員」に変更していたことによるものです。\n\n4 対象の方への対応';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['西広見市']);
  });
  it('reads a ward signing with its residents\' office run into its name (汐見区区民部保険年金課) as the ward', () => {
    const text = '国民健康保険の資格確認書の誤送付について\n令和7年10月3日\n\n国民健康保険の資格確認書を別の世帯の方へ誤って送付しました。氏名、生年月日が記載されていました。対象は2世帯5人分です。\n\n問い合わせ先\n汐見区区民部保険年金課\n電話 045-000-0000';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['汐見区']);
  });
  it("names a prefectural board's press release by its site's name, not the office of its contact line (担当:教育庁 教職員課)", () => {
    const text = 'メインコンテンツへ移動\n青葉県教育委員会\n報道発表\n県立高等学校における個人情報を含むUSBメモリの紛失について\n報道発表日:令和6年12月5日\n担当:教育庁 教職員課 服務・給与担当(電話:0225-33-6108)\n県立北辰高等学校において、教諭が生徒77人の氏名及び成績を保存したUSBメモリを紛失する事案が発生しました。\n校長から県教育委員会に報告しました。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['青葉県教育委員会']);
  });
  it("names a city's listed cases, their departments only given, by the city its page's opening speaks for (本市では…)", () => {
    const item = (n: number, title: string) => `${n} ${title}\n公表日:令和7年2月${n + 3}日\n所管課:健康福祉局 保険年金課\n概要:通知書を転居前の住所あてに誤って送付した。\n漏えい等した個人情報:氏名、住所\n対象者数:${n + 2}人\n`;
    const text = `ページの先頭です\n北浜市\nKitahama City\n個人情報の取り扱いに関する事案の公表について\n本市では、個人情報の漏えい等の事案が発生した場合、その概要を公表しています。\n\n${item(1, '国民健康保険料納入通知書の誤送付')}\n${item(2, '介護保険料決定通知書の誤送付')}`;
    const orgs = extractIncidents({ text }).filter((i) => i.is_breach).map((i) => i.org);
    expect(orgs).toEqual(['北浜市', '北浜市']);
  });
  const page = (lead: string) =>
    `教諭がUSBメモリを紛失、生徒412名の成績情報(青稜台高等学校) | ScanNetSecurity\n2024.10.09(水)\n\n教諭がUSBメモリを紛失、生徒412名の成績情報(青稜台高等学校)\n\n${lead}生徒412名の氏名と成績が保存されていた。\n`;
  it('names the legal person and the institution it runs (同法人が運営する…)', () => {
    expect(extractIncidents({ text: page('学校法人青稜学園は10月7日、同法人が運営する青稜台高等学校の教諭が、USBメモリを紛失したと発表した。') })[0]?.org).toBe('学校法人青稜学園 青稜台高等学校');
  });
  it("names the site's issuer for the items of a page listing its own notices that name nobody (… | 東雲市)", () => {
    const item = (n: number, title: string, day: number) => `${n} ${title}について\n公表日:令和6年10月${day}日\n(1)概要\n市民課窓口において、住民票の写しを別の方に誤って交付しました。氏名と住所が記載されていました。`;
    const text = `事務処理ミス等の公表(令和6年10月公表分) | 東雲市\n東雲市\n${item(1, '住民票の写しの誤交付', 8)}\n${item(2, '証明書の誤交付', 17)}`;
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['東雲市', '東雲市']);
    for (const title of ['事務の誤り及び個人情報の不適切な取扱いについて - 東雲市ホームページ', '事務処理ミスの公表について(令和6年度) / 東雲市']) {
      expect(extractIncidents({ text: `${title}\n${item(1, '住民票の写しの誤交付', 8)}\n${item(2, '証明書の誤交付', 17)}` }).map((i) => i.org), title).toEqual(['東雲市', '東雲市']);
    }
    const digest = `ECサイトのカード情報漏えい事件まとめ|ペイガード通信\n${item(1, '住民票の写しの誤交付', 8)}\n${item(2, '証明書の誤交付', 17)}`;
    expect(extractIncidents({ text: digest }).map((i) => i.org)).toEqual([null, null]);
  });
  it("names the listing page's issuer for a listed notice that calls it by its kind (県が業務を委託する…), not the contractor its summary names", () => {
    const item = (day: number, title: string, body: string) => `令和7年7月${day}日\n${title}\n健康福祉部 保健医療課\n概要：${body}`;
    const text = [
      '報道発表資料一覧(令和7年7月) - 岐阜県公式ホームページ',
      item(16, '県が業務を委託する事業者のサーバーへの不正アクセスについて(第2報)', '県が運営を委託している株式会社メディアクロス(本社：名古屋市)のサーバーが不正アクセスを受け、参加者1,312人分の氏名と住所が流出した可能性があることが判明しました。'),
      item(10, '県立高等学校における個人情報を含む書類の紛失について', '県立高等学校において、教諭が生徒41名分の氏名と生年月日が記載された書類を紛失しました。'),
    ].join('\n');
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['岐阜県', '岐阜県']);
  });
  it("names the company that runs a service a numbered headline names, and a kana company a numbered headline opens with", () => {
    const text = [
      '2025年5月 国内の情報漏えい事件まとめ',
      '3. あおば保険サービス　更新案内の誤封入により契約者63名の情報が漏えい',
      '公表日：2025年5月20日',
      '保険代理店の株式会社あおば保険サービスは、自動車保険の更新案内を郵送した際に、別の契約者宛ての書類を誤って封入していたと公表しました。契約者63名の氏名と住所が記載されていました。',
      '4. ブルーノートマルシェ　なりすましログインにより4,517件の会員情報が閲覧された可能性',
      '公表日：2025年5月22日',
      '株式会社ブルーノート食品が運営する食品通販サイト「ブルーノートマルシェ」は、第三者によるなりすましログインが行われ、会員4,517件の氏名と住所が閲覧された可能性があると公表しました。',
      '5. 北浜市　住民票の写しを誤交付',
      '公表日：2025年5月23日',
      '北浜市は、住民票の写しを別の方に誤って交付したと公表しました。氏名と住所が記載されていました。',
    ].join('\n');
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['株式会社あおば保険サービス', '株式会社ブルーノート食品', '北浜市']);
  });
  it("names a city without a news dateline's prefecture before it (岐阜・美濃川市)", () => {
    const text = `採用試験申込者の情報、閲覧可能に 岐阜・美濃川市、2318人分\n 美濃川市の採用試験の申込システムで、申込者2318人分の氏名と住所が他の申込者から閲覧可能な状態になっていた。`;
    expect(extractIncidents({ text })[0]?.org).toBe('美濃川市');
  });
  it("names a company a news headline ends with in kana (… はやせ運輸), its legal form written in the body", () => {
    const text = `配達員が携帯端末紛失 届け先2914件の情報 はやせ運輸\n 宅配大手のはやせ運輸(東京)は18日、配達員が配達先の氏名と住所を記録した携帯端末1台を紛失したと発表した。\n 株式会社はやせ運輸は、2024年度の取扱個数が約6億個に上る。`;
    expect(extractIncidents({ text })[0]?.org).toBe('株式会社はやせ運輸');
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
    // Quoted without its legal form first, with it further on: the legal form's spelling.
    const arrest = [
      "顧客名簿を転職先に 不正競争防止法違反容疑で元社員逮捕 大阪府警",
      "毎日新聞",
      "2026/11/20 20:41(最終更新 11/20 21:03)",
      "有料記事",
      "812文字",
      "ポスト",
      "シェア",
      "はてなブックマーク",
      "メール",
      "リンク",
      "印刷",
      "住宅リフォーム会社「ミナト住建」の本社が入るビル=大阪市北区で2026年11月20日午後4時12分、木村彩撮影",
      " 勤めていた住宅リフォーム会社から顧客約1万1400人分の情報を持ち出し、転職先の同業他社で営業に使ったとして、大阪府警生活経済課は20日、堺市北区、会社員、坂口健吾容疑者(44)を不正競争防止法違反(営業秘密の領得、使用)の疑いで逮捕した。容疑を一部否認しているという。",
      " 逮捕容疑は、株式会社ミナト住建(大阪市北区)に在籍していた2025年5月ごろ、同社のサーバーに保存されていた顧客約1万1400人分の氏名や住所、電話番号、過去の工事内容と契約金額などが記録されたデータを私物のUSBメモリーにコピーして持ち出し、同年7月に転職した同業の「関西ホームテック」(大阪府吹田市)で営業に使用したとしている。",
      " 府警によると、坂口容疑者はミナト住建で約12年間、営業を担当。持ち出したリストのうち少なくとも約60人に電話や訪問で営業をかけ、17件、計約2300万円の工事契約を結んだとみられる。",
      " ミナト住建は20日、ホームページで「元従業員による顧客情報の不正な持ち出しについて」と題する文書を公表し、対象の顧客に個別に謝罪の文書を送るとした。",
    ].join('\n');
    expect(extractIncidents({ text: arrest })[0]?.org).toBe('株式会社ミナト住建');
  });
  it('names the legal person with the institution it runs, as the page names them together', () => {
    const body = '、患者の氏名や病名が記録されたノートパソコンが盗難に遭ったと発表した。';
    expect(extractIncidents({ text: `病院で患者情報入りPC盗難\n医療法人社団清流会が運営する川辺中央病院(高知市)は12日${body}` })[0]?.org).toBe('医療法人社団清流会 川辺中央病院');
    expect(extractIncidents({ text: `病院で患者情報入りPC盗難\n川辺中央病院(高知市)は12日${body}\n医療法人社団 碧泉会 川辺中央病院` })[0]?.org).toBe('医療法人社団 碧泉会 川辺中央病院');
    expect(extractIncidents({ text: `病院で患者情報入りPC盗難\n川辺中央病院(高知市)は12日${body}` })[0]?.org).toBe('川辺中央病院');
  });
  it('names the company that runs the service a headline names, one of several (「ホテルグランシエロ」など28ホテルを運営する)', () => {
    const text = '■ホテルグランシエロ――予約システムに不正アクセス、宿泊予約者3万3418名の情報流出の可能性\n全国で「ホテルグランシエロ」など28ホテルを運営する株式会社グランシエロホテルズ(本社:東京都港区)は7月8日、宿泊予約システムが不正アクセスを受け、宿泊予約者の氏名や住所が流出した可能性があると発表した。\n■清和学院高校――PTA名簿の盗難\n学校法人清和学院(福岡市)は7月30日、同法人が運営する清和学院高等学校の教員が車上荒らしの被害に遭い、保護者の氏名と住所が記載されたPTA名簿が盗まれたと発表した。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['株式会社グランシエロホテルズ', '学校法人清和学院 清和学院高等学校']);
  });
  it('spells out a headline\'s abbreviation as the body does (JA → みどり丘農業協同組合)', () => {
    const text = 'JA みどり丘にランサムウェア攻撃、組合員など最大3万1,204人分の個人情報が流出した可能性(JA みどり丘) | ScanNetSecurity\nみどり丘農業協同組合(JA みどり丘)は11月6日、基幹業務システムのサーバがランサムウェアに感染し、組合員の氏名や住所が流出した可能性があると発表した。';
    expect(extractIncidents({ text })[0]?.org).toBe('みどり丘農業協同組合');
  });
  it('names a legal person with the institution the page names right after it', () => {
    const body = '同院職員の車両から患者の個人情報を保存したノートパソコンが盗まれたと発表した。';
    expect(extractIncidents({ text: `患者情報入りPC盗難(医療法人社団悠心会)\n医療法人社団悠心会 みなと台クリニックは2月18日、${body}` })[0]?.org).toBe('医療法人社団悠心会 みなと台クリニック');
    expect(extractIncidents({ text: `患者情報入りPC盗難(医療法人社団悠心会)\n医療法人社団悠心会は2月18日、${body}` })[0]?.org).toBe('医療法人社団悠心会');
  });
  it('drops the prefecture a lead writes before the headline\'s city (岐阜県美濃川市教育委員会 under ■美濃川市)', () => {
    const text = `■美濃川市――小学校教諭が児童687人分の成績データ入りUSBメモリを紛失\n岐阜県美濃川市教育委員会は7月16日、市立小学校の教諭が、児童の個人情報が保存されたUSBメモリを紛失したと発表した。\n■北浜市――住民票を誤交付\n北浜市は6月5日、住民票の写しを別の人に誤って交付したと発表した。氏名と住所が記載されていた。`;
    expect(extractIncidents({ text })[0]?.org).toBe('美濃川市教育委員会');
  });
  it('writes a headline\'s short company name as the body writes it with its legal form (東邦ロジ → 東邦ロジスティクス株式会社)', () => {
    const text = `【事件簿#2023-416】東邦ロジ 不正アクセスによる個人情報漏えいについて 2023/11/9\n東邦ロジスティクス株式会社は、配送管理システムが不正アクセスを受け、お客様の氏名と住所が漏えいした可能性があると発表しました。\n【事件簿#2023-415】北浜市 住民票の誤交付について 2023/11/8\n北浜市は、住民票の写しを別の人に誤って交付したと発表した。氏名と住所が記載されていた。`;
    expect(extractIncidents({ text })[0]?.org).toBe('東邦ロジスティクス株式会社');
  });
});


describe('phrases that are no organisation', () => {
  // Real pages' words that looked like names: a section number and heading run into a subject, a bare kind of school, a
  // region (…地区 is no ward), a place on the web, a data object in a timeline line, a chat group.
  const rows: Array<[string, string]> = [
    ['5 再発防止策 教育委員会', 'a section number and heading run into the subject'],
    ['小中学校', 'a bare kind of school'],
    ['関東地区', 'a region, not a ward (区)'],
    ['インターネット上', 'a place on the web'],
    ['補助金等に係るデータを市外幼稚園', 'a timeline line sending data (データを)'],
    ['SNSグループ', 'a chat group'],
    ['ホームセンター', 'a kind of shop'],
    ['大手ネット子会社', 'a subsidiary described, not named'],
    ['Published', 'a byline\'s word'],
    ['date 2025-03-02', 'a date line\'s label'],
    ['トップページ', 'a breadcrumb\'s first step'],
    ['・株式会社', 'a legal form alone after a bullet'],
    ['マイナンバー通知カード誤配達', 'a headline\'s incident (…誤配達)'],
    ['本学会', 'the society speaking of itself'],
    ['当財団', 'the foundation speaking of itself'],
    ['最近大学', 'a time word run into a kind of body (ここ最近大学で起きた)'],
    ['当該小学校', 'the school already named'],
    ['委託先データセンター', 'a contractor described, not named'],
    ['クリニック・病院', 'kinds of body joined'],
    ['Date:', 'a date line\'s label with its colon'],
    ['反省', 'a word ending in 省 (深く反省し)'],
    ['2024年5月22日当協会', 'a date run into a self-reference'],
    ['ネット通販', 'a kind of business'],
    ['区立小学校', 'a kind of school by its founder'],
    ['出身中学校', 'a school one came from'],
  ];
  it.each(rows)('%s (%s)', (name) => {
    expect(findOrgNames(`${name}は、`).map((n) => n.text)).toEqual([]);
  });
  it('reads a short first line that is a sentence (…において、…がわかった。) as the lead, not a title', () => {
    const text = '足立区立の障害者施設「北浜福祉園」において、利用者12人の個人情報が所在不明になっていることがわかった。\n紛失が明らかになったのは、利用者12人の健康保険証コピーなどを保管したファイル。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['北浜福祉園']);
  });
  it('takes the name a lead sentence gives after the seat it describes (…市に本店のある北浜信用金庫で…), not the seat', () => {
    const text = '青葉県北浜市に本店のある北浜信用金庫で顧客1万8316人分の個人情報が漏えいした可能性のあることが分かりました。\n北浜信用金庫の発表によりますと、USBメモリが所在不明になっているということです。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['北浜信用金庫']);
  });
  it("takes no date line's label (date 2025-…) for the organisation of the lead after it", () => {
    const text = ' date 2025-03-02 青葉県美里市の美里中央病院で、患者の情報が記録されていたUSBメモリ1個が紛失していたことがわかりました。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['美里中央病院']);
  });
  it('leaves a page whose lead starts with インターネット上で、 without an organisation', () => {
    const text = 'インターネット上で、特定のアドレスを入力すると、町の「ご意見箱」に住民から寄せられた内容が閲覧できる状態になっていたことが6月2日に判明しました。\n\n 現在は閲覧できないようにしています。保守業者が調べたところ、過去4年間に2,208件の「ご意見」があり、うち2,113件に個人情報が含まれていました。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual([null]);
  });
});

describe('an operator named by what it runs', () => {
  it('names a kanji name after what it runs as an announcement\'s subject (…を運営する北浜出版は、…と発表した)', () => {
    const text = '県内の中学生を対象とした模擬試験「北浜全県模試」を運営する北浜出版は、自社Webサイトが不正アクセスを受け、受験生ら約12万件の氏名や住所が流出したおそれがあると発表した。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['北浜出版']);
  });
  it('names the operator whose server a lead tells of (…を運営するミナトフロンティアのサーバーが…), not a facility the notice runs itself', () => {
    const text = 'あなたの情報は安全?ミナトCLUB情報漏洩の影響と対策\n\n2025年1月18日、ミナト倶楽部を運営するミナトフロンティアのサーバーが不正アクセスを受けたことが発覚しました。会員の氏名や住所が漏洩した可能性があるとされています。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['ミナトフロンティア']);
    const own = 'お客様情報の閲覧について\n\nこのたび、当社が運営するホテルの予約管理システムにおいて、お客様の氏名と電話番号が第三者に閲覧された可能性があることが判明しました。';
    expect(extractIncidents({ text: own }).map((i) => i.org)).not.toContain('ホテル');
  });
  it('names the one whose own shop the lead tells of (…の公式オンラインショップで), without the trade before a katakana name', () => {
    const text = '2025年6月26日、サッカークラブ・ハルカゼ北浜の公式オンラインショップで深刻なセキュリティインシデントが発覚しました。709名分の氏名や住所が閲覧可能な状態だったのです。';
    expect(extractIncidents({ text })[0]?.org).toBe('サッカークラブ・ハルカゼ北浜');
    const trade = '国内のホテル予約客の情報が流出\n\nホテル予約システムを提供する仏IT企業ミナトブッキング社のサーバーへの不正アクセスにより、宿泊施設を予約した利用客の氏名や住所が流出した可能性がある。';
    expect(extractIncidents({ text: trade })[0]?.org).toBe('ミナトブッキング社');
  });
  it('takes no site an operator runs for the operator (…が運営するウェブサイトのサーバーに対して)', () => {
    const text = '模擬試験を運営する出版社で不正アクセス被害\n2025年4月下旬に同社サーバーが外部からの不正アクセスを受け、およそ33万件の氏名や住所が流出した可能性があるという。\n不正アクセスは、北浜出版が運営するウェブサイトのサーバーに対して行われたもの。';
    expect(extractIncidents({ text })[0]?.org ?? null).not.toBe('ウェブサイト');
  });
  it('takes no description before a shop for its owner (激安インク販売の通販サイトから…)', () => {
    const text = '激安インク販売の通販サイトから6,432人分の個人情報流出!\n通販サイト「こまち本舗」から、6,432人分の氏名や住所が流出した可能性がある。';
    expect(extractIncidents({ text })[0]?.org).not.toBe('激安インク販売');
  });
});

describe('words that are no organisation', () => {
  it('takes no visit to an office for a name (…と児童相談所へ来庁し、)', () => {
    const text = '受診券の誤発送について\n区民が「封書に別人の受診券が入っていた。」と児童相談所へ来庁し、誤発送が判明しました。受診券には氏名と住所が記載されていました。';
    expect(extractIncidents({ text })[0]?.org ?? null).not.toBe('来庁');
  });
  it('takes no device a story starts with for its subject (メモリーは1日に…届けられ)', () => {
    const text = 'メモリーは1日に同社に郵送で届けられ、同社が県警へ連絡したことで発覚した。記録されていたのは事件の被害者の氏名や住所など約1300件で、巡査長が紛失していたという。';
    expect(extractIncidents({ text })[0]?.org ?? null).not.toBe('メモリー');
  });
  it('takes no form a column is about (Googleフォームは、…) and no report\'s section (…調査で見えてくる…) for the organisation', () => {
    const text = 'Googleフォームは、講演会の申込やアンケートの収集など、簡便な方法で情報を集めることができる非常に便利なツールです。\n\nこの記事では、北浜東海証券の事例を紹介します。\n\n北浜東海証券が主催する講演会の申込フォームで、設定ミスにより最大95件の氏名やメールアドレスが第三者に閲覧可能な状態になった事例があります。';
    expect(extractIncidents({ text })[0]?.org).not.toBe('Googleフォーム');
  });
  it('reads a name whose letters are spaced out after its legal form (株式会社 北 浜 銀 行) whole', () => {
    const text = '平成26年7月10日\n各 位\n株式会社 北 浜 銀 行\nお客さま情報の紛失(誤廃棄)について\n株式会社北浜銀行におきまして、このたび、お客さまの手形・小切手の情報を保存していたMOを紛失(誤廃棄)していることが判明いたしました。\n記載されていた情報 お客さまのお名前、ご住所';
    expect(extractIncidents({ text })[0]?.org).toBe('株式会社北浜銀行');
  });
});

describe('a notice that names itself', () => {
  it('names the issuer that defines itself as 当協会, not the vendor whose incident it tells of', () => {
    const text = 'ニュース その他\nこの度、一般財団法人北浜野球協会(以下「当協会」)が、講習会の受講料の決済に利用しておりました決済サービス会社、株式会社ミナトペイメント(以下「MP社」)におきまして、MP社の決済情報データベースへの不正アクセスによる情報流出が発生いたしました。\nクレジットカードで決済された皆さまのカード番号や氏名も、流出が懸念されることが判明致しました。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['一般財団法人北浜野球協会']);
  });
  it('drops a description before the name it defines (…の提供者であるノーヴェイン・ジャパン合同会社(以下「当社」))', () => {
    const text = 'お客様情報の流出について\n米国法人および日本におけるサービス提供者であるミナトテック・ジャパン合同会社(以下「当社」)は、当社のサーバーが不正アクセスを受け、お客様の氏名とメールアドレスが流出したことを確認しました。';
    expect(extractIncidents({ text })[0]?.org).toBe('ミナトテック・ジャパン合同会社');
  });
});

describe('a news lead\'s subject', () => {
  it('names a kanji name alone that announced (資生堂は2日、…と発表した), spelled with its legal form where the body writes it', () => {
    const text = '汐見堂は2日、化粧品子会社「ミナト」の通販サイトに不正アクセスがあり、個人情報約42万件が流出した可能性があると発表した。\n同社によると、氏名や住所が含まれていた。';
    expect(extractIncidents({ text })[0]?.org).toBe('汐見堂');
    const spelledOut = text + '\nお問い合わせ:株式会社汐見堂 お客様窓口';
    expect(extractIncidents({ text: spelledOut })[0]?.org).toBe('株式会社汐見堂');
  });
  it('takes no person or department that announced for a kanji name', () => {
    for (const subject of ['男性', '北浜県環境生活部']) {
      const text = `${subject}は2日、委託先がランサムウェアの攻撃を受け、申請者の氏名や住所が流出したおそれがあると発表した。`;
      expect(extractIncidents({ text })[0]?.org ?? null, subject).not.toBe(subject);
    }
  });
  it('reads a long first line with a comma and its full stop as the lead, its announcing subject the name (…チェーンのウエルシア薬局は、…と発表しました。)', () => {
    const text = 'ドラッグストアチェーンのミナト薬局は、従業員のパソコンが不正アクセスを受け、顧客情報およそ4万人分などが漏洩(ろうえい)した恐れがあると発表しました。\nミナト薬局によりますと、漏洩の恐れがあるのは通販サイトで買い物をした3万9805人分の名前や住所です。';
    expect(extractIncidents({ text })[0]?.org).toBe('ミナト薬局');
  });
  it('names a lead\'s subject after the day and time (…取引所コインチェック(Coincheck)は2日22時30分ごろ、), without its trade', () => {
    const text = '緊急報告\n国内大手暗号資産取引所ミナトチェック(Minatocheck)は2日22時30分ごろ、ドメイン登録サービスのアカウントに不正アクセスを確認したと報告。顧客のメールアドレスなど約200件が第三者に取得された可能性がある。';
    expect(extractIncidents({ text })[0]?.org).toBe('ミナトチェック');
  });
  it('names the announcing subject of a sentence opening with the day (2020年11月17日、Peatix Japanは…と発表しました)', () => {
    const text = 'イベントサービスの不正アクセスまとめ\n2020年11月17日、Minato Japanは米本社が提供するイベント管理サービスが不正アクセスを受け、利用者の氏名やメールアドレスが取得されたと発表しました。';
    expect(extractIncidents({ text })[0]?.org).toBe('Minato Japan');
  });
  it('names a company with its legal form running the service the lead tells of (…ぴあ株式会社が運営する…で)', () => {
    const text = 'リセールサービスで発生した個人情報漏えい\n2025年6月23日、汐見ぴあ株式会社が運営するチケットリセールサービス「ミナトチケット」で、一部顧客の氏名や電話番号が別の顧客に閲覧可能な状態になっていたのです。';
    expect(extractIncidents({ text })[0]?.org).toBe('汐見ぴあ株式会社');
  });
  it('names the one a regulator acted against (個人情報保護委員会は、北浜塾に対して、…行政指導を実施)', () => {
    const text = '発表日時2024/2/29\n個人情報保護委員会は、北浜塾に対して、個人情報の保護に関する法律の第147条に基づく個人情報等の取扱いについて、行政指導を実施。同委員会によると北浜塾の元職員が、児童の写真や氏名を含む個人データを私用スマートフォンへ記録し、SNSに掲載して漏えいさせた。';
    expect(extractIncidents({ text })[0]?.org).toBe('北浜塾');
  });
  it('names where a lead says the incident happened (…協会にてメールアカウントが不正アクセス被害), a municipality\'s school by its municipality', () => {
    const text = '発表日時2024/5/28\n北浜県信用保証協会にてメールアカウントが不正アクセス被害。同協会にてメールアカウントが第三者からの不正アクセスを受け、取引先の氏名やメールアドレスが閲覧された可能性がある。';
    expect(extractIncidents({ text })[0]?.org).toBe('北浜県信用保証協会');
    // (After この度、 too.)
    const polite = 'お詫び\nこの度、北浜記念病院において、検査された方の診療情報が保存された電子記録媒体の紛失が判明しました。';
    expect(extractIncidents({ text: polite })[0]?.org).toBe('北浜記念病院');
    // A school a municipality runs, told by its kind alone: the municipality.
    const school = '発表日時2024/5/28\n北浜市立小学校において、教員が児童の氏名と成績を保存したUSBメモリを紛失する事案が発生しました。';
    expect(extractIncidents({ text: school })[0]?.org).toBe('北浜市');
  });
  it('names a public office where a lead says the incident happened (…府税事務所において、), but takes no office elsewhere for a name', () => {
    const text = '北浜県東浦府税事務所において、個人情報が記載された申立書を紛失するという事案が発生しました。このような事案が生じたことをお詫びいたします。';
    expect(extractIncidents({ text })[0]?.org).toBe('北浜県東浦府税事務所');
    const desk = '北浜県は、個人情報が記載された申立書を紛失したと発表した。申立書は東浦府税事務所で保管していた。';
    expect(extractIncidents({ text: desk })[0]?.org).toBe('北浜県');
  });
  it('names a prosecutors\' office, a court or a bar association that lost the data, but no court that tried someone else\'s case', () => {
    for (const org of ['北浜地方検察庁', '北浜地方裁判所', '北浜弁護士会', '北浜国税局']) {
      const text = `${org}は、個人情報が記載されたファイルを紛失したと発表した。担当の職員が自宅に持ち帰った際に置き忘れたという。`;
      expect(extractIncidents({ text })[0]?.org).toBe(org);
    }
    // (A district court's short form, and no law named in the story, 「DV防止法に基づく保護命令」.)
    const clerk = '北浜地裁の男性書記官が、DV防止法に基づく保護命令を申し立てた女性の住所や携帯電話番号を、元夫に誤って知らせていたことが分かった。';
    expect(extractIncidents({ text: clerk })[0]?.org).toBe('北浜地裁');
    // (A headline naming the court that ordered a company to pay names no party to the leak.)
    const ruling = 'カード情報流出、開発会社に賠償命令 北浜地裁\n通販サイトが不正アクセスを受けて顧客のクレジットカード情報が流出したのは、サイトを開発した会社が対策を怠ったためだとして、通販会社の株式会社ミナトノ生活が損害賠償を求めた訴訟の判決が言い渡された。';
    expect(extractIncidents({ text: ruling })[0]?.org).toBe('株式会社ミナトノ生活');
    // (A guard: a court that tried the case is no victim, 裁判所 being a name now.)
    const trial = '顧客情報売却の元社員に有罪判決\n北浜地方裁判所は、ミナト商事の顧客情報を名簿業者に売却した元社員に懲役2年の判決を言い渡した。顧客情報約300件が流出していた。';
    expect(extractIncidents({ text: trial })[0]?.org).toBe('ミナト商事');
  });
  it("names a municipality's school told by its kind alone by its board where the page names it, else by its municipality", () => {
    const withBoard = '北浜市立中学校でUSBメモリー紛失\n北浜市立中学校の教諭が、生徒35人の成績を保存したUSBメモリーを紛失した。北浜市教育委員会が18日、発表した。';
    expect(extractIncidents({ text: withBoard })[0]?.org).toBe('北浜市教育委員会');
    const alone = '北浜市立小学校で通知表を誤配信\n北浜市立小学校の教員が、児童の通知表を別の保護者にメールで誤って送信した。';
    expect(extractIncidents({ text: alone })[0]?.org).toBe('北浜市');
  });
  it('names museums and libraries that lost the data (…博物館では、…図書館は), not a city department by its kind alone (中央図書館において)', () => {
    const museum = '北浜科学博物館では、個人情報の適切な管理を行ってまいりましたが、この度、当館の電子メールシステムへの不正アクセスがあり、電子メールアドレスの一部が外部へ漏えいしたことが判明しました。';
    expect(extractIncidents({ text: museum })[0]?.org).toBe('北浜科学博物館');
    const observatory = '令和4年4月17日(日)、北浜研究機構南浦天文台の職員が使用していた個人情報を含むUSBメモリ1個を紛失したことが判明しました。';
    expect(extractIncidents({ text: observatory })[0]?.org).toBe('北浜研究機構南浦天文台');
    const library = '北浜市立中央図書館は、システム開発を委託した業者のサーバーから利用者163人の氏名と電話番号が流出したと発表した。';
    expect(extractIncidents({ text: library })[0]?.org).toBe('北浜市立中央図書館');
    const desk = '事務処理ミスの公表 北浜市\n担当課 中央図書館\n中央図書館において、利用者カード申込書27人分を紛失しました。申込書には、申込者の氏名、住所が記載されていました。';
    expect(extractIncidents({ text: desk })[0]?.org).not.toBe('中央図書館');
  });
  it('takes no kind of body (協力病院, 労働組合, 政府, 大手損保) and no phrase with a particle in it for a name', () => {
    for (const word of ['協力病院', '労働組合', '政府', '大手損保', '所属学校', '地域包括支援センター']) {
      const text = `${word}は、個人情報が記載された書類を紛失したと発表した。`;
      expect(extractIncidents({ text })[0]?.org ?? null).not.toBe(word);
    }
    // (Nor a count of towns: 「北浜、南浦の3市と2町で」.)
    const towns = '確定申告書類の誤送付\n誤送付があったのは北浜、南浦の3市と2町で、別人の氏名と住所が印字された書類が434人に届いた。';
    expect(extractIncidents({ text: towns })[0]?.org ?? null).toBeNull();
    const run = '株式会社北浜が運営する通販サイト「ミナトショップ」は、不正アクセスによりカード情報が流出したと発表した。';
    expect(extractIncidents({ text: run })[0]?.org).toBe('株式会社北浜');
  });
  it("names a company by its bare name before the seat in its aside (ミナトマーケティング(ミナト、大阪市)), not by the seat", () => {
    const text = '顧客情報928万件流出\nコールセンター業務を受託するミナトマーケティング(ミナト、大阪市)が企業から請け負い、サーバー管理を担うミナトソリューションズ(大阪市)の元派遣社員が、顧客情報を不正に持ち出していたことが分かった。';
    expect(extractIncidents({ text })[0]?.org).toBe('ミナトマーケティング');
  });
  it("names a kana name with an institution's ending announcing (はながさき信用金庫は、…と発表した), が and all", () => {
    const text = 'はながさき信用金庫は、支店で保管していた振込依頼書が紛失していることが判明したと発表した。振込依頼書には、依頼人の氏名、振込金額が記載されている。';
    expect(extractIncidents({ text })[0]?.org).toBe('はながさき信用金庫');
  });
  it('names the first of group companies announcing together (楽天、楽天カード、楽天Edyは12月25日、)', () => {
    const text = '汐見、汐見カード、汐見Payは12月25日、利用中の営業管理用SaaSが不正アクセスを受け、保管していた個人情報など最大148万件が流出した可能性があると発表しました。\n問題発覚後は、顧客への案内を行うとともに、中央省庁や個人情報保護委員会への報告を行った。';
    expect(extractIncidents({ text })[0]?.org).toBe('汐見');
  });
  it('takes no photo\'s credit for the organisation (…幹部ら (c)北浜新聞社)', () => {
    const text = '会見したミナト総研の幹部ら (c)北浜新聞社\n\n大容量のファイルを送信できるサービスが不正アクセスを受けた。480万件を超える氏名やメールアドレスが漏洩した可能性があるという。';
    expect(extractIncidents({ text })[0]?.org).not.toBe('北浜新聞社');
  });
});

describe('bodies and descriptions', () => {
  it('reads a council (…社会福祉協議会) as a body that ends a name', () => {
    const text = '北浜県社会福祉協議会の業務システムにおいて個人情報がインターネット上で閲覧可能な状態にあった事案について\n本会では、保守管理会社が当該システムの誤設定をしたことにより、講師の氏名や住所が閲覧可能な状態にありました。';
    expect(extractIncidents({ text })[0]?.org).toBe('北浜県社会福祉協議会');
  });
  it('takes the lead\'s name over a headline\'s place describing a body it does not name (岐阜市の病院に…)', () => {
    const text = '汐見市の病院に不正アクセス、患者11万人分の情報流出か\n汐見市の北浜病院は4日、外部から不正アクセスを受け、患者や職員、計約11万人分の氏名や住所が流出した可能性があると発表した。';
    expect(extractIncidents({ text })[0]?.org).toBe('北浜病院');
    const same = '汐見市の小学校で通知表32人分が所在不明に\n同市教育委員会は7月14日、市立東小学校で、通知表32人分が所在不明になっていると発表しました。児童の氏名と成績が記載されていました。';
    expect(extractIncidents({ text: same })[0]?.org).toBe('汐見市');
  });
  it('names a kana-headed name after what it runs as an announcement\'s subject (調剤薬局を展開するたんぽぽ薬局は、)', () => {
    const text = 'PCが所在不明 - 調剤薬局\n\n調剤薬局を展開するすずらん薬局は、北浜県の高岡店において、患者の氏名や処方内容が保存されているパソコンの紛失が判明したことを明らかにした。';
    expect(extractIncidents({ text })[0]?.org).toBe('すずらん薬局');
  });
  it('takes no anti-phishing council a story cites for the organisation', () => {
    const text = '大手ECかたるフィッシング、報告件数は約18万件\nフィッシング対策協議会は2日、大手ECサイトをかたるフィッシングメールの報告が急増していると発表した。偽サイトでクレジットカード番号や氏名を入力させる手口だという。';
    expect(extractIncidents({ text }).map((i) => i.org)).not.toContain('フィッシング対策協議会');
  });
});

describe('legal forms', () => {
  it('reads a body\'s name with an officer\'s title written onto it on a dateline (北浜大学理事・副学長(教育担当))', () => {
    const text = '平成29年2月13日\n北浜大学理事・副学長(教育・東千田担当)\n宮 谷 真 人\nこのたび、本学医学部推薦入試における合否通知の発送について、受験生の住所を入れ違えて発送するという事案がありました。受験生2名の氏名と住所が記載された通知が別の方に届いていました。';
    expect(extractIncidents({ text })[0]?.org).toBe('北浜大学');
  });
  it('reads a mutual company (…生命保険相互会社) on its own line as the issuer', () => {
    const text = '平成25年11月1日\n北浜生命保険相互会社\nお客様情報の過大な開示(個人情報の漏えい)について\n当社は、差押債権者様へお客様の生年月日と電話番号を過大に開示していたことが判明いたしました。';
    expect(extractIncidents({ text })[0]?.org).toBe('北浜生命保険相互会社');
  });
});

describe('a police station', () => {
  it('names the station that lost the data, as the lead\'s subject or the place of the headline\'s loss', () => {
    const lead = '北浜県警汐見署は、同署地域課の男性巡査長が、個人情報が記載された捜査資料を紛失したと発表した。資料には2人分の氏名や住所が記されていた。';
    expect(extractIncidents({ text: `市民の届け出で紛失発覚\n\n${lead}` }).map((i) => i.org)).toEqual(['北浜県警汐見署']);
    const headline = '港北警察署で約1400人の個人情報が記された書類など計9冊のファイルを紛失していたことがわかりました。\n\n質問票には、氏名や病気に関する質問など、約1400人の個人情報が記載されていました。';
    expect(extractIncidents({ text: headline }).map((i) => i.org)).toEqual(['港北警察署']);
  });
  it('takes no clause made a noun for a lead\'s subject (…が無くなっていたことが14日、…分かった)', () => {
    const text = '自動車学校が汐見署に提出した受講者の書類1枚が無くなっていたことが14日、県警への取材で分かった。県警は署内で紛失したとみている。書類には住所と氏名が記されていた。';
    expect(extractIncidents({ text })[0]?.org ?? '').not.toMatch(/こと$/);
  });
  it('takes no station a report went to, nor a news site\'s tag line naming one', () => {
    const tag = '北浜県警汐見署\n\n社会福祉法人汐見福祉会は28日、利用者32人の個人情報を記した書類1冊を紛失したと発表した。氏名や電話番号を記していた。同法人は北浜県警汐見署に遺失届を出した。';
    expect(extractIncidents({ text: tag }).map((i) => i.org)).toEqual(['社会福祉法人汐見福祉会']);
    const report = '株式会社ミナト工房、港北警察署に被害届\n\n同社の通販サイトが不正アクセスを受け、顧客の氏名や住所が流出した可能性がある。';
    expect(extractIncidents({ text: report }).map((i) => i.org)).not.toContain('港北警察署');
  });
});

describe('a heading that is no title', () => {
  it('reads the lead taken for a heading (a page with no title line) for its subject', () => {
    const text = '東浜交通社は4日、ツアー参加者など約31万人分の顧客データが外部に流出していたことを明らかにした。流出した個人情報は、氏名、住所、電話番号、生年月日。\n東浜交通社は、警視庁に届け出るとともに、対策本部を設けた。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['東浜交通社']);
  });
  it('reads the story above a heading that stands below it (a dateline after the story), and no lead on the first line as a title', () => {
    const text = '物流大手の北浜運輸(本社:東京都江東区)は9日、個人情報約900名分を含む業務情報がインターネット上に流出したと発表した。\n同社によると、従業員のパソコンからファイル共有ソフトを通じて流出したという。\n(2025/03/11 ネットセキュリティ速報)\n流出した情報には氏名と住所が含まれる。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['北浜運輸']);
  });
  it('takes a headline\'s first phrase the lead echoes as its subject (はるか、… / はるかは4月25日、), kana and all', () => {
    const text = 'ネットの話題\n\nはるか、チケットサイトから個人情報8万件流出か カード情報も\n\n» 2025年04月25日 13時19分 公開\n\n はるかは4月25日、同社が運営するチケット販売サイトが不正アクセスを受け、会員の個人情報約8万件が流出した可能性があると発表した。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['はるか']);
    // (Not a phrase the lead does not take as its subject.)
    const other = 'ネットの話題\n\nはるか、チケットサイトから個人情報8万件流出か カード情報も\n\n 同社は4月25日、運営するチケット販売サイトが不正アクセスを受け、会員の個人情報約8万件が流出した可能性があると発表した。';
    expect(extractIncidents({ text: other }).map((i) => i.org)).not.toEqual(['はるか']);
  });
  it('takes the lead\'s subject over a ministry a headline names first (観光庁が…に報告指示)', () => {
    const text = '旅行会社の個人情報流出が続く、観光庁が北浜通運「ミナトツアーズ」にも報告指示\n\n「ミナトツアーズ」の名称で旅行商品を販売する北浜通運は2025年5月9日、外部からの不正アクセスにより、一部の利用客の個人情報が流出したことを発表した。対象は利用客1,847件。';
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['北浜通運']);
  });
});

describe('names run into their neighbours', () => {
  it('reads no label in 会社名北浜市 (a table\'s label run into its value)', () => {
    const text = '書類を紛失\n\n会社名北浜市\n漏洩種別紛失\n';
    expect(orgFromBody(text, 0, text.length)?.org).toBe('北浜市');
  });
});
