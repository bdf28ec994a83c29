import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCounts, totalAffected } from '../../lib/extract/counts';
import type { Count } from '../../lib/types';

const all = (s: string): Count[] => extractCounts(s, 0, s.length);

/** Expected fields of one count found in `input` (matched by its exact text). */
interface Row {
  input: string;
  text: string;
  value?: number | null;
  min?: number | null;
  max?: number | null;
  unit?: Count['unit'];
  victim?: boolean;
  numeric_approx?: boolean;
  hedged?: boolean;
  total?: boolean;
  qualifier?: string;
}

const MUST_MATCH: Row[] = [
  // shapes: prefixes, spaces, suffixes, 万, kanji
  { input: '流出した個人情報は約 7.2 万件です。', text: '約 7.2 万件', value: 72000, victim: true, numeric_approx: true },
  { input: 'イベントに参加したのべ647名の個人情報が流出した。', text: 'のべ647名', value: 647, victim: true, numeric_approx: true },
  { input: 'お客様(計17,171名)の個人情報', text: '計17,171名', value: 17171, total: true, victim: true },
  { input: 'クレジットカード情報(18,746名分)が漏えい', text: '18,746名分', value: 18746, unit: '名', victim: true },
  { input: '1,000件以上のカルテを不正に閲覧した。', text: '1,000件以上', value: 1000, numeric_approx: true, victim: true },
  { input: '会員46万人余りの情報が流出', text: '46万人余り', value: 460000, numeric_approx: true, victim: true },
  { input: '顧客情報1万件強が流出した。', text: '1万件強', value: 10000, numeric_approx: true, victim: true },
  { input: '三千件の顧客情報が流出した。', text: '三千件', value: 3000, victim: true },
  { input: '十数名の個人情報が流出した。', text: '十数名', value: null, min: 11, max: 19, numeric_approx: true },
  { input: '口座情報1億2000万件', text: '1億2000万件', value: 120000000, victim: true },
  { input: '２万５７２５名の個人情報', text: '２万５７２５名', value: 25725, victim: true },
  { input: '・お取引先様の担当者情報（会社名、氏名、電話番号、メールアドレス）約3万1千件', text: '約3万1千件', value: 31000, victim: true },
  { input: '・調査の対象としたファイル（2024年度分）12件', text: '12件', value: 12, victim: false },
  { input: '延べ41件、対象者は38名です。\n(参考)令和6年度就学援助の状況\n 認定者数 3,105名(令和6年7月1日現在)', text: '3,105名', value: 3105, victim: false },
  { input: '【参考】\n対象者数 3,105名', text: '3,105名', value: 3105, victim: false },
  { input: '今年度の教職員の懲戒処分は、これで計11人となった。', text: '計11人', value: 11, victim: false },
  { input: '二次被害は確認されておりません(お問い合わせ窓口への問い合わせ件数：4月25日までに計386件)。', text: '計386件', value: 386, victim: false, total: true },
  { input: '3名の申請者のアカウントから、本人以外の申請情報の閲覧が計11件確認されました。', text: '計11件', value: 11, victim: false, total: true },
  { input: '申請者4,615名の情報が閲覧可能な状態でした。', text: '4,615名', value: 4615, victim: true },
  { input: 'リスト型攻撃による不正ログインは2万件超に拡大した。', text: '2万件超', value: 20000, victim: true, numeric_approx: true },
  { input: '6月28日から7月1日にかけて、約3万2000件のIDに対してログインが試行され、このうち1,187名のアカウントでログインに成功されていた。', text: '約3万2000件', value: 32000, victim: false, numeric_approx: true },
  { input: '入場口変更のご案内メールを、シーズンパス購入者3,902件を対象に配信開始。', text: '3,902件', value: 3902, victim: false },
  { input: '海外のIPアドレスから計3件のファイルがダウンロードされた記録が確認されております。', text: '計3件', value: 3, victim: false, total: true },
  { input: '県が委託する全ての業務(令和6年度 約1,900件)について、受託者における個人情報の管理状況の点検を行います。', text: '約1,900件', value: 1900, victim: false, numeric_approx: true },
  { input: '2年生78名の保証人宛てに成績通知書を郵送したところ、別の学生の成績通知書が届いているとの連絡があり、誤送付が判明しました。', text: '78名', value: 78, victim: false },
  { input: '参考となる情報も含め、\n対象者数 3,105名', text: '3,105名', value: 3105, victim: true },
  { input: '2.誤送付の件数\n誤って他のお客様へ送付された通知書 286件', text: '286件', value: 286, victim: true },
  { input: '通知書を誤って送付しました。誤って届いた通知書の回収を進めております(3月9日現在で241件回収済み)。', text: '241件', value: 241, victim: false },
  { input: '流出した情報\n会員情報\t6,540名\t氏名、住所\n合計(重複を除く)\t8,233名\t', text: '8,233名', value: 8233, victim: true, total: true },
  { input: '不正ログインが確認された会員にはご連絡いたしました。また、全会員(約4,800名)に対してパスワードの変更をお願いしております。', text: '約4,800名', value: 4800, victim: false },
  { input: '委託先の作業ミスにより、納税通知書318件を別の納税義務者に誤って送付したと発表した。', text: '318件', value: 318, victim: true },
  { input: '通知書を誤封入しました。令和7年度の償却資産の納税通知書の発送件数は1,377件であり、その他の通知書については誤封入がないことを確認しております。', text: '1,377件', value: 1377, victim: false },
  { input: '流出が確認された個人情報\n(2)物件オーナー様 1,884名\n氏名、住所', text: '1,884名', value: 1884, victim: true },
  { input: 'ランサムウェアにより流出した。※上記(1)~(3)の合計は、重複を除き最大で2万3874名となります。', text: '2万3874名', value: 23874, victim: true, total: true },
  { input: '調査票は、無作為抽出した18歳以上の市民5,000人に発送し、2,391人から回答がありました。', text: '5,000人', value: 5000, victim: false },
  { input: '代金引換・銀行振込で支払った顧客約5,100名は対象外となる。', text: '約5,100名', value: 5100, victim: false },
  { input: 'ログイン試行が約41万回あり、このうち6,118アカウントでログインが成功していたとのことです。', text: '6,118アカウント', value: 6118, victim: true },
  { input: '個人情報を含む文書のFAX送信を原則禁止とし、やむを得ず送信する場合は2名で宛先を確認します。', text: '2名', value: 2, victim: false },
  { input: 'マルコシカード会員のお客様約18万名様宛てに、「冬の感謝祭」のDMを発送いたしました。', text: '約18万名', value: 180000, victim: false },
  { input: '職員が、医学部の2年生以上の在学生(963名)と医学部の教員(12名)にメールを一斉送信した。', text: '963名', value: 963, victim: false },
  { input: '捜索したが、見つからなかった。その後、該当する2世帯に説明し、謝罪したという。', text: '2世帯', value: 2, victim: true },
  { input: '会員あてにメールを一斉送信した際(送信件数:395件)に、送信先に当該メールを受信された皆様すべてのメールアドレスが表示されるという事案が発生しました。', text: '395件', value: 395, victim: true },
  { input: 'メールマガジンを配信しました(送信件数:1,200件)。', text: '1,200件', value: 1200, victim: false },
  { input: 'その後の調査で、保護者10人が添付された文書を見ていたものの、いずれもダウンロードはしていなかった。', text: '10人', value: 10, victim: false },
  { input: '案内は令和8年11月17日付で、支給対象となる4812人に発送した。', text: '4812人', value: 4812, victim: false },
  { input: '申し込みフォーム利用者の個人情報を1件の外部アドレスに誤送信していたことが判明した。', text: '1件', value: 1, victim: false },
  { input: '・指導員講習会の申込者\n名前・住所・年齢・メールアドレス・電話番号・志望動機・所属団体:最大1,007件', text: '最大1,007件', value: 1007, victim: true },
  { input: '訓練の際、誤って登録者約2400人全員に、災害が発生したと伝え、安否を確認する内容のメールを送信するミスがあった。', text: '約2400人', value: 2400, victim: false },
  { input: '男性巡査は今年7月、飲食店で一緒に食事をしていた知人の男性2人に、現場や無線で聞いた個人情報を漏らした疑いが持たれています。', text: '2人', value: 2, victim: false },
  { input: '流出した可能性があります。確定した対象のお客様9万8,765件には、本日よりメールまたは郵送にて改めてご連絡いたします。', text: '9万8,765件', value: 98765, victim: true },
  { input: '・ログイン試行のあったアカウント数:約41万件(うち大半はログインに失敗)', text: '約41万件', value: 410000, victim: false },
  { input: '同大の校友会会員は約9万2000人だが、同サイトに登録していない会員の情報は含まれていない。', text: '約9万2000人', value: 92000, victim: false },
  { input: '2 閲覧された可能性のある個人情報\n 約1,900件(お客様番号、氏名、住所等)', text: '約1,900件', value: 1900, victim: true },
  { input: '被害を受けた会員は約9万2000人で、氏名と住所が流出した。', text: '約9万2000人', value: 92000, victim: true },
  { input: '売却されたのは、お客様の氏名、住所、電話番号に関する情報で、約9,800件にのぼります。', text: '約9,800件', value: 9800, victim: true },
  { input: '| 1年生 | 134名 |\n| 合計 | 412名 | |', text: '412名', value: 412, total: true, victim: true },
  // Real excerpts: attempts after a total, a whole of 件分 a part is taken from, a whole told with があり、うち.
  { input: '会員サイトでは合計320万件を超える不正ログイン試行があり、5万2114件のアカウントで実際にログインされていた。', text: '合計320万件', value: 3200000, victim: false, total: true, numeric_approx: true },
  { input: '北浜県は12日、登録事業者として掲載した約480件分のうち、個人名で登録していた27人の自宅住所を誤って公開していたと発表した。', text: '約480件分', value: 480, victim: false, numeric_approx: true },
  { input: '流出した可能性がある約480件分のうち、27人分は住所を含む。', text: '約480件分', value: 480, victim: true, numeric_approx: true },
  { input: '過去4年間に2,208件の町への「ご意見」があり、うち2,113件の個人情報が閲覧可能になっていた。', text: '2,208件', value: 2208, victim: false },
  { input: '外付けディスクに保存していたもの:届出総数2,310件(同一の届出者を除くと871件)', text: '871件', value: 871, victim: true },
  { input: '北浜県後期高齢者医療広域連合は7日、被保険者向けの文書52件を誤送したと発表した。', text: '52件', value: 52, victim: true },
  { input: '大手の婚活アプリとあり、会員数480万人と国内でも有数の規模。流出したのは最大92万人分という。', text: '480万人', value: 4800000, victim: false },
  { input: '流出した会員数 1,234名', text: '1,234名', value: 1234, victim: true },
  // Round 64: attempts, statistics, rolls, openers and addressees are no victims; a spaced total row with an aside is a total.
  { input: '「スマイルモール」にパスワードリスト攻撃、3184アカウントで不正ログイン　約13万8000件のIDに試行', text: '約13万8000件', value: 138000, victim: false, numeric_approx: true },
  { input: '・ログイン試行に使用されたメールアドレス(ID)の数:約7万4千件', text: '約7万4千件', value: 74000, victim: false, numeric_approx: true },
  { input: '情報漏えいの可能性がある。フィッシング対策協議会によれば、2024年に寄せられたフィッシングの報告件数は約170万件と過去最多を更新した。', text: '約170万件', value: 1700000, victim: false, numeric_approx: true },
  { input: '学生の個人情報が閲覧された可能性がある。学内のメールアカウントは約1万2000件あるが、教職員アカウントの多要素認証は未導入だった。', text: '約1万2000件', value: 12000, victim: false, numeric_approx: true },
  { input: '流出した可能性がある個人情報は約1万2000件あり、氏名と住所が含まれる。', text: '約1万2000件', value: 12000, victim: true, numeric_approx: true },
  { input: 'このアカウントから約3900件のメールアドレスに対してフィッシングメールが送信された。', text: '約3900件', value: 3900, victim: false, numeric_approx: true },
  { input: 'メールの誤送信が発生した。平成28年度から実施しており、延べ受講者数は約1,400名。', text: '約1,400名', value: 1400, victim: false, numeric_approx: true },
  { input: '個人情報の漏えいがあった。取消しまでの間に約1,900名の学生が当該メールを開封していました。', text: '約1,900名', value: 1900, victim: false, numeric_approx: true },
  { input: 'USBメモリを紛失した。あわせて、全校児童の保護者（412世帯）あてに、学校長名の文書を配布した。', text: '412世帯', value: 412, victim: false },
  { input: '流出の可能性がある個人情報\n（1）会員企業の情報　2,684件\n\n　合計　延べ10,587件（上記（1）と（2）で重複する方を含む）', text: '延べ10,587件', value: 10587, victim: true, total: true },
  { input: '（1）対象となる方\n　当社のお取引先のご担当者様、および当社の元従業員の方\n　最大で2万1563名', text: '2万1563名', value: 21563, victim: true, numeric_approx: true },
  { input: 'トップページ 全 6 枚 拡大写真', text: '6 枚', unit: '枚', victim: false },
  // separated qualifiers: not in text, but in qualifiers and flags
  { input: '最大で2万1563名のメールアドレスが流出した可能性がある。', text: '2万1563名', qualifier: '最大', numeric_approx: true, hedged: true },
  { input: '合計:2,446件', text: '2,446件', total: true, qualifier: '合計', victim: true },
  { input: 'ID数:約97,533件', text: '約97,533件', value: 97533, victim: true, numeric_approx: true },
  { input: '3.対象となる延べ契約件数\n\n約 7.2 万件', text: '約 7.2 万件', victim: true, qualifier: '延べ' },
  { input: '1400を超えるファイルを個人のパソコンにコピーし', text: '1400を超えるファイル', unit: 'ファイル', numeric_approx: true, victim: false },
  { input: '数万件の不審メールを垂れ流す', text: '数万件', value: null, min: 20000, max: 99999, victim: false, qualifier: '数万' },
  { input: '契約1,000件のデータが流出', text: '1,000件', numeric_approx: false, victim: true },
  // victims
  { input: '市内の小中学生ら2万5725名の個人情報と、口座の情報1万9932件が流出した。', text: '1万9932件', victim: true },
  { input: '決済をされたお客様は1,850名で、漏えいした可能性のある情報は以下のとおりです。', text: '1,850名', victim: true, hedged: true },
  { input: '従業員1,200名の個人情報が流出した。', text: '1,200名', victim: true },
  { input: 'JリーグID会員に登録されているメールアドレス152件が流出', text: '152件', victim: true },
  { input: '・住所、氏名:800件', text: '800件', victim: true },
  { input: '(2)対象件数\n 152件', text: '152件', victim: true },
  { input: '漏えいの恐れのある個人データの件数:48,651人', text: '48,651人', victim: true, hedged: true },
  { input: 'プレゼント企画応募者の情報が1万2424件流出したと発表した。', text: '1万2424件', victim: true },
  { input: '受講生38名にメールを送信した際、BCCではなく宛先に入力した。', text: '38名', victim: true },
  { input: '担当職員が、学校推薦型選抜の受験生98人に合否発表の日時を知らせるメールを一斉送信した際、アドレスを「BCC」欄に入力すべきところ、誤って「宛先」欄に入力した。', text: '98人', victim: true },
  { input: '不正アクセスにより最大約46万件のカード情報が流出', text: '最大約46万件', value: 460000, numeric_approx: true, qualifier: '最大', victim: true },
  { input: '流出件数は計約3万件', text: '計約3万件', total: true, qualifier: '約', victim: true },
  { input: '漏えいした可能性のある件数は最大で12,345件です。', text: '12,345件', qualifier: '最大', victim: true, hedged: true },
  { input: '影響を受けたお客様の数は約30万人', text: '約30万人', victim: true },
  { input: '会員:1,000名、非会員:500名', text: '500名', victim: true },
  { input: '不正に閲覧した患者1,000人に通知した。', text: '1,000人', victim: true },
  { input: '約2,000アカウントが不正ログインを受けた。', text: '約2,000アカウント', unit: 'アカウント', victim: true },
  { input: '顧客情報1,000件をメールで誤送信した。', text: '1,000件', victim: true },
  { input: '保有する約500世帯分の名簿を紛失した。', text: '約500世帯分', unit: '世帯', victim: true },
  { input: 'うち、クレジットカード情報を含むものは567件です。', text: '567件', victim: true },
  { input: '購入されたお客様1,234名のクレジットカード情報', text: '1,234名', victim: true },
  { input: '対象者\n件数\n住宅をご購入いただいたお客様\n2,876名\n氏名、住所', text: '2,876名', victim: true },
  { input: '流出した情報\n協力業者様の担当者\n318名', text: '318名', victim: true },
  { input: '件数\n1,207件\n合計\n5,019件', text: '5,019件', victim: true, total: true },
  { input: '【対象となる会員数】\n約1.2万人', text: '約1.2万人', value: 12000, victim: true },
  { input: '流出した同社の会員は約1万人。', text: '約1万人', victim: true },
  { input: '宛名がずれていた。同会では、対象となる163名の利用者およびその家族におわびした。', text: '163名', victim: true },
  { input: '漏えいした受診者は計412名で、うち264名の情報は含まれていない。', text: '計412名', victim: true },
  { input: 'BCCを使わず送信したため、送信先の123名のメールアドレスが表示された。', text: '123名', victim: true },
  { input: '約350名が申し込んだイベントの名簿が流出した。', text: '約350名', victim: true },
  // non-victims
  { input: '個人情報を含むファイル3件が外部から閲覧可能だった。', text: '3件', victim: false },
  { input: '流出したファイル\n3件', text: '3件', victim: false },
  { input: 'アクセス数\n58件', text: '58件', victim: false },
  { input: '同社では今年2件の不正アクセスが発生した。', text: '2件', victim: false },
  { input: '漏えいに関する問い合わせは30件寄せられた。', text: '30件', victim: false },
  { input: '会計約3万円', text: '約3万円', unit: '円', total: false },
  { input: '本市の市立斎場に勤務する職員1名が逮捕されました。', text: '1名', victim: false },
  { input: '課長級職員3人に対し、口頭注意を行いました。', text: '3人', victim: false },
  { input: '子会社の従業員1名において、不正アクセスが発生し', text: '1名', victim: false },
  { input: '不特定多数にメール約5万件が送信されたと発表した。', text: '約5万件', victim: false },
  { input: '送信されたメールは約10万件である。', text: '約10万件', victim: false },
  { input: '中継されて5万件不正送信', text: '5万件', victim: false },
  { input: '全体配信対象1,759件を3つのグループに分けて配信した。', text: '1,759件', victim: false },
  { input: '内1グループ(586件)の配信で', text: '586件', victim: false },
  { input: 'その結果、586件中500件へメールを配信してしまいました。', text: '586件', victim: false },
  { input: 'その結果、586件中500件へメールを配信してしまいました。', text: '500件', victim: false },
  { input: '当該ページへアクセスした学生が39名おり、そのうち4名が、当該ファイルを開封していた。', text: '39名', victim: false },
  { input: '当該ページへアクセスした学生が39名おり、そのうち4名が、当該ファイルを開封していた。', text: '4名', victim: false },
  { input: '受信した受講生1名からも御指摘をいただく。', text: '1名', victim: false },
  { input: '当該ファイルへのアクセス数は、ご申告の1件でした。', text: '1件', victim: false },
  { input: '男に罰金20万円の略式命令', text: '20万円', unit: '円', victim: false },
  { input: '生命保険会社計 27 社', text: '計 27 社', unit: '社', total: true, victim: false },
  { input: 'POSレジ端末3台のうちの1台', text: '3台', unit: '台', victim: false },
  { input: '2022年9月9日~2023年5月19日  6,549名', text: '6,549名', victim: false },
  // hedges
  { input: '個人情報約500件が流出したおそれがあります。', text: '約500件', hedged: true },
  { input: '会員情報の漏えい懸念がある1,000名', text: '1,000名', hedged: true },
  { input: '顧客情報1,000件が第三者に閲覧された可能性はございません。', text: '1,000件', hedged: false },
  { input: '漏えいの可能性がある個人情報は下記の通り。\n・氏名:234件\n合計:234件', text: '234件', hedged: true },
  { input: '1 事案の概要\n漏えいした件数\n 152件', text: '152件', hedged: false },
  // populations, a contractor's whole, superseded estimates, honorific viewers, a spaced table's total row
  { input: '同サイトの累計登録者数は約31万人にのぼるが、影響はない。', text: '約31万人', victim: false },
  { input: '委託先の公表によれば、同社全体で約70万件の情報が影響を受けた可能性がある。', text: '約70万件', victim: false },
  { input: '同社の発表によると、本件の影響は同システムを利用する全国約1,200の医療機関に及び、漏えいした情報は全体で約38万件にのぼるとのことです。', text: '約38万件', victim: false },
  { input: '漏えいした可能性のある件数を当初 約15万件としておりましたが、調査の結果 9万8,765件であることが確定いたしました。', text: '約15万件', victim: false },
  { input: '漏えいした可能性のある件数を当初 約15万件としておりましたが、調査の結果 9万8,765件であることが確定いたしました。', text: '9万8,765件', victim: true },
  { input: '・上記期間中にマイページを閲覧されたお客様:1,027名', text: '1,027名', victim: false },
  { input: '【内訳】\n　　会員のお客様　　7万1,002件\n　　合計　　　　　9万8,765件', text: '9万8,765件', total: true, victim: true },
  { input: '開催案内のメールを送信した際、セミナー(定員250名)の参加申込者のメールアドレスが表示される状態となりました。', text: '250名', victim: false },
  { input: 'メールは、市内3校の保護者1,284件のメールアドレス宛てに送信されました。', text: '1,284件', victim: false },
  { input: '学校名\t人数\nA小学校\t45名\nB中学校\t38名\n合計\t112名', text: '112名', total: true, victim: true },
  { input: '乗っ取られたアカウントでは、フォロワー約85万人に向けて投資を勧誘する投稿が行われた。', text: '約85万人', victim: false },
  { input: '全ての教員及び大学院生(約1,150名)を対象に、研究データの取扱いに関する研修を実施します。', text: '約1,150名', victim: false },
  { input: '当該営業職員が担当するお客さまに関する以下の情報　最大で約1万2千件', text: '約1万2千件', victim: true },
  { input: '※第1報では「約800件」とお知らせしておりましたが、調査の結果、対象件数が増加いたしました。', text: '約800件', victim: false },
  { input: '会員登録をされたお客さまの一部　1,276件', text: '1,276件', victim: true },
  { input: '「メンバーズ」にご登録いただいていた会員様(約68万名)のうち、2019年4月以降にご入会された会員様', text: '約68万名', victim: false },
  { input: '確認できた投稿は、2023年11月から2024年8月までの間の計31件で、対象となる患者様は7名でした。', text: '計31件', victim: false },
  { input: 'あけぼの保険サービスは県内に12店舗を構え、約2万3千人の顧客と契約している。', text: '約2万3千人', victim: false },
  { input: '2026年度 募集人数\n45名\n', text: '45名', victim: false },
  { input: 'なお、会員約1万2000名の氏名、住所、メールアドレスなどの登録情報については、流出していないことを確認したとしている。', text: '約1万2000名', victim: false },
  { input: '※当協会の会員管理システム(会員数 約4,900名)は当該メールアカウントとは別に管理されており、不正アクセスの痕跡はありません。', text: '約4,900名', victim: false },
  { input: '・従業員 2,146名\n・取引先担当者 1万9,417名\n合計:最大で2万1,563名', text: '2万1,563名', total: true, victim: true },
  { input: 'セミナー(全5回、定員各150名)の参加申込者のメールアドレスが表示された。', text: '150名', victim: false },
  { input: '同時期に出願書類を作成していた他の生徒2名分の封筒と取り違えたことによるものです。', text: '2名分', victim: false },
  { input: '他の顧客10名の情報も流出した可能性がある。', text: '10名', victim: true },
  { input: '2.誤廃棄した帳票に記載されていたお客さま情報\nお客さま数:4,207名', text: '4,207名', victim: true },
  { input: 'なお、同サイトの会員数は約38万人にのぼるが、会員の氏名や住所は漏えいしていない。', text: '約38万人', victim: false },
  { input: '不正ログインの被害が確認された。アプリの会員数は約620万人。', text: '約620万人', victim: false },
  { input: '誤って添付したメールについて、12月25日までに198件の保護者から削除した旨の連絡を受けている。', text: '198件', victim: false },
  { input: '7月10日に、65歳以上の第1号被保険者4,870人に対し、令和6年度介護保険料額決定通知書を発送しました。', text: '4,870人', victim: false },
  { input: 'ファイルを誤って添付した。誤送信先は1年生の保護者212件のメールアドレスで、削除を依頼した。', text: '212件', victim: false },
  { input: 'メールアドレスが流出した。同校の全校生徒は約840名で、今回の対象は2年生の保護者。', text: '約840名', victim: false },
  { input: '加入者1,284人分の氏名が保存されていた。同市の国民健康保険加入者は約1万8,000人。', text: '約1万8,000人', victim: false },
  { input: '受診した148名分の健診結果が記載されていた。同クリニックの企業健診の受診者は計412名で、もう1社分の264名の情報は含まれていない。', text: '計412名', victim: false },
  { input: '受診者は計412名で、もう1社分の264名の情報は含まれていない。', text: '264名', victim: false },
  { input: '本人61人及び誤送付先の64世帯に職員が訪問した。', text: '64世帯', victim: false },
  { input: '1,208通のうち163通で宛名面と裏面の利用者が1件ずつずれていた。', text: '1件', victim: false },
  { input: '登録者のメールアドレス412件が流出した。同メールマガジンの配信登録者は1,318件で、担当職員は登録者を3回に分けて送信した。', text: '1,318件', victim: false },
  { input: '市内外の4,126事業所あてに、納税義務者約6万2千人分を発送しています。', text: '約6万2千人分', victim: false },
  { input: '女性客3人の氏名を知人に提供した。同店が管理する顧客は約4万人に上る。', text: '約4万人', victim: false },
  { input: '園児38名分の名簿を紛失した。なお、同園の在園児は3歳児から5歳児までの計124名で、年少組の名簿は含まれていない。', text: '計124名', victim: false },
  { input: '現在の購読者管理システム(購読者約9万2千人)及び同じネットワーク上のサーバーへの侵入は確認されていない。', text: '約9万2千人', victim: false },
  { input: '弊社は、満期を迎える自動車保険のお客様1,860名様に対し、「満期更新のご案内」を郵送いたしました。', text: '1,860名', victim: false },
  { input: '市によりますと、今月8日、65歳以上の市民およそ4万1000人に、今年度の介護保険料の通知書を送ったということです。', text: 'およそ4万1000人', victim: false },
  { input: 'これまでの交付申請件数は約15万件。元従業員が申請者8,934名分の情報を持ち出した。', text: '約15万件', victim: false },
  { input: '調査したところ、7校の教職員アカウント計11件から他校の保護者情報が閲覧可能だった。', text: '計11件', victim: false },
  { input: '保護者214人のアドレスが流出した。同社は県内で23教室を運営しており、在籍する生徒は約3800人。', text: '約3800人', victim: false },
  { input: '同院の電子カルテに登録されている患者は延べ約11万人だが、流出したのは約8.3万人分。', text: '延べ約11万人', victim: false },
  { input: '生徒238人分の成績が閲覧可能だった。同校は全校生徒712人の家庭に経緯を説明する文書を配布した。', text: '712人', victim: false },
  { input: '同セミナーは7月9日に開催予定で、約350名が申し込んでいたが、このうち2回目の案内の対象者が誤送信の対象となった。', text: '約350名', victim: false },
  { input: 'メールアドレスが流出しました。当組合は、約18万人の組合員の皆様の大切な個人情報をお預かりしている責任を自覚し、管理に努めます。', text: '約18万人', victim: false },
  { input: '市は今月3日、個人で住民税を納める市民およそ4万2000人に「納税通知書」を発送した。', text: 'およそ4万2000人', victim: false },
  { input: '通知書が誤って送付された方の計52名のご自宅を職員が訪問し、説明とお詫びを行いました。', text: '計52名', victim: false },
  { input: '通知書を市民26人に誤って発送した。', text: '26人', victim: true },
  { input: '履歴書を誤送信した。同社は9拠点を展開し、登録求職者数は約21万人。', text: '約21万人', victim: false },
  { input: '個人情報が流出した。対象となる会員数は1,234人。', text: '1,234人', victim: true },
  { input: '同社は全会員約64万人にパスワードの変更を呼びかけている。', text: '約64万人', victim: false },
  { input: 'キャンペーンの当選者400名のうちメールアドレスを登録していた384名に送信した。', text: '400名', victim: false },
  { input: '情報が流出した1,000名のうち、カード情報を含むのは300名。', text: '1,000名', victim: true },
  { input: '同サイトへの応募は累計で約4万2000件あったが、古い応募データは削除されていた。', text: '約4万2000件', victim: false },
  { input: '閲覧可能だったファイル数は計214件にのぼる。', text: '計214件', victim: false },
  { input: '市は今年、約4800事業所に計約3万1千人分を発送した。', text: '計約3万1千人分', victim: false },
  { input: '6月には健康食品の通販サイトでも同様の手口で約2万件のカード情報が流出した可能性があると公表されている。', text: '約2万件', victim: false },
  { input: '個人情報保護委員会による行政指導は、2025年度は今回を含めて計14件となった。', text: '計14件', victim: false },
  { input: '当社担当者がブースター会員2,815名に対し、チケット先行販売キャンペーンのご案内メールを配信いたしました。', text: '2,815名', victim: false },
  { input: '対象となるお客様1,234名に対し、お詫びとご報告のメールを送信いたしました。', text: '1,234名', victim: true },
  { input: 'クレジットカード決済を利用した顧客2846人のクレジットカード情報3012件が外部に流出した可能性がある。', text: '3012件', victim: false },
  { input: 'クレジットカード決済を利用した顧客2846人のクレジットカード情報3012件が外部に流出した可能性がある。', text: '2846人', victim: true },
  { input: '顧客2846人の情報と、取引先の担当者情報3012件が流出した。', text: '3012件', victim: true },
  { input: '1万2,048人の会員アカウントでログインに成功していた。同サイトは会員数約186万人の求人情報サイトで、', text: '約186万人', victim: false },
  { input: '不正ログインされた会員数 1万2,048人の会員情報が閲覧された可能性がある。', text: '1万2,048人', victim: true },
  { input: '対象者は最大で1万2,308人。同町の人口は1月末現在で1万7,964人で、住民の約7割が対象となる。', text: '1万7,964人', victim: false },
  { input: '対象者は最大で1万2,308人。同町の人口は1月末現在で1万7,964人で、住民の約7割が対象となる。', text: '1万2,308人', victim: true },
  { input: 'まちの人口\n人 口 15,238人\n世帯数 6,102世帯', text: '6,102世帯', victim: false },
  { input: '【対象となる世帯数】\n312世帯\n', text: '312世帯', victim: true },
  { input: '当該メッセージは、保護者153名(配信登録のあるメールアドレス171件)に届いております。', text: '153名', victim: false },
  { input: '誤って第2学年生徒全員(158名)の氏名、組を記載した成績一覧表を添付して配信いたしました。', text: '158名', victim: true },
  { input: '履修者187名の成績を誤って掲載し、本学の全学生約4,800名が閲覧可能な状態となっておりました。', text: '約4,800名', victim: false },
  { input: '掲載期間中の当該ページの閲覧数は約1,900件でした。', text: '約1,900件', victim: false },
  { input: '一斉配信用のメールに誤って履歴書ファイルを添付し、登録者643名に送信した。', text: '643名', victim: false },
  { input: '今後は多要素認証の導入を進め、約2300人の教職員向けに研修を実施するとしている。', text: '約2300人', victim: false },
  { input: '市によると、市内で児童手当を受給しているのは約4800世帯、対象の児童は約7900人。', text: '約7900人', victim: false },
  { input: '同社のメルマガ会員総数は約9万人で、2019年以前に登録した会員の情報が影響を受けた。', text: '約9万人', victim: false },
  { input: 'LEAF CLUB会員数 50万人突破！ 今なら新規ご入会で500ポイントプレゼント', text: '50万人', victim: false },
  { input: '２　誤配付した件数\n\n　64世帯分\n', text: '64世帯分', total: true, victim: true },
  { input: '当社がお預かりしているお客様の情報は約14万名分であり、上記以外のお客様の情報が持ち出された事実は確認されておりません。', text: '約14万名分', victim: false },
  { input: 'なお、1日体験・ビジター利用のみのお客さま(約3万1,000名さま)の情報は別のクラウドサービスで管理しており、今回の被害の対象ではございません。', text: '約3万1,000名', victim: false },
  { input: '同期間に入会手続きをされた会員さま(退会済みの方を含みます)で、最大で約21万4,000名さまです。', text: '約21万4,000名', victim: true },
  { input: '新しいホールは最大で約1,200名を収容できる。', text: '約1,200名', victim: false },
  { input: '町が特別徴収義務者(事業所)412か所に対し、約3,900人分の特別徴収税額の決定通知書を発送しました。', text: '約3,900人分', victim: false },
  { input: '従業員9人分の決定通知書を、誤って別の事業所あてに発送しました。', text: '9人分', victim: true },
  { input: '試行の対象となったアカウントは約2万1000件にのぼるが、ログインに失敗したものが大半を占めた。', text: '約2万1000件', victim: false },
  { input: '不正ログインの対象となったアカウントは3412件で、氏名や住所が閲覧された可能性がある。', text: '3412件', victim: true },
  { input: '同社は全国に14施設を展開し、2024年の延べ宿泊者数は約85万人。', text: '約85万人', victim: false },
  { input: 'なお、上記期間中の本件サイトにおけるご注文件数は約2万3千件であり、このうちカード決済のお客様が対象となります。', text: '約2万3千件', victim: false },
  // A count labelled as the leak's, the mail that carried it in brackets (漏えい件数 1件(メール1通)); one person's own document (1通).
  { input: '(2)漏えい件数 1件(メール1通)', text: '1件', value: 1, victim: true },
  { input: '県営住宅の家賃通知書1通が別の世帯に届いた。', text: '1通', value: 1, victim: true },
  { input: '通知カードが入った簡易書留1通を隣の世帯に配達した。', text: '1通', value: 1, victim: true },
  { input: '税額変更通知書4,100通を発送し、うち312人分を別の住民に送った。', text: '4,100通', value: 4100, victim: false },
  { input: '案内のメール1通を送信した。', text: '1通', value: 1, victim: false },
  // A bank's customers in 先; a count of records a lost paper holds told as its 顧客数; a count of quoted data kinds.
  { input: '顧客情報94先分を含む伝票綴り1冊を紛失した。', text: '94先分', value: 94, victim: true },
  { input: '依頼書に記載されている顧客数は576件。', text: '576件', value: 576, victim: true },
  { input: '当該スマートフォンに登録されていた302件の「氏名」「電話番号」が流出した可能性がある。', text: '302件', value: 302, victim: true },
  { input: 'アプリの会員数は約620万人。', text: '約620万人', value: 6200000, victim: false },
  // Forms, one a person, counted in 枚 and lost; a count label on the line above a qualifier; the number of what was just told.
  { input: '顧客の氏名や住所が書かれた口座振替依頼書計4318枚を紛失したと発表した。', text: '計4318枚', value: 4318, victim: true },
  { input: '紛失した書類は受講申出書1枚で、住所と氏名が記されていた。', text: '1枚', value: 1, victim: true },
  { input: '顧客名簿2枚を紛失した。', text: '2枚', value: 2, victim: false },
  { input: '医療保護入院者の退院届1枚を紛失したと発表した。', text: '1枚', value: 1, victim: true },
  { input: '95店全店で、印鑑届計8032枚を紛失していたと発表した。', text: '計8032枚', value: 8032, victim: true },
  // Those who did it, counted (…24名による, 4人の不正閲覧), are no victims.
  { input: '関係者ら合計24名による、興味本位の電子カルテ閲覧が確認された。', text: '合計24名', value: 24, victim: false },
  { input: '懲戒処分を受けた4人の不正閲覧は合計2867回に上った。', text: '4人', value: 4, victim: false },
  // (People counted with an honorific: 16名さま分.)
  { input: '(1)居宅サービス介護給付費明細書 16名さま分', text: '16名さま分', value: 16, victim: true },
  // (The form's name quoted before its count.)
  { input: '氏名と住所が記載された「PTA役員希望調査票」39枚を自宅に持ち帰った。', text: '39枚', value: 39, victim: true },
  { input: '申込書500枚を印刷し、各店舗に配布した。', text: '500枚', value: 500, victim: false },
  { input: '(3)画像記録の件数\n推定 8,317件\n(4)記載されていた情報', text: '8,317件', value: 8317, victim: true },
  { input: 'つまり、別の方の情報が印刷されていたということ。\nその数、412,087件!', text: '412,087件', value: 412087, victim: true },
  { input: '登録された店舗は、その後増え続けている。\n当時の数、300件。', text: '300件', value: 300, victim: false },
  // Accounts an intruder got into, labelled in their own clause after the attempts'; officers disciplined.
  { input: '不正ログイン試行回数は3754万7786回、不正ログインされたアカウント数は24万3112件に上るという。', text: '24万3112件', value: 243112, victim: true },
  { input: 'ログイン試行の回数は約46万回で、試行に使われたIDは約13万8000件。', text: '約13万8000件', value: 138000, victim: false },
  { input: '上田社長ら役員計6人を減給とする社内処分を公表した。', text: '計6人', value: 6, victim: false },
  { input: '県警は、警視ら3人を減給などの懲戒処分とした。', text: '3人', value: 3, victim: false },
  // Those a mail showed to one another.
  { input: 'このため、312名の間でお互いのメールアドレスや氏名が表示されてしまう事態が発生しました。', text: '312名', value: 312, victim: true },
  // A body's size in the aside after its name that names its head.
  { input: '県立北浜高校(北浜一郎校長、生徒667人)は12日、教諭が生徒172人分の答案用紙を紛失したと発表した。', text: '667人', value: 667, victim: false },
];

describe('extractCounts: must match', () => {
  it.each(MUST_MATCH.map((r) => [`${r.text} in ${r.input.replace(/\n/g, '⏎')}`, r] as const))('%s', (_label, row) => {
    const found = all(row.input).find((c) => c.text === row.text);
    expect(found, JSON.stringify(all(row.input).map((c) => c.text))).toBeDefined();
    const c = found!;
    expect(row.input.slice(c.start, c.end)).toBe(c.text);
    for (const key of ['value', 'min', 'max', 'unit', 'victim', 'numeric_approx', 'hedged', 'total'] as const) {
      if (row[key] !== undefined) expect(c[key], `${key} (${c.reason})`).toBe(row[key]);
    }
    if (row.qualifier) expect(c.qualifiers).toContain(row.qualifier);
    expect(c.approx).toBe(c.numeric_approx || c.hedged);
  });
});

/** Numbers that are not counts at all. */
const MUST_NOT_MATCH: string[] = [
  '2024年8月9日',
  '令和6年5月8日(水曜日)',
  '2024/8/9',
  '25歳の男を逮捕',
  '40代男性職員',
  '停職3カ月の懲戒処分',
  '停職4か月',
  '計約1時間半',
  '17時9分に送信',
  '給料月額の10分の1',
  '50%の会員',
  '電話番号:072-992-2655',
  '個人情報の保護に関する法律第68条第2項',
  '第3回の会合',
  '1.経緯',
  '(1)原因',
  '①クレジットカード番号',
  '【セキュリティ事件簿#2024-354】',
  '国内で逮捕した容疑者は2人目',
  '1 件 名 ',
  '1件目の事案',
  '直近 11 営業日のログ',
  '一人ひとりに連絡',
  '同一人物',
  '12345678901234567890件',
  '万万万件',
  '数件のファイル',
  '約'.repeat(50),
  '一'.repeat(50) + '人',
  '3日先の予定を確認する。',
  '10先月の売上',
];

describe('extractCounts: must not match', () => {
  it.each(MUST_NOT_MATCH)('%s', (input) => {
    expect(all(input).map((c) => c.text)).toEqual([]);
  });
});

describe('extractCounts: offsets and pairs', () => {
  it('scans only [start, end) and returns offsets into the whole text', () => {
    const text = '前置き100件。本文は個人情報200件が流出。後書き300件';
    const start = text.indexOf('本文');
    const end = text.indexOf('後書き');
    const cs = extractCounts(text, start, end);
    expect(cs.map((c) => c.text)).toEqual(['200件']);
    expect(text.slice(cs[0]!.start, cs[0]!.end)).toBe('200件');
  });
  it('finishes on a region at the very start of a text that begins with a newline', () => {
    // A line start found before position 0 once sent the hedge walk back and forth for ever.
    expect(extractCounts('\n・氏名 2件', 0, 10).map((c) => c.text)).toEqual(['2件']);
  });

  it('clamps bad bounds without throwing', () => {
    expect(extractCounts('個人情報10件', -5, 999).map((c) => c.value)).toEqual([10]);
    expect(extractCounts('個人情報10件', 8, 2)).toEqual([]);
  });
  it('treats 88 件(80 人分) as one group of 80 persons', () => {
    const cs = all('入所者名と保護者等メールアドレス 88 件(80 人分)');
    expect(cs.map((c) => [c.text, c.victim])).toEqual([['88 件', true], ['80 人分', true]]);
    expect(totalAffected(cs)).toBe(80);
  });
  it('takes the people behind a label in the records\' aside: 対象予約件数:11,958件(お客様数:8,732名)', () => {
    expect(totalAffected(all('個人情報が流出しました。\n対象予約件数:11,958件(お客様数:8,732名)'))).toBe(8732);
    // The records counted once each after a total: 「届出総数2,310件(同一の届出者を除くと871件)」.
    expect(totalAffected(all('外付けディスクを紛失しました。\n外付けディスクに保存していたもの:届出総数2,310件(同一の届出者を除くと871件)'))).toBe(871);
  });
  it('counts one person\'s record of a statement or a tax notice sent astray (供述調書1通を紛失, 課税予告文書1通を…誤って送付)', () => {
    for (const t of ['北浜海上保安部は、事件関係者の氏名などの個人情報が記載された供述調書1通を紛失したと発表した。', '北浜県は、不動産取得税の課税予告文書1通を、誤って別の納税者に送付したと発表した。']) {
      expect(totalAffected(all(t), t)).toBe(1);
    }
  });
  it('counts a short line under a heading naming what leaked, not a count alone under its own label', () => {
    const t = '1.個人情報が流出した可能性がある画像データ\n\n令和5年度自動車税種別割納税通知書96件(88名)\n\n(データ項目:住所、氏名)';
    expect(totalAffected(all(t), t)).toBe(88);
    const spam = '2. 攻撃者に閲覧された可能性のある情報\n(1) 送信されたスパムメール数\n 2,215件';
    expect(all(spam).find((c) => c.value === 2215)?.reason).not.toBe('leaked-heading');
  });
  it('takes the people over their records told right after them (町民4138人分およそ4700件), not a total on the next line', () => {
    const t = '北浜町は、町民4138人分およそ4700件の口座情報が記録されたUSBメモリを紛失したと発表した。';
    expect(totalAffected(all(t), t)).toBe(4138);
    const list = '・従業員の氏名、住所:1,847名分\n合計:約1万3,800件';
    expect(totalAffected(all(list), list)).toBe(13800);
  });
  it('takes the people told right after their households (計28世帯69名), not households told apart', () => {
    const t = '裏面に計28世帯69名の個人情報が記載されていることが判明した。';
    expect(totalAffected(all(t), t)).toBe(69);
    const apart = '計28世帯の住所が記載されていた。うち世帯主の氏名は9名分だった。';
    expect(totalAffected(all(apart), apart)).toBe(28);
  });
  it('takes the people over their records counted after the kinds of their data (994人分の氏名や還付税額…など計3942件), not over an unrelated total', () => {
    const t = '職員は、市税還付金該当者994人分の氏名や還付税額、還付年月日など計3942件をUSBメモリに複写した。';
    expect(totalAffected(all(t), t)).toBe(994);
    const other = '該当者994人分の氏名を記載した。このほか、取引記録が計3942件流出した。';
    expect(totalAffected(all(other), other)).toBe(3942);
  });
  it('adds up groups told side by side with no total (生徒19名及びその保護者18名の), not parts or round counts', () => {
    const add = (t: string) => totalAffected(all(t), t);
    expect(add('ランサムウェア被害により、生徒19名及びその保護者18名の個人情報が流出した可能性がある。')).toBe(37);
    expect(add('紛失したパソコンには、会員5,700人と従業員39人の氏名や住所が保存されていた。')).toBe(5739);
    // (A part of the first group is no group of its own; a stated total stands; approximate counts are not added.)
    expect(add('会員5,700人、うち退会者39人の氏名が流出した可能性がある。')).toBe(5700);
    expect(add('生徒19名及び保護者18名、計37名の氏名が流出した。')).toBe(37);
    expect(add('会員約5,700人と従業員約40人の氏名が流出した可能性がある。')).toBe(5700);
    // (Without the text, as before: the largest.)
    expect(totalAffected(all('生徒19名及びその保護者18名の個人情報が流出した。'))).toBe(19);
  });
  it('takes no addresses a mailing went to for the affected: 会員1,943件のメールアドレス宛て', () => {
    const cs = all('職員が研修の案内メールを会員1,943件のメールアドレス宛てにBCCで送信した際に、申込者一覧のExcelファイルを誤って添付したというもの。');
    expect(cs.find((c) => c.value === 1943)?.victim).toBe(false);
  });
  it('takes the people over a total of their records told in an aside: 278名のメールアドレス(計312件)', () => {
    expect(totalAffected(all('流出したのは2年生の保護者278名のメールアドレス(計312件)で、氏名や住所は含まれていない。'))).toBe(278);
    // A total of records told on its own is still the total.
    expect(totalAffected(all('流出したのは保護者278名のメールアドレスなど、計312件の情報です。'))).toBe(312);
  });
});

const count = (value: number | null, extra: Partial<Count> = {}): Count => ({
  text: String(value),
  start: 0,
  end: 0,
  value,
  min: value,
  max: value,
  unit: '件',
  approx: false,
  numeric_approx: false,
  hedged: false,
  victim: true,
  total: false,
  qualifiers: [],
  reason: 'test',
  ...extra,
});

describe('totalAffected', () => {
  it('is null without victim counts', () => {
    expect(totalAffected([])).toBeNull();
    expect(totalAffected([count(5, { victim: false })])).toBeNull();
  });
  it('prefers the largest stated total', () => {
    expect(totalAffected([count(800, { start: 1 }), count(2446, { total: true, start: 9 }), count(5000, { victim: false })])).toBe(2446);
  });
  it('takes the largest group and never adds groups up', () => {
    expect(totalAffected([count(18746, { start: 1 }), count(60350, { start: 20 }), count(78840, { start: 40 })])).toBe(78840);
  });
  it('is null when the only victim counts are indeterminate (数万件), and takes an exact one over them', () => {
    expect(totalAffected([count(null, { min: 20000, max: 99999 })])).toBeNull();
    expect(totalAffected([count(null, { min: 20000, max: 99999 }), count(300, { start: 9 })])).toBe(300);
  });
  it('takes people over records in an aside (延べ18万4,227件(実人数12万9,604人)), and over a headline rounding them', () => {
    expect(totalAffected(all('顧客情報延べ18万件が漏えいの可能性。顧客の個人情報延べ18万4,227件(実人数12万9,604人)が漏えいした可能性'))).toBe(129604);
  });
  it('takes people over records told as them (146件は保護者128人分), every mention of the records', () => {
    expect(totalAffected(all('メールアドレス146件が流出。保護者のメールアドレス146件を宛先に入力した。146件は保護者128人分で'))).toBe(128);
  });
  it('takes the people over a 延べ count of their records (顧客1万3208人 … のべ4万1592件の注文履歴)', () => {
    expect(totalAffected(all('2025年5月19日までに会員登録した顧客1万3208人の氏名、住所のほか、のべ4万1592件の注文履歴が保存されたデータベースに不正アクセスがあり、流出した可能性がある。'))).toBe(13208);
  });
  it("takes the body's closer figure over a headline's round one (顧客情報12万人分流出 → 約12万4000人分)", () => {
    expect(totalAffected(all('顧客情報12万人分流出\n持ち出されたのは顧客約12万4000人分の氏名と住所で、このうち約2万8000人分が名簿業者に渡っていた。'))).toBe(124000);
  });
  it('takes the people in an aside after their records behind a label and a qualifier (8万6,120件(お客様数 最大で6万2,857名))', () => {
    expect(totalAffected(all('件数:最大で8万6,120件(お客様数 最大で6万2,857名)の情報が流出した可能性があります。'))).toBe(62857);
  });
  it('takes the people the records come to (予約情報9万4216件で、顧客数にすると約6万1000人分)', () => {
    expect(totalAffected(all('流出した可能性があるのは予約情報9万4216件で、顧客数にすると約6万1000人分。氏名、住所が含まれる。'))).toBe(61000);
  });
  it('takes people over the records told in an aside after them: 4,096名（予約件数 5,212件）', () => {
    expect(totalAffected(all('宿泊予約者 4,096名(予約件数 5,212件)の情報が流出した可能性'))).toBe(4096);
    expect(totalAffected(all('記録されていた患者さん 427名分\n(延べ入院件数 583件)\nが紛失した'))).toBe(427);
  });
  it('takes the exact figure over a headline\'s rounding of it (約26万人分 → 25万8316人分), not over a lower bound (8万件超)', () => {
    expect(totalAffected(all('会員約26万人分の情報が流出。漏えいしたのは会員25万8316人分の個人データで'))).toBe(258316);
    expect(totalAffected(all('顧客情報8万件超が流出か。顧客情報約8万2千件が流出した可能性がある'))).toBe(82000);
  });
  it('takes the exact figure over a round one the page also gives as rough (800人分 beside およそ800人分 → 795人分), not over a plain round one', () => {
    expect(totalAffected(all('800人分の個人情報紛失\n生徒およそ800人分の個人情報が入ったUSBメモリーを紛失した。教諭は生徒795人分の個人情報が入ったUSBメモリーを紛失しました。'))).toBe(795);
    expect(totalAffected(all('生徒800人分の個人情報が入ったUSBメモリーを紛失した。うち生徒795人分の個人情報は暗号化されていなかった。'))).toBe(800);
  });
  it('takes a total\'s people counted once each (合計 85名分(…実人数は83名)), not a subset\'s (延べ3,427件(実人数2,567人))', () => {
    expect(totalAffected(all('(1)児童 58名分\n(2)児童 27名分\n合計 85名分(うち2名は(1)と(2)の両方に含まれるため、実人数は83名)'))).toBe(83);
    expect(totalAffected(all('件数 48,651人が対象。うち延べ3,427件(実人数2,567人)分は閲覧可能であった。'))).toBe(48651);
  });
  it('takes the people over every mention of their records told in an aside (2,871名(クレジットカード情報3,214件))', () => {
    expect(totalAffected(all('お客様のクレジットカード情報(3,214件)が漏えいした可能性があります。対象は、お客様2,871名(クレジットカード情報3,214件)です。'))).toBe(2871);
  });
  it('takes the people counted once each over the 延べ count they follow (延べ612人分(実人数428人))', () => {
    expect(totalAffected(all('生徒延べ612人分(実人数428人)の成績などの個人情報が入ったUSBメモリーを紛失した'))).toBe(428);
    expect(totalAffected(all('持ち出された顧客情報は延べ4万3208件で、重複を除いた実人数は2万9118人に上る。'))).toBe(29118);
    expect(totalAffected(all('他の世帯に誤って送付された通知書は延べ41件、これに係る対象者(保護者)は38名です。'))).toBe(38);
    expect(totalAffected(all('個人情報が閲覧可能な状態でした。現時点で二次被害は確認されておりません(二次被害のご報告0件)。'))).toBeNull();
  });
  it('takes the part a sentence takes from a whole told before it (…会員は5,830人。このうち731人分の…), not a whole with its leak', () => {
    expect(totalAffected(all('この間にログインした会員は5,830人。このうち731人分の氏名、電話番号が、他の会員から閲覧可能な状態だった。'))).toBe(731);
    expect(totalAffected(all('流出したのは会員1万2000人。このうち3000人はカード情報も含まれていた。'))).toBe(12000);
  });
  it('counts no visitors, whole rolls, volunteers, log lines or totals of things no data is told of', () => {
    const text = [
      '「東中祭」には、保護者・地域の皆様約450名にご来場いただきました。全校生徒352名が一つの目標に向かって力を合わせました。',
      '2年1組の生徒31人分の氏名と住所を記載した名簿を紛失しました。ボランティア登録者は約90人。',
      'アクセスログ(約2,400件)を調査した結果、業務外の閲覧を確認した。救急搬送のお断りが計213件ございました。',
    ].join('\n');
    expect(totalAffected(all(text))).toBe(31);
    expect(totalAffected(all('名簿には、全校生徒782人の氏名、学年、組が記載されていた。'))).toBe(782);
    expect(totalAffected(all('漏えいした可能性のある情報\n合計:2,446件'))).toBe(2446);
  });
  it('counts no active members, expected attendance, accounts merely tried, a mailing\'s size, an entries\' tally or a group\'s claim', () => {
    expect(totalAffected(all('対象となる会員様 最大で4万1,862名(3ファンクラブの現在の有効会員数は合計で約3万6千名です)の氏名が流出した可能性があります。'))).toBe(41862);
    expect(totalAffected(all('結果メール1,286人分が別の会員に誤送信された。当選者は約2万4千人で、このうち誤送信の対象となったのは約900人。ツアーは計約12万人の動員を見込んでいる。'))).toBe(1286);
    expect(totalAffected(all('不正ログインが確認されたアカウント数:3,417件\nログインの試行対象となった(ログインには成功していない)約4万1千件のアカウントについても、パスワードの再設定をお願いしています。閲覧された可能性があります。'))).toBe(3417);
    expect(totalAffected(all('最大で293人分の通知書が本人以外に届いた可能性がある。市によると、通知書は納税義務者約4万1千人分を6日に発送した。'))).toBe(293);
    expect(totalAffected(all('WEB応募フォームからご応募いただいたお客様 3,962名の情報が閲覧可能な状態でした。本キャンペーンの応募総数は、はがきによる応募を含め12,517件です。'))).toBe(3962);
    expect(totalAffected(all('顧客の個人情報が最大で約6万3000人分流出した可能性がある。グループは「50万人以上の顧客データ」を含むと主張していた。'))).toBe(63000);
  });
  it('counts no earlier figure, page users, a body\'s size line, a survey\'s population or those visited', () => {
    expect(totalAffected(all('宿泊者名簿のうち、延べ1912人分が所在不明になっている。当初は3カ月分の約2800人分が所在不明とみられていた。'))).toBe(1912);
    expect(totalAffected(all('第1報では「利用者様約70名分の情報」とお知らせしておりましたが、確認の結果、利用者様65名分であることが確認されました。紛失した端末に保存されていました。'))).toBe(65);
    expect(totalAffected(all('上記時間帯に予約確認ページを表示したお客様は4,907名でしたが、他のお客様の画面に表示された可能性があるのは、予約1,482件(お客様数1,326名)です。'))).toBe(1326);
    expect(totalAffected(all('誤送付の対象となった241名の方に通知しました。\n加入者数(令和6年9月末) 被保険者 14,822名 / 被扶養者 13,305名 / 合計 28,127名'))).toBe(241);
    expect(totalAffected(all('調査対象者数:約6,500人\n回答者数:2,731人(回収率42.0%)\n閲覧可能な状態となっていたのは回答者1,938人分であることが確定しました。'))).toBe(1938);
    expect(totalAffected(all('(1)誤って他の世帯に送付された入場券 87世帯分 153人分\n※今回発送した入場券は7万1,905通(選挙人名簿登録者数12万8,346人、令和7年7月2日現在)です。'))).toBe(153);
    expect(totalAffected(all('対象となる登録会員 最大で31,486名\n(参考)\n登録会員数 41,811名(競技者 39,108名/指導者 1,684名)'))).toBe(31486);
    expect(totalAffected(all('エントリー者8412人分の個人情報が閲覧可能になっていた。当日の出走者数は7638人。収容人数1万5千人の競技場で開いた。サイトの月間閲覧者数は約85万人。'))).toBe(8412);
    expect(totalAffected(all('(1)対象となるお客様\n ・サクラステイ 札幌すすきの  9,812 名様\n ・サクラステイ 京都四条烏丸  14,230 名様\n  合計  23,042 名様'))).toBe(23042);
    expect(totalAffected(all('会員数は約412万人です。退会された方を含め、データベース上には約760万件の顧客記録があります。流出したデータは延べ約291万件で、重複を除いた実人数は約183万人に上る。'))).toBe(1830000);
    expect(totalAffected(all('申込者のメールアドレス 58件(56名分)が表示された。\n年間利用者数:約4万8千人(令和5年度)\n全保護者に対し、学校メール配信システム(登録件数540件)によりお知らせした。'))).toBe(56);
    expect(totalAffected(all('応募者28人の氏名が画面に映り込んだ。同社の推計では当該時間帯の視聴者は約14万人。'))).toBe(28);
    expect(totalAffected(all('ホワイトボードに利用者27人の名字が写っていた。同ステーションでは、およそ110人の利用者の自宅を訪問している。'))).toBe(27);
  });
  it('agrees with extraction on a stated total', () => {
    const text = '・住所、氏名:800件\n・氏名:234件\n合計:1,034件';
    expect(totalAffected(all(text))).toBe(1034);
  });
});

interface GoldIncident {
  doc: string;
  id: string;
  is_personal_data_breach: boolean;
  total_affected: number | null;
  total_affected_alternatives: number[];
  item_span: [number, number];
}

describe('seed pages', () => {
  const gold = JSON.parse(
    readFileSync(new URL('../fixtures/seeds-gold.json', import.meta.url), 'utf8'),
  ) as GoldIncident[];
  const breaches = gold.filter((g) => g.is_personal_data_breach);
  it('has breach items to check', () => expect(breaches.length).toBeGreaterThan(10));
  it.each(breaches.map((g) => [g.id, g] as const))('%s: totalAffected matches gold', (_id, g) => {
    const text = readFileSync(new URL(`../fixtures/seeds/${g.doc}`, import.meta.url), 'utf8');
    const counts = extractCounts(text, g.item_span[0], g.item_span[1]);
    const total = totalAffected(counts);
    const accepted = [g.total_affected, ...g.total_affected_alternatives];
    expect(accepted, JSON.stringify(counts.map((c) => [c.text, c.victim, c.reason]))).toContain(total);
    for (const c of counts) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('robustness', () => {
  const adversarial = (size: number): string => {
    const chunk =
      '1234567890'.repeat(40) + '万万万' + '約'.repeat(30) + '\uD800' + '数万件' + ',,,..' +
      '1,000件以上の個人情報' + '一'.repeat(20) + ' 1 2 3 4 5 6 ' + 'メール約5万件' + '\uDC00名' + '\n';
    return chunk.repeat(Math.ceil(size / chunk.length)).slice(0, size);
  };
  const time = (s: string): number => {
    const t0 = performance.now();
    const cs = extractCounts(s, 0, s.length);
    totalAffected(cs);
    return performance.now() - t0;
  };
  it('survives 5 MB of adversarial text in roughly linear time', () => {
    const small = adversarial(1_000_000);
    const big = adversarial(5_000_000);
    time(small); // warm up
    const t1 = time(small);
    const t5 = time(big);
    expect(t5 / Math.max(t1, 1)).toBeLessThan(10);
  });
  it('survives one 1 MB line without sentence breaks', () => {
    const s = '個人情報1件、'.repeat(150_000) + '9'.repeat(100_000) + '万'.repeat(100_000);
    expect(() => extractCounts(s, 0, s.length)).not.toThrow();
  });
});
