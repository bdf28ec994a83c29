// Which segments are incidents, and which incidents are breaches: short pages the engine must read right.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/pipeline';

const kinds = (text: string) => extractIncidents({ text }).map((i) => (i.is_breach ? 'breach' : 'other'));

describe('incidents and breaches', () => {
  const rows: Array<[string, string, string[]]> = [
    [
      'a file mis-sent that the notice says identifies nobody (相談者個人が特定される情報はないことを確認済み) is no breach',
      '弊社コールセンターにおけるメール誤送信について\n業務日報を報告する際、相談記録の電子ファイルを誤って添付して送信した。\n2.誤送信した電子ファイル\n相談内容を記録したデータの一部(188件)\n〔内容〕相談日時、相談者居住市町名、相談内容概略メモ\n※相談者個人が特定される情報はないことを確認済み。',
      ['other'],
    ],
    [
      'a file mis-sent holding people\'s data, with no such note',
      '弊社コールセンターにおけるメール誤送信について\n業務日報を報告する際、相談記録の電子ファイルを誤って添付して送信した。\n2.誤送信した電子ファイル\n相談内容を記録したデータの一部(188件)\n〔内容〕相談日時、相談者の氏名、電話番号、相談内容概略メモ',
      ['breach'],
    ],
    [
      'a takeover of accounts into the users\' résumés (Web履歴書への不正ログイン) is a breach: a résumé is personal data',
      '「ミナト転職」への不正ログイン発生に関するお詫び\n2月9日、「ミナト転職」のWEBサーバーにおいて不正なログインが確認されました。調査の結果、外部で不正に取得されたと思われるパスワードを使ったなりすましによる不正アクセスが発生し、一部ユーザー様のWeb履歴書への不正ログインが判明しました。',
      ['breach'],
    ],
    [
      'children\'s photos on a lost card (園児の写真が記録されたSDカードを紛失) are personal data',
      '北浜市の市立保育園で園児の写真データが記録されたSDカードとデジタルカメラを紛失していたことが分かりました。',
      ['breach'],
    ],
    [
      'an attacker\'s claim to have stolen staff data (従業員の個人情報などファイル…データを盗んだ) is a breach',
      'ランサムウェアによる攻撃を受けた問題で、ハッカー集団が闇サイト上に同社に対する犯行声明を公開した。\n財務文書、従業員の個人情報などファイル9300件以上のデータを盗んだとしている。',
      ['breach'],
    ],
    [
      'members\' data told politely (会員様情報の一部が流出した可能性が高い) is personal data',
      '不正アクセスによる会員様情報流出に関するお詫び\nこの度、当社が提供するマッチングアプリ「ミナト」を管理するサーバーに対し、外部からの不正アクセスを受け、会員様情報の一部が流出した可能性が高い事が判明しました。',
      ['breach'],
    ],
    [
      'a regulator\'s warning told as received (個人情報保護委員会より「…注意喚起」が出されました) is no incident',
      '個人情報保護委員会より「株式会社ミナトクラウドのクラウド製品での権限設定に関する注意喚起」が出されましたので概要を紹介します。\nクラウドサービスにおいて、顧客がアクセス権限等の設定のミスにより、個人情報等のデータが漏えいする事故が多発しています。',
      [],
    ],
    [
      'another\'s certificate handed over by mistake (別の人の戸籍証明書を…交付) is a breach',
      '静岡県汐見市役所で戸籍証明書を交付する際、別の人の戸籍証明書を誤って一緒にとじて、交付していたことが分かりました。\n30日に交付された人が窓口に返却に来たことで事態が発覚しました。',
      ['breach'],
    ],
    [
      'papers with personal data dumped at a recycling station (資源物ステーションに放棄) are a breach',
      '汐見市の内部文書1万4000枚 資源物ステーションに放棄\n市の行政文書が、資源物回収ステーションに大量に捨てられていた。書類には市民の住所や氏名などの個人情報がのべ947件含まれていた。',
      ['breach'],
    ],
    [
      'a page describing a notification system (…不正取得に係る本人通知制度) is no breach',
      '住民票の写し等の第三者交付および不正取得に係る本人通知制度\n本人通知制度とは\nこの本人通知制度により、住民票の写し等が第三者に交付されたことを本人が早期に知ることができ、不正取得による個人の権利の侵害の抑止、防止に役立ちます。\n登録の有無にかかわらず、住民票の写し等を不正取得された人全員に、不正取得があったことをお知らせする制度です。',
      [],
    ],
    [
      'a blog mentioning a notice it once received (「…流出のお詫び」というメールが届いた) is no incident at all',
      '格安SIMに乗り換えた話\nというのも、以前に昔登録したきりのネットショップから「個人情報流出のお詫び」というメールが届いたことがあって、使っていないアカウントほど怖いなと思ったのです。',
      [],
    ],
    [
      'a discipline case with no data in it (酒気帯び運転, 懲戒免職, 懲戒の理由) is no incident at all',
      '2 酒気帯び運転\n1)被処分者\n上下水道局総務課 主任主事(30代・男性)\n2)処分の内容\n懲戒免職\n4)処分事案の概要\n被処分者は、酒気を帯びた状態で自家用車を運転し、検挙された。\n5)懲戒の理由\n地方公務員法第33条に違反するため。',
      [],
    ],
    [
      'a statistics item is no incident at all',
      '個人情報保護委員会は7月14日、2021年度の年次報告を公表しました。事業者からの個人情報の漏えい等の報告は6,500件を超え、前年度から大幅に増加しています。',
      [],
    ],
    [
      'a body\'s yearly tally of its incidents is no incident',
      '令和5年度 個人情報の漏えい等事案の発生状況について\n令和5年度において、個人情報の漏えい等の事案が発生しました。深くお詫び申し上げます。\n令和5年度の個人情報の漏えい等事案の発生件数は27件(前年度比5件増)で、影響を受けた方は延べ1,962人でした。\n2.事案の種類別件数\n(1)誤送付・誤送信 14件\n(2)紛失 3件',
      [],
    ],
    [
      'a job posting that lists the incidents its hire will handle is no incident',
      '【CSIRTアナリスト】グループ全体のセキュリティインシデント対応\n仕事内容\n・メール誤送信、FAX誤送信、書類の誤発送時の影響調査と対象者対応(年間約120件)\n・店舗での業務用PC・USBメモリの紛失対応\n必須スキル\n・インシデントハンドリングの実務経験\n年収550万~800万円',
      [],
    ],
    [
      'an information-security policy naming laws, threats and a contact for vulnerability reports is no incident',
      '情報セキュリティ方針\n当社は、個人情報の保護に関する法律、不正アクセス行為の禁止等に関する法律その他の法令を遵守します。\n不正アクセス、マルウェア感染、情報の漏えい・改ざん・紛失・盗難、誤送信、災害等の脅威に対して、適切な対策を講じます。\n当社の情報セキュリティへの取組み、脆弱性に関する情報のご連絡は、下記窓口までお願いいたします。',
      [],
    ],
    [
      'a privacy policy\'s section on how it would handle a leak is no incident',
      '個人情報保護方針\n当社が取得する個人情報は、氏名、住所、電話番号、メールアドレス、クレジットカード情報です。\n(技術的安全管理措置)不正アクセス、ウイルス感染等を防止するため、ファイアウォールを設置しています。\n6.漏えい等事案への対応について\n万一、個人情報の漏えい、滅失、き損等の事案が発生した場合には、速やかに報告します。',
      [],
    ],
    [
      'a privacy policy quoting the law\'s conditions for a report (…不正に利用されることにより…おそれがある場合) is no incident',
      '個人情報保護方針\n6.漏えい等事案が発生した場合の対応について\nなお、報告対象事態(要配慮個人情報が含まれる場合、不正に利用されることにより財産的被害が生じるおそれがある場合、又は漏えい等が発生し若しくは発生したおそれがある個人データに係る本人の数が1,000人を超える場合)に該当するときは、速報を行います。\n当社は、個人情報を取り扱う情報システムを外部からの不正アクセス又は不正ソフトウェアから保護する仕組みを導入しています。',
      [],
    ],
    [
      'an article on a law amendment about leak reports is no incident',
      '漏えい等報告、「1人分」の誤送信は速報不要に 個人情報保護法改正案を閣議決定\n政府は3月11日、個人情報保護法の改正案を閣議決定した。漏えいした本人が1人の誤送信は速報を不要とする。施行規則も改める。',
      [],
    ],
    [
      'a guide on preventing misdelivery, its examples and checklist, reports no breach',
      'メール誤送信・FAX誤送信を防ぐには?典型的な5つのパターンと対策\n誤送信は誰にでも起こり得るミスです。\n例えば、セミナー申込者120名に宛先欄で一斉送信した場合、120名分のメールアドレスが漏えいしたことになります。\nBCCの取り違えでは、宛先欄に表示されたアドレスの持ち主120名が漏えいの対象者になります。\n送信前のチェックリストを用意しましょう。',
      [],
    ],
    [
      'a glossary whose cases it says are made up reports no breach',
      'インシデント対応の基礎知識\n※文中の事例・数値はすべて説明のための架空のものです。実在の企業・事案とは関係ありません。\n■誤送信\nある通販会社がメールマガジンをTOで送信し、会員350人のメールアドレスが流出しました。\n■紛失\nある病院で患者58人分の氏名と検査結果を保存したUSBメモリを紛失しました。',
      ['other'],
    ],
    [
      'a case study naming only a placeholder (○×△社の社員が…) is no breach; a real name with 〇 numerals stays one',
      '個人情報の事故の事例\n◆事例 1\n○×△社の社員が、お客様情報が登録された会社貸与の携帯電話を紛失しました。警察署へ紛失届を提出しましたが発見されませんでした。',
      ['other'],
    ],
    [
      'a leak of applicants\' data (申込者情報) is a breach though no other kind is named',
      '北浜大学理工学部は1月31日、同学部が開設していたメーリングリストの設定が「ウェブ上の誰でも」閲覧できるようになっていたと発表した。\n説明会の申込者情報が閲覧可能な状態になっていたことが、外部からの指摘で判明したという。',
      ['breach'],
    ],
    [
      'a notice whose body counts in kanji numerals (二〇〇社) stays a breach',
      '不正アクセスによる個人情報流出のお知らせ\n株式会社ミナト精機の取引先二〇〇社の担当者の氏名とメールアドレスが流出した可能性があることが判明しました。',
      ['breach'],
    ],
    [
      'a notice saying its figures are provisional is still a breach (架空 is not said of it)',
      '不正アクセスによる個人情報流出のお知らせ\n当社の通販サイトが不正アクセスを受け、会員3,120名の氏名、住所、電話番号が流出した可能性があることが判明しました。\n数値は現時点のものであり、今後の調査で変わる可能性があります。',
      ['breach'],
    ],
    [
      'a business article on one breach stays a breach, its financial results (売上高が前年同期比…) and a year\'s figure no statistics',
      'ミナトドラッグHD、ランサム攻撃で最大214万人流出\n株式会社ミナトドラッグホールディングスは6月20日、会員の情報が最大約214万人分流出した可能性があると発表した。氏名、住所、生年月日が含まれる。\n第1四半期決算では、売上高が前年同期比3.1%増となった。年間で約18億円の特別損失を見込む。',
      ['breach'],
    ],
    [
      'a statistics article (前年同期比12.6%増, 年間で) is no incident',
      '上半期の個人情報漏えい事故、過去最多に\n2025年上半期に公表された事故は前年同期比12.6%増の98件で、漏えいした可能性のある個人情報は合計約1,482万人分だった。年間では初めて200件を超える見通し。',
      [],
    ],
    [
      'a report\'s case kept anonymous (A大学は…) is no breach one can track; a named one is',
      '■事例1\nA大学は10月3日、教員のメールアカウントが乗っ取られ、学生約300名の氏名とメールアドレスが流出した可能性があると発表した。\n■事例2\n北陵学院大学は11月18日、クラウドの共有設定の誤りにより、学生1,126名の氏名と学籍番号が閲覧可能な状態だったと発表した。',
      ['other', 'breach'],
    ],
    [
      'a final report concluding no personal data leaked is no breach, whatever its earlier reports\' possibilities it recounts',
      '共同利用電子申請システムにおける個人情報漏えいの可能性に係る調査結果について(最終報)\n第1報では、申請者の個人情報が外部から閲覧可能な状態になっていた可能性があるとお知らせいたしました。\nその後の調査の結果、外部から閲覧可能だったのは検証用の架空データのみでした。以上のことから、住民の皆様の個人情報の漏えいはなかったと判断いたしました。',
      ['other'],
    ],
    [
      'a job site\'s breach notice stays a breach with salary figures in its sidebar (年収, 月給: two cues of a posting, not three)',
      '求人サイトにおける応募者情報への不正アクセスに関するお知らせ(第2報)\n当社求人サイトのAPIに不正アクセスがあり、応募者31,482名の氏名、生年月日、電話番号が流出しました。\n\n注目の求人\n営業職 年収450万円~\n事務職 月給22万円~',
      ['breach'],
    ],
    [
      'a seminar announcement on ransomware is no incident',
      '【参加無料】中小企業のためのランサムウェア対策セミナー\nランサムウェア攻撃では、窃取したデータを公開すると脅迫する二重恐喝の手口が主流となっており、個人情報の漏えいにつながるケースも少なくありません。\n開催日時 2025年7月10日\n定員 100名\n講師 山田太郎',
      [],
    ],
    [
      'a breach stays one with a statistics headline in the links under it',
      '特定非営利活動法人こどもの森ネットは11月2日、利用者7名の個人情報を記載した書類を、誤って無関係の事業所にFAXで送信したと発表した。\n前の記事 フィッシング報告件数、過去最多を更新',
      ['breach'],
    ],
    [
      'a DDoS notice that denies any leak (流出や、…改ざんはございません) is no breach',
      '当協会ウェブサイトが外部からの大量のアクセス(DDoS攻撃)を受け、閲覧できない状態となりました。なお、当協会が保有する会員情報等の個人情報の流出や、ウェブサイトの改ざんはございません。',
      ['other'],
    ],
    [
      'an outage that denies every attack and leak is no incident',
      '12月6日、システム障害により決済ができない状態となりました。なお、本障害は外部からの攻撃(不正アクセス等)によるものではなく、お客様の個人情報やクレジットカード情報の漏えいはございません。',
      [],
    ],
    [
      'an outage notice with a list of other notices under it is still no incident',
      'システム障害により決済ができない状態となりました。本障害は外部からの攻撃によるものではなく、個人情報の漏えいはございません。\nお知らせ一覧\n2025/11/04 チケモアを装った不審なメール(フィッシングメール)にご注意ください',
      [],
    ],
    [
      'a final report that concludes no personal data leaked is no breach, whatever the server held',
      '2.漏えいした情報\n当該サーバーには、会員情報(会員番号、氏名、メールアドレス等。会員3,420名分)が保存されておりました。データベースへのアクセスの痕跡は確認されませんでした。以上のことから、本件による個人情報の漏えいはなかったものと判断いたしました。なお、改ざんされていた期間に当協会ウェブサイトを閲覧された方は、ウイルス対策ソフトで確認してください。',
      ['other'],
    ],
    [
      'a final report that judges no personal data leaked (漏えいはないものと判断) is no breach',
      '弊社ネットショップへの不正アクセスに関する調査結果のご報告\n管理画面の認証情報がフィッシングメールにより窃取され、商品ページの一部が書き換えられていました。お客様の個人情報(会員登録者約2万2千名)が閲覧又は窃取された痕跡は確認されませんでした。以上のことから、本件によるお客様の個人情報の漏えいはないものと判断いたしました。',
      ['other'],
    ],
    [
      'a DDoS notice saying the site can be browsed again is no breach',
      '農林水産省ホームページの閲覧障害について\n当省ホームページが大量のアクセスによるDDoS攻撃を受け、閲覧しにくい状態となりました。個人情報の流出はありません。現在は正常に閲覧できる状態となっております。',
      ['other'],
    ],
    [
      'data encrypted by ransomware with no outflow confirmed yet is an incident, not a breach',
      '委託事業者から、同社の印刷管理サーバーがランサムウェアに感染し、サーバー内のデータが暗号化されたとの報告がありました。当該サーバーには、本市が提供した納税義務者41,877人分のデータ(氏名、住所、生年月日、税額)が保存されていました。現時点において、本市が提供したデータの外部への流出は確認されておりません。',
      ['other'],
    ],
    [
      'data encrypted by ransomware and told as possibly leaked is a breach',
      '同社のサーバーがランサムウェアに感染し、サーバー内のデータが暗号化されました。当該サーバーには、顧客41,877人分の氏名、住所が保存されており、外部に流出した可能性があります。',
      ['breach'],
    ],
    [
      'a phishing warning is an incident, not a breach',
      '当行を装ったフィッシングメールが確認されています。なお、本件は当行のシステムから情報が漏えいしたものではございません。',
      ['other'],
    ],
    [
      'papers thrown away by mistake are a loss of personal data',
      '湊川市は5月12日、生活保護受給者28人分の個人情報が記載された書類を誤って廃棄していたと発表した。書類には受給者の氏名、住所が記載されていた。',
      ['breach'],
    ],
    [
      'a regulator\'s warning told as the lead (…は、…について、注意喚起を行った) is no incident at all',
      'ニュースの要点\n個人情報保護委員会は、病院及び薬局における個人データの漏えい等事案を踏まえた個人データの適正な取扱いについて、注意喚起を行った。\n薬局においては、患者の取り違えによる誤交付が多数発生している。処方せんや検査結果を別の患者に渡してしまう事例が典型的。',
      [],
    ],
    [
      'an agency\'s warning quoted by a security blog (…と題する文書を公開し、注意を呼びかけました) is no incident at all',
      '消費者庁は3月4日、「ネットショップでのクレジットカード番号の漏えいに注意」と題する文書を公開し、改めて注意を呼びかけました。正規のECサイトの改ざんによる情報漏えい等により、クレジットカード番号が不正利用されるトラブルが増えています。',
      [],
    ],
    [
      'a fraud warning\'s steps (• 窃取したカード番号等を悪用し) tell how, not what leaked',
      'カード情報等を窃取するフィッシングにご注意ください。\n\n2025年12月04日\n\n1. 手口\n• 犯人はカード会社を装った偽のメールを送る。\n• 偽サイトでカード番号や有効期限、セキュリティコードを入力させる。\n• 窃取したカード番号等を悪用し、不正利用をする。',
      ['other'],
    ],
    [
      'a guide (この記事では…解説します, 典型例, 事例と対策) tells of incidents in general',
      '学校における個人情報漏えいの事例と対策\nこの記事では代表的なケースを整理し、対応策を示します。\n学校現場で起きている個人情報漏洩の典型例を、具体的な事例を交えて分かりやすく解説します。\n教職員が成績表を保存したUSBメモリを通勤途中で紛失し、生徒の氏名と成績が流出した事例があります。',
      [],
    ],
    [
      'an outage whose leak is still being looked into (個人情報の流出などについて調査を進めている) is no breach',
      '通販大手のミナト商事は、ランサムウェア感染によるシステム障害が発生したと発表しました。商品の受注や出荷を停止しています。個人情報の流出などについて調査を進めているということです。',
      ['other'],
    ],
    [
      'a leak told in the lead stays a breach whatever warning follows (消費者庁は…注意を呼びかけている)',
      'ミナト薬局は3日、顧客1,200人分の氏名と住所が流出したと発表した。消費者庁は不審な電話に注意を呼びかけている。',
      ['breach'],
    ],
    [
      'a column (関連コラム, はじめに, 本稿では…検討していきます) tells of incidents in general',
      '情報セキュリティ 関連コラム\n\nカード情報の漏洩対応について\n\n1.はじめに\n\nECサイトに対する不正アクセスが増えています。本稿では、不正アクセスを契機とした、ECサイトにおけるクレジットカード情報の漏洩対応について検討していきます。\n\n2.情報漏洩時の対応\nまず、カード番号や有効期限、セキュリティコードが漏洩した企業がなすべき対応を列挙しておきます。',
      [],
    ],
    [
      'a ministry\'s tally told as the lead (…の状況を取りまとめ) is no incident at all',
      '総務省は8月28日、国の行政機関などで2024年度に発生した、個人情報の漏えいや紛失などの状況を取りまとめ公表した。漏えいなどの件数は計1,024件で、氏名や住所が記載された書類の誤送付が最も多かった。',
      [],
    ],
    [
      'a game\'s items sold by an intruder (アイテムが売却) are no data sold',
      '【重要】不正アクセスにご注意ください\nゲーム内において、第三者にIDとパスワードを勝手に利用され、ログインされる被害の報告をいただいております。\nログインされたことにより、獲得したアイテムが売却されてしまったり、キャラクターが消去されてしまう状況を確認しております。',
      [],
    ],
    [
      'a case study headed by its number naming nobody (CASE2(…) / 【漏えいした情報】) is a training text\'s example',
      'CASE2(FAXの誤送信)\n【漏えいした情報】数名分の処方箋と患者情報提供書に記載されていた情報\n【漏えいまでの経緯】看護師が処方箋を薬局へFAXで送信する際、番号を誤り、無関係の個人宅へ誤送信してしまった。患者の氏名と病名が記載されていた。',
      ['other'],
    ],
    [
      'a notice told first and a guide after it (…流出した可能性があることを公表しました。… / サポート詐欺とは?典型例と注意点) is the notice\'s breach',
      '公益財団法人北浜農業支援センターは、事業に関連する個人情報が流出した可能性があることを2025年5月9日に公表しました。今回の事案は、いわゆる「サポート詐欺」による不正アクセスが原因とされています。\n事案の概要\n5月8日正午過ぎ、同センター職員が業務用パソコンを操作中に「ウイルス感染」の警告メッセージが表示されました。画面に記載されていた電話番号に連絡を取ったところ、相手方の指示でURLを入力した結果、パソコン内のデータが消去される事態となりました。その後、業者が調査を行い、パソコンには遠隔操作用のアプリがインストールされていたことが判明しました。\n流出した可能性のある情報\n契約者(約3万2千人)の氏名、住所、電話番号、生年月日、金融機関口座情報\nサポート詐欺とは?典型例と注意点\nサポート詐欺とは、突然画面に警告を表示し、偽のサポートセンターへ連絡させる手口です。\n典型的なパターン\n- 画面がフリーズしたように見える',
      ['breach'],
    ],
    [
      'a final report finding no trace of any outflow (流出した痕跡や証拠は一切無いことが判明) is no breach',
      '北浜テックス株式会社 2022年7月8日に発生した不正アクセスに関する調査結果及び確報について\n\n2022年7月15日に掲載した“悪意ある第三者からの不正アクセスによる個人情報流出の可能性”につきまして、外部専門機関による分析調査が完了いたしました。その結果、お客様の情報を含むデータが外部に流出した痕跡や証拠は一切無いことが判明いたしました。また実際に情報流出が発生したという事実及び当件に起因する可能性のある被害は確認されておりません。',
      ['other'],
    ],
  ];
  it.each(rows)('%s', (_label, text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});
