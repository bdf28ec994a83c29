// Cause of an incident, as a vocabulary key. Each cause has patterns (the vocabulary's surface forms
// plus wider ones seen on real notices); the first cause in CAUSE_PRECEDENCE with a non-negated
// mention wins, because specific mechanisms are usually told alongside generic words: a ransomware
// notice also says 不正アクセス, an account takeover also says 不正アクセス, an insider case too.
import { CAUSES } from '../vocabulary';
import { isEarlierIncident, isGenericAfter, isNegatedAfter } from '../text/clauses';
import { isBreadcrumb } from '../text/breadcrumb';
import { ANOTHERS_DATA_PRINTED, DATA_HANDED_OVER, DATA_POSTED_ON_WEBSITE, DOCUMENTS_DROPPED, DOCUMENTS_LEFT, LEAK_PAIRS, PAPERS_REUSED, TAG_LINE, TOPIC_TAGS_LINE, noteLeakStarts } from '../detect/leak-statements';
import { pairBit, pairGateOf, startTrie, stickyByFirstUnit, type PairGate, type UnitSet } from '../text/gated-scan';
import { lineStartWithin, rangeAt, type Range } from '../text/lines';
import type { Mention } from '../types';
import { escapeRegExp } from '../text/escape-reg-exp';


/** Patterns beyond the vocabulary's surface forms, per cause. Each must not match the look-alikes noted. */
/** Data taken out that someone is charged for: 「…個人情報を持ち出すなどして…条例違反などの容疑で逮捕」 (staff's act: outsiders steal, 盗む, or intrude). */
const DATA_TAKEN_OUT_CHARGED = /(?<=(?:情報|データ|名簿|文書|資料|台帳|リスト|書類)(?:など|等)?を[^。]{0,30}?)持ち出(?:し|す)[^。]{0,40}?(?:容疑|疑い)で(?:逮捕|再逮捕|送検|書類送検|摘発|告発|起訴)/;
/** Data taken out and handed on: 「文書をコピーして持ち出し、知り合いの漁業関係者に渡した」 (the one who took it had it to take). */
const DATA_TAKEN_OUT_HANDED_ON = /持ち出し(?:て|、)[^。]{0,30}?(?:に|へ)手?渡(?:し|す)/;
/**
 * Staff who looked at customers' data they had no business with: 「新電力の顧客情報1万4657件を、関電や委託会社の社員計730人が見ていた」
 * 「社員が新電力の顧客情報を見ていた」 (the data and the staff in either order; the act is looking, not a mistake shown).
 */
const STAFF_VIEWED =
  /(?<=(?:(?:情報|データ|記録|カルテ)[^。]{0,30}?を、?[^。]{0,30}?(?:職員|社員|従業員)(?:ら|計)?[0-9,]*人?が|(?:職員|社員|従業員)(?:ら|計)?[0-9,]*人?が[^。]{0,30}?(?:情報|データ|記録|カルテ)を))(?:不正に|無断で)?(?:見て|閲覧して|のぞき見して)(?:い)?た/;
/**
 * Personal data left in a system or file copied for others: 「他の図書館に同じシステムを流用した際、個人情報を削除しなかった」
 * 「個人情報を十分に削除しないままコピーして設計した図書館システムを納入した」 (an exposure by a vendor's mistake).
 */
const DATA_LEFT_IN_COPY =
  /(?<=(?:個人情報|データ|情報)を(?:十分に|完全に)?)削除し(?:ない(?:まま|で)|なかった|ておらず|ていなかった)(?=[^。]{0,30}?(?:流用|納入|コピー|複製|提供|配布))|(?<=(?:流用|納入|コピー|複製)[^。]{0,30}?(?:個人情報|データ|情報)を(?:十分に|完全に)?)削除し(?:ない|なかった|ておらず|ていなかった)/;
const EXTRA: Record<string, RegExp> = {
  // not: DDoS対策 (handled by the generic-tail check)
  ddos: /DDoS|DoS攻撃|ディードス|サービス妨害攻撃/,
  // not: 迷惑メールにご注意 (no sending), メールアカウント乗っ取り (account_takeover precedes)
  mail_relay_abuse: /不正(?:に|な)?中継|踏み台|(?:迷惑|スパム)メール(?:が|を)?(?:大量に?)?(?:送信|配信)/,
  // not: 誤って学生を参加者として登録 (no sending verb near), 誤登録, サイトに掲載した際…ファイルを誤って添付 (a web page's
  // attachment: 添付 is a mail's only with a mail or a sending verb near)
  // must: addresses sent visible to all (…が表示される形で送信, 受信者に見える状態, (BCC)に設定せず), 誤って…送られ, 別人宛のメールが届く,
  // a mailing's settings got wrong (メール配信で設定を誤り), addresses left in the copy field (…アドレスを残したまま送信)
  // must: another's data printed on what was sent (受診券の裏面に別の人の名前…が誤って記載されていた)
  // must: a file sent told with 送る (誤って他の企業にメールで送る), To and Bcc mixed up in that order (「To」と「Bcc」の使い分けに誤り),
  // something handed out by mistake told with 間違って (手続き書類等を間違って交付してしまった)
  misdelivery: new RegExp([/誤(?:送信|送付|発送|配送|配信|交付|投函|投かん|封入|配付|配布|配達|通知|送(?=し|さ))|取り違え(?:て|た)?[^。]{0,6}?(?:渡し|交付|送付|配付|配布|返却|発送|郵送|送信)|誤っ(?:て|た(?!ため|こと))[^。]{0,30}?(?:送信|送付|配信|発送|郵送|送っ|送ら|送る|送り|交付|渡し|配布|配付|投函|投かん|発行|提供(?:し|され)|通知(?:され|し)|知らせ(?:て|た))|(?:資料|書類|文書|封筒)に、?[^。]{0,20}?(?:関係のない|無関係の|別の|他の)[^。]{0,30}?(?:が|も)(?:混入|同封|紛れ込)|誤って[^。、]{0,6}?同封|封入(?:作業|機)?(?:の)?(?:設定)?(?:ミス|誤り|間違い|不備)|封入を誤(?:り|っ)|他人(?:の|宛て?の)[^。]{0,20}?(?:送付|送信|発送|郵送|届(?:い|け)|交付)|誤っ(?:て|た(?!ため|こと))[^。]{0,50}?添付(?=[^。]{0,30}?(?:送信|送付|配信|送っ|メール))|(?<=(?:メール|送信|FAX|ファクス)[^。]{0,40})誤っ(?:て|た(?!ため|こと))[^。]{0,30}?添付|誤っ(?:て|た(?!ため|こと))(?=[^。]{0,30}?(?:メール|送信|FAX|ファクス))[^。]{0,30}?添付|(?:BCC|Bcc|bcc)[^。]{0,30}?(?:CC|Cc|TO|To|宛先)|(?:TO|To|CC|Cc)[」』]?(?:と|や|・|、)[「『]?(?:BCC|Bcc|bcc)[」』]?の使い分け(?:に|を)(?:誤|間違)|間違(?:え|っ)て[^。]{0,30}?(?:送信|送付|発送|郵送|交付|渡し|配布|配付|送っ)|宛先[^。]{0,10}?(?:誤|間違)|(?:宛先|送付先|送信先|宛名|封筒|封入物|通知書|書類)(?:を|の)?取り違え|(?:メールアドレス|アドレス|宛先)[^。]{0,24}?(?:見える|表示される|確認できる|分かる|わかる)(?:ような)?(?:状態|形|設定|形式)(?:の?まま)?で?[^。]{0,8}?(?:送信|配信|送付|送っ|送ら)|(?:受信者|送信先|同報者|受信した方|宛先の方)(?:全員|同士)?(?:に|の間で|同士で)(?:も|は)?[^。、]{0,12}?(?:見える|表示される|確認できる|分かる|わかる)(?:状態|形|よう)|(?:お?互いに|お?互いの)(?:メール)?アドレス[^。]{0,8}?(?:見える|表示される|閲覧できる|確認できる)|(?:メール)?アドレスを(?:お)?互いに(?:見える|閲覧できる|確認できる)|宛先(?:の)?設定(?:ミス|の誤り|を誤)|(?:アドレス|宛先)[^。]{0,30}?(?:表示|見え)(?:され)?ない(?:設定|よう|形式|方法)[^。]{0,10}?(?:しなければならない|すべき|するべき|する必要がある)ところ|(?:BCC|Bcc|bcc)[)）」』]?(?:[(（][^()（）。]{0,30}[)）])?(?:に|で|を|欄に|欄で)[^。]{0,8}?(?:せず|しない(?:まま|で)|しなかった|されていな|なっていな|入力せず|使用せず|利用せず)|(?<=誤っ(?:て|た)[^。]{0,60})添付(?:して|し)(?:送信|送付|配信)|(?:BCC|Bcc|bcc)[)）」』]?(?:ではなく|でなく)|別人(?:[ (（][^。、()（）]{0,8}[)）] ?)?宛て?の[^。]{0,20}?(?:送付|送信|発送|郵送|届(?:い|け|く)|交付)|添付して(?:配信|送信|送付)してしまっ|(?:通知表|通知書|書類|答案|資料|封筒|証明書|成績表)を間違(?:え|っ)て[^。]{0,20}?(?:渡し|送付|送信|交付|配布|配付|郵送|発送)|(?:メール(?:の)?(?:配信|送信)|配信メール|一斉(?:送信|配信))(?:で|の|時に|の際に?)、?(?:設定|操作)を誤|(?:アドレス|宛先)を残したまま[^。]{0,4}?(?:送信|配信|送っ)|[0-9０-９一二三]通が入れ替わ|(?:メールアドレス|アドレス|宛先|FAX番号|ファクス番号)を誤入力|別人に(?:誤って)?(?:送信|送付|送っ|送ら|届い)|別の(?:受給者|利用者|住民|市民|患者|世帯|保護者|申請者|加入者|契約者|お客様|顧客|会員|事業者|方)(?:に|へ|宛てに?)(?:誤って)?(?:送信|送付|送っ|送ら|発送|郵送|届い)|加害者(?:側|の(?:夫|妻|元夫|元妻|親族|男性|女性))?(?:に|へ)[^。]{0,12}?(?:交付|送付|送っ|送ら|渡し|渡っ|郵送|発送|知らせ|漏らし|伝え)|(?:必要のない|不要な)[^。]{0,40}?(?:を|も)(?:含めて)?(?:提供|送付|送信)(?:して|を行っ)|(?:情報|氏名|個人情報)を?記載して(?:通知|送付|送信|発送)した(?:ため|ことにより|結果)|(?:送付|送信|提供)(?:時|の際)に?、?[^。]{0,20}?(?:削除し忘れ|削除しなかった|削除せず)|(?:黒塗り|マスキング|墨消し)(?:処理)?(?:が施されて|を施して|されて|して)?(?:い)?(?:ない|おらず|せず)(?:状態|まま)で?[^。]{0,12}?(?:送付|交付|提供|送信|送っ)/.source, ANOTHERS_DATA_PRINTED.source].join('|')),
  // must: 不適切な廃棄, 一般の古紙として廃棄 (papers thrown out with ordinary waste)
  // not: 懲戒処分, 処分を行 (discipline), 破棄してほしい, 情報がさらに転売された, 個人情報は…98社に転売された (data sold on, not a device)
  // must: a disc left in a PC sent for disposal (入れたまま…処分), 廃棄状況が不明, papers thrown out unnoticed (気づかず…廃棄)
  // must: 誤って廃棄された可能性が高い (the likely fate told as found), 誤って廃棄していた; not: 誤って廃棄した可能性もある (one guess of a loss)
  // must: papers scattered on their way to disposal (廃棄を委託した…運搬途中…道路上に散逸), papers with data reused as scrap (裏紙として使われ)
  improper_disposal: new RegExp([/誤廃棄|誤って(?:リサイクル|資源(?:ごみ|ゴミ)|古紙(?:回収)?)に出し/.source, PAPERS_REUSED.source, /誤って[^。]{0,10}?廃棄(?:処理|処分)?(?:され|し)(?:た)?(?:可能性が高(?:い|く)|ことが判明|ものと(?:判断|考え|推測))|誤って[^。]{0,10}?廃棄して(?:いた|おり|しまっ)|不適切(?:な|に)廃棄|(?:一般|通常|普通|家庭)の?(?:古紙|ごみ|ゴミ|廃棄物|可燃ごみ)として[^。]{0,8}?(?:廃棄|処分|搬出|出さ|出し|捨て)|(?:資源|一般|可燃)(?:ごみ|ゴミ)として[^。]{0,20}?(?:廃棄|処分|出さ|出し)|シュレッダー(?:処理)?(?:せず|しない(?:まま|で))[^。]{0,20}?(?:廃棄|処分|捨て|出さ|出し)|(?:ステーション|集積所|集積場|置き場|ごみ捨て場)(?:に|へ)[^。]{0,12}?(?:捨て(?:られ|て|た)|放棄(?:され|し)|運ん|出さ|出し)|(?:自宅|家庭)の(?:ごみ|ゴミ)と一緒に[^。]{0,6}?(?:捨て|廃棄|処分|出し)|廃棄(?:した|された)[^。]{0,30}?(?:流出|流通|販売|転売|出品)|フリマアプリ|オークションサイト|流通させ|(?<!(?:情報|データ|名簿|購入品|商品|物品|品物)(?:の一部)?(?:が|は|も)?[^。]{0,24}?)転売され|(?:消去|初期化)(?:せず|されない|されず|が不十分|しない(?:まま|で))|(?:入れた|残した|残った|挿した|挿入した)まま[^。]{0,20}?(?:処分|廃棄|売却|譲渡|返却)|廃棄(?:の)?状況が(?:不明|確認でき)|(?:適切に|確実に)廃棄されたことを?確認でき(?:ず|なかった|ない)|(?:気づかず|気付かず)[^。]{0,30}?(?:廃棄|処分|捨て)(?:し|され|て)|廃棄[^。]{0,40}?(?:運搬|搬送)[^。]{0,30}?(?:散逸|散乱|飛散|落下)/.source].join('|')),
  // not: 紛失防止 (generic-tail check)
  // not: 顧客情報が盗まれ / 個人情報を盗まれ / 登録情報の一部が盗まれ / 盗まれた情報 / フィッシングでID盗まれ / 入力時に盗まれ (data
  // or credentials taken, not a device or papers)
  loss_theft: new RegExp([/紛失|盗難|(?:風で|風に|突風で|突風により)[^。]{0,12}?(?:飛ばされ|飛散)/.source, DOCUMENTS_DROPPED.source, DOCUMENTS_LEFT.source, /(?<!(?:情報|データ|ID|パスワード|アカウント|番号|コード|一部|時に|時点で)(?:が|は|も|を)?)盗まれ(?!た(?:とみられる|とされる|可能性のある)?(?:個人)?(?:情報|データ)|る手口)|置き忘れ|車上荒らし|所在不明|所在が(?:不明|分から|わから)(?:に|な|で|と)|ひったくり|空き巣|窃盗|遺失(?!物(?:の|に関する)?(?:問い?合わせ|検索|取扱|情報|案内|公表|センター|法))/.source].join('|')),
  // insider: the actor is staff (current or former) and the act is theirs —
  // not: 教員のメールアカウントが…悪用された (the staff's account was the victim)
  // not: 当社の元従業員の方 (former staff among those whose data leaked), 元社員の私物PCから…Winnyで流出 (whose PC it was: no act)
  // not: 教員1名が使用するアカウントが第三者により不正にアクセスされ (a passive act: done to the staff, not by them)
  // must: 許可なくダウンロード (staff copying data without leave), 職員の独断で; not: staff who leaked it by a mistake (教諭がフォーム設定を誤り、…を漏えいし)
  // must: data used for an election (個人情報を、選挙運動用のはがきを送るために利用した, 選挙運動に利用された; not: 選挙に利用されるとの指摘, a claim), 職務上知り得た…を利用, 内部流出,
  // former staff, or staff charged for it, posting others' data on SNS (元講師が…児童6人の名前や住所などをSNSに投稿していたなどとして…起訴);
  // not: a photo posted with data caught in it (写り込み), nor staff posting with nothing more told (看護師が患者情報をSNSに投稿: often such a photo)
  // must: data taken out that staff are charged for (全町民分の個人情報を持ち出すなどして…容疑で逮捕), data taken out and handed on
  // (文書を持ち出し、第三者に渡していた, 文書をコピーして持ち出し、知り合いの漁業関係者に渡した)
  insider_misuse:
    new RegExp([DATA_TAKEN_OUT_CHARGED.source, DATA_TAKEN_OUT_HANDED_ON.source, STAFF_VIEWED.source, /無断で(?:外部に|外部へ|第三者に)?(?:漏えい|漏洩|提供)|(?<!(?:及び|および|並びに|と|・|対象[:：]?)[ \u3000]*)元(?:事務|派遣|契約|嘱託|臨時)?(?:職員|社員|従業員|行員|局員)(?!(?:など|等)?の(?:方|皆様|皆さま|個人情報|情報|氏名|データ|住所|家族|ご家族|親族|関係者|私物|自宅|個人所有)|様|及び|および|[、・]|とその|など|等|(?:が|も)含まれ|(?:を|も)含[むめ]|[ \u3000]*(?:\n|$)|[ \u3000]+(?:約|計)?[0-9]|[ \u3000]*(?:約|計)?[0-9][0-9,]*(?:人|名)分)|出向者|(?:職員|社員|従業員|スタッフ)による(?:不正(?:な)?(?:閲覧|照会|持ち出し|利用)|私的(?:な)?(?:閲覧|利用))|権限を悪用|見返りに|(?:知人|友人)(?:の[^。、]{0,8})?(?:に|へ)(?:提供|渡し|漏らし|教え)|個人で使用する(?:メールアドレス|パソコン|端末)|私用の?(?:メールアドレス|メール|パソコン|PC|端末)へ?[^。]{0,6}?(?:送信|転送|送付)|業務上の必要(?:性)?が?ない|業務上(?:で|は)?不必要|(?:業務|職務)(?:と|とは|に)関係(?:が|の)?(?:ない|なく|のない)|目的外(?:の)?(?:閲覧|利用|照会)|興味本位で|(?:情報|データ)(?:が|を)[^。]{0,10}?不正に持ち出|私的な理由|業務外(?:で|に)[^。]{0,12}?(?:閲覧|照会|利用|使用|アクセス)|(?:無断で|許可なく|許可を得ずに?)[^。]{0,30}?(?:持ち帰|持ち出|コピー|複製|ダウンロード|アップロード)|勝手に[^。]{0,20}?(?:持ち帰|持ち出|コピー|複製)|(?:職員|社員|従業員|教員|教諭)の独断で|(?:業者|委託先|委託業者|受託者)(?:が|は)[^。]{0,20}?(?:個人)?(?:情報|データ)を持ち出し|(?:個人)?(?:情報|データ)を[^。]{0,20}?(?:別の|目的外の?)[^。]{0,12}?(?:業務|用途)に流用|による[^。]{0,20}?(?:個人)?(?:データ|情報)(?:の)?持ち出し|独断で[^。]{0,30}?(?:提供|渡し|依頼)|不正な方法で[^。]{0,12}?(?:取得|入手|収集)|違法(?:に|な)?(?:取得|閲覧|照会|収集)|(?:求め|依頼)に応じて[^。]{0,40}?(?:送信|提供|渡し|送っ|教え|話し|漏らし)|(?:個人情報|名簿|データ)[^。]{0,40}?選挙(?:運動)?(?:用|の|に|で|へ)[^。]{0,16}?(?:(?:利用|使用|流用|活用)(?:し|され)(?:た|て)|使(?:わ|っ)(?:れ)?(?:た|て))|選挙(?:運動)?(?:に|で|へ)(?:不正)?(?:(?:利用|使用|流用|活用)(?:し|され)(?:た|て)|使(?:わ|っ)(?:れ)?(?:た|て))|職務上知り(?:え|得)た[^。]{0,30}?(?:利用|使用|流用|漏らし|提供)|内部(?:から(?:の)?)?(?:流出|漏えい|漏洩)|内部(?:の)?(?:者|人間|関係者)(?:による|が持ち出)|内部犯行|(?:(?<=元)(?:職員|社員|従業員|看護師|医師|教員|教諭|講師|スタッフ)(?:の)?(?:が|は)|(?:職員|社員|従業員|看護師|医師|教員|教諭|講師|スタッフ)(?:の)?(?:が|は)(?=[^。]{0,70}?(?:として|ため)[^。]{0,30}?(?:逮捕|起訴|書類送検|懲戒|告発)))(?![^。]{0,40}?(?:写真|画像|動画|映像|撮影|写り込|映り込|誤っ|誤り|ミス|うっかり))[^。]{0,40}?(?:SNS|インターネット上|ネット上|掲示板)(?:に|へ|上に|上で)(?:投稿|書き込|掲載|公開|アップ)|(?:私物|個人所有)の?(?:USBメモリー?|パソコン|PC|スマートフォン|クラウド(?:ストレージ)?|ストレージ|ハードディスク)[^。]{0,10}?(?:コピー|複製|保存|アップロード|転送)|私的(?:に|な)(?:閲覧|利用(?!して(?:いる|いた|おり))|目的)|(?:閲覧|照会|持ち出|漏らし|流出させ|漏えいさせ|漏洩させ)(?:し)?(?:てい)?た?(?:として|ため)、?[^。]{0,40}?(?:懲戒|減給|停職|免職|戒告|訓告)|(?:流出|漏えい|漏洩)させた[^。、]{0,16}?(?:職員|社員|従業員|主査|主任|主事|係長|課長|教員|教諭)|(?:職員|社員|従業員|学生|実習生)(?:ら)?により[^。]{0,20}?持ち出さ|名簿業者(?:に|へ)[^。]{0,12}?(?:売却|売り|売っ|転売|譲渡)|権限を(?:持つ|有する|持っていた)[^。]{0,16}?(?:人物|者|社員|従業員|委託先)が[^。]{0,30}?持ち出|(?:職員|社員|従業員|看護師|医師|技師|薬剤師|巡査部長|巡査長|巡査|警察官|主事|主任|主査|係長|課長|部長|次長|支店長|店長|所長|役員|幹部|教員|教諭|派遣社員|委託先の?(?:社員|従業員)|スタッフ)(?:の)?(?:\d+名)?(?:が|は)(?![^。]{0,30}?(?:誤っ|誤り|ミス|不備|うっかり))[^。]{0,40}?(?:(?:不正に|無断で|私的に(?!(?:利用|使用)して(?:いる|いた|おり)))(?![^。、]{0,6}され)|悪用し|持ち出し|漏らし|流出させ|不正(?:に)?アクセスし|漏えい(?:し|する|させ)|漏洩(?:し|する|させ)|閲覧・収集|横流し|売却|不正(?:に)?(?:取得|収集)し)(?!され)/.source, DATA_HANDED_OVER.source].join('|')),
  // not: 不正ログイン攻撃対策 is still this family, which is fine
  // must: 不正なログイン, a brute-force attack (ブルートフォース, 総当たり攻撃) (an admin panel's login too, as the fixtures file it)
  account_takeover:
    /不正(?:に|な)?ログイン|なりすましログイン|ブルートフォース|総当たり攻撃|リスト型|パスワードリスト|乗っ取|クレデンシャルスタッフィング|メールアカウント[^。]{0,12}不正に?(?:アクセス|ログイン)|(?:インスタグラム|Instagram|Twitter|Facebook|SNS|LINE|X\(旧Twitter\))[^。]{0,20}アカウント[^。]{0,20}(?:不正|第三者)/,
  // not: ウイルスチェック, ウイルス対策ソフト, パスワード(暗号化された状態) (a safeguard told in an aside)
  // not: 暗号化されたパスワード (a kind of data leaked, stored safe), 偽のウイルス感染警告 (a support scam's fake warning)
  // must: data leaked through a file-sharing program (ファイル交換ソフト「Winny」を介して流出): its exposure virus spread it;
  // not: a file-sharing product's flaw (当社が提供するファイル共有ソフトに脆弱性)
  // must: servers encrypted by an intruder (複数のサーバーなどで暗号化が行われていた); not: no encryption done (サーバーで通信の暗号化が行われていなかった)
  malware_ransomware:
    /(?<=(?:サーバー?|システム|端末|パソコン|PC|ネットワーク)(?:など|等)?(?:が|で|の(?:データ|ファイル)(?:が|も))[^。、]{0,8}?)暗号化が行われ(?!てい?な|ず|ませ)|ファイル(?:交換|共有)ソフト[^。]{0,20}?(?:を介|を通じ|を通し|経由|により|によって|による|から|で)[^。]{0,20}?(?:流出|漏えい|漏洩|公開|拡散)|Winny|ウィニー|暴露ウ[イィ]ルス|ランサムウ[ェエ]ア|ランサム(?:被害|攻撃)|マルウ[ェエ]ア|(?<!偽の?|偽りの|[「『])ウ[イィ]ルス(?:に)?感染(?!(?:した|している)?(?:と|という|との)?(?:の)?(?:偽|嘘|警告|を装))|Emotet|エモテット|LockBit|コンピュータ[ー]?ウ[イィ]ルス|身代金|不正プログラム|(?<![(（]|パスワード(?:は|が|も)?)暗号化され(?!た状態で(?:保存|保管|管理)|ていた(?:もの|が|ため|ので)|た(?:パスワード|クレジットカード|カード番号|状態の|形の))/,
  // not: 設定に不備 alone (too vague to beat an intrusion), 閲覧可能性, 認証設定の不備を突かれ (a flaw an intruder exploited)
  // (写り込んだ写真をSNSに投稿: data shown in a posted picture, made public by mistake)
  // must: 誤ったアクセス権限の設定, 設定のミス, a redaction that failed (黒塗り…表示される状態, 不開示とした…閲覧でき), 埋め込まれた状態で公開,
  // 公開領域に…残った, 公開してしまった, 閲覧が可能な状態, 初期設定の過誤, papers put out by mistake (…ラックに誤って設置され),
  // another's file served with one's own (自組織のファイルと同時に別の団体のファイルもダウンロードされ, 双方の申込情報が合わさって),
  // another user's data shown by an app's fault (別のご利用者様の保存写真が混在して表示され), or a pupil's (別の生徒の成績が表示される状態),
  // data other people could see (別の寄付者から閲覧できた), blacked-out data one could make out (…識別可能な状態で提供), data posted
  // that needed no posting (公示する必要のない個人情報), more posted than was meant (…のみ掲載するべきところ、…併せて掲載していた),
  // data left in a system copied for others (同じシステムを流用した際、個人情報を削除しなかった)
  misconfiguration_public_exposure: new RegExp([
    /閲覧可能(?:な状態|な状況|となっ|になっ|となる|であった)|(?:他|別)の?ご?(?:お客様|お客さま|利用者|会員|ユーザー?|生徒|児童|学生|患者)(?:様|さま)?の[^。]{0,20}?表示され|閲覧が可能な(?:状態|状況)|設定(?:の)?過誤|誤って[^。]{0,12}?(?:配置|設置|掲示|展示)(?:し|され)|写り込[^。]{0,30}?(?:投稿|掲載|公開)|誤表示|誤って[^。]{0,20}?(?:映し出|表示さ)|設定(?:ミス|不備|誤り|の誤り|の不備|のミス|を誤っ|を誤り)(?!を(?:突|悪用|狙))|誤った(?:アクセス権限|閲覧権限|権限|共有|公開|アクセス)の?設定|(?<!ファイアウォールの|ネットワークの|機器の)設定に(?:不備|誤り)|公開設定|共有設定|アクセス(?:権限|制限)の?(?:設定)?(?:不備|ミス|誤り)|誤掲載|誤って[^。]{0,20}?(?:公開|公表|掲載|アップロード)|閲覧制限(?:されていません|されていな|がされていな|をかけ(?:ず|ていな))|(?:誰|だれ)でも[^。]{0,20}?(?:閲覧|アクセス)(?:可能|でき)|閲覧でき(?:る|た)(?:状態|状況)|(?:に|から)も?見られる(?:ように|状態)(?:なって|にな)|(?:が|を)?(?:含まれた|含んだ|埋め込まれた|残った|残存した)(?:まま|状態)で(?:公開|掲載)|(?:黒塗り|マスキング|墨消し)[^。]{0,80}?(?:表示され|確認でき|閲覧でき|読み取れ|見え|見られ)(?:る|た)|(?:黒塗り|マスキング|墨消し)[^。]{0,80}?(?:識別|判読|読み取り)(?:が)?(?:可能|でき)|(?:公示|公開|掲示|掲載|公表)する必要(?:の|が)ない[^。]{0,10}?(?:個人)?情報|(?:掲載|公開|公表)(?:する)?べきところ[^。]{0,40}?(?:掲載|公開|公表)(?:して|され|し、)|(?:確認|閲覧|表示|参照)(?:できる|可能な)(?:よう|状態)(?:に|と)なって|不開示(?:と)?した[^。]{0,20}?(?:閲覧|表示|確認)でき|公開(?:領域|フォルダ|ディレクトリ)(?:に|へ|上に)[^。]{0,30}?(?:残|置|保存|格納|アップロード)|(?:公開|掲載|アップロード)してしまっ|(?:インターネット上|ネット上|外部)(?:で|から)(?:検索|閲覧|参照)(?:でき|可能)(?:る|た)?(?:状態|状況)|外部から(?:の)?アクセス(?:が)?(?:でき|可能)(?:る|な)?(?:状態|状況|よう)?(?:に|と)なって|公開状態(?:に|と)なって|誤設定|閲覧できてしまっ|(?:他の?|別の?)(?:顧客|お客様|お客さま|利用者|ユーザー|会員)(?:の)?[^。]{0,12}?(?:が|を)(?:閲覧|表示)(?:でき|され)|照会(?:が)?(?:可能|でき)(?:な|る)(?:状態|状況)|(?:他の|別の|ほかの)[^。]{0,12}?(?:ファイル|データ|情報)(?:も|が)[^。]{0,12}?ダウンロード(?:され|でき)|(?:双方|両方|互い)の[^。]{0,12}?(?:情報|データ)が(?:合わさ|混在|混ざ|記載された[^。]{0,16}?ダウンロード(?:され|でき))|(?:他の|別の|ほかの)?(?:顧客|お客様|お客さま|利用者|ユーザー|会員|参加者|受講者|申込者)(?:に|から)(?:も)?(?:閲覧|表示)(?:でき|され|可能)|(?:他の|別の|ほかの)[^。、]{0,6}?(?:者|人|方)(?:に|から)(?:も)?(?:閲覧|表示)(?:でき|され|可能)/.source,
    DATA_POSTED_ON_WEBSITE.source,
    DATA_LEFT_IN_COPY.source,
  ].join('|')),
  unauthorized_access:
    /不正アクセス|不正に(?:アクセス|侵入)|サイバー攻撃|侵入|脆弱性|SQL\s?インジェクション|改ざん|不正ファイル|認証情報を窃取|フィッシング|ウェブスキミング|バックドア|ゼロデイ|遠隔操作(?:され|を許|が行われ|の被害)|遠隔操作(?:用の)?(?:ソフト|アプリ|ツール)(?:が|を)[^。]{0,10}?インストール|サポート詐欺|不正な(?:アクセス|侵入|コード)|不審なアクセス(?:が(?!ないか)|を受)/,
  unknown: /調査中|原因(?:を|は|について|の)?[^。]{0,6}調査|精査中|原因(?:は)?(?:不明|特定でき)/,
};

/** First non-negated match wins, in this order (most specific mechanism first). */
export const CAUSE_PRECEDENCE = [
  'misdelivery',
  'improper_disposal',
  'loss_theft',
  'insider_misuse',
  'malware_ransomware',
  'account_takeover',
  'ddos',
  'mail_relay_abuse',
  'misconfiguration_public_exposure',
  'unauthorized_access',
  'unknown',
] as const;

/**
 * Vocabulary surfaces too ambiguous to use alone (元職員 is also whose data it was, 元職員の氏名: EXTRA guards it;
 * 処分 is also 懲戒処分; 暗号化 is also a safeguard; 誤って添付 is also a web page's attachment, so EXTRA's
 * misdelivery asks for a mail near it).
 */
const UNSAFE_SURFACES = new Set(['ウイルス感染', '元職員', '元社員', '処分', '暗号化', '侵入', 'ニックネーム', '持ち出し', '不正に閲覧', '廃棄', '流通させた', '誤って添付']);

const PATTERNS: Record<string, RegExp> = {};
for (const key of CAUSE_PRECEDENCE) {
  const surfaces = (CAUSES[key]?.ja ?? []).filter((s) => !UNSAFE_SURFACES.has(s)).map(escapeRegExp);
  const extra = EXTRA[key]?.source;
  PATTERNS[key] = new RegExp([...surfaces, ...(extra ? [extra] : [])].join('|'), 'g');
}

/** Each cause's pattern as one global regex: what the scan below must find, for the tests. */
export const CAUSE_PATTERNS: Readonly<Record<string, RegExp>> = PATTERNS;

/**
 * The causes' patterns as sticky regexes, by precedence index, for one gated pass over a segment
 * instead of eleven global scans (each of which also tried its pattern at every position); each split by
 * the unit a match starts with (stickyByFirstUnit), so a try runs only the alternatives that can match there.
 */
const STICKY: ReadonlyArray<ReadonlyMap<number, RegExp>> = CAUSE_PRECEDENCE.map((key) => stickyByFirstUnit(new RegExp(PATTERNS[key]!.source)));
/**
 * Where each cause's match can start, from the first three units of its pattern (read off the
 * pattern, so no start is missed). The scan looks for the first two (PAIR_GATE); at a pair, the
 * records of its first unit's slot give the causes whose matches can start with it and the third
 * unit (メー of メールアカウント is tried for account_takeover only before ル; イン only before ス).
 */
const SLOT_OF = new Uint8Array(0x10000); // unit → slot + 1 (0: no cause starts with it); read at start pairs only
const RECORDS: number[][] = []; // per slot: second unit, cause mask, start and length in THIRDS (-1: any third)
const THIRDS: number[] = [];
CAUSE_PRECEDENCE.forEach((key, k) => {
  for (const [first, seconds] of startTrie(PATTERNS[key]!, 3)) {
    if (seconds === null) throw new Error(`cause patterns: a match of ${key} may be one unit long`);
    if (SLOT_OF[first] === 0) SLOT_OF[first] = RECORDS.push([]);
    if (RECORDS.length > 255) throw new Error('cause patterns: more first units than SLOT_OF holds');
    const records = RECORDS[SLOT_OF[first]! - 1]!;
    for (const [second, thirds] of seconds) {
      if (thirds === null) records.push(second, 1 << k, 0, -1);
      else {
        records.push(second, 1 << k, THIRDS.length, thirds.size);
        THIRDS.push(...thirds.keys());
      }
    }
  }
});
const RECORD_LIST: readonly Int32Array[] = RECORDS.map((r) => Int32Array.from(r));
const THIRD_LIST = Int32Array.from(THIRDS);
/** The first two units of every cause's matches. Every match is two units or more (checked above). */
const PAIR_GATE: PairGate = pairGateOf(...CAUSE_PRECEDENCE.map((key) => PATTERNS[key]!));
/** The units of the causes' and the leak words' start pairs: the scan notes the leak words' starts too (see noteLeakStarts). */
const SCAN_UNITS: UnitSet = PAIR_GATE.units.map((w, i) => w | LEAK_PAIRS.units[i]!);

/**
 * Matches of every cause in str[0, length), in order: what a global regex per cause finds (leftmost,
 * non-overlapping within a cause; matches of different causes may overlap). Exported for the tests.
 */
export function causeMatches(str: string): Array<{ cause: number; index: number; text: string }> {
  const out: Array<{ cause: number; index: number; text: string }> = [];
  scan(str, 0, str.length, str);
  for (let h = 0; h < hitCount; h++) out.push({ cause: hitCause[h]!, index: hitIndex[h]!, text: str.slice(hitIndex[h]!, hitEnd[h]!) });
  return out;
}

// The hits of the last scan, as offsets into the cut-out segment (reused arrays: no allocation per
// call, and no string kept that would hold on to the page's text).
const hitCause: number[] = [];
const hitIndex: number[] = [];
const hitEnd: number[] = [];
let hitCount = 0;
/** Where a leak word may start (see noteLeakStarts): reused, like the hits. */
const leakStarts: number[] = [];
/** Per cause, where its global regex would search next. */
const nextFrom = new Int32Array(CAUSE_PRECEDENCE.length);

/**
 * Every match starts with a pair of units from the causes' start pairs, so every second unit of the
 * text is looked at: one that cannot be in such a pair rules out a start there and just before it.
 * The same pass notes where leak words may start, for findLeakStatements on the same segment (the
 * cause and leak scans of the bench page's 41 segments: 311 µs as two passes, 263 µs as one).
 */
function scan(text: string, start: number, end: number, str: string): void {
  hitCount = 0;
  nextFrom.fill(0);
  let leakCount = 0;
  const causePairs = PAIR_GATE.pairs;
  const leakPairs = LEAK_PAIRS.pairs;
  // The units are read from the whole text, not the cut-out: charCodeAt on a sliced string costs
  // more (measured: the loop took twice as long).
  for (let j = start + 1; j < end; j += 2) {
    const u = text.charCodeAt(j);
    if ((SCAN_UNITS[u >>> 5]! & (1 << (u & 31))) === 0) continue;
    const h0 = pairBit(text.charCodeAt(j - 1), u);
    const w0 = h0 >>> 5;
    const b0 = 1 << (h0 & 31);
    if ((causePairs[w0]! & b0) !== 0) tryAt(str, j - 1 - start);
    if ((leakPairs[w0]! & b0) !== 0) leakStarts[leakCount++] = j - 1;
    const h1 = pairBit(u, text.charCodeAt(j + 1));
    const w1 = h1 >>> 5;
    const b1 = 1 << (h1 & 31);
    if ((causePairs[w1]! & b1) !== 0) tryAt(str, j - start);
    if ((leakPairs[w1]! & b1) !== 0) leakStarts[leakCount++] = j;
  }
  noteLeakStarts(text, start, end, leakStarts, leakCount);
}

/** Try at i the causes whose matches can start with str[i, i + 3). */
function tryAt(str: string, i: number): void {
  const slot = SLOT_OF[str.charCodeAt(i)]!;
  if (slot === 0) return;
  const records = RECORD_LIST[slot - 1]!;
  const second = str.charCodeAt(i + 1);
  const third = str.charCodeAt(i + 2);
  let mask = 0;
  for (let r = 0; r < records.length; r += 4) {
    if (records[r] !== second) continue;
    const from = records[r + 2]!;
    const count = records[r + 3]!;
    if (count < 0) mask |= records[r + 1]!;
    else {
      for (let t = from; t < from + count; t++) {
        if (THIRD_LIST[t] === third) {
          mask |= records[r + 1]!;
          break;
        }
      }
    }
  }
  while (mask !== 0) {
    const k = 31 - Math.clz32(mask & -mask);
    mask &= mask - 1;
    if (i < nextFrom[k]!) continue;
    // (Only the cause's alternatives that can start with this unit: the others cannot match here.)
    const re = STICKY[k]!.get(str.charCodeAt(i));
    if (re === undefined) continue;
    re.lastIndex = i;
    if (!re.test(str)) continue; // test, not exec: no match object for the tries that fail
    nextFrom[k] = re.lastIndex;
    hitCause[hitCount] = k;
    hitIndex[hitCount] = i;
    hitEnd[hitCount] = re.lastIndex;
    hitCount++;
  }
}

export interface CauseResult {
  cause: string | null;
  mentions: Mention[];
}

/** 対策, 防止, 予防, 訓練 as the two units before a mention: a generic statement (DDoS対策, 紛失防止). */
function isPreventionBefore(text: string, from: number, s: number): boolean {
  if (s - 2 < from) return false;
  const a = text.charCodeAt(s - 2);
  const b = text.charCodeAt(s - 1);
  return (a === 0x5bfe && b === 0x7b56) || (a === 0x9632 && b === 0x6b62) || (a === 0x4e88 && b === 0x9632) || (a === 0x8a13 && b === 0x7df4);
}

/**
 * A post's label or a site's topic line (ラベル: セキュリティ事件簿, DDoS, 誤送信), or a breadcrumb (ホーム > ニュース >
 * 個人情報漏洩・紛失): the site's topics, not this item's cause.
 */
function isTagLine(text: string, sentence: Range): boolean {
  const line = text.slice(sentence.start, sentence.end);
  return TAG_LINE.test(line) || TOPIC_TAGS_LINE.test(line) || isBreadcrumb(line) || isTopicListItem(text, sentence);
}

/** A heading over a site's list of topics or tags, one a line: 「関連トピック / サイバーセキュリティー / ランサムウエア」. */
const TOPIC_LIST_HEAD = /^\s*(?:関連トピック|関連キーワード|関連タグ|関連ワード|タグ|キーワード|トピック)(?:一覧)?\s*[:：]?\s*$/;
/** How many lines over a topic a list's heading may stand. */
const TOPIC_LIST_REACH = 4;
/** The longest topic of such a list, and the longest line read as its heading. */
const TOPIC_MAX = 20;
const TOPIC_HEAD_MAX = 40;
/** Is `sentence` a short line of such a list (a word alone, under its heading a few lines up)? */
function isTopicListItem(text: string, sentence: Range): boolean {
  if (sentence.end - sentence.start > TOPIC_MAX) return false;
  // (Its line is short too: a short sentence ending a paragraph's line is no topic.)
  let start = lineStartWithin(text, sentence.start, TOPIC_MAX);
  for (let up = 0; up < TOPIC_LIST_REACH && start > 0; up++) {
    const above = lineStartWithin(text, start - 1, TOPIC_HEAD_MAX);
    if (above < 0) return false;
    const line = text.slice(above, start - 1);
    if (TOPIC_LIST_HEAD.test(line)) return true;
    if (line.length > TOPIC_MAX || line.includes('。')) return false;
    start = above;
  }
  return false;
}

/** A virus of the body: コロナウイルス, ノロウイルス, ウイルス感染症. */
const DISEASE_BEFORE = /(?:コロナ|ノロ|インフルエンザ|ロタ)$/;
function isDisease(text: string, s: number, e: number): boolean {
  return text.charCodeAt(e) === 0x75c7 /* 症 */ || DISEASE_BEFORE.test(text.slice(Math.max(0, s - 6), s));
}

/** How many causes one sentence names when it lists kinds of incident rather than telling one. */
const LISTED_KINDS = 4;

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** A question put to the reader: 「…だけですか?」「…していませんか？」 (the text is width-folded: ? only). */
const QUESTION_END = /(?:ですか|ますか|ませんか|でしょうか)[?]?\s*$/;

function isQuestion(text: string, sentence: Range): boolean {
  const last = text.charCodeAt(sentence.end - 1);
  return (last === 0x3f || last === 0x304b) && QUESTION_END.test(text.slice(Math.max(sentence.start, sentence.end - 8), sentence.end));
}

/** What a company runs, told after the service's name: 「…を運営する」「…を展開する」. */
const RUNS_AFTER = /^を(?:運営|展開|提供)(?:する|している)/;
/** A cause counted as a share of many incidents: 「不正アクセス」で 60 件( 65.9 %), 「誤送信ほか操作ミス」が 6 件(6.6%). */
const STAT_SHARE_AFTER = /^[」』]?(?:ほか[^。、」』]{0,8}[」』])?[ \u3000]*(?:で|が|は)[ \u3000]*[0-9]+[ \u3000]*件[ \u3000]*[(（][ \u3000]*[0-9.]+[ \u3000]*%/;
const STAT_SHARE_REACH = 40;

/** insider_misuse's index in CAUSE_PRECEDENCE. */
const INSIDER_INDEX = CAUSE_PRECEDENCE.indexOf('insider_misuse');
/** Did the last scan find a match of cause index k? */
function hasHitOf(k: number): boolean {
  for (let h = 0; h < hitCount; h++) if (hitCause[h] === k) return true;
  return false;
}

/** The cause of the incident in text[start, end) (width-folded), with the mentions that support it. */

export function extractCause(text: string, start: number, end: number, sentenceRanges: readonly Range[]): CauseResult {
  // The patterns run over the cut-out segment: their lookarounds do not see past its ends.
  scan(text, start, end, text.slice(start, end));
  // The causes each sentence names: one naming four or more lists kinds of incident (「今週はWebスキミング、
  // 誤送信、紛失、設定ミス、ランサムウェア…がそろった」, a category bar), it tells no incident's cause.
  let kindsOf: Map<number, number> | null = null;
  if (hitCount >= LISTED_KINDS) {
    kindsOf = new Map();
    for (let h = 0; h < hitCount; h++) {
      const sentence = rangeAt(sentenceRanges, start + hitIndex[h]!);
      if (sentence) kindsOf.set(sentence.start, (kindsOf.get(sentence.start) ?? 0) | (1 << hitCause[h]!));
    }
  }
  let deferred: CauseResult | null = null;
  // The last sentence asked whether it tells of another incident, is a tag line or a question, and its answer.
  let asked: Range | undefined;
  let askedOther = false;
  for (let k = 0; k < CAUSE_PRECEDENCE.length; k++) {
    const key = CAUSE_PRECEDENCE[k]!;
    let mentions: Mention[] | null = null;
    for (let h = 0; h < hitCount; h++) {
      if (hitCause[h] !== k) continue;
      const s = start + hitIndex[h]!;
      const e = start + hitEnd[h]!;
      if (isPreventionBefore(text, start, s) || isGenericAfter(text, e)) continue;
      // 「事故原因最多は「不正アクセス」で 60 件( 65.9 %)」: a share of a month's incidents, not this one's cause.
      if (STAT_SHARE_AFTER.test(text.slice(e, e + STAT_SHARE_REACH))) continue;
      // 「フリマアプリを運営するメルカリも…」: the service a company runs, named to say who it is, is no place a device was sold.
      if (key === 'improper_disposal' && RUNS_AFTER.test(text.slice(e, e + 6))) continue;
      // 「新型コロナウイルス感染症に関する個人名」: a disease, not malware.
      if (key === 'malware_ransomware' && isDisease(text, s, e)) continue;
      const sentence = rangeAt(sentenceRanges, s);
      if (sentence && isNegatedAfter(text, e, sentence.end)) continue;
      // (What holds for the whole sentence is asked once per sentence, not once per mention in it: a sentence
      // of many mentions, 「紛失 紛失 紛失…」 with no 。, would be read once per mention.)
      if (sentence && sentence !== asked) {
        asked = sentence;
        // 「メール誤送信、まだ「目視チェック」だけですか?」: an advertisement's or a column's question.
        askedOther = isEarlierIncident(text, sentence) || isTagLine(text, sentence) || isQuestion(text, sentence);
      }
      if (sentence && askedOther) continue;
      if (sentence && kindsOf !== null && bitCount(kindsOf.get(sentence.start) ?? 0) >= LISTED_KINDS) continue;
      (mentions ??= []).push({ key, text: text.slice(s, e), start: s, end: e });
    }
    // 「元社員を不正アクセス禁止法違反と窃盗の容疑で逮捕した」: the theft an insider is charged with is the data taken out, no loss;
    // an insider's act told besides wins (a lost or stolen device, 紛失, 盗難, still comes first).
    if (mentions !== null && key === 'loss_theft' && mentions.every((m) => m.text === '窃盗') && hasHitOf(INSIDER_INDEX)) {
      deferred = { cause: key, mentions };
      continue;
    }
    if (mentions !== null) return { cause: key, mentions };
    if (deferred !== null && key === 'insider_misuse') return deferred;
  }
  return deferred ?? { cause: null, mentions: [] };
}
