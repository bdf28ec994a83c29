import { describe, expect, it } from 'vitest';
import { extractCategories, namesPersonalData } from '../../../lib/extract/categories';
import { extractIncidents } from '../../../lib/pipeline';
import { lines, sentences } from '../../../lib/text/lines';
import { foldWidth } from '../../../lib/text/normalize';

function categoriesOf(raw: string): string[] {
  const text = foldWidth(raw);
  return extractCategories(text, 0, text.length, lines(text), sentences(text)).categories.sort();
}

describe('extractCategories', () => {
  const mustFind: Array<[string, string[]]> = [
    ['また、アカウントに保存されていたメールの中には、准教授の授業の成績一覧のファイルが添付されたものもあり、このうち学生86人分については、学籍番号と成績も見られた可能性があるということです。86人は1128人に含まれています。', ['education_record', 'member_id']],
    ['流出した情報には、メールアドレス、性別、年齢、居住都道府県が含まれている。', ['address', 'age', 'email', 'gender']],
    ['・住所、氏名、生年月日、電話番号:821件', ['address', 'birthdate', 'name', 'phone']],
    ['患者およそ1万2000人分の名前や住所、電話番号、生年月日を名簿業者に不正に提供した。', ['address', 'birthdate', 'name', 'phone']],
    ['本学学生:1,102名(氏名、学籍番号、メールアドレス、一部の学生については授業の成績)が閲覧された。', ['education_record', 'email', 'member_id', 'name']],
    ['協力者1,862名の氏名、年齢、性別、居住市区町村、睡眠の状況や既往歴などが閲覧可能だった。', ['address', 'age', 'gender', 'medical', 'name']],
    ['お名前、生年月日、電話番号、ご希望の診療内容、症状が閲覧可能となっていた。', ['birthdate', 'medical', 'name', 'phone']],
    ['市民約3,800人分の氏名、生年月日、健診結果が保存されていた。', ['birthdate', 'medical', 'name']],
    ['  • クレジットカード番号\n  • 有効期限\n  • セキュリティコード', ['card_expiry', 'card_security_code', 'credit_card_number']],
    ['漏えいした情報:被保険者名、保険会社名、生年月日、証券番号', ['birthdate', 'insurance_info', 'name']],
    ['メールアドレスとログインパスワードが流出した可能性がある。', ['email', 'password']],
    ['学籍状態区分、学年、組、氏名', ['education_record', 'name']],
    // Kinds named as real notices name them: ids by their holder (患者番号, 生徒ID, 宛名コード), a school's records (受験校, 出席簿),
    // where one works (所属先名, 役職名), amounts (還付税額, 支払い金額) and health notes (健康状況).
    ['紛失したUSBメモリには、患者番号、氏名、生年月日が保存されていた。', ['birthdate', 'member_id', 'name']],
    ['流出したのは、生徒IDと氏名、受験校の一覧である。', ['education_record', 'member_id', 'name']],
    ['誤送付した通知書には、宛名コード、氏名、還付税額が記載されていた。', ['financial_amount', 'member_id', 'name']],
    ['漏えいしたのは、参加者の氏名、所属先名、役職名、メールアドレスです。', ['affiliation_occupation', 'email', 'name']],
    ['紛失した出席簿には、園児45名の氏名、毎日の出席状況、健康状況が記載されていた。', ['education_record', 'medical', 'name']],
    ['流出した可能性があるのは、顧客の氏名と支払い金額です。', ['financial_amount', 'name']],
    // A short kind counted out as so many people's (178人分の名前), kinds a sentence says its data held (…を含み、), data written to a disc.
    ['男性教諭が、3年生178人分の名前や受験校などを記録したUSBメモリー2本を紛失したと発表した。', ['education_record', 'name']],
    ['ひとり親世帯など5800人余りの名前や住所などの情報を、誤って第三者にメールで送信した。', ['address', 'name']],
    ['組合員の名前や電話番号など、620人分の個人情報が記載されたファイルを紛失した。', ['name', 'phone']],
    ['照会システムは市民の名前、住所、性別、生年月日が確認でき、職員が不正に閲覧した。', ['address', 'birthdate', 'gender', 'name']],
    ['市内の農家から名前や住所などが記載された書類を集めていましたが、この書類を紛失しました。', ['address', 'name']],
    ['一部の利用者は氏名やユーザーIDなどを含み、被害の内容や範囲などの特定を進めている。', ['login_id', 'name']],
    ['受診したことがある患者約3000人分の氏名や生年月日を書き込んだCDが、消費者金融など7社に郵送されていた。', ['birthdate', 'name']],
    ['修理を依頼した顧客によると、USBメモリには車検証の写し約50枚分のデータが記録されていたという。', ['vehicle_info']],
    // A password entered (…の入力が必要な仕様, ID・パスワードの入力) is no leaked one; kinds said to have no chance of leaking are not.
    ['USBメモリには従業員80名分の氏名が記録されていたが、PC等に接続した際にはパスワードの入力が必要な仕様になっているという。', ['name']],
    ['顧客名や住所が流出した。通常なら:\n- ID・パスワードの入力\n- 二段階認証\nが必要です。', ['address', 'name']],
    ['会員の氏名と住所が漏洩した可能性があります。一方で、クレジットカード情報やメールアドレスについては漏洩の可能性がないとされています。', ['address', 'name']],
    // A wrong fax number told as the mistake (誤ったFAX番号, FAX番号に誤り, 誤って記載した申込ファックス番号のあて先) is no leaked fax number.
    ['区民卓球大会の参加申込書に誤ったFAX番号を記載し、申込者12名の氏名と年齢が漏えいした。', ['age', 'name']],
    ['申込書のFAX番号に誤りがあり、申込者の氏名と電話番号が別人に送信された。', ['name', 'phone']],
    ['誤って記載した申込ファックス番号のあて先の人物に、申込者の氏名が届いていた。', ['name']],
    ['流出した情報は、取引先の会社名、FAX番号などです。', ['affiliation_occupation', 'fax']],
    // A list after a sentence announcing it as leaked (…は次の通り。); kinds a sentence says it includes (…などを含む); kinds that may have been accessed.
    ['漏えいした恐れがある顧客情報は次の通り。 顧客情報(氏名、住所、電話番号、生年月日)3万9805人分。', ['address', 'birthdate', 'name', 'phone']],
    ['当社の取り組みは次の通り。 顧客情報(氏名、住所、電話番号)の管理を徹底します。', []],
    ['会員の情報が流出した可能性がある。個人情報は氏名、住所、電話番号、購入履歴などを含む。', ['address', 'name', 'phone', 'purchase_history']],
    ['今回、アクセスされた可能性があるのは、加盟店の店名、住所、代表者名、代表者生年月日。', ['address', 'birthdate', 'name']],
    // 名前 after a strong kind in an enumeration, or a person's (傷病者の名前); 名義人 with no card near is a person's name.
    ['ポーチの中には、25人分の住所、名前、収めた市税の金額などが記載された控えが入っていたが、紛失した。', ['address', 'name']],
    ['救急搬送した傷病者の名前や、住所などの個人情報が書かれた書類を紛失したと発表しました。', ['address', 'name']],
    ['操作して設定を変えれば、2005年度時点の住所や名義人といった内容が閲覧できる状況になっていた。', ['address', 'name']],
    ['漏えいした情報は、クレジットカード番号、有効期限、名義人などです。', ['card_expiry', 'card_holder_name', 'credit_card_number']],
    ['会社の名前を変更したことをお知らせします。', []],
    // Real pages' wording: names by role (担当者名, お客様名), surgery and tests (術式, 検査値), school records (テスト結果, 進路予定).
    ['・取引先情報:2,915件(会社名、部署名、住所、電話番号、担当者名)', ['address', 'affiliation_occupation', 'name', 'phone']],
    ['盗まれたパソコンには「お客様名」「住所」「電話番号」「メールアドレス」などの顧客情報が1,873件保存されていた。', ['address', 'email', 'name', 'phone']],
    ['見つからないUSBメモリには、手術を受けた患者904人分の患者IDと年齢、手術中の検査値や術式が記録されていました。', ['age', 'medical', 'member_id']],
    ['進路指導用の資料に、生徒の名前や定期テスト結果、進路予定などが保存されていた。', ['education_record', 'name']],
    ['写しに住民票コードを記載したまま誤って交付した。氏名と住民票コードが記載されていた。', ['government_id', 'name']],
    // 名前 leading an enumeration of kinds; what a medium held (入っていた) or a note recorded (記した).
    ['家賃通知書には、世帯主の名前や部屋番号、家賃月額、収入金額などの個人情報が記載されていました。', ['financial_amount', 'name']],
    ['USBメモリには成人式の対象者や保護者などの名前や住所・生年月日など約1500人の個人情報が入っていました。', ['address', 'birthdate', 'name']],
    ['紛失したUSBメモリ内には患者の治療履歴や診療録の写しが保存されていた。', ['medical']],
    ['ファイルには生徒の修学旅行前の健康調査結果と氏名が記載されていた。', ['medical', 'name']],
    // The BCC mistake: the addresses mail went to are what leaked.
    ['講座の受講者にメールを送信した際、送信先のメールアドレスが他の受信者に表示される状態で送信する事案が発生しました。', ['email']],
    ['お客様の個人情報が流出した可能性があります。', ['unspecified_personal_info']],
    ['患者IDおよびカナ氏名(住所や電話番号はありません。)、診療科、請求金額', ['financial_amount', 'medical', 'member_id', 'name']],
    ['給食費徴収用口座の情報1万9932件も流出した可能性がある。', ['bank_account']],
    ['1,000件以上のカルテを不正に閲覧し、親族のカルテ情報を漏らした。', ['medical']],
    ['お客さま1,203名分の氏名、住所、預金残高', ['address', 'financial_amount', 'name']],
    ['ハードディスクには市民の氏名や住所、住民税の税額などが記録されていた。', ['address', 'financial_amount', 'name']],
    ['入院患者の氏名や病名が写った画像をSNSに投稿していた。', ['medical', 'name']],
    ['流出した可能性があるのは、氏名、電話番号、職歴、最終学歴。', ['affiliation_occupation', 'education_record', 'name', 'phone']],
    ['誤送付した情報:被保険者1名の氏名、住所、保険料額', ['address', 'financial_amount', 'name']],
    ['1,024人分の氏名、住所、税額が記載された通知書が別人に届いた。', ['address', 'financial_amount', 'name']],
    ['■持ち出された情報\nお客様の氏名、住所、保有銘柄、取引残高 計4,387名分', ['address', 'financial_amount', 'name']],
    ['求職者3,392人分の氏名、電話番号、職務経歴書が閲覧可能な状態だった。', ['affiliation_occupation', 'name', 'phone']],
    ['児童89名の氏名、保護者の氏名及び緊急連絡先が記載された名簿ファイルを添付し、保護者84名に送信しました。', ['emergency_contact', 'name']],
    ['誤送信した個人情報\n・受給者の氏名、住所\n・令和6年10月分以降の支給予定額', ['address', 'financial_amount', 'name']],
    ['回答内容:所属学部、学年、性別、年齢', ['affiliation_occupation', 'age', 'education_record', 'gender']],
    ['閲覧された可能性のある情報:氏名、住所、購入履歴、保有ポイント数', ['address', 'name', 'other', 'purchase_history']],
    ['漏えいした情報\n・メールアドレス\n・ご注文商品名、ご注文日', ['email', 'purchase_history']],
    ['パスポート番号およびパスポートの有効期限が含まれます。', ['government_id']], // no card expiry: a passport's
    ['Q2 どのような情報が見られる状態になっていたのですか?\nA2 交付決定者の氏名、住所、電話番号、補助金の交付決定額です。', ['address', 'financial_amount', 'name', 'phone']],
    ['患者様の姓(名字)、年齢、性別、病名および症状', ['age', 'gender', 'medical', 'name']],
    ['2 流出したおそれのある個人情報\n受診者127人分の以下の情報\n氏名\n住所\n生年月日\n被保険者番号\n健診の検査結果', ['address', 'birthdate', 'government_id', 'medical', 'name']],
    ['学生1万1842人分の学生番号、氏名、所属学部、履修科目の成績が閲覧可能な状態になっていた。', ['affiliation_occupation', 'education_record', 'member_id', 'name']],
    ['(3)対象となる情報\n・氏名、住所、電話番号\n・工事履歴(ご依頼日、工事内容、工事金額)', ['address', 'financial_amount', 'name', 'phone', 'purchase_history']],
    ['施設の利用者約260人の氏名や住所、生年月日、要介護度、服薬の状況が保存されていた。', ['address', 'birthdate', 'medical', 'name']],
    ['３　検針票に記載されていた情報\n　お客様番号、お客様氏名、住所、使用水量、料金(請求予定額)', ['address', 'financial_amount', 'member_id', 'name', 'other']],
    ['主任は知人らの氏名、住所、生年月日、性別、世帯主との続柄などを繰り返し照会していた。', ['address', 'birthdate', 'family_relation', 'gender', 'name']],
    ['知人ら12人の氏名、住所、生年月日、世帯構成などを閲覧していました。', ['address', 'birthdate', 'family_relation', 'name']],
    ['入居者1,204名の氏名、住所、電話番号、家賃の額が記載されたファイルを誤って添付した。', ['address', 'financial_amount', 'name', 'phone']],
    ['誤封入された通知書に記載されていた情報\nお客様番号、氏名、住所、請求金額、口座振替を行う金融機関名', ['address', 'bank_account', 'financial_amount', 'member_id', 'name']],
    ['2.漏えいした情報\nご寄付者様 1,234人分\n・氏名\n・ご住所\n・ご寄付の金額', ['address', 'financial_amount', 'name']],
    ['(3)記載されている個人情報:氏名、住所、生年月日、障害の部位及び等級', ['address', 'birthdate', 'medical', 'name']],
    ['顧客の氏名や住所、電話番号、契約中の保険の種類や満期日などの情報約2万8千件を持ち出した。', ['address', 'insurance_info', 'name', 'phone']],
    ['送信先のメールアドレスを「BCC」に入力すべきところ、誤って「TO」に入力して送信しました。\n2.流出した情報\n会員企業のご担当者様のメールアドレス 186件\n(メールアドレスの一部には、氏名および会社名が推測できるものが含まれております)', ['email']],
    ['不正ログインされたアカウントでは氏名と購入履歴が閲覧された可能性があります。うち、保有ポイントが不正に使用されたアカウントは947件です。', ['name', 'purchase_history']],
    ['流出した情報\n組合員番号、氏名、住所、出資金残高', ['address', 'financial_amount', 'member_id', 'name']],
    ['巡査部長は照会システムで計3人の氏名や住所、所有する車のナンバーなどを照会し、知人に漏らしていた。', ['address', 'name', 'vehicle_info']],
    ['女性は延べ47人分の住民の氏名や住所、生年月日、世帯の構成などを閲覧。', ['address', 'birthdate', 'family_relation', 'name']],
    ['漏えいした情報\nお客様31名分の氏名、住所、電話番号、引越し予定日、お見積り金額', ['address', 'financial_amount', 'name', 'phone', 'purchase_history']],
    ['流出した情報\nお客様番号、氏名、住所、ガスご使用量、ご請求金額\n※口座番号、クレジットカード番号等のお支払いに関する情報は含まれておりません。', ['address', 'financial_amount', 'member_id', 'name', 'other']],
    ['病院の職員が、患者の氏名、生年月日、病名が記載された書類を誤ったFAX番号へ送信する事案が発生しました。', ['birthdate', 'medical', 'name']],
    ['(2)記載内容\n 氏名、生年月日、受験番号、顔写真\n なお、住所、電話番号、入学検定料の支払いに関する情報は記載されておりません。', ['birthdate', 'member_id', 'name', 'photo_image']],
    ['持ち出された情報\n・項目:氏名、住所、電話番号、物件の売却・購入に関するご相談内容', ['address', 'name', 'other', 'phone']],
    ['BCCで送信すべきところをCCで送信したと発表しました。対象はボランティア登録者57名のメールアドレスです。', ['email']],
    ['紛失したファイルには、被保険者の氏名、生年月日、被保険者記号番号が記載されていました。', ['birthdate', 'government_id', 'name']],
    ['誤封入された案内には、受給者の氏名、住所、受給者番号、疾病名が記載されていました。', ['address', 'medical', 'member_id', 'name']],
    ['顧客のカード番号や有効期限、セキュリティーコードが盗み取られた可能性がある。', ['card_expiry', 'card_security_code', 'credit_card_number']],
    ['不正ログインが成立したアカウントにおいて、以下の情報が閲覧された可能性がございます。\n・お名前(フリガナ)\n・電話番号\n・ご予約履歴(予約日時、店舗名)', ['name', 'phone', 'purchase_history']],
    ['申込者312名の氏名、メールアドレス、在籍する高校名が、他の申込者から閲覧できる状態だった。', ['education_record', 'email', 'name']],
    ['カード情報7,046人分が流出した可能性がある。同サイトでカード決済を行った顧客のカード番号、有効期限、セキュリティコードが対象です。', ['card_expiry', 'card_security_code', 'credit_card_number']],
    ['書類には利用児童の氏名、保護者の携帯電話番号、障害の状況などが記載されていた。', ['medical', 'name', 'phone']],
    ['卒業生2万5018人分の氏名、卒業年度、卒業学部、住所が流出した可能性がある。', ['address', 'education_record', 'name']],
    ['参加者3106人分の氏名、性別、所属チーム名、電話番号が閲覧可能な状態だった。', ['affiliation_occupation', 'gender', 'name', 'phone']],
    ['流出したのは氏名、個人番号、給与額、給与振込口座です。', ['bank_account', 'financial_amount', 'government_id', 'name']],
    ['誤送付した通知書には、氏名、住所、国民健康保険税額及び各納期の納付額が記載されていました。', ['address', 'financial_amount', 'name']],
    ['(3)記載内容\n 被保険者の氏名、被保険者証の記号・番号\n 振込先口座(金融機関名、支店名、口座番号、口座名義)\n 診療を受けた月、医療機関名及び診療科、自己負担額', ['bank_account', 'financial_amount', 'government_id', 'medical', 'name']],
    ['2 流出した情報\n受講者のメールアドレス94件(91人分)', ['email']],
    ['対象項目:お客さま番号、ご契約者名、ご住所\n※クレジットカード情報、およびお支払いに使用している口座情報は当該サーバーに保存されておらず、含まれておりません。', ['address', 'member_id', 'name']],
    ['漏えいした情報:氏名、住所、ポイントカード番号', ['address', 'member_id', 'name']],
    ['男性は、顧客の氏名、住所、電話番号、勤務先、年収などのデータを個人のクラウドストレージにアップロードしていた。', ['address', 'affiliation_occupation', 'financial_amount', 'name', 'phone']],
    ['2 誤送信した個人情報\n乳幼児3人分の氏名、生年月日、保護者氏名、健康診査の結果', ['birthdate', 'medical', 'name']],
    ['流出した情報には、カードの名義、番号、有効期限、セキュリティコードが含まれる。', ['card_expiry', 'card_holder_name', 'card_security_code']],
    ['知人の男性から頼まれた県内に住む3人の氏名や住所、それに車のナンバーなどを調べ、男性に伝えたとして書類送検された。', ['address', 'name', 'vehicle_info']],
    ['学園によると、掲載されていたのは1年生445人と2年生431人の氏名、クラス、出席番号、定期テストの各教科の点数。', ['education_record', 'name']],
    ['メールボックス内に保存されていた学生・卒業生1,930名の氏名、学籍番号、成績が閲覧された可能性があります。', ['education_record', 'member_id', 'name']],
    ['会員3,107名の氏名、会員番号、所属施設名、電話番号が誰でも閲覧できる状態になっていた。', ['affiliation_occupation', 'member_id', 'name', 'phone']],
    ['USBメモリを盗まれたと発表しました。USBメモリには3年生96名の氏名と1学期の定期テストの成績が保存されていました。', ['education_record', 'name']],
    ['最大で3,904人分の氏名、利用者カード番号及び予約資料名が閲覧可能となっていた。', ['member_id', 'name']],
    ['流出した可能性があるのは、元従業員とその扶養家族の情報で、最大4318人分。内容は氏名、住所、生年月日、社会保障番号(SSN)、給与振込口座の情報など。', ['address', 'bank_account', 'birthdate', 'government_id', 'name']],
    ['複製されていたのは、1万8,652世帯、4万1,327人分の氏名、住所、生年月日、性別、世帯主との続柄。', ['address', 'birthdate', 'family_relation', 'gender', 'name']],
    ['盗まれた調査票には、高齢者9人の氏名、生年月日、住所、心身の状況などが記載されていた。', ['address', 'birthdate', 'medical', 'name']],
    ['持ち出されたのは受診した延べ3,052人分の氏名、生年月日、電話番号、検診結果。', ['birthdate', 'medical', 'name', 'phone']],
    ['卒業生412人に案内メールを一斉送信した際、送信先のメールアドレスを「BCC」ではなく「CC」欄に入力し、受信者全員が互いのアドレスを見られる状態になった。', ['email']],
    ['誤って学校のホームページに掲載していた。ファイルには2年生全員の学籍番号、氏名、定期考査の成績が載っていた。', ['education_record', 'member_id', 'name']],
    ['成績一覧表を紛失した。部員22人分については、保護者の氏名と緊急連絡先も記された名簿が一緒に入っていた。', ['education_record', 'emergency_contact', 'name']],
    ['これにより、236人分の氏名や住所、それに保険料の額が、別の人に知られたということです。', ['address', 'financial_amount', 'name']],
    ['顧客の氏名が流出した可能性がある。また会員のログインパスワードについてもハッシュ化して保存していたとし、流出対象には含めていない。', ['name']],
    ['会員の氏名が閲覧された可能性がある。他のサービスから流出したIDとパスワードを使う「リスト型攻撃」によるものとみている。', ['name']],
    ['会員の氏名が流出した。ログイン情報を入力したとの申告が9件あったため、該当する会員のパスワードを初期化した。', ['name']],
    ['会員の氏名が閲覧された可能性がある。他のサイトから流出したとみられるIDとパスワードの組み合わせが使われたとしている。', ['name']],
    ['流出した可能性があるのは、購読者番号、氏名、住所、購読開始日・終了日。', ['address', 'member_id', 'name', 'purchase_history']],
    ['流出したおそれがあるのは、氏名、住所、電話番号、生年月日、世帯構成、所得額。', ['address', 'birthdate', 'family_relation', 'financial_amount', 'name', 'phone']],
    ['他のお客さまに表示された可能性のある情報\n・お名前、ご住所\n\n以下の情報はマイページの当該画面に表示されないため、他のお客さまに閲覧された可能性はございません。\n・お電話番号、メールアドレス、生年月日\n・マイページのログインIDおよびパスワード', ['address', 'name']],
    ['(2)漏えいした可能性のある情報\n・氏名、住所\n(3)対象外の情報\n以下の情報は、本件の漏えいの対象には含まれておりません。\n・クレジットカード情報(当社ではカード番号等を保持しておりません)\n・Web会員のログインパスワード', ['address', 'name']],
    ['漏えいした可能性のある情報は、氏名、旅行日程、旅行代金、ご利用区間、修理履歴、入会日です。', ['financial_amount', 'name', 'other', 'purchase_history']],
    ['顧客の氏名が流出した。\n> なお、生年月日、性別および銀行口座情報につきましては、当サイトでお預かりしていないため、漏洩はございません。', ['name']],
    ['顧客の氏名が流出した。口座番号とかカードは入ってないって書いてあるけど、心配です。', ['name']],
    ['顧客の氏名が閲覧された。同社では2023年11月21日にも、顧客243人分の口座番号が記載された書類を紛失したと発表していた。', ['name']],
    ['受信者に互いのメールアドレスが表示された。※氏名、学籍番号、住所、電話番号など、メールアドレス以外の情報は含まれておりません。', ['email']],
    ['端末には利用者の氏名、住所が保存されていた。なお、個人番号(マイナンバー)、銀行口座及び介護保険料の引落しに関する情報は、端末には保存されておりません。', ['address', 'name']],
    // What a medium held (保管, 印字, 含めた, 含んでいた), a line under a section label naming what leaked, and radicals copied from a PDF (⽒名).
    ['USBメモリには、およそ3,100人分の患者の氏名や生年月日、病名などの情報が保管されていました。', ['birthdate', 'medical', 'name']],
    ['申請書には世帯主と対象者の住所、氏名、生年月日、性別が印字されていたという。', ['address', 'birthdate', 'gender', 'name']],
    ['在学生の氏名,住所,電話番号等を含めた約2400名分。', ['address', 'name', 'phone']],
    ['データには、氏名や住所、電話番号、年齢を含んでいた。', ['address', 'age', 'name', 'phone']],
    ['漏えいまたは漏えいしたおそれがある保有個人情報の内容\n令和7年4月1日時点において本町に住民登録があった世帯主の住所・氏名で、対象件数は約620件と見込んでおります。', ['address', 'name']],
    ['漏えいしたデータに含まれていた情報\n患者さんの住所・⽒名・⽣年⽉⽇', ['address', 'birthdate', 'name']],
    // A card's holder as shops' notices name it (カード氏名, カード会員名, 名義 in a card list); kinds of care and disability.
    ['カード氏名、カード番号、有効期限、セキュリティコード', ['card_expiry', 'card_holder_name', 'card_security_code', 'credit_card_number']],
    ['カード会員名、クレジットカード番号、有効期限、セキュリティコードが漏えいした。', ['card_expiry', 'card_holder_name', 'card_security_code', 'credit_card_number']],
    ['注文した812人のカード番号、名義、有効期限、セキュリティーコードが不正取得された可能性があるという。', ['card_expiry', 'card_holder_name', 'card_security_code', 'credit_card_number']],
    ['学級通信には児童の氏名、学級、障がいの種別が記載されていた。', ['education_record', 'medical', 'name']],
    ['被保険者の氏名と要介護認定状態が記された書類を紛失した。', ['medical', 'name']],
    // Amounts owed, repaid or held (滞納額, 返済予定額, 預かり資産額).
    ['誤送付したのは氏名、滞納期ごとの明細、滞納合計額が記された催告書の一部。', ['financial_amount', 'name']],
    ['書類には、氏名、住所のほか、本年度の返済予定額が記載されていた。', ['address', 'financial_amount', 'name']],
    ['顧客リストには、顧客の住所や職業、預かり資産額が掲載されていた。', ['address', 'affiliation_occupation', 'financial_amount']],
    // 名前 after …には, a representative's name, a workplace, data one could tell (…が分かるようになっていて), a list in an aside closed by 。.
    ['個人情報には名前と住所、勤務先、年収、口座番号などが含まれていたものの、暗証番号は含まれていませんでした。', ['address', 'affiliation_occupation', 'bank_account', 'financial_amount', 'name']],
    ['事業所名、代表者名、住所、電話番号:2,081件', ['address', 'name', 'phone']],
    ['シートでは応募者の氏名や住所、学歴、職歴などが分かるようになっていた。', ['address', 'affiliation_occupation', 'education_record', 'name']],
    ['公社が個人情報(氏名、性別、生年月日(提出した者に限る。))を記載した収入申告書を誤って同封し、送付した。', ['birthdate', 'gender', 'name']],
    // School records by their documents (成績表, 成績評価, 児童票) and numbers (学生証番号, 受検番号, ID番号).
    ['県立高校教諭が生徒45人分の成績表などの個人情報を紛失した。', ['education_record']],
    ['履修者データ2889人分(学生証番号、学生氏名、成績評価)が保存されていた。', ['education_record', 'member_id', 'name']],
    ['携帯端末には患者氏名・ID番号・生年月日・病名などが記録されていた。', ['birthdate', 'medical', 'member_id', 'name']],
    // The kinds in an aside to the data handed over (個人情報(氏名、電話番号など)を…に提供していた); not an aside in a policy.
    ['職員は、業務上知り得た取引先ら約500人分の個人情報(氏名、電話番号など)を、闇金業者に提供していたとされる。', ['name', 'phone']],
    // A patient's ID is their number, not a login (患者のIDや名前).
    ['患者の個人情報が入ったUSBメモリを紛失した。USBには患者のIDや名前・性別・診療内容などが入っていました。', ['gender', 'medical', 'member_id', 'name']],
    // Personnel data by its documents and contents (人事関係, 異動情報, 異動希望, 勤務予定表); not a resident's new address (異動先住所).
    ['職員が、興味本位で人事関係や職員情報などを閲覧した。', ['personnel_info']],
    ['男性職員が不正にアクセスし、異動情報を閲覧していた。', ['personnel_info']],
    ['ほかに、職員約40人の勤務予定表も漏れていた。', ['personnel_info']],
    // A name joined by と to a strong kind; data viewed and kept (閲覧・保存); the data concerned (該当するデータは…) after the loss.
    ['ライブ当選者934人に対し、ほかの当選者の名前とメールアドレスが記載されているメールを誤って送信していた。', ['email', 'name']],
    ['職員が、事務職員の氏名や年齢に関する情報を閲覧・保存していました。', ['age', 'name']],
    ['USBメモリを紛失した。該当するデータは氏名・住所・生年月日・診断名など。', ['address', 'birthdate', 'medical', 'name']],
    // A card's number told with の (クレジットカードの番号); a deposit's type (預金科目) among a bank's items, no school subject.
    ['捜査資料には、他人名義のクレジットカードの番号や氏名、住所などが記載されていた。', ['address', 'credit_card_number', 'name']],
    ['紛失した帳票には、顧客氏名、預金科目、口座番号、取引金額が記録されていた。', ['bank_account', 'financial_amount', 'name']],
    // A short kind after where it was kept (…の前任校での児童名), or opening a list right after its holder's subject (…安定所が名前や);
    // 職業 in a job centre's name is no one's occupation.
    ['紛失したUSBメモリには、教諭の前任校での児童名や通知表、指導要録の総合所見が入っていた。', ['education_record', 'name']],
    ['北浜労働局は、港南公共職業安定所が名前や住所、賃金額などの個人情報が記された証明書を紛失したと発表した。', ['address', 'name']],
    ['登録者200人余りが互いのメールアドレスや名前を見られる状態で誤ってメールマガジンを配信した。', ['email', 'name']],
    ['流出した決済情報:カード会員名・カード会員番号・有効期限・セキュリティコード', ['card_expiry', 'card_holder_name', 'card_security_code', 'credit_card_number']],
    ['誤送付した書類に記載された情報\n・氏名\n・マルコシカード会員番号', ['member_id', 'name']],
    // A short kind leading a sentence (…に関するもの。顧客名、口座番号…); a member's name beside a card's fields is its holder's.
    ['紛失した書類は、融資をした顧客に関するもの。顧客名、口座番号、預金残高などが書かれていた。', ['bank_account', 'financial_amount', 'name']],
    ['期間中にカード決済した顧客。会員名、番号、有効期限が外部に流出した可能性があるという。', ['card_expiry', 'card_holder_name']],
    // A short kind in quotes joined to a strong one (「所属団体名」と「名前」); a score sheet (点数一覧表).
    ['そのメールには、講師10人の「所属団体名」と「名前」が記載されたファイルを添付していました。', ['affiliation_occupation', 'name']],
    ['定期テストについて、1クラス31人の点数一覧表を紛失したと発表した。', ['education_record']],
    // The addressee's name a mailing got wrong (宛名を間違えて送付).
    ['銀行は、ダイレクトメールのはがき3万24枚の宛名を間違えて送付したと発表した。', ['name']],
    // アドレス alone, shown to the other recipients of a mail or listed beside kinds (メール・アドレス).
    ['当選通知のメールを送る際、誤って他の当選者のアドレスが表示された状態で一斉送信されていた。', ['email']],
    ['流出した情報:住所,氏名,電話番号,メール・アドレス', ['address', 'email', 'name', 'phone']],
    // A short kind with a long aside, its list going on (学年(在校生、…、教員の別)、).
    ['漏えいしたのは、参加希望者32名の氏名、メールアドレス、学年(在校生、同校生徒保護者、小学生、中学生、大人、教員の別)、自由記述欄への入力内容です。', ['education_record', 'email', 'name']],
    ['流出した情報:氏名、クレジットカード会員番号、有効期限', ['card_expiry', 'credit_card_number', 'name']],
    ['今回の事件の詳細分析\n閲覧・編集可能だった情報:\n– 口座番号\n閲覧・変更可能だった情報:\n– 電話番号', ['bank_account', 'phone']],
    ['紛失したハードディスクには、患者様のID、病名が記録されていた。', ['medical', 'member_id']],
    ['この不具合によって一部ユーザーの名前、購入履歴、配送先住所、連絡先、クレジットカード下4桁の情報が他のユーザーから閲覧可能な状態だった。', ['address', 'credit_card_number', 'name', 'phone', 'purchase_history']],
    ['このPCには、約17,000件の個人情報(氏名、ID、病名、検査結果)が記録されていた。', ['medical', 'member_id', 'name']],
    ['最大9万7500件が流出した恐れがある。そのうちクレジットカード番号/名義/有効期限を含むのは2万7743件。', ['card_expiry', 'card_holder_name', 'credit_card_number']],
    ['回収された書類は約100枚で、少なくとも約30人分の課税額や納税者の名前、住所、電話番号などを記載。', ['address', 'financial_amount', 'name', 'phone']],
    ['USBメモリーには生徒の成績や面談の記録などが入っていたということですが、見つかっていません。', ['education_record']],
    // An address typed wrong (メールアドレスの入力間違い) is where the mail went, not what leaked.
    ['同社の従業員が、メールアドレスの入力間違いにより1名の学生に、応募者の氏名、性別、年齢が記載されたファイルを送信し、流出した。', ['age', 'gender', 'name']],
    ['流出した可能性のある情報\n-\n氏名\n-\n住所\n-\n電話番号\n-\n生年月日', ['address', 'birthdate', 'name', 'phone']],
    ['本来表示されない、別のご利用者様の保存写真が混在して表示されてしまう事象が発生いたしました。', ['photo_image']],
    // All that was meant to be shown (受講者番号のみ…掲載するべきところ) is not what leaked; an address meant for BCC is.
    ['講習会の受講結果を受講者番号のみホームページに掲載するべきところ、誤って受講者の氏名、電話番号が記載された名簿を掲載し、閲覧可能な状態となっていました。', ['name', 'phone']],
    ['「BCC」にメールアドレスを入力すべきところ、誤って送信先の宛先が確認できる状態で送信しました。', ['email']],
    ['92世帯分の名前、住所、電話番号、訪問時に配慮すべき事項が記載されていた。', ['address', 'name', 'phone']],
    ['ディスクに記録していたのは顧客の氏名や、2019年12月時点での郵便番号と住所。', ['address', 'name', 'postal_code']],
    ['書類には、集合住宅の所有者など3人の名前などが書かれていました。', ['name']],
    ['流出した情報は2万6790件にのぼり、会社名、住所、請求金額のほか、個人名も含まれていたという。', ['address', 'affiliation_occupation', 'financial_amount', 'name']],
    ['サーバに保管していたお客さまのご契約情報を含む個人情報が不正アクセスにより外部に流出した可能性があります。', ['unspecified_personal_info']],
    ['なお名簿ファイルにはパスワード設定がなされていましたが、そのパスワードを、参加者がアクセス可能な場所に記載していたため、氏名が閲覧可能となっていました。', ['name']],
    ['消防署に保管していた完成検査結果報告書や氏名を記載していた届出書が入った箱を紛失した。', ['name']],
    // The sender's list of FAX numbers (ファクス番号一覧表), not anyone's number that leaked.
    ['患者の氏名や住所を誤送信した。保健所が作った医療機関のファクス番号一覧表に載っていた番号が間違っていたという。', ['address', 'name']],
    ['出動指令書には、患者の住所や通報した人の携帯電話の番号などが書かれ、消防は周辺を捜索しました。', ['address', 'phone']],
    ['市立中学校で、生徒の住所や保護者名、連絡先などを記載した約40人の書類が紛失した。', ['address', 'name', 'phone']],
    ['市は、DV被害者の引っ越し先が記載された書類を加害者側に誤って交付していました。', ['address']],
    ['紛失したSDカードには、患者5名分の「口腔内写真」「氏名」「生年月日」が記録されていた。', ['birthdate', 'name', 'photo_image']],
    ['誤掲載されたのは、生徒4名の氏名、生年月日、保護者の氏名と市町村民税所得割額。', ['birthdate', 'financial_amount', 'name']],
    ['廃棄予定になっていた患者様の健康診断用診療録及び保険証・医療証のコピーの盗難事案が発生いたしました。', ['government_id', 'medical']],
    ['流出したのは、第5学年児童12名の指導記録等の個人情報です。', ['education_record']],
    ['当該パソコンには、お客様2,615名分の氏名、住所、電話番号、保険証券番号、保険契約内容が保存されておりました。', ['address', 'insurance_info', 'name', 'phone']],
    ['USBメモリには、氏名、住所、所属、役職、障害の有無などが含まれていたという。', ['address', 'affiliation_occupation', 'medical', 'name']],
    ['USBメモリには、体操教室の参加者の氏名、年齢、体力測定値および問診内容48人分が記録されていたとのこと。', ['age', 'medical', 'name']],
    ['健康診断を受けた事業所に結果データを送信したところ、誤って無関係の受診者の健康診断データも含めて送信した。', ['medical']],
    ['書類には診療費を支払った4,334名分の名前や受診した科目などが記載されていた。', ['medical', 'name']],
    ['USBには氏名が記録されていた。※児童の障害の状況等に関する情報は、別ファイルで管理しており、含まれていません。', ['name']],
    ['紛失した書類は予約承り用紙の「店舗控え」で、予約者の氏名、住所、電話番号、予約商品名が記載されていた。', ['address', 'name', 'phone', 'purchase_history']],
    ['流出した恐れがあるのは、カード番号・カードの有効期限・セキュリティーコード・カード会員の住所・カード会員の氏名で、最大444件。', ['address', 'card_expiry', 'card_holder_name', 'card_security_code', 'credit_card_number']],
    ['漏えいした可能性があるのは、カード会員データ(氏名、カード会員番号、住所、有効期限、セキュリティコード)。', ['address', 'card_expiry', 'card_holder_name', 'card_security_code', 'credit_card_number']],
    ['また期間中にクレジットカード決済をした顧客のクレジットカード情報322件で、クレジットカード名義人名、番号、有効期限、セキュリティコードです。', ['card_expiry', 'card_holder_name', 'card_security_code', 'credit_card_number']],
    ['会員に向けた電子メールを誤送信し、アドレス462件が流出したと明らかにしました。', ['email']],
    ['結果、送信先となった団体および会員の間でお互いのメールアドレスが表示される事象が発生しました。', ['email']],
    ['バインダーには捜査対象者の住所・職業・年齢のほか、署員の名前など13人分の個人情報が入った書類があったということです。', ['address', 'affiliation_occupation', 'age', 'name']],
    // Items shown to others (…などが2週間以上見られるようになっていた) or written in a file (…などが記述されたファイル); 学力状況, 健康診断表, 清算金.
    ['回答済みの人の名前や住所、電話番号、回答内容などが2週間以上見られるようになっていた。', ['address', 'name', 'phone']],
    ['教員は、生徒の氏名、相談希望の有無、住所などが記述されたファイルを共有していた。', ['address', 'name']],
    ['教諭が児童65人分の名前や学力状況などのデータを保存したUSBメモリーを紛失した。', ['education_record', 'name']],
    ['元課長は、女性職員の健康診断表を撮影し持ち出した疑いでも摘発された。', ['medical']],
    ['誤送付したのは明細書で、権利者1人の氏名、住所、清算金の一部が記載されていた。', ['address', 'financial_amount', 'name']],
    ['USBメモリーには、式典の参加者の住所や電話番号、実行委員の銀行口座の番号など、少なくとも900人分の個人情報を入れていたということです。', ['address', 'bank_account', 'phone']],
    ['紛失したUSBメモリには、患者9名分の氏名、ID、検査結果が記録されていた。', ['medical', 'member_id', 'name']],
    ['紛失したUSBメモリには、患者163名分のID、氏名が記録されていた。', ['member_id', 'name']],
    ['流出したのは、会員のユーザーID、氏名、住所です。', ['address', 'login_id', 'name']],
    ['不正ログインにより、お客様の氏名が閲覧された可能性があります。\n不正ログイン対象ログインID数 : 50,905件', ['name']],
    // Credentials an attack used: guessed from their pattern (初期設定のIDとパスワードの規則性に基づき), or a staff member's stolen to get in
    // (教員1名のメールパスワードが窃取され、不正アクセスを受ける; パスワード窃取からアカウントを停止するまで).
    ['不正アクセスによって流出したメールには、個人情報も含まれていたという。\n学生や職員に発行される初期設定のIDとパスワードの規則性に基づき、\n他人のアカウントを入手したとみられている。', ['unspecified_personal_info']],
    ['本学の大学教員1名のメールパスワードが窃取され、不正アクセスを受ける事案が発生しました。パスワード窃取からアカウントを停止するまでの間、個人情報を含むメールが閲覧された可能性があります。', ['unspecified_personal_info']],
    // A mail address named as the login ID an attack used (不正に取得されたID(メールアドレス)およびパスワードを使って).
    ['侵入者は、外部から不正に取得されたID(メールアドレス)およびパスワードを使ってなりすましによる不正ログインを行い、会員の個人情報が閲覧された可能性がある。', ['unspecified_personal_info']],
    // Kinds denied with その他 after them (氏名、住所等、その他の個人情報は一切含まれておりません).
    ['流出した情報は、合計90名の方のメールアドレスとなります。氏名、住所等、その他の個人情報は一切含まれておりません。', ['email']],
    ['児童の氏名が閲覧可能となっていた。児童の住所、電話番号、その他の個人情報は公開されていません。', ['name']],
    // An address a mailing went to (誤って転出前の住所に送付してしまった) is no data it leaked.
    ['同市を転出した個人に送付すべき調査票最大4,292件を、誤って転出前の住所に送付してしまい、個人情報が漏えいした。', ['unspecified_personal_info']],
    // The channels orders came by (電話・メール・FAX注文, 電話やハガキ、FAXで注文した) are no data; kinds told as stored where the leak was
    // only another kind (…も一括して保管されていましたが、…流出したのはメールアドレスのみ).
    ['定期コースおよび電話・メール・FAX注文をご利用いただいた一部お客様のクレジットカード情報が漏洩した可能性があります。', ['credit_card_number']],
    ['個人情報の内容は、カード情報。なお、電話やハガキ、FAXで注文した利用者は含まれていない。', ['credit_card_number']],
    ['メールアドレス28万件余りが流出した可能性がある。サーバーには、氏名や住所、電話番号などの個人情報も一括して保管されていましたが、同社は、流出したのはメールアドレスのみだとしています。', ['email']],
    // Kinds denied with 等その他 closing their list inside an aside; a name one may make out from an address (氏名が判別できるもの).
    ['2 流出情報\n48人分のメールアドレス(氏名、会社名、電話番号等その他の個人情報は含まれておりません。)', ['email']],
    ['移住希望者43人のメールアドレスが流出した。流出したメールアドレスには、氏名が判別できるものも含まれていたとのことです。', ['email']],
    // A mail as the medium (Eメール等にて個別にご連絡), an address mistyped (メールアドレスを間違え), one sent to (誤送信したメールアドレス先に),
    // or one a customer has not registered (メールアドレスのご登録のないお客様) is no leaked address.
    ['クレジットカード情報が流出した可能性のあるお客様へは、Eメール等にて個別にご連絡いたします。', ['credit_card_number']],
    ['患者の個人情報が書かれたファイルを送る際、メールアドレスを間違え、使用者不明のフリーメールアドレス2件に送信した。', ['unspecified_personal_info']],
    ['児童の氏名が流出した。センターでは、誤送信したメールアドレス先に対し謝罪するとともに当該メールの破棄を依頼している。', ['name']],
    ['クレジットカード情報が流出した。メールアドレスのご登録のないお客様には、書状にてご連絡いたします。', ['credit_card_number']],
    ['会員の氏名が閲覧された可能性がある。※リスト型攻撃:他者のID・パスワードを入手した第三者が、これらの ID・パスワードをリストのように用いて様々なサイトにログインを試みる攻撃。', ['name']],
    ['会員の氏名が閲覧された可能性がある。リスト型攻撃は、他社サービスから流出した可能性があるユーザーID/パスワードを利用するため、同じパスワードの利用はお控えください。', ['name']],
  ];
  it.each(mustFind)('finds the data kinds in %s', (text, expected) => {
    expect(categoriesOf(text)).toEqual(expected);
  });

  const mustNotFind: Array<[string, string]> = [
    ['保護者への連絡メールを、誤って別の保護者のメールアドレス228件に送信した。', 'the addresses a mail went to by mistake (…のメールアドレス228件に送信)'],
    ['県の担当者がメールアドレスを手打ち入力した結果、送信先を間違えた。', 'an address typed by hand, where the mail went'],
    ['転送したところ、入力したメールアドレスに誤りがあり、情報が流出した。', 'an address entered wrongly'],
    ['教員のメールのパスワードが何者かに不正に取得され、メールアカウントが乗っ取られた。', 'a teacher\'s own credentials an intruder used, no leaked kind'],
    ['貸与したUSBメモリもパスワードロックがかかっており、第三者が閲覧できない状況となっている。', 'a password lock, a safeguard, no leaked password'],
    ['・不正ログインが確認されたアカウントについては、パスワードを無効化し、ログインできない状態としております。', 'a password disabled (無効化)'],
    ['・ログイン時の二段階認証（ワンタイムパスワード）の導入（4月8日実施）', 'a one-time password, a safeguard'],
    ['当該教員がフィッシングメールを受信し、偽のログイン画面にIDとパスワードを入力', 'credentials typed on a phishing page, at the line\'s end'],
    ['・パスワードの使い回しをやめる(パスワードマネージャーを使う)', 'advice (パスワードマネージャー)'],
    ['県立北辰高等学校(所在地:青葉県美里市、生徒数684人)において、教諭がUSBメモリを紛失する事案が発生しました。', 'a school\'s seat in an aside (所在地:), no person\'s address'],
    ['ログインパスワードの漏えいは確認されておりませんが、他のサイトで同一の値のパスワードをご利用の場合は変更をお願いします。', 'advice on a password in use elsewhere'],
    ['ランサムウェアにより流出した。※入居審査時にお預かりした運転免許証等の本人確認書類の画像データは、流出の対象となったサーバーとは別の環境で保管しており、流出は確認されておりません。', 'a negated topic: …の画像データは、…確認されておりません'],
    ['外部で不正に取得されたとみられるIDとパスワードの組み合わせによるログイン試行が約41万回あった。', 'credentials an attack used'],
    ['教員は偽のログインページにアクセスして、IDとパスワードを入力した。', 'credentials entered on a phishing page'],
    ['職員がフィッシングメールに記載されたURLにアクセスし、IDとパスワードを入力しました。', 'credentials entered on a phishing page (…を入力しました)'],
    ['紹介状をFAXで誤送信し、漏えいした。\n4.再発防止策\n・FAX番号の登録・変更時は、複数の職員による読み合わせ確認を必須といたします。', 'a FAX number registered, in a measure'],
    ['当社以外のサービスから流出したと思われるIDとパスワードの組み合わせを用いた、いわゆるリスト型攻撃(パスワードリスト攻撃)です。', 'credentials used in the attack'],
    ['なお、銀行口座・クレジットカード・電話番号・メールアドレス等の情報は含まれておりません。', 'negated list'],
    ['※クレジットカード情報の漏えいはございません。', 'negated leak'],
    ['クレジットカード番号につきましては決済代行会社にて保持しておりますため、閲覧されている可能性はございません。', 'topic then negation'],
    ['第三者が外部から不正に取得したIDとパスワードを使用し、ログインする事象が発生した。', 'the attacker\'s credentials'],
    ['ホームページ管理者のIDとパスワードがネット上に公開されていた。', 'the system\'s credentials'],
    ['電話番号:072-992-2655', 'a contact line'],
    ['個人情報保護委員会に報告しました。', 'the regulator'],
    ['児玉郡市広域市町村圏組合の職員が処分された。', '組 inside 組合'],
    ['他のサイトでも同じパスワードを使用されている場合は、パスワードの変更をお願いします。', 'advice'],
    ['サーバーが不正アクセスを受けた。再発防止策として、次を実施します。\n・多要素認証化およびパスワードの一斉変更\n・名簿ファイルにはパスワードを必ず設定', 'measures (一斉変更, 必ず設定)'],
    ['通販サイトの情報が流出した。男はスマートフォンをのぞき見てパスワードを把握していた。', 'a password learned by the intruder'],
    ['流出した可能性がある。多要素認証が義務化されておらず、窃取されたIDとパスワードのみでログインが可能であった。', 'credentials as the way in'],
    ['お問い合わせの際は、氏名、住所、電話番号をお知らせください。', 'a form instruction'],
    ['※住所、クレジットカード情報、銀行口座情報は含まれておりません。', 'a negated list joined by commas'],
    ['※個人会員の住所、生年月日は含まれておりません。', 'a negated list, the first item qualified'],
    ['なお、氏名及び住所については漏えいしておりません。', 'a negated list joined by 及び, topic marked'],
    ['パソコンにはパスワードが設定されているが、データは暗号化されていなかった。', 'a device password'],
    ['漏えいした情報のうち、当社の所在地は公開情報です。', 'a qualified short word that is not a whole item'],
    ['写真が写った記事を掲載しました。', 'a picture of nothing personal'],
    ['当該パソコンにはパスワードによるロックがかかっており、情報の流出は確認されていない。', 'a device password, as a lock'],
    ['当該教員がフィッシングメールのリンクからIDとパスワードを入力したことによるものです。', 'credentials entered: the cause'],
    ['ファイルを私用のメールアドレス宛に送信していた。', 'the address mail went to'],
    ['なお、クレジットカード情報、銀行口座等の決済に関する情報は、当該システムでは保有しておらず、今回の事案には含まれておりません。', 'a negated list, its last item qualified'],
    ['顧客名簿を私用メールアドレスへ送信した件について', 'the address mail went to, in a title'],
    ['A2.従業員の氏名、個人番号、給与・口座情報等について、本件による漏えいは確認されておりません。', 'a negated list, its topic marked by について、'],
    ['電子カルテシステムはメールシステムと分離されており、診療情報が流出した痕跡は確認されていない。', 'a system named after its data'],
    ['・パスワード付きZIPファイルが添付されている', 'a password-protected attachment'],
    ['個人情報を含むファイルにはパスワードを設定し、保存場所を分離します。', 'a password as a safeguard'],
    ['※ログインパスワードはハッシュ化して保存しております。', 'a storage practice'],
    ['調査の結果、パスワードの漏えいは確認されませんでした。', 'negated by されませんでした'],
    ['※ 個人番号(マイナンバー)、口座情報及び電話番号は、委託事業者に提供しておらず、漏えいの対象ではありません。', 'a negated list, a mention inside its aside'],
    ['なお、当該パソコンには、マイナンバー(個人番号)等の特定個人情報、銀行口座情報は保存されておりませんでした。', 'a negated list, the first item\'s rest'],
    ['なお、患者様のお写真、ご住所、ご連絡先が投稿された事実は確認されておりません。', 'a negated list as a fact\'s topic'],
    ['(誤)氏名、住所、電話番号、生年月日、ガス料金の請求金額', 'a correction\'s wrong version'],
    ['第3報において、お客様の情報に「生年月日」が含まれるとお知らせいたしましたが、調査の結果、年代のみでした。', 'an earlier report corrected'],
    ['Q5 マイナンバーや生年月日も見られてしまったのですか?', 'a question'],
    ['USBメモリを紛失しました。\n・今後、ファイルへのパスワード設定を義務付けます。', 'a password rule'],
    ['ノートパソコンが盗まれました。なお、ノートパソコンの起動にはパスワードが必要ですが、ファイルは暗号化されておりません。', 'a device password needed to start it'],
    ['2月22日に認定医の所属先から情報流出の可能性を指摘され、調査した。', 'the body that told of the leak'],
    ['不正アクセスがありました。\nQ2. クレジットカード情報は漏えいしていますか。', 'a question closed with a full stop'],
    ['第三者による不正ログインが発生しました。アプリにはクレジットカード情報を登録する機能がなく、カード情報の流出はないとしている。', 'a kind the service cannot hold'],
    ['不正アクセスによる漏えいがありました。\n(3)他のサイトにおける同一のパスワードご利用について', 'a heading of advice on reused passwords'],
    ['メールアカウントが不正ログインされ、メールが漏えいしました。\n・事務局の全アカウントについて、多要素認証の必須化とパスワード管理規程の見直しを行います。', 'a password policy'],
    ['会員の氏名や住所などの個人情報については、漏えいの痕跡は確認されなかったとしている。', 'negated: の個人情報については … されなかった'],
    ['なお、利用者の介護記録等を管理する業務システムは別のネットワークで運用しており、', 'what a system holds'],
    ['市のシステムへの侵入や個人情報の流出はなかった。', 'negated by はなかった'],
    ['本件はサービスを妨害する攻撃であり、当協会が保有する会員情報等の個人情報の流出や、ウェブサイトの改ざんはございません。', 'a negated list with a kana noun (改ざん)'],
    ['クレジットカード情報は決済代行会社で管理しているため、今回の対象には含まれない。', 'negated by 含まれない'],
    ['ログインパスワードも暗号化して別のデータベースに保存しており、閲覧可能な状態ではなかったという。', 'negated by ではなかった'],
    ['※お客様のお名前、ご住所、お電話番号、クレジットカード情報等は含まれておりません。', 'a negated list of polite nouns (ご住所)'],
    ['同市では2019年にも、税務課の職員が課税情報を私的に閲覧したとして処分を受けている。', 'an earlier incident'],
    ['教員がフィッシングメールのURLにアクセスし、IDとパスワードを入力してしまったことが原因。', 'credentials entered (してしまった)'],
    ['今回の不正ログインは他社サービス等から流出したIDとパスワードを利用したものと考えられます。', 'credentials used in the attack (を利用した)'],
    ['他のサービスから流出したとみられるIDとパスワードの組み合わせを使い、約27万回のログインが試みられた。', 'credentials used in the attack (の組み合わせを使い)'],
    ['ガスご使用量のお知らせ120件を誤って別のお客様に送付しました。', 'a document named after its data (…のお知らせ)'],
    ['介護保険料額決定通知書が別の方に届いたことが判明しました。', 'a document named after its data (…額決定通知書)'],
    ['※マイナンバー(個人番号)の記載欄はありますが、今回紛失した12件の申請書にはいずれも記載がありませんでした。', 'a form\'s field left blank (記載欄はありますが…記載がありませんでした)'],
    ['2 今後の対応\n受講者のメールアドレス宛てにお詫びを送信しました', 'an item under a label that tells no leak'],
    ['変更通知書を、新たな勤務先の事業所に送付すべきところ、誤って以前の勤務先の事業所に送付していた。', 'a workplace a notice was sent to'],
    ['リスト型攻撃は、別のサービスから流出したIDとパスワードを使い回している利用者が狙われる。', 'credentials reused (を使い回している)'],
    ['番号を手入力したところ、FAX番号の下4桁の一部を押し間違え、市内の事業所に送信した。', 'a fax number mistyped (…の下4桁を押し間違え)'],
    ['※クレジットカード情報は下4桁のみの表示となっており、カード番号全体、有効期限及びセキュリティコードが閲覧されることはございません。', 'a negated list (…が閲覧されることはございません)'],
    ['フィッシングでパスワード盗まれる', 'credentials stolen by phishing (the means, not the data)'],
    ['なお、会員約1万2000名の氏名、住所、メールアドレスなどの登録情報については、流出していないことを確認したとしている。', 'a negated topic (…などの登録情報については、流出していない)'],
      // The address a mail went to, not data that leaked (unless shown to the other recipients), and a file's password.
    ['送信先のメールアドレスを誤って別の宛先に送信してしまう事態が発生した。', 'the address mis-sent to'],
    ['事業者から聞取りしたメールアドレスを誤入力した。', 'an address typed wrong'],
    ['ファイルに設定したパスワードを別のメールで送信した。', 'the password set on a file'],
    ['かばんにはノートパソコンも入っていたが、個人情報は保存しておらず、ログインパスワードも設定していたという。', 'a password set on a device, not leaked'],
    ['本件は、フリーメールアドレスの開設、個人情報を含む文書のメール送信が原因。', 'a document that holds personal data, not a list of what leaked'],
    ['今後の対応\n対象の世帯主の住所・氏名を確認のうえ、お詫びの文書を送付いたします。', 'a line under a label that tells no leak'],
    ['クレジットカード会社へは名義人様以外からのお手続きを行うことができません。', 'a card holder told of, no list'],
    ['大学では学生へ諸手続きのパスワードにおいて生年月日を用いないなどの注意喚起をした。', 'a password as a policy (…において)'],
    ['紛失したUSBメモリにはパスワードなどのセキュリティ対策が施されていませんでした。', 'a password as a safeguard (…などのセキュリティ対策)'],
    ['サイトの一時停止とパスワードの初期化', 'passwords reset (…の初期化)'],
    ['教員が、フィッシングサイトへアクセスし、パスワード等のアカウント情報を入力したことによるものです。', 'credentials entered (…等のアカウント情報を入力した)'],
    ['当社は、お客様の個人情報(氏名、住所、電話番号など)を適切に管理しております。', 'data kept, an aside in a policy'],
    ['夫に異動先住所を明かさないよう求める電話連絡があった。', 'a new address asked to be kept secret, no leak'],
    ['誤送信が判明した。連携する医療機関のFAX番号は登録しており、登録機能を利用して送信していた。', 'fax numbers kept in the sender\'s list (FAX番号は登録)'],
    ['FAXを誤送信した。今後は送信するFAX番号を複数で確認し再発防止に努める。', 'a number to be checked before sending (送信するFAX番号を…確認)'],
    ['患者情報をFAXで誤送信した。医療機関のFAX番号が8月に変わった際、誤った番号を記入したのが原因。', 'a number that changed (FAX番号が…変わった)'],
    ['不正ログインがあった。なお、氏名などの個人情報については、閲覧された形跡がないとしている。', 'denied (閲覧された形跡がない)'],
    ['紛失したUSBメモリにはパスワードと暗号化機能が設定されていた。', 'a password and encryption set on a device (…と暗号化機能が設定)'],
    ['職業訓練の受講者にメールを送信した際、宛先を誤り情報が流出した。', 'a training course (職業訓練), no one\'s occupation'],
    ['海外の複数の IP アドレスが表示されるなど、大量のアクセスが集中して情報が流出したおそれがある。', 'an IP address (IP アドレス), no mail\'s'],
    ['通知書を誤送付した。誤送付の県別内訳は、北浜県(郵便番号の上2桁が46・47の地域)が80万4,033件です。', 'a region by its postal codes\' leading digits'],
    ['准教授が、誤ってパスワードなしで閲覧できる状態で名簿ファイルを保存し、流出した。', 'a safeguard missing (パスワードなしで)'],
    ['教員がUSBメモリーを紛失し、情報が流出したおそれがある。パスワードはかかっていない。', 'a safeguard missing (パスワードはかかっていない)'],
    ['不正ログインの手法は、当社以外のサービスから流出したユーザーIDとパスワード情報を用いたリスト型攻撃だと推測している。', 'credentials an attack used (パスワード情報を用いた)'],
    ['特別児童扶養手当の「所得状況届」について、担当者が提出状況を確認していたところ、1件が所在不明となっていることが判明した。', 'a form named after its data (所得状況届)'],
];
  it.each(mustNotFind)('finds nothing in %s (%s)', (text) => {
    expect(categoriesOf(text)).toEqual([]);
  });

  it('reads a line as a list when its only 。 is inside a parenthesised aside of at most 80 units', () => {
    expect(categoriesOf('氏名、住所(いずれも暗号化済み。)')).toEqual(['address', 'name']);
    expect(categoriesOf(`氏名、住所(${'あ'.repeat(79)}。)`)).toEqual(['address', 'name']);
    // A longer "aside" is not cut: its 。 makes the line prose, and prose without a leak word lists nothing.
    expect(categoriesOf(`氏名、住所(${'あ'.repeat(80)}。)`)).toEqual([]);
    expect(categoriesOf('氏名、住所(旧住所(転居前)を含む。)')).toEqual([]);
  });

  it('takes a short word only as a bulleted item, leading spaces allowed', () => {
    expect(categoriesOf('  ・学年')).toEqual(['education_record']);
    expect(categoriesOf('学年')).toEqual([]);
  });

  it('keeps only the categories that were not negated in a mixed sentence', () => {
    expect(categoriesOf('氏名、住所が流出しましたが、クレジットカード情報は含まれておりません。')).toEqual(['address', 'name']);
    // A comma after a predicate starts a new clause: the negation is not about the first item.
    expect(categoriesOf('漏えいしたのは氏名、メールアドレスで、住所は含まれておりません。')).toEqual(['email', 'name']);
    expect(categoriesOf('流出した情報は氏名と電話番号であり、生年月日や住所は含まれておりません。')).toEqual(['name', 'phone']);
  });
});

describe('namesPersonalData', () => {
  const rows: Array<[string, boolean]> = [
    ['当院の患者情報が記録されたUSBメモリを紛失しました。', true],
    ['個人情報の漏えいについてお知らせします。', true],
    ['個人情報保護方針はこちら。', false],
    ['個人情報の取り扱いについて', false],
    ['サーバーが停止しました。', false],
  ];
  it.each(rows)('%s → %s', (text, want) => {
    expect(namesPersonalData(text, 0, text.length)).toBe(want);
  });
  it('files a breach that lists no field of its data under personal data, unspecified', () => {
    const text = '個人情報を含むUSBメモリの紛失について\n\n当院において、患者情報が保存されたUSBメモリ1本の所在が分からなくなったことが判明しました。現在も捜索を続けております。';
    expect(extractIncidents({ text }).filter((i) => i.is_breach).map((i) => i.categories)).toEqual([['unspecified_personal_info']]);
  });
});
