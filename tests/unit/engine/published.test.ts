// The date each incident was announced: rows of short pages with the date the engine must (or must not) give.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/pipeline';

const article = (body: string, byline: string) =>
  `通販サイトに不正アクセス - 顧客情報流出の可能性\n\n${body}顧客の氏名、住所、電話番号が流出した可能性がある。\n\n${byline}\n`;

describe('published', () => {
  const rows: Array<[string, string, string | null]> = [
    [
      'no date of the event under its numbered label (1.発生年月日 / 令和6年6月25日), nor after 発生日: or 日時 :',
      'ファミリー・サポート・センターにおけるメール誤送信について\n1.発生年月日\n令和6年6月25日(火曜日)\n2.事案概要\n会員へのメールを送信した際に、誤って他の会員の氏名と電話番号を記載したファイルを添付しました。\n3.対応\n受信者にメールの削除を依頼しました。\n4.再発防止策\n送信前に複数の職員で確認します。\n',
      null,
    ],
    [
      'no date of the event after a numbered 発生日: label',
      'メール誤送信について\n  1. 発生日:令和5年5月23日(火)\n  2. 内容:誤って送信先の宛先が確認できる状態で、会員30名にメールを送信しました。\n  3. 対応:受信者にメールの削除を依頼しました。\n  4. 再発防止策:送信前に複数の職員で確認します。\n',
      null,
    ],
    [
      'a full date the story says the notice came out on, nothing else dating it (…2023年10月17日に公表しました)',
      '元派遣社員による顧客情報の流出\n\nコールセンター業務を担う元派遣社員が顧客情報を不正に持ち出し、第三者に流出させていたことがわかり、2023年10月17日に公表しました。\n',
      '2023-10-17',
    ],
    [
      'a sentence led by the full date its announcement was made (2025年8月8日、…より…発表されました)',
      '通販サイトのカード情報漏洩\n\n2025年8月8日、ホビー用品を扱うECサイトの運営元であるミナト屋株式会社より、クレジットカード情報を含む個人情報が漏洩した可能性が公式に発表されました。\n',
      '2025-08-08',
    ],
    [
      'no date of a document another body published, nor of an apology made at a family\'s home',
      '通販サイトのカード情報流出\n\nミナト堂の通販サイトでクレジットカード情報が流出した。協議会は、2017年3月8日に公表した「実行計画」において、非保持化を求めていた。\n学校は令和7年3月29日に家庭訪問し、保護者に謝罪を行った。\n',
      null,
    ],
    [
      'a summary closing with its announcement date in slashes (【2025/09/19公表】)',
      '北浜大学でメール誤送信、300件のアドレス露出\n\n何が起きた?\n\n北浜大学の職員がセミナー案内メールをBCCではなくTOで一斉送信し、受信者間でメールアドレスが表示された。漏えい件数は300件。【2025/09/19公表】\n\n経緯\n2025/09/11:案内メールをTOで一斉送信\n',
      '2025-09-19',
    ],
    [
      "a timeline's line for the announcement (2025/09/19:対外公表)",
      'メール誤送信について\n\n北浜大学の職員が案内メールをTOで一斉送信し、受信者300名のメールアドレスが表示される状態となった。\n\n経緯\n2025/09/11:案内メールをTOで一斉送信\n2025/09/19:対外公表\n',
      '2025-09-19',
    ],
    [
      "a digest's bullet led by its month and day with a slash (・11/5 …:…), in the year of the page",
      '月間インシデントまとめ(2024年11月)\n2024年12月2日\n\n■11月の主なインシデント\n\n・11/1 株式会社カネマツ食品:公式通販サイトに不正アクセス、クレジットカード情報2,051件が流出した可能性\n https://www.example.jp/news/1\n\n・11/5 西ヶ丘市教育委員会:教員が保護者あてメールに生徒の成績一覧を誤って添付、生徒148名分の氏名と成績が流出\n https://www.example.jp/news/2\n',
      '2024-11-01',
    ],
    [
      'a lead closing with the day its subject announced (…と4日に公表した), under a dateline of the next day',
      '運送会社にランサムウェア攻撃 最大4万2千人分流出の恐れ\n\n2025.03.05 17:42\n\n株式会社ミナト運輸サービスは、社内のサーバーがランサムウェアに感染し、最大で約4万2千人分の個人情報が外部に流出した可能性があると4日に公表した。\n',
      '2025-03-04',
    ],
    [
      "a city page's 掲載日 under its notice and the page's list of other notices",
      '介護保険認定調査票の紛失について\n\n市職員が、介護保険の認定調査票12名分をバスの車内に置き忘れ、紛失しました。氏名、住所が記載されていました。\n\n関連情報\n・市立図書館の臨時休館について\n・成人式の開催結果について\n\n掲載日:令和7年3月4日\nページ番号:0031827\n',
      '2025-03-04',
    ],
    [
      'a news byline in brackets with share buttons after it',
      article('同サイトを運営するハーベストリンクが6月5日に発表したもの。', '(Security NEXT - 2024/06/07 ) このエントリーをはてなブックマークに追加'),
      '2024-06-05',
    ],
    [
      'a sentence opening with the full day, its subject then announcing',
      article('2025年11月26日、株式会社カネマツ物流はランサムウェア被害に関する調査結果(第2報)を公表しました。11月10日の第1報の時点では不明でした。従業員の氏名が流出しました。', '(Security NEXT - 2025/11/28 )'),
      '2025-11-26',
    ],
    [
      'the day named as the announcement\'s in brackets (公表は11月19日)',
      article('白鷺高等学校(ホームページ上の公表は11月19日)によると、調査書を別の大学へ誤送付した。生徒の氏名が記載されていた。11月14日に判明した。', '(Security NEXT - 2025/11/21 )'),
      '2025-11-19',
    ],
    [
      'not an earlier report the notice refers back to (…にお知らせいたしました「…」に関し)',
      'ランサムウェア被害による個人情報漏えいに関するお知らせ\nお知らせ\n2025.01.20\nランサムウェア被害による個人情報漏えいに関するお知らせとお詫び\n株式会社ノースブリッジ\n当社は、2024年12月2日にお知らせいたしました「当社サーバーへの不正アクセスについて」に関し、調査が完了いたしました。登録スタッフの氏名、住所が漏えいしました。',
      '2025-01-20',
    ],
    [
      'the day a notice was put up (…付で弊社ウェブサイトに掲載いたしました)',
      article('本件の詳細は、2025年4月18日付で弊社ウェブサイトに掲載いたしました「個人情報漏えいに関するお詫びとお知らせ」をご確認ください。お客様のクレジットカード情報が漏えいしました。', '2025年4月20日'),
      '2025-04-18',
    ],
    [
      'the notice\'s own date near its title over the page\'s update date at its top',
      '介護保険料額決定通知書の誤送付について | すずかけ町\n更新日:2024年7月22日\n本文へ\n文字サイズ\n標準\n拡大\n背景色\n白\n黒\nくらし・手続き\n子育て・教育\n健康・福祉\n産業・観光\n町政情報\nホーム > 町政情報 > 報道発表 > 介護保険料額決定通知書の誤送付について\n介護保険料額決定通知書の誤送付について\nページID:4127\n印刷\n\n令和6年7月19日\n\nこのたび、被保険者312人分の氏名と住所が記載された通知書を別の方へ誤って送付しました。',
      '2024-07-19',
    ],
    [
      'a sentence opening with the day it was announced',
      article('同大は8月6日に同サイトを停止し、個人情報保護委員会へ報告した。8月20日に発表を行い、対象者に謝罪した。', '(Security NEXT - 2024/08/22 )'),
      '2024-08-20',
    ],
    [
      'a sentence opening with the day it was announced, a place between (11月27日に同会ウェブサイトで…公表した)',
      article('同会では翌21日に警察へ被害届を提出。11月27日に同会ウェブサイトで事実を公表した。', '(Security NEXT - 2024/12/01 )'),
      '2024-11-27',
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
      'the day of the announcement named as such (6月10日の公表時点で)',
      article('同サーバを停止し、対象者に謝罪している。6月10日の公表時点で、二次被害は確認されていない。', '(Security NEXT - 2025/06/11 )'),
      '2025-06-10',
    ],
    [
      'not a day before 公表 that is the day of another act (6月10日の公表資料を修正)',
      article('同サーバを停止し、対象者に謝罪している。6月10日に公表資料を修正した。', '(Security NEXT - 2025/06/11 )'),
      '2025-06-11',
    ],
    [
      'a press release\'s date over its contact lines and repeated title (報道発表資料 / 令和6年11月5日 / 担当課 / 電話番号 / title)',
      '子育て講座申込者へのメール誤送信について - 汐見市ホームページ\n本文へスキップ\n汐見市\n文字サイズ 標準 拡大\n背景色 白 黒 青\nForeign Language\nサイトマップ\n検索\nくらし・手続き\n子育て・教育\n健康・福祉\n観光・文化・スポーツ\n事業者向け情報\n市政情報\n現在の位置: ホーム > 市政情報 > 広報・報道 > 報道発表資料 > 令和6年11月 > 子育て講座申込者へのメール誤送信について\n子育て講座申込者へのメール誤送信について\nページ番号 1024587 更新日 令和6年11月5日\n印刷\n大きな文字で印刷\n報道発表資料\n令和6年11月5日\n担当課:こども未来部 子育て支援課\n電話番号:0466-21-7734(直通)\n子育て講座申込者へのメール誤送信について\n講座申込者43名のメールアドレスが他の受信者から確認できる状態で送信しました。',
      '2024-11-05',
    ],
    [
      'a listed item\'s title led by its day, the year from the page (① 2月21日 …)',
      '報道発表資料(2025年2月) - 那珂県ホームページ\n最終更新日:2025年2月27日\n① 2月26日 県ホームページへのDDoS攻撃について\n担当課:総務部\n概要:2月25日午前10時頃から午後2時頃にかけて、県ホームページが大量のアクセスを受け、閲覧しにくい状態になりました。個人情報の流出はありません。\n② 2月21日 移住ポータルへの不正アクセスについて\n担当課:地域振興部\n概要:委託先が運営するポータルのサーバーが不正アクセスを受け、会員1万3,482名の氏名、メールアドレスが外部に流出した可能性があることが判明しました。',
      '2025-02-26',
    ],
    [
      'a notice\'s own dated line over the page\'s update date',
      '委託先における市民意識調査の個人情報の漏えいについて(お詫び)\n更新日:2024年11月21日\nページ番号:0012874\n令和6年11月20日\n 本市が実施した市民意識調査において、委託事業者が回答者の氏名と住所を含むファイルを閲覧可能な状態にしていたことが判明しました。',
      '2024-11-20',
    ],
    [
      "a news site's dateline under a long menu (over forty lines down)",
      `生徒238人分の成績、学校HPで閲覧可能に:毎朝新聞デジタル\n${Array.from({ length: 44 }, (_, i) => `メニュー${i}`).join('\n')}\n2025年9月5日 20時12分\n 長野県松川市の私立翠嶺高校は5日、2年生238人分の氏名などが記載されたファイルを誤って学校のホームページに掲載していたと発表した。\n${Array.from({ length: 40 }, (_, i) => `フッター${i}`).join('\n')}`,
      '2025-09-05',
    ],
    [
      "a day alone with no page date: the month of the story's latest day before it, the year of the entry's number",
      '【セキュリティ事件簿#2025-356】県立高校教諭が生徒130人分の成績資料を電車内に置き忘れ紛失 - 山梨県教育委員会\n\n山梨県教育委員会は12日、県立高校の男性教諭が生徒130人分の氏名を含む書類を電車内に置き忘れ紛失したと発表した。\n教諭は9月9日午後7時ごろ、書類を入れたかばんを車内に置き忘れた。',
      '2025-09-12',
    ],
    [
      "a story with no title, its lead the first line: the lead's day in the month of the source's date line at the end",
      '下関市の北浜学院大は19日、職員が駐車場で車上荒らしに遭い、\n学生1194人分の氏名や性別を記載したリストが盗まれたと発表した。\n職員は18日に出張する予定だった。\n以下ソース:北浜新聞 2017年4月20日(木)',
      '2017-04-19',
    ],
    [
      "a lead taken for a title names years of other events (2017年に承継した, 2023年度の報告書): no year for its day",
      '北浜健康保険組合は9月19日、同組合が2017年に承継した旧組合に関する個人情報が漏えいした可能性について発表した。\nこれは委託先における情報管理の不備で、加入者の氏名、住所が第三者に渡ったものである。',
      null,
    ],
    [
      "a byline dated under the story it closes: the lead's day completed from the byline's date",
      '北浜庁は5日、職員が年金個人情報を業務に関係なく閲覧していた問題について、のべ4,247件の年金情報が閲覧されていたという報告をまとめた。\n閲覧した職員を処罰の対象としている。\n(2005/12/07 北浜セキュリティニュース)',
      '2005-12-05',
    ],
    [
      "a timeline's first date under its head (1経緯 / 令和3年(2021年)4月13日) dates an event, not the notice: the page's update date",
      'ここから本文です。\n\n更新日:2021年7月30日\n\n個人情報を含む文書の誤送付について(住宅課)\n\n住宅課において、市営住宅の滞納金額明細書を誤送付した事案が発生しました。\n\n1経緯\n\n令和3年(2021年)4月13日(火曜日)\n\n職員が別の世帯の明細書を同封して送付しました。氏名と滞納額が記載されていました。',
      '2021-07-30',
    ],
  ];
  it.each(rows)('%s', (_label, page, iso) => {
    expect(extractIncidents({ text: page })[0]?.published ?? null).toBe(iso);
  });

  it('completes a news item\'s year from the item above when the item below is an older report reposted out of order', () => {
    const page = [
      '【セキュリティ事件簿#2025-360】桜陵学院大学 本学教員のメールアカウントへの不正ログインについて 2025/8/1',
      '本学教員のメールアカウントが不正ログインを受け、学生の氏名とメールアドレスが流出した可能性があります。',
      '【セキュリティ事件簿#2025-359】あおば急便、配達員の車両から伝票控え96件が盗難',
      '株式会社あおば急便は7月30日、配達員の車両が車上荒らしの被害に遭い、顧客の氏名、住所が記載された伝票控えが盗まれたと発表しました。',
      '【セキュリティ事件簿#2025-358】株式会社はなまる茶舗 不正アクセスに関するお知らせ(第1報) 2025/6/20',
      'お客様のクレジットカード情報が漏えいした可能性があることが判明しました。',
    ].join('\n');
    expect(extractIncidents({ text: page })[1]?.published).toBe('2025-07-30');
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
    const page = [
      "就職・キャリア",
      "研究・産学連携",
      "国際交流",
      "HOME > ニュース > 重要なお知らせ > ランサムウェア被害による個人情報漏えいの可能性について(第2報)",
      "重要なお知らせ",
      "2026.11.18",
      "ランサムウェア被害による個人情報漏えいの可能性について(第2報)",
      "",
      " 2026年10月30日にお知らせいたしました、本学の学内システムに対するランサムウェア攻撃につきまして、外部専門機関による調査の結果、学生、卒業生及び教職員の個人情報が外部に漏えいした可能性があることが判明しましたので、下記のとおりお知らせいたします。",
      " 学生、卒業生、教職員、保護者の皆様をはじめ、関係者の皆様に多大なるご心配とご迷惑をおかけしておりますことを、深くお詫び申し上げます。",
      "",
      "記",
      "",
      "1.これまでの経緯",
      " 2026年10月27日(火)午前7時頃、学内サーバーの一部でファイルが暗号化され、脅迫文が表示されていることを情報基盤センター職員が確認しました。直ちに学外ネットワークとの接続を遮断し、外部専門機関に調査を依頼するとともに、同日、所轄の警察署に相談しました。",
      " 調査の結果、攻撃者はVPN装置の脆弱性を悪用して学内ネットワークに侵入し、学内サーバー28台のうち11台でランサムウェアを実行していたことが判明しました。また、そのうち教務系ファイルサーバー1台から、外部へのデータ送信の痕跡が確認されました。",
      "",
      "2.漏えいの可能性がある個人情報",
      " 外部への送信の痕跡が確認されたファイルサーバーに保存されていた、以下の個人情報が漏えいした可能性があります。",
      " (1)在学生 8,214名",
      "  氏名、学籍番号、所属学部・学科、生年月日、住所、電話番号、メールアドレス、履修科目・成績",
      " (2)卒業生(2016年度~2025年度卒業) 12,905名",
      "  氏名、学籍番号、卒業学部・学科、生年月日、卒業時の住所、電話番号",
      " (3)教職員(退職者を含む) 1,033名",
      "  氏名、教職員番号、所属、メールアドレス",
      " 合計 22,152名",
      " ※銀行口座情報、クレジットカード情報、マイナンバーは、当該サーバーには保存されておらず、漏えいの対象ではありません。",
      " ※受験生(志願者)の情報は、別システムで管理しており、影響はありません。",
      " なお、2026年11月17日現在、これらの情報がインターネット上に公開されるなどの二次被害は確認されておりません。",
      "",
      "3.本学の対応",
      " ・個人情報保護委員会及び文部科学省に報告いたしました。",
      " ・対象となる皆様には、11月下旬より順次、メール又は郵送にてご連絡いたします。",
      " ・本件に関する専用のお問い合わせ窓口を設置いたしました。",
      "",
      "4.学内システムの復旧状況",
      " 学務システム及び学内メールは11月9日(月)に復旧いたしました。図書館システムは引き続き一部機能を停止しております。",
      "",
      "5.お願い",
      " 本学や本学関係者を装った不審なメール、電話、郵便物等にご注意いただき、心当たりのない連絡には応じないようお願いいたします。",
      "",
      "6.お問い合わせ窓口",
      " 青嶺大学 個人情報に関するお問い合わせ窓口",
      " 電話:0120-418-226(平日 9:00~17:00)",
      " メール:privacy-info@seirei-u.ac.jp",
      "",
      "以上",
      "",
      "学校法人青嶺学園 青嶺大学",
      "学長 真鍋 康弘",
      "",
      "――――――――――――――――――――",
      "",
      "2026.10.30",
      "本学システムへのランサムウェア攻撃について(第1報)",
      "",
      " 2026年10月27日(火)、本学の学内サーバーの一部がランサムウェアによる攻撃を受け、ファイルが暗号化される被害が発生いたしました。",
      " 本学では、被害拡大防止のため、直ちに学外ネットワークとの接続を遮断するとともに、外部専門機関の協力を得て、被害の範囲や原因等について調査を進めております。",
      " 現時点において、個人情報を含む情報の外部への流出は確認されておりませんが、引き続き調査を進め、新たな事実が判明した場合には、速やかにお知らせいたします。",
      " このため、現在、学務システム、学内メール、図書館システム等の利用を停止しております。授業は予定どおり実施いたしますが、休講・教室変更等の連絡は、本学ポータルサイトではなく、各学部の掲示板にてお知らせいたします。",
      " 学生、教職員、関係者の皆様には、多大なるご心配とご迷惑をおかけしておりますことを、深くお詫び申し上げます。",
      "",
      "青嶺大学",
      "",
      "一覧へ戻る",
      "",
      "関連するお知らせ",
    ].join('\n');
    expect(extractIncidents({ text: page }).map((i) => i.published)).toEqual(['2026-11-18', '2026-10-30']);
  });

  it('completes a news list item\'s day from the meta line under its own headline, not from the first item\'s', () => {
    const lead = (org: string, day: number, rest: string) => `${org}は${day}日、${rest}と発表した。氏名や住所などが含まれていた。`;
    const page = [
      'サイト内検索',
      '西浦市、介護保険の通知書2,113人分を誤送付 委託業者の封入ミス',
      '社会 | 2024年11月8日 05:00',
      lead('西浦市', 7, '介護保険料の決定通知書2,113人分が別人の宛先に送られた'),
      '',
      '西浦市の介護保険通知誤送付、新たに416人分判明 計2,529人に',
      '社会 | 2024年11月14日 05:00',
      lead('西浦市', 13, '新たに416人分の誤送付が判明し、影響は計2,529人になった'),
      '',
      'カード会社に不正アクセス、会員情報最大4万件流出の恐れ',
      '2023/6/22(木) 05:00  配信元:首都圏ビジネス新報  コメント48',
      lead('みなと銀カードサービス株式会社', 21, '不正アクセスを受け、会員の情報約4万1,000件が流出した恐れがある'),
    ].join('\n');
    expect(extractIncidents({ text: page }).map((i) => i.published)).toEqual(['2024-11-07', '2024-11-13', '2023-06-21']);
  });

  it('dates a news article by its meta line (date, time, section bars, a note), its headline not a menu bar with 事件・事故 in it', () => {
    const text = '中濃みらい新聞 デジタル\nニュース 地域 政治・行政 事件・事故 スポーツ 経済 暮らし\nトップ > 地域 > 記事\n\n美浜野町議会、会議録に陳情者の氏名と住所 町ホームページで3カ月半公開\n\n2024年11月15日 06:00 | 地域 | 有料会員限定 ※この記事は無料公開中です\n\n 美浜野町議会事務局は14日、町ホームページに掲載した会議録に、陳情書を提出した町民1人の氏名と住所が記載されたまま公開されていたと発表した。\n\n2026年8月1日 夏季休業のお知らせ(8月13日~8月16日)';
    const [incident] = extractIncidents({ text });
    expect(incident?.heading).not.toContain('事件・事故');
    expect(incident?.published).toBe('2024-11-14');
  });
  it('dates a lead taken for the title by its announced day, in the year of the full date it then tells of (…は12月25日、…発表した。これは2012年12月21日、…)', () => {
    const text = '北浜精機株式会社は12月25日、顧客などの個人情報を記録したUSBメモリを紛失したと発表した。これは2012年12月21日、同社の従業員がUSBメモリの紛失に気づき上席者に報告したというもの。USBメモリには従業員80名分の社員コードと氏名が記録されていた。';
    expect(extractIncidents({ text })[0]?.published).toBe('2012-12-25');
    // (A day that would come more than half a year after the event is not completed from it.)
    const far = '北浜精機株式会社は9月25日、顧客などの個人情報を記録したUSBメモリを紛失したと発表した。これは2012年12月21日、同社の従業員がUSBメモリの紛失に気づき上席者に報告したというもの。USBメモリには従業員80名分の社員コードと氏名が記録されていた。';
    expect(extractIncidents({ text: far })[0]?.published).not.toBe('2013-09-25');
    // (Months after the full date it tells of, in the same year: 「汐見市は9月9日、…が2024年1月19日から9月5日まで…掲載されていた」.)
    const months = '汐見市は9月9日、市内の施設の入居者らの個人情報が2024年1月19日から9月5日までの約8か月間にわたって市役所のホームページに掲載されていたと発表しました。入居者の氏名と家族の住所が載っていました。';
    expect(extractIncidents({ text: months })[0]?.published).toBe('2024-09-09');
  });
  it('dates a notice by its announcement\'s labelled field (公表日 / 令和4年6月20日), not by the event\'s labelled date or the day its account starts with', () => {
    const text = '事故から学ぶ\n\n委託事業における個人情報漏えいについて 汐見市\n\n事故概要\n\n業種 行政の職員\n発生時期 2022/6/13\n漏えい人数 3\n事故概要\n\n公表日\n令和4年6月20日\n公表の内容\n汐見市が実施する「ふるさと納税支援業務」において、個人情報の漏えいがありましたので、お知らせします。\n令和4年6月13日、受託者から3名の寄附申込者に対して、送付状を郵送しました。氏名等が他人のものとなっており、誤送付が判明しました。';
    expect(extractIncidents({ text })[0]?.published).toBe('2022-06-20');
    const event = 'メールアドレスの流出について\n発生日時 令和5年12月5日(火曜日)午後1時16分\n流出した個人情報 会員944名分のメールアドレス\n経緯\n全員のメールアドレスをBCC欄ではなく、誤って宛先欄に入力し送信した。\n令和5年12月6日\n汐見市総務部';
    expect(extractIncidents({ text: event })[0]?.published).toBe('2023-12-06');
    const noLabel = text.replace('公表日\n令和4年6月20日\n', '');
    expect(extractIncidents({ text: noLabel })[0]?.published).not.toBe('2022-06-20');
  });
  it('dates a sentence opening with the day, its subject announcing with が (2025年9月2日、…株式会社汐見経営が、…を公表しました)', () => {
    const text = '株式会社汐見経営の不正アクセス事件詳細\n\n2025年9月2日、神奈川県でスーパーマーケットを展開する株式会社汐見経営が、深刻な不正アクセス被害を公表しました。最大45万件の氏名や住所が流出した可能性があります。';
    expect(extractIncidents({ text })[0]?.published).toBe('2025-09-02');
    const act = '汐見ホールディングスの情報漏えい事件\n2025年7月30日、外食チェーン大手の汐見ホールディングスが衝撃的な発表を行いました。同社のテイクアウトサイトが不正アクセスを受け、最大2270件のクレジットカード番号が漏えいした可能性があるというのです。';
    expect(extractIncidents({ text: act })[0]?.published).toBe('2025-07-30');
  });
  it('dates a press release by the date under its label (記者発表資料 / 令和7年4月10日), not the day the page was put up', () => {
    const text = 'トップぺージ > 報道発表 > 県立高等学校における生徒の個人情報漏えいについて\n\n掲載日:2025年4月11日\n\n県立高等学校における生徒の個人情報漏えいについて\n\n記者発表資料\n令和7年4月10日\n教育庁高校教育課\n\nPTA会費の資料を誤って配布し、生徒39人の氏名と口座番号が他の保護者に渡りました。';
    expect(extractIncidents({ text })[0]?.published).toBe('2025-04-10');
  });
  it('dates a story by the day its subject held a press conference (…は4日に会見を開き、), not the story\'s date', () => {
    const text = '健診データ流出の可能性\n2025年2月5日(水) 19:10\n\n上条町は4日に会見を開き、委託先のサーバーがランサムウェアに感染し、最大で4218人分の氏名、住所、生年月日が流出した可能性があると明らかにしました。';
    expect(extractIncidents({ text })[0]?.published).toBe('2025-02-04');
  });
  it('dates a notice by a publication label whose English date a category follows (掲載日: 2 July 2025 | カテゴリ: …)', () => {
    const text = 'LinguaMate ヘルプセンター\n\n[Update/第2報] 一部のユーザーアカウントへの不正ログインについて\n\n掲載日: 2 July 2025 | カテゴリ: セキュリティ / Security\n\n不正ログインされました 3,128 アカウントについて、第三者が以下の情報を閲覧した可能性があります。\n・メールアドレス\n・生年月日、性別';
    expect(extractIncidents({ text })[0]?.published).toBe('2025-07-02');
  });
  it('completes a lead\'s day from a portal\'s dateline with no year (6/13(金) 11:42配信) by its weekday and the copyright year, never by the weekday alone', () => {
    const page = (footer: string) => `「ながさわ珈琲」通販サイトに不正アクセス カード情報2318人分流出か\n6/13(金) 11:42配信\n\n株式会社ながさわ珈琲本舗は12日、通販サイトが不正アクセスを受け、顧客のカード情報2,318人分が流出した可能性があると発表した。\n\n${footer}`;
    expect(extractIncidents({ text: page('Copyright (C) 2025 Mirai Corporation. All Rights Reserved.') })[0]?.published).toBe('2025-06-12');
    expect(extractIncidents({ text: page('Copyright (C) 2027 Mirai Corporation.') })[0]?.published).toBe('2025-06-12');
    expect(extractIncidents({ text: page('© Mirai Corporation') })[0]?.published).toBeNull();
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
