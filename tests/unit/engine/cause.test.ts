import { describe, expect, it } from 'vitest';
import { extractCause } from '../../../lib/extract/cause';
import { sentences } from '../../../lib/text/lines';
import { foldWidth } from '../../../lib/text/normalize';

function causeOf(raw: string): string | null {
  const text = foldWidth(raw);
  return extractCause(text, 0, text.length, sentences(text)).cause;
}

describe('extractCause', () => {
  const rows: Array<[string, string | null]> = [
    ['第三者による不正アクセスを受け、個人情報が漏えいした可能性があります。', 'unauthorized_access'],
    ['サーバーがランサムウェアに感染し、不正アクセスによりファイルが暗号化されました。', 'malware_ransomware'],
    ['なりすましログインが発生し、不正アクセスが確認されました。', 'account_takeover'],
    ['当社公式インスタグラムアカウントが第三者による不正アクセスを受け、乗っ取られていることが判明しました。', 'account_takeover'],
    ['「BCC」にメールアドレスを入力すべきところ、誤って宛先が確認できる状態で送信しました。', 'misdelivery'],
    ['誤ってメール本文へ152件のメールアドレスを添付してしまいました。', 'misdelivery'],
    ['元職員が見返りに個人情報を提供していた。', 'insider_misuse'],
    ['入居者らの個人情報が約8か月間にわたって市役所のホームページに掲載されていたと発表しました。', 'misconfiguration_public_exposure'],
    ['お詫びを当社のホームページに掲載しています。', null],
    ['受給者証を紛失しました。今後は、書類の流れの中で、誤送付や取り違えが生じないよう、手順を見直します。', 'loss_theft'],
    ['突風で郵便物が飛散し、個人情報が記載された封筒1通が回収できていない。', 'loss_theft'],
    ['職員が住民記録システムから同僚職員の個人情報を不正取得し、家族に文書を郵送した。', 'insider_misuse'],
    ['社員が個人のパソコンに顧客データを保存していて、データを消去しないままパソコンをリサイクル業者に売却した。', 'improper_disposal'],
    // Data sold to a list broker; taken out by one with access rights; taken out by a manager (部長, 支店長).
    ['これだけの個人情報が、名簿業者に売却されたようです。', 'insider_misuse'],
    ['データベースにアクセス権限を持つ社外の人物がデータを持ち出したと推定している。', 'insider_misuse'],
    ['同塾の部長が01年から02年にかけて、模擬試験を受けた受験生の個人データを外部に持ち出し、他の予備校に渡していた。', 'insider_misuse'],
    ['名簿業者から購入したリストを使ってダイレクトメールを送っていた。', null],
    // Data used for an election, data known through one's duties put to use, an inside leak, a former teacher's posts on SNS;
    // not: an election use only claimed, a nurse's post with nothing more told (often a photo with data caught in it).
    ['理事長として携わった事業の登録者60人分の個人情報を、選挙運動用のはがきを送るために利用したとして、市は議員を告発した。', 'insider_misuse'],
    ['職場のパソコンから市民の個人情報を持ち帰り、一部は選挙運動に利用された可能性がある。', 'insider_misuse'],
    ['市は議員が職務上知りえた個人情報を選挙運動に利用したとして告発しました。', 'insider_misuse'],
    ['代表取締役は「内部流出の可能性が極めて高いと思う」としている。', 'insider_misuse'],
    ['学習塾の元講師が、塾に通う児童6人の名前や住所などをSNSに投稿していた。', 'insider_misuse'],
    ['講師が、生徒の名前や住所などをSNSに投稿していたとして逮捕された。', 'insider_misuse'],
    ['署名者の連絡先が参加者に表示されてしまった。名簿が選挙に利用されるとの指摘も出ている。', 'misconfiguration_public_exposure'],
    ['病院は、看護師が患者情報をSNSに投稿していたと発表した。', null],
    ['作業員が業務中に使用していたUSBメモリの所在が不明になっていることが判明しました。', 'loss_theft'],
    ['職員が、入院患者の診療情報を113回にわたって業務外に閲覧し、患者の家族に漏らしていたと発表した。', 'insider_misuse'],
    ['家族が職員に病状を尋ねたため、求めに応じて話していたという。', 'insider_misuse'],
    ['共同利用を希望しない旨の申告があった加入者の情報を記載して通知したため、勤務先担当者に個人情報が漏えいしたものです。', 'misdelivery'],
    ['生徒の個人情報が記載された紙が裏紙として使われ、授業で配られていた。', 'improper_disposal'],
    ['中学校で、通知表を間違えて渡していたことが発表されました。', 'misdelivery'],
    ['元社員が顧客情報を名簿業者に売却した。流出した個人情報は、直接の売却先以外に少なくとも98社に転売されたことが分かりました。', 'insider_misuse'],
    ['元行員の男が支店に窃盗目的で侵入し、預金額1億円以上の顧客169人分の情報が記載された名簿を男に手渡した。', 'insider_misuse'],
    // Another's data found in what was sent (…に別人の氏名等が含まれている, 別の人の書類が封筒に入っていた), letters swapped (2通が入れ替わっていた).
    ['審査請求人に送付した弁明書の添付書類に別人の氏名等が含まれていることが判明しました。', 'misdelivery'],
    ['別の人の書類が封筒に入っていたと県に連絡があり、担当者が確認しました。', 'misdelivery'],
    ['もう1人の家に届いた封筒を担当者が開封し、2通が入れ替わっていたと確認しました。', 'misdelivery'],
    // News spell it ランサムウエア; a site's list of topics under its heading names no cause.
    ['受託事業者のサーバーにランサムウエアによる不正アクセスがあり、有権者18人分の個人情報に外部流出の可能性がある。', 'malware_ransomware'],
    ['教員のパソコンがマルウエアに感染し、不正アクセスを受けた。', 'malware_ransomware'],
    ['全市民の個人情報の違法取得を繰り返したなどとして、職員2人を懲戒免職にした。', 'insider_misuse'],
    // Another user's data one could see without の (別ユーザーの情報を閲覧できる), data one could look up (照会可能な状態).
    ['アカウント連携の不具合で、別ユーザーの情報を閲覧できる状態となっていた。', 'misconfiguration_public_exposure'],
    ['社員が、個人情報約400人分を含む見積書等を普通ゴミとして無造作に捨てていた。', 'improper_disposal'],
    ['成績証明書番号の一覧をウェブサイトに載せたところ、ポータルサイト上で成績証明書の情報が照会可能な状態であった。', 'misconfiguration_public_exposure'],
    ['カード情報が流出した。\n関連トピック\nサイバーセキュリティー\nランサムウェア\n電子商取引（EC）', null],
    // A mailing's settings got wrong, addresses left in the copy field; another's file served with one's own.
    ['市中央図書館がメール配信で設定を誤り、利用者64人分のメールアドレスが流出した。', 'misdelivery'],
    ['担当者が宛名を隠した同報欄に関係のない16人分のアドレスを残したまま送信した。', 'misdelivery'],
    ['CSVファイルをダウンロードした際、自組織のファイルと同時に別の団体のファイルもダウンロードされてしまった。', 'misconfiguration_public_exposure'],
    ['機能を同時に利用したところ、双方の申込情報が合わさって記載されたファイルがダウンロードされた。', 'misconfiguration_public_exposure'],
    ['機能を同時に利用したところ、両方の情報が記載されたファイルが双方でダウンロードされた。', 'misconfiguration_public_exposure'],
    ['同社元社員の私物PCから生徒の名簿などがファイル共有ソフト「Winny」のネットワーク上に流出した。', 'malware_ransomware'],
    ['支店長が書類を紛失した。', 'loss_theft'],
    ['ランサムウェアに感染しました。漏えいの可能性がある情報は次のとおりです。\n(2)当院職員および元職員 約300人分', 'malware_ransomware'],
    ['サーバーがランサムウェアに感染しました。\n対象:2014年4月以降に退職した元従業員', 'malware_ransomware'],
    ['ランサムウェアに感染しました。\n(1) KDAの従業員及び元従業員　1,236名', 'malware_ransomware'],
    ['ランサムウェアに感染しました。対象となる患者様、健診受診者様、職員・元職員には、書面にてお知らせいたします。', 'malware_ransomware'],
    ['ランサム攻撃で約29万7千人分の個人情報流出 利用者や作家、元社員の家族も', 'malware_ransomware'],
    ['病棟の患者一覧を紛失しました。県医務課によると、県内の医療機関では今年、個人情報を含む書類の紛失や誤送付が少なくとも5件公表されている。', 'loss_theft'],
    ['教諭が生徒の成績を保存したUSBメモリを紛失しました。県立学校における個人情報の紛失・誤送付等の事案は、本年度、本件を含め5件目となります。', 'loss_theft'],
    ['職員が業務上の必要がないにもかかわらず、権限を悪用してパスワードを取得し不正にアクセスした。', 'insider_misuse'],
    ['フリマアプリで購入された端末に個人データが記録されていた。', 'improper_disposal'],
    ['職員が書類を入れた鞄を電車内に置き忘れ、紛失しました。', 'loss_theft'],
    ['顧客台帳を紛失しました。廃棄作業の際、溶解処理を行う書類に紛れて誤って廃棄された可能性が高いと判断いたしました。', 'improper_disposal'],
    ['記録簿を紛失しました。不要書類と一緒に誤って廃棄した可能性もあるとしている。', 'loss_theft'],
    ['患者の個人情報を持ち出して名簿業者に売ったとして、病院の元事務職員の男を逮捕した。', 'insider_misuse'],
    ['教諭が、私的に利用しているSNSに、生徒の名簿が写り込んだ写真を誤って投稿し、誰でも閲覧できる状態となっていました。', 'misconfiguration_public_exposure'],
    ['当該ページに保存したファイルが社外から閲覧可能な状態になっていました。', 'misconfiguration_public_exposure'],
    ['メールサーバーが不正に中継され、迷惑メールが送信された。', 'mail_relay_abuse'],
    ['出版社にDDoS攻撃を仕掛けたとして逮捕した。', 'ddos'],
    // a passive act is done to the staff, not by them
    ['本学の教員1名が使用するメールアカウントが第三者により不正にアクセスされ、迷惑メールが送信された。', 'account_takeover'],
    ['海外のIPアドレスから不正にログインされていたことが確認されました。', 'account_takeover'],
    ['職員が業務用パソコンから顧客情報を無断で持ち出していた。', 'insider_misuse'],
    ['ランサムウェア攻撃を受けました。対象は、お取引先のご担当者様、および当社の元従業員の方です。', 'malware_ransomware'],
    ['元社員の男が顧客名簿を名簿業者に売却していた。', 'insider_misuse'],
    ['教職員メールに不正ログイン　フィッシングでID盗まれ2,446件流出か', 'account_takeover'],
    ['当院において、書類を適切に処理せず、一般の古紙として廃棄していたことが判明いたしました。', 'improper_disposal'],
    ['大学メールが不正にログインされた。同大学では2022年にも、職員のメール誤送信で情報が流出する事案が起きていた。', 'account_takeover'],
    ['攻撃を受け、サーバー内のファイルが暗号化された。', 'malware_ransomware'],
    ['ソフトウェアの脆弱性を悪用した不正アクセスで、ログインパスワード（暗号化された状態）が流出した。', 'unauthorized_access'],
    ['不正アクセスを受けたが、カード番号は暗号化された状態で保存しており、復元はできない。', 'unauthorized_access'],
    ['流出数や流出の時期、原因等は調査中です。', 'unknown'],
    ['本日は晴天なり。', null],
    ['USBメモリを紛失した。県警では今年に入り、捜査書類の誤送付など個人情報の取り扱いをめぐる不適切な事案が今回を含めて3件発生している。', 'loss_theft'],
    // A file attached by mistake, the match after a negated one (誤ってお渡しすべきでない…を…添付して送信); BCC with its gloss not set.
    ['本来お渡しすべきデータの他、誤ってお渡しすべきでない個人情報が記載されたファイルを電子メールに添付して送信しました。', 'misdelivery'],
    ['ところがこのメールが、BCC(Blind Carbon Copy)になっていなかった。', 'misdelivery'],
    // Staff who leaked or snooped, told by the discipline they got or as those who leaked it; staff who broke into a system.
    ['市は31日、個人情報を流出させた人事課の男性主査を懲戒免職処分としたと発表した。', 'insider_misuse'],
    ['職員間のチャットに管理者権限でアクセスして人事情報を不正に閲覧していたとして、職員5人を減給処分としました。', 'insider_misuse'],
    ['県の機関に勤務する職員が、メールシステムに不正アクセスして個人情報を閲覧した。', 'insider_misuse'],
    ['サーバーが不正アクセスを受けたため、管理を怠った担当職員を訓告処分とした。', 'unauthorized_access'],
    // Blacked-out data one could see (黒塗り…見られる状態), data one could read by copying a file (確認できるようになっていた).
    ['黒塗りで公開していた有権者らの住所や氏名などの個人情報が特定の操作で見られる状態だった。', 'misconfiguration_public_exposure'],
    ['ファイルの地図データを貼り付けると、個人の名前174件分が確認できるようになっていた。', 'misconfiguration_public_exposure'],
    // Records viewed with no need for the work (業務上で不必要にもかかわらず不正に閲覧); goods resold are no device sold on.
    ['看護師の1名は電子カルテシステムを利用して、患者カルテを業務上で不必要にもかかわらず不正に閲覧していた。', 'insider_misuse'],
    ['看護師が拾った患者のクレジットカードで商品を購入し、購入品の一部は転売された。', null],
    // Records issued by mistake (誤って…発行); data got by foul means (不正な方法で…取得) or sent at another's request (求めに応じて…送信).
    ['住民票コードを記した除票住民票写しを誤って16通発行したと発表した。', 'misdelivery'],
    ['代理店業務を行っていた人物が、同社のルールを遵守せずに不正な方法で顧客情報を取得していたという。', 'insider_misuse'],
    ['教諭が借り入れをする際、業者側の求めに応じて連絡先一覧のスクリーンショットを送信し、生徒ら38人の個人情報を漏洩した。', 'insider_misuse'],
    // Data shown to other users or participants (参加者に表示されてしまう, 他のユーザーに閲覧された).
    ['署名活動で、一時的に署名者の連絡先が参加者に表示されてしまうトラブルが発生していた。', 'misconfiguration_public_exposure'],
    ['不具合により、少なくとも1人分の情報が他のユーザーに閲覧されたという。', 'misconfiguration_public_exposure'],
    // Papers of others slipped into what was handed over (提供した資料に、関係のない…が混入), handed over by mistake (誤って提供した);
    // not a photo's credit (…(市広報課提供)).
    ['10月30日に保護者との面談で提供した資料に、関係のない里親台帳の資料4枚が混入していたことが判明した。', 'misdelivery'],
    ['保護者宅を訪問し、誤って提供した文書を回収しました。', 'misdelivery'],
    ['患者の個人情報を誤ってホームページに掲載した北浜市民病院(市広報課提供)', 'misconfiguration_public_exposure'],
    // Data published by mistake (誤って公表される).
    ['公立病院向けの月刊雑誌で患者の個人情報が誤って公表される事態が発生した。', 'misconfiguration_public_exposure'],
    // An address mistyped, the mail sent to someone else (メールアドレスを誤入力し、別人に送信された).
    ['成績データをメールに添付し正担任に送信した際にメールアドレスを誤入力し、別人に送信されたという。', 'misdelivery'],
    // A monthly column's statistics (「不正アクセス」で 60 件( 65.9 %)) and its links by cause (原因別記事一覧:メール誤送信) are no incident's cause.
    ['7 月に最も被害規模が大きかったのは、北浜ガスによる「北浜ガスのネットワークに不正アクセス、約 416 万人分の個人情報が流出した可能性」だった。\n事故原因最多は「不正アクセス」で 60 件( 65.9 %)を占め、「システム管理上のミス」が 11 件( 12.1 %)、「誤送信ほか操作ミス」が 6 件( 6.6 %)と続いている。\n情報漏えい原因別記事一覧:メール誤送信\nhttps://example.jp/special/3358/recent/', 'unauthorized_access'],
    ['4 月に最も被害規模が大きかったのは、南町システムによる「ランサムウェア攻撃、個人情報保護委員会が行政指導」の7,496,080 人だった。\n事故原因最多は「不正アクセス」で 42 件( 68.9 %)を占め、次いで「誤送信ほか操作ミス」が 8 件( 13.1 %)と続いている。\n情報漏えい原因別記事一覧:メール誤送信', 'malware_ransomware'],
    // Papers thrown out with one's household rubbish (自宅のごみと一緒に捨てて), at a rubbish station (ごみステーションに捨てた).
    ['ケースワーカーが、生活保護に関係する書類を自宅のごみと一緒に捨てて、その一部が近隣住民に回収されていた。', 'improper_disposal'],
    ['職員は、書類が混在していることに気づかず、年末にごみステーションに捨てたと説明している。住民が回収した書類には7人分の病名などが書かれていた。', 'improper_disposal'],
    // A DV victim's address told to the abuser (加害者の夫に漏らした).
    ['市は、DVなどの被害を受けて別居している妻と子どもの住所を、加害者の夫に漏らしたと発表した。', 'misdelivery'],
    // Personal data handed by staff to someone outside (…名簿を作り、自治会長に手渡した).
    ['係長は、自治会の会長から依頼を受け、約900人分の氏名や生年月日などを載せた名簿を作り、会長に手渡した。', 'insider_misuse'],
    // Data taken out that staff are charged for (…個人情報を持ち出すなどして…容疑で逮捕), or taken out and handed on (…文書を持ち出し、第三者に渡していた).
    ['北浜町は、町役場から全町民分の個人情報を持ち出すなどして町個人情報保護条例違反などの容疑で逮捕、送検された元住民課長を停職処分にしたと発表した。', 'insider_misuse'],
    ['連合会の役員だった前組合長が、融資先の顧客に関する文書を持ち出し、第三者に渡していたことがわかった。', 'insider_misuse'],
    ['顧客の個人情報や融資状況が書かれた文書をコピーして持ち出し、知り合いの漁業関係者に渡した。', 'insider_misuse'],
    // A file sent by mistake, told with 送る (誤って他の企業にメールで送る).
    ['従業員186人分の個人情報が入力されたファイルを、誤って他の企業にメールで送る情報漏洩があったと発表しました。', 'misdelivery'],
    // Data others could see (別の寄付者から閲覧できたり): an exposure.
    ['寄付をした82人分の個人情報が、別の寄付者から閲覧できたり、ダウンロードできたりする状態になっていたと発表した。', 'misconfiguration_public_exposure'],
    // A mailing's To and Bcc mixed up, told in that order (「To」と「Bcc」の使い分けに誤りがあり).
    ['関係者宛てに事務連絡メールを一斉送信する際、「To」と「Bcc」の使い分けに誤りがあり、36名分のメールアドレスが表示される状態になった。', 'misdelivery'],
    // Another pupil's data shown (別の生徒の成績が表示される状態): an exposure; data handed to a third party (…データを外部の第三者へ渡した): an insider's act.
    ['各生徒に貸与しているタブレット端末に別の生徒の成績が表示される状態になっていたことが分かった。', 'misconfiguration_public_exposure'],
    ['大学院生が、匿名化措置を行わずに患者のデータを外部の第三者へ渡したことにより、個人情報が流出した。', 'insider_misuse'],
    // Servers encrypted by an intruder (複数のサーバーなどで暗号化が行われていた) tell ransomware; encryption not done (暗号化が行われていなかった) does not.
    ['第三者が不正にネットワークに侵入し、複数のサーバーなどで暗号化が行われていたことが明らかになりました。', 'malware_ransomware'],
    ['第三者が不正にネットワークに侵入し、サーバーで通信の暗号化が行われていなかったことが原因と判明しました。', 'unauthorized_access'],
    // Staff who looked at customers' data (顧客情報…を、…社員計730人が見ていた; 社員が…顧客情報を見ていた).
    ['北浜電力は13日、新電力の顧客情報1万4657件を、北浜電力や委託会社の社員計730人が見ていたとの調査結果を公表した。', 'insider_misuse'],
    ['一部の営業所で、社員が新電力の顧客情報を見ていたと発表した。', 'insider_misuse'],
    // Addresses shown in a mailing, told with ような (アドレスや一部の個人名が分かるような形でメールを送信).
    ['参加を申し込んだ51人に、それぞれのアドレスや一部の個人名が分かるような形でメールを送信していた。', 'misdelivery'],
    // Personal data left in a system copied for others (同じシステムを流用した際、個人情報を削除しなかった): an exposure.
    ['同図書館のシステムを作った業者が他の図書館に同じシステムを流用した際、個人情報を削除しなかったことが原因とみられる。', 'misconfiguration_public_exposure'],
    ['市は、業者が個人情報を十分に削除しないままコピーして設計した図書館システムを納入したためだとしている。', 'misconfiguration_public_exposure'],
    // Blacked-out data one could still make out (黒塗りした個人情報…を…識別可能な状態で提供), data posted that needed no posting
    // (公示する必要のない個人情報を漏えい): exposures.
    ['開示した公文書について、黒塗りした個人情報などの不開示情報を、特定の操作をすることにより識別可能な状態で提供していたことが判明しました。', 'misconfiguration_public_exposure'],
    ['公示送達において、公示する必要のない個人情報を漏えいしていたことが判明しました。', 'misconfiguration_public_exposure'],
    // More posted than was meant (受講者番号のみホームページに掲載するべきところ、…名簿を併せて掲載していた): an exposure.
    ['講習会の受講結果を受講者番号のみホームページに掲載するべきところ、個人情報を含む受講者名簿を併せて掲載していた事案が発生いたしました。', 'misconfiguration_public_exposure'],
    // Data leaked outside without leave (宿泊客の個人情報を無断で外部に漏洩).
    ['旅館が、宿泊客の個人情報を無断で外部に漏洩したことにより、重大なトラブルに発展しました。', 'insider_misuse'],
    // Papers handed out by mistake, told with 間違って (別の方に納付すべき手続き書類等を間違って交付してしまった).
    ['別の方に納付すべき手続き書類等を間違って交付してしまったという内容だ。', 'misdelivery'],
    // A support scam (サポート詐欺) and a remote-control tool installed (遠隔操作ソフトがインストール) are intrusions; a fake warning's
    // words in quotes (「ウイルスに感染した」などのメッセージ) are no malware.
    ['市内中学校で職員のパソコンが「サポート詐欺」による遠隔操作被害に遭い、生徒の個人情報が流出した可能性がある。', 'unauthorized_access'],
    ['職員が検索していたところ、「ウイルスに感染した」などのメッセージが画面に表示された。市が調べたところ、遠隔操作ソフトがインストールされていることがわかった。', 'unauthorized_access'],
    // Data leaked without leave by one of the body's own (会長が…職員の個人情報を無断で漏えいした).
    ['北浜厚生連の会長が現職道議に職員の個人情報を無断で漏えいした問題で、会長は関与を認めた。', 'insider_misuse'],
    // Another user's data shown by an app's fault (別のご利用者様の保存写真が…表示され) is an exposure.
    ['アプリの機能において、本来表示されない、別のご利用者様の保存写真が混在して表示されてしまう事象が発生いたしました。', 'misconfiguration_public_exposure'],
    // Papers put out for recycling by mistake (書類を誤ってリサイクルに出した) are an improper disposal.
    ['税制課職員が、納税者情報の書類を誤ってリサイクルに出した上、回収業者が運搬中に書類を落下させた。', 'improper_disposal'],
    ['職員がメモ用紙として再利用している紙の一部に、住民の個人情報が記載された文書が使われていたことが分かった。', 'improper_disposal'],
    // The service a company runs, named to say who it is (フリマアプリを運営するメルカリも), is no place a device was sold.
    ['マッチングアプリの運営会社が外部からの不正アクセスを受けた。同日にフリマアプリを運営する北浜社も外部からの不正アクセスを受けていた。', 'unauthorized_access'],
    // A document sent to another recipient of the same allowance (文書を別の受給者に送っていた).
    ['7月、児童扶養手当に関する文書を別の受給者に送っていたことがわかり、16人分の個人情報が流出した。', 'misdelivery'],
    // Staff who leaked data by a mistake are no insiders (教諭が…フォーム設定を誤り、…を漏えいし).
    ['教諭が研修会の申し込み用フォーム設定を誤り、教員5人の個人情報を漏えいした。', 'misconfiguration_public_exposure'],
    // Documents sent without their redaction (黒塗り処理されていないまま送付).
    ['設計者1名のメールアドレスが黒塗り処理されていないまま送付されていた。', 'misdelivery'],
    // Papers scattered on their way to disposal.
    ['書類のうち19枚が、その廃棄を委託した業務委託会社による廃棄物処理施設への運搬途中、道路上に散逸した。', 'improper_disposal'],
    // Data one could reach from outside (外部からアクセスできる状態になっていた, 公開状態, 誤設定); a contractor copying data on his own.
    ['委託していた約26万人分の顧客情報が、外部からアクセスできる状態になっていたと発表した。', 'misconfiguration_public_exposure'],
    ['アンケートシステムのデータ管理者画面に、外部からアクセスが可能になっていたため発生した。', 'misconfiguration_public_exposure'],
    ['委託先の担当者が勝手にコピーして個人情報を流出させていた。', 'insider_misuse'],
    ['ホームページを閲覧すると、勝手にソフトなどをダウンロードするようプログラムが改ざんされていた。', 'unauthorized_access'],
    // Logins by stolen or guessed passwords (不正なログイン, 総当たり攻撃).
    ['約720アカウントに対して不正なログインが行われた可能性があることが判明いたしました。', 'account_takeover'],
    ['ログインページに対して機械的に総当たり攻撃等を行う大量アクセス行為がありました。', 'account_takeover'],
    // Another's data printed on what was sent.
    ['市が送付した受診券の裏面に、別の人の名前、生年月日、直近の検査結果などが誤って記載されていた。', 'misdelivery'],
    // Data leaked through a file-sharing program (its exposure virus); not a file-sharing product's flaw.
    ['元所長の私物パソコンからファイル交換ソフトを介して入所希望者の個人情報がネット上に流出した。', 'malware_ransomware'],
    ['職員の自宅パソコンから、ウィニーで名簿が流出していた。', 'malware_ransomware'],
    ['当社が提供するファイル共有ソフトに脆弱性が存在し、第三者にサーバー上の情報を閲覧される可能性があります。', 'unauthorized_access'],
    ['ランサムウェア攻撃を受けた。リークサイトに、同社から盗まれたとみられるデータ約120ギガバイトが掲載されていることが確認された。', 'malware_ransomware'],
    ['身に覚えのない取引がある場合は、24時間受付の「紛失・盗難・不正利用専用ダイヤル」(0120-555-110)までご連絡ください。', null],
    ['米国子会社のサーバーが第三者による不正アクセスを受け、同社の従業員や元従業員などの個人情報が流出した可能性がある。元従業員とその扶養家族の情報も含まれる。', 'unauthorized_access'],
    ['お店側がカード情報を保存していなくても、決済画面を改ざんされて入力した瞬間に盗まれる手口です。', 'unauthorized_access'],
    ['授業中、テスト成績一覧をプロジェクターに誤表示 中3の138人分', 'misconfiguration_public_exposure'],
    ['看護師が、入院患者23人分の氏名や病名などが記載された一覧表が写り込んだ写真をSNSに投稿していた。', 'misconfiguration_public_exposure'],
    ['ホーム > ニュース > 個人情報漏洩・紛失\n医療機器卸のメディトレード九州、ランサム被害 - リークサイトに犯行声明', 'malware_ransomware'],
    ['ホーム > ニュース > 個人情報漏洩・紛失', null],
    ['キャッシュカード・通帳の紛失・盗難、不正送金のご連絡(24時間受付)\n0120-417-991', null],
    ['サーバーに不正にアクセスし、顧客情報を盗み取った。同社は盗まれた情報の一部が販売されていたと公表した。', 'unauthorized_access'],
    ['業務用パソコンが車内から盗まれた。', 'loss_theft'],
    ['SQLインジェクション攻撃による不正アクセスが判明した。なお、パスワードは暗号化されていたものの、一部の会員は変更を求められた。', 'unauthorized_access'],
    ['当院に勤務する医師が、患者さまの個人情報を含むファイルを、規程に反して個人で使用するメールアドレスへ送信していました。', 'insider_misuse'],
    ['住民基本台帳のシステムで業務と関係なく住民の情報を閲覧し、その一部を知人に漏らしたとして懲戒処分にした。', 'insider_misuse'],
    ['寄附者の個人情報を誤って町の公式Webサイトに掲載していた。資料をサイトに掲載した際、一覧表を含むExcelファイルを誤って添付していた。', 'misconfiguration_public_exposure'],
    ['取引先に作業日程を連絡するメールを送信した際、入居者の一覧表を誤って添付しました。', 'misdelivery'],
    ['開発用に利用していたAPIサーバーの認証設定の不備を突かれ、第三者による不正アクセスがあり、会員情報が流出しました。', 'unauthorized_access'],
    ['元社員が顧客情報を不正に持ち出して名簿業者に売却した。警視庁は、名簿業者を通じて情報がさらに転売された可能性もあるとみている。', 'insider_misuse'],
    ['受給者28人分の個人情報が記載された書類を誤って廃棄していたと発表した。', 'improper_disposal'],
    ['メールサーバーが不正に中継され、迷惑メールが送信された。サーバーのウイルス感染や、県警が保有する個人情報などの流出は確認されていないという。', 'mail_relay_abuse'],
    ['個人情報を記載した書類が盗まれたことが判明しました。', 'loss_theft'],
    ['主査が生活保護受給者らの個人情報を無断で私物のUSBメモリーにコピーして自宅に持ち帰った。', 'insider_misuse'],
    ['前期の通知表を児童に配付した際、児童2名の通知表を取り違えて渡しました。', 'misdelivery'],
    ['職員が無断で書類を自宅に持ち帰り、帰宅途中に紛失した。', 'loss_theft'],
    ['公式サイトがDDoS攻撃を受けた。遺失物の問い合わせフォームなど個人情報を取り扱う機能は別のサーバーで運用している。', 'ddos'],
    ['ランサムウェアによる攻撃を受けた。対象は従業員と退職者で、退職者には2015年4月以降に退職した元従業員が含まれる。', 'malware_ransomware'],
    ['ランサムウェアに感染し、当院に在籍する職員及び在籍した元職員の氏名、所属部署が流出した可能性がある。', 'malware_ransomware'],
    ['販売店の顧客管理システムから女性客3人の氏名や住所を検索し、知人の男に提供した疑いで逮捕された。', 'insider_misuse'],
    ['業務とは関係ない私的な理由から、税務システムで元同僚の住所を不正に収集していた。', 'insider_misuse'],
    ['加入者向けの通知38件を誤送したと発表した。', 'misdelivery'],
    // Data shown to others by a site's fault (閲覧できる状態, 他の顧客の情報が表示され) is an exposure.
    ['運営するショッピングサイトで、一時、顧客情報が閲覧できる状態になっていたと明らかにした。', 'misconfiguration_public_exposure'],
    ['「注文履歴」画面で、他のお客様の氏名や住所が表示される不具合が発生しました。', 'misconfiguration_public_exposure'],
    ['「注文履歴」画面で、他の利用者の氏名や住所が閲覧できてしまう不具合がありました。', 'misconfiguration_public_exposure'],
    ['市のアカウントを持つ人であれば、だれでも当該フォルダのファイルを閲覧できる設定になっていた。', 'misconfiguration_public_exposure'],
    // A disease's virus is no malware.
    ['保管していた書類の一部に、新型コロナウイルス感染症の療養者の個人名や住所が記されていた。', null],
    // A tally of a class of incidents tells none of this one's cause.
    ['教諭がUSBメモリー1個を紛失したと発表した。県教委によると、県内の公立学校で2024年度に起きた個人情報の紛失や誤送付などの事案は計41件で、前年度より6件増えた。', 'loss_theft'],
    // A sentence listing four kinds of incident, and an advertisement's question, tell no incident's cause.
    ['元社員が顧客情報を不正に持ち出した。\n今週は誤送信、紛失、設定ミス、ランサムウェア、内部不正と、漏えいの型がそろった。', 'insider_misuse'],
    ['クラウドの共有設定ミスで成績が閲覧可能に。\n広告\nメール誤送信、まだ「目視チェック」だけですか?', 'misconfiguration_public_exposure'],
    // (Three related causes in one sentence are one incident's: its account taken over, relaying spam.)
    ['メールアカウントへの不正アクセスが発生し、迷惑メールが送信される事態となりました。', 'account_takeover'],
    // Staff snooping told by its grounds (職務に関係のない, 目的外閲覧, 興味本位で) or by a technician, data taken out told passively,
    // and a file searchable on the internet.
    ['市立北浜病院の男性技師が職務に関係のない患者の電子カルテを不正に閲覧した。', 'insider_misuse'],
    ['北浜市は、納税課の主任主事を、住民情報の目的外閲覧で減給の懲戒処分にした。', 'insider_misuse'],
    ['職員らが事件被害者の電子カルテを興味本位で閲覧していた。', 'insider_misuse'],
    ['顧客情報が不正に持ち出されたことが判明したとしてミナトモバイルが謝罪しました。', 'insider_misuse'],
    ['代理店が保有していた顧客情報が一時的にインターネット上で検索できる状況にあった。', 'misconfiguration_public_exposure'],
    // Staff who leaked (…が…を漏えいしていた), staff looking outside their work (業務外で個人情報へアクセス), an insider charged with theft.
    ['提携先の銀行に出向していた社員が出向先の顧客情報およそ10万件を自社側に漏えいしていたと発表しました。', 'insider_misuse'],
    ['派遣スタッフが業務外で個人情報へアクセスし、閲覧していた。', 'insider_misuse'],
    ['顧客情報が不正に持ち出された事件で、警視庁は同社のシステム部の元社員を窃盗の容疑で逮捕した。', 'insider_misuse'],
    ['職員が帰宅途中にかばんを盗まれた。警察に窃盗の被害届を出した。', 'loss_theft'],
    // Data others could see (生徒にも見られるようになっていた, …が含まれた状態で公開), an officer who told (巡査長が…漏らしていた),
    // papers taken out by a trainee (学生により外部に持ち出されていた).
    ['158人の氏名と昨年度の成績が生徒にも見られるようになっていたと公表しました。', 'misconfiguration_public_exposure'],
    ['ホームページ上において、数名分の個人情報が含まれた状態で公開を行っておりました。', 'misconfiguration_public_exposure'],
    ['女性巡査長が36人分の犯歴情報を上司だった男性に漏らしていた。', 'insider_misuse'],
    ['患者情報の写し(5名分)を臨床実習中の医学部学生により外部に持ち出されていたことが判明しました。', 'insider_misuse'],
    // A mail sent with its addresses visible to all (見える状態で送信, 受信者に見える状態, BCCに設定せず), a mail sent by mistake
    // (誤って…送られていた), a mail reaching someone else (別人宛のメールが届く).
    ['北浜県教委は、送信先の全97人分のメールアドレスが受信者に見える状態になっていたと発表した。', 'misdelivery'],
    ['申込者に、他の申込者のメールアドレスが表示される形で送信されました。', 'misdelivery'],
    ['送信先のアドレスを表示させない方式(BCC)に設定せず、送信していた。', 'misdelivery'],
    ['電子メールアドレスが他のお客様に表示されない設定をしなければならないところ、宛先欄に入力しました。', 'misdelivery'],
    ['申し込みメールが、協賛企業3社に誤って送られていたということです。', 'misdelivery'],
    ['登録したメールアドレスに、別人(B様)宛のマイページ登録完了メールが届く事案が発生しました。', 'misdelivery'],
    // Data left in a public place by a setting or a redaction that failed (誤ったアクセス権限の設定, システム設定のミス,
    // 黒塗り…表示される状態, 埋め込まれた状態で公開, 公開領域に残った, ウェブサイト上で公開してしまった).
    ['原因が誤ったアクセス権限の設定にあることを確認し、直ちに修正しました。', 'misconfiguration_public_exposure'],
    ['システム設定のミスにより求職者のメールアドレス334人分が流出した。', 'misconfiguration_public_exposure'],
    ['黒塗りした上でPDFに変換し掲載したが、コピー等の操作で黒塗り部分の個人情報が表示される状態となっていた。', 'misconfiguration_public_exposure'],
    ['開示した文書をコピーすると、不開示とした個人情報が閲覧できると指摘を受けた。', 'misconfiguration_public_exposure'],
    ['掲載していたデータファイル内に、個人情報が埋め込まれた状態で公開されていた。', 'misconfiguration_public_exposure'],
    ['データの移行作業を誤り、外部からアクセスできる公開領域にデータが残ったという。', 'misconfiguration_public_exposure'],
    ['職員が個人情報を含むファイルを市のウェブサイト上で公開してしまったことが原因でした。', 'misconfiguration_public_exposure'],
    // Staff who copied data without leave (許可なくダウンロード), or gave a list on their own (職員の独断で).
    ['委託先の社員がプロジェクト管理データを業務用パソコンへ許可なくダウンロードし、個人アカウントへアップロードした。', 'insider_misuse'],
    ['職員の独断で、名簿を紙で渡していたことが発覚しました。', 'insider_misuse'],
    // Data taken told as stolen (情報の一部が盗まれ, 個人情報を盗まれ, 入力時に盗まれ) is no lost device; an encrypted password is a
    // kind of data, not files a ransomware locked; a support scam's fake virus warning is no infection; a PC operated remotely.
    ['サイバー攻撃があり、4千件を超える会員登録情報の一部が盗まれた可能性があることが判明しました。', 'unauthorized_access'],
    ['不正アクセスにより、断続的に個人情報を盗まれていたとみられる。', 'unauthorized_access'],
    ['決済画面が改ざんされ、カード情報が入力時に盗まれた可能性があります。', 'unauthorized_access'],
    ['不正アクセスにより、氏名、メールアドレス、暗号化されたパスワード等が引き出された。', 'unauthorized_access'],
    ['偽のウイルス感染警告を表示させる手口で、パソコンを遠隔操作されました。', 'unauthorized_access'],
    ['職員が帰宅途中にかばんを盗まれた。', 'loss_theft'],
    ['事務所のサーバーがウイルスに感染し、データが暗号化された。', 'malware_ransomware'],
    // An intrusion told as 不正なアクセス, 不審なアクセスがあった, 不正なコードが追加され or 遠隔操作が行われ.
    ['学校のデータを管理するシステムが不正なアクセスを受け、個人情報が流出したおそれがあります。', 'unauthorized_access'],
    ['会員情報を管理するサーバーに不審なアクセスがあったことが確認された。', 'unauthorized_access'],
    ['第三者によりwebサーバ上に不正なコードが追加され、カード情報が保存されるよう改変されていた。', 'unauthorized_access'],
    ['指示に従ったところ、パソコンの遠隔操作が行われてしまった。', 'unauthorized_access'],
    // A disposal not confirmed (廃棄状況が不明), papers thrown out unnoticed (気づかず…廃棄), a disc left in a PC disposed of.
    ['委託したPCのうち複数台の廃棄状況が不明であることが判明した。', 'improper_disposal'],
    ['患者の個人情報が記載された書類に気づかず医学書と一緒に廃棄したということです。', 'improper_disposal'],
    ['CD-Rを入れたままパソコンの処分を業者に委託していた。', 'improper_disposal'],
    // Staff who leaked (職員が…漏えいする事件), or passed data on their own (独断で…依頼).
    ['職員が顧客情報を第三者に漏えいする事件が発生しました。', 'insider_misuse'],
    ['研究者は、独断で外部の第三者にデータ解析を依頼していた。', 'insider_misuse'],
    ['求職者の氏名が紹介先ではない事業所に誤って通知された。', 'misdelivery'],
    ['申立人の住所を元夫に誤って知らせていた。', 'misdelivery'],
    // A mail sent with the addresses visible to one another (互いに閲覧できる状態で送信), a recipients' setting gone wrong
    // (宛先設定ミス), papers thrown out as recyclables unshredded (資源ゴミとしてシュレッダー処理せずに…廃棄).
    ['会議の構成員にメールを一斉送信する際に、メールアドレスを互いに閲覧できる状態で送信した。', 'misdelivery'],
    ['美術館で情報流出 メール宛先設定ミス。これにより、互いのアドレスが閲覧できる状態となっている。', 'misdelivery'],
    ['資源ゴミとしてシュレッダー処理せずに廃棄した個人情報を含む文書が、搬送中に道路上に散乱した。', 'improper_disposal'],
    // A list open to others (閲覧が可能な状態, 初期設定の過誤) and papers put out by mistake for anyone to take (…ラックに誤って設置され).
    ['メーリングリストの初期設定の過誤により、第三者に参加・閲覧が可能な状態になっていた。', 'misconfiguration_public_exposure'],
    ['患者情報の書類が配布用のチラシに紛れた状態でリーフレットラックに誤って設置されたことが原因です。', 'misconfiguration_public_exposure'],
    // Data sent beyond what was asked (必要のない…も含めて提供を行っ), a file attached to a newsletter (…を添付して配信してしまった), names
    // not removed before sending (送付時に…削除し忘れ); a contractor taking data out for another job (業者が個人情報を持ち出し、…流用).
    ['本来は提供する必要のない受給者のデータも含めて提供を行ってしまったものです。', 'misdelivery'],
    ['メールマガジンで、会員741人の個人情報を記載したデータを添付して配信してしまった。', 'misdelivery'],
    ['研究データ送付時、被験者102名の氏名とカルテ番号を削除し忘れた。', 'misdelivery'],
    ['広報を担当する業者が個人情報を持ち出し、別のクライアントから受注した宣伝業務に流用していた。', 'insider_misuse'],
    // Papers told as likely thrown out by mistake (誤って廃棄した可能性が高く, 誤って廃棄処理された) were disposed of, not lost.
    ['伝票の綴りが所在不明となり、支店内で誤って廃棄した可能性が高く、対象の顧客に説明している。', 'improper_disposal'],
    ['同書類は誤って廃棄処理された可能性が高いとのことで、紛失の経緯を調べている。', 'improper_disposal'],
    ['不審なアクセスがないか監視を続けています。', null],
    ['不正なアクセスを防止するため、対策を強化します。', null],
  ];
  it.each(rows)('%s → %s', (text, expected) => {
    expect(causeOf(text)).toBe(expected);
  });

  it('ignores negated and generic mentions', () => {
    expect(causeOf('サーバーのウイルス感染や情報流出は確認されていない。メールが不正に中継された。')).toBe('mail_relay_abuse');
    expect(causeOf('紛失防止のため、端末を管理しています。')).toBeNull();
    expect(causeOf('職員を懲戒処分とした。')).toBeNull();
    // A blog post's labels and a site's topic line name the post's topics, not this item's cause.
    expect(causeOf('市公式ホームページがDDoS攻撃を受けた。\nラベル: セキュリティ事件簿, ランサムウェア, 不正アクセス, 誤送信')).toBe('ddos');
    expect(causeOf('関連キーワード：紛失 誤送信')).toBeNull();
  });
});
