// The organisation that lost the data. Headlines name it in a few fixed shapes (「ORG タイトル」,
// 「ORG――タイトル」, 「タイトル(ORG)」, 「タイトル - ORG」); otherwise the lead sentence does
// (「静岡県島田市は9月28日、」), or the body's first organisation name.
import type { Range } from '../text/lines';
import { isBreadcrumb } from '../text/breadcrumb';
import type { Tokenizer } from '../types';
import { ZONE_ASIDE } from './dates';

const LEGAL_FORM = '(?:株式会社|有限会社|合同会社|合資会社|合名会社|相互会社|生活協同組合|\\(株\\)|㈱|\\(有\\)|㈲)';
export const LEGAL_PERSON = '(?:学校|社会医療|医療|社会福祉|一般社団|一般財団|公益社団|公益財団|独立行政|国立大学|地方独立行政|(?:認定)?特定非営利活動|(?:認定)?NPO|宗教|税理士|弁護士|司法書士|行政書士|社会保険労務士|土地家屋調査士|特許業務|監査)法人';
/** Characters of a name: kanji, katakana, Latin letters, digits and the joiners ・&-. — no hiragana. */
// Explicit ranges rather than \p{Script=…}: the same characters for names, and several times faster in V8.
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff々〆';
const KATAKANA = '\\u30a1-\\u30ff\\u31f0-\\u31ff\\uff66-\\uff9f';
const NAME = `[${HAN}${KATAKANA}ーヶケA-Za-z0-9&'・.\\-]`;
/** Suffixes that end a public body's or an institution's name. */
const BODY_SUFFIX =
  '(?:(?:県警|府警|道警|警視庁)[\u4e00-\u9fff]{1,6}署|県警察本部|府警察本部|道警察本部|県警察|府警察|道警察|県警|府警|道警|警視庁|警察署|教育委員会|大学病院|附属病院|市民病院|大学院|短期大学|大学|看護大|医科大|工科大|工業大|女子大|芸術大|外語大|外国語大|教育大|農工大|理科大|体育大|薬科大|歯科大|国際大|経済大|商科大|医療大|福祉大|病院|歯科医院|医院|診療所|水道局|交通局|病院局|企業局|' +
  '博物館|美術館|図書館|科学館|天文台|資料館|記念館|文学館|動物園|水族館|植物園|検察庁|地方裁判所|家庭裁判所|高等裁判所|簡易裁判所|最高裁判所|地裁|家裁|高裁|弁護士会|司法書士会|税理士会|税務署|国税局|高等学校|中等教育学校|義務教育学校|特別支援学校|専門学校|中学校|小学校|学校|高等専門学校|幼稚園|保育園|保育所|こども園|協会|協議会|機構|連合会|支部|広域連合|振興会|保健所|組合|財団|学園|学院|銀行|信用金庫|労働金庫|信用組合|農協|漁協|省|庁|センター|研究所|研究会|会議所|整備局|新報社|公社|事業団|医師会|学会|新聞社|地検|区検|選挙管理委員会|農業委員会|消防本部|消防局|労働局|信連|経済連|厚生連|共済連|クリニック|ホールディングス|グループ|製作所|工業|商事|商会|電機|製薬|建設|運輸|証券|生命|損保|市|町|村|区|東京都|北海道|府|県)';

/**
 * Municipalities (and one word) whose names are written with hiragana, a gazetteer rather than a rule:
 * a hiragana run before 市/町 is usually words (このため市は), so only these are names.
 */
const KANA_PLACES =
  'がん|さいたま|つくばみらい|つくば|あきる野|いわき|ひたちなか|みやま|かすみがうら|さくら|つがる|むつ|かほく|あわら|みどり|いすみ|' +
  'みよし|たつの|うきは|えびの|いちき串木野|南さつま|さつま|さぬき|東かがわ|南あわじ|いなべ|ふじみ野|紀の川|せたな|むかわ|えりも|' +
  'おいらせ|みなかみ|ときがわ|みなべ|すさみ|かつらぎ|みやき|あさぎり|つるぎ|みやこ|まんのう|東みよし|' +
  // が in place names: 旭が丘町, 緑が丘, 桜が原 (never at a name's start: the kanji before it are in NAME).
  'が丘|が原|が浜|が谷|が崎|が岡|が森|が関|が島|が台';

/**
 * Must match: 株式会社銀時, オイシックス・ラ・大地株式会社, 長崎県物産協会, 静岡県島田市, 新潟市, 福島県警,
 * 国土交通省, 秋田大学, 日本がん治療認定医機構 (the がん breaks nothing: names may hold a hiragana run
 * only between kanji, see NAME_WITH_KANA), 社会福祉法人茨城県社会福祉事業団.
 * 神奈川県立港南高等学校 (schools end a name too).
 * Must not match: 同市, 当社, 弊社, 本学, 都内, 市内, 小学校 (see NOT_AN_ORG), 個人情報保護委員会 (the regulator).
 */
/**
 * A public institution whose name holds hiragana after its founder's mark: 県立しらかば医療センター,
 * 市立こども病院, 県立みなと高等学校. Particles (の, が, を…) never stand in such a name.
 */
const PUBLIC_KANA_INSTITUTION = `(?:都|道|府|県|市|町|村|区|国|公|私)立(?:${NAME}|(?![のがをはでにへ])[ぁ-ゖ]|(?<=[ぁ-ゖ])の(?=[ぁ-ゖ])){1,20}?${BODY_SUFFIX}(?![${HAN}])`;
const ORG_ALTERNATIVES = `${PUBLIC_KANA_INSTITUTION}|${LEGAL_FORM}\\s?${NAME}{1,30}|${LEGAL_PERSON}\\s?${NAME}{1,30}|${NAME}{1,30}${LEGAL_FORM}|(?:${NAME}|${KANA_PLACES}){1,24}?${BODY_SUFFIX}(?![${HAN}])`;
export const ORG_NAME = new RegExp(ORG_ALTERNATIVES, 'g');
/** The same, anchored: is the whole string one name? (ORG_NAME is lazy and finds 長崎県 in 長崎県物産協会.) */
const WHOLE_ORG_NAME = new RegExp(`^(?:${ORG_ALTERNATIVES})$`);

/** Pronouns, relative words, bodies and desks (ヘルプセンター, 支援センター alone) that are never the victim organisation. */
const NOT_AN_ORG = /^(?:同|本|当|弊|各|全|貴|他|両|旧|新|市|県|都|府|区|町|村|国)(?:市|県|都|府|区|町|村|社|学|院|校|庁|省|農協|漁協|生協|協会|学会|機構|センター|病院|大学|組合|学校|財団|法人|事務所|裁判所|弁護士会|税務署|保育所|保育園|幼稚園)?$|^(?:都内|県内|市内|国内|海外|全国(?![\u4e00-\u9fff]{2,20}(?:協会|連合会|組合|機構|連盟|協議会|団体|センター|財団))|(?:市|県|町|村|区|都|府|道|国)外|(?:町|村|区|府|道)内)|^(?:市立|県立|都立|府立|道立|区立|町立|村立|国立|公立|私立)(?:病院|大学|高校|学校|中学校|小学校|斎場|高等学校|中等教育学校|特別支援学校|義務教育学校|幼稚園|保育園|保育所|こども園)?$|^(?:小|中|小中|小中高|中高|高等|中等教育|義務教育|特別支援|専門|高等専門)?学校$|^[市県府都道町村区]教委|個人情報保護委員会|フィッシング対策協議会|^(?:所轄|管轄|最寄り(?:の)?|地元(?:の)?|近く(?:の)?)?警察署$|^(?:検察(?:庁|当局)?|(?:地方|区|高等)?検察庁|(?:地方|家庭|高等|簡易|最高)?裁判所|地裁|家裁|高裁|(?:法律|会計|税理士|特許)?事務所|税務署)$|(?:防止|保護|対策|措置|基本|促進|公務員|競争|取引|規制)法$|^(?:所属|協力|提携|関係|関連|系列|取引先|委託先|各)(?:学校|病院|会社|企業|団体|機関|省庁|センター|医療機関)$|^(?:地域包括支援センター|労働組合|事務組合|ボランティア団体|政府|大手(?:損保|生保|銀行|証券|企業|メーカー))$|^誤って|(?:ユーザー?|利用者|会員)$|[−—―-]{2}|[0-9０-９]+者$|[\u4e00-\u9fff\u30a1-\u30ff]{2}[がや][\u4e00-\u9fff\u30a1-\u30ff]{2}|^(?:市立|県立|区立|町立|村立|都立|府立|道立|国立|公立|私立)?(?:中央|総合|市民|県民|区民|町民|地域|分館|本館|当|同|本)?(?:図書館|博物館|美術館|科学館|資料館|記念館|文学館|動物園|水族館|植物園)$|消費者庁|(?:犯行|攻撃|ハッカー|ランサムウェア|ランサム|アイドル|ロック|音楽)(?:グループ|集団)$|^(?:帰|登|退|出|在|本|閉|開|来)庁$|^(?:地方|都市|信託|ネット|外資系|大手|中堅)(?:銀行|証券|病院)$|^(?:信用組合|信用金庫|銀行|病院|大学|協会|機構|組合|財団|学園|センター|研究所|クリニック|グループ|ホールディングス|医院|診療所)$|^(?:ヘルプ|サポート|カスタマー|コール|コンタクト|お客様|お客さま|相談|支援|問い合わせ|お問い合わせ|情報)センター$|^客(?:様|さま)(?:相談|問い合わせ|窓口)?センター$|^(?:上下水道局|水道局|下水道局|交通局|病院局|企業局|消防局|消防本部|教育委員会)$|^(?:歯科医院|歯科|動物病院|薬局|介護施設|保育所)$|(?:^|内)(?:認可外?|認定|私立|公立)(?:保育所|保育園)$|(?:都道府県|市区町村|区市町村|市町村)$|^(?:当|弊|同|本)(?:社)?グループ(?:会社)?$|税$|(?:店員|職員|社員|従業員|教諭|教員|巡査長?|警察官|容疑者)$|^[0-9０-９]{1,2}[.．)）]?[ \u3000]|地区$|^(?:インターネット|ネット|SNS|ウェブ|Web)(?:上|グループ)?$|^SNS|(?:データ|情報|書類|ファイル|メール)を|^(?:不正アクセス|不正ログイン|サイバー攻撃|ランサムウェア|マルウェア|ウイルス|フィッシング|システム|サーバー?|データ|ファイル|メール|(?:USB)?メモリー?|(?:ノート)?パソコン|PC|スマートフォン|スマホ|携帯電話|端末|ハードディスク|HDD|書類|資料|名簿|ホームセンター|スーパー|コンビニ|ドラッグストア|百貨店)$|(?:子会社|関連会社|グループ会社)$|^(?:Published|Posted|Updated|Share|Tweet|Home|News|Top|Menu|Search|Login|Security|Date|DATE|date|published|posted|updated)(?:\s|[:：]|$)|^(?:反省|帰省|内省|自省|猛省|人事院?)$|^(?:審査庁|処分庁|行政庁)$|^[0-9０-９一二三四五六七八九十数複]+(?:[市区町村県都府道社校]|中学校|小学校|高校|高等学校|学校|病院|大学|施設|店舗)$|[0-9０-９]+(?:県|府県|都府県|道府県|市|市町|市町村|町村)$|^(?:同一|同じ)|^各(?:市町村?|市区町村|都道府県|府県|自治体)$|^全[0-9０-９]+|^(?:この|その|あの|どの)|^[\u4e00-\u9fff々ヶ]{2,5}市(?:内の?)?(?:中学校|小学校|小中学校|高校|高等学校|学校|幼稚園|保育園|保育所)$|^出身|^本社[・:：]|(?:誤配達|誤送付|誤送信|誤交付|紛失|流出|漏えい|漏洩)$|^[・•◦]?(?:株式会社|有限会社|合同会社)$|^(?:トップページ|ホームページ|サイトマップ|ページの先頭)|^(?:最近|近年|昨今|今回|前回|先日|現在|当時|今後|本日|昨年|今年)|^(?:当該|該当|上記|前記|下記)|^(?:委託先|再委託先|委託元|取引先)|^(?:クリニック|病院|医院|診療所|学校|大学|企業|自治体)・|^\d{1,4}年|^(?:ネット通販|通販|オンラインショップ|ECサイト)$|(?:こと|もの)$|(?:Google|グーグル|Web|WEB|ウェブ|入力|申込|申し込み|応募|問い合わせ|お問い合わせ)フォーム$|(?:調査|分析|対策|解説|まとめ)$/u;

const SITE_SUFFIX = /\s*[|｜]\s*(?<site>[^|｜]{1,60})$/;
/** A news site's name after a colon: 「…―東日本ライフガス:時事ドットコム」「…:毎朝新聞デジタル」. */
const COLON_SITE_SUFFIX = /[:：](?<site>[^:：\s]{1,16}(?:ドットコム|デジタル|新聞|ニュース|NEWS|News|オンライン|Online|電子版|Web|WEB))$/u;
const DASH_ORG = /(?:\s+[-–—－]\s+|―)(?<org>[^-–—－―]{2,40})$/;
const TRAILING_PAREN = /[(（](?<org>[^()（）]{2,40})[)）]\s*$/;
const DASH_TITLE = /^(?<org>[^―—–]{2,40}?)(?:――|—|―|──)/;
const TRAILING_DATE = /\s*(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:令和|平成)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$/;
const LEADING_MARK = /^\s*(?:【[^】]{0,40}】|\d{1,3}[.．]?\s*[■◆●□]\s*|[■◆●▼▶□◇★☆〇○・]+\s*(?:\d{1,2}[.．](?!\d))?|第\s*\d{1,2}\s*位|番外編?|[(（]\d{1,2}[)）]|\d{1,2}[.．](?!\d)|(?:No|NO|no)\.?\s*\d{1,3}(?![\d.]))\s*/;
/** A case's number after the mark (■ケース1 北辰大学:…, 事例2：…), or a digest's day (9月9日(月)鳥羽丘市 …, ・10月7日 株式会社…:): a label, no name. */
const CASE_LABEL = /^(?:(?:ケース|事例|事案|Case|CASE)\s*\d{1,2}[\s:：.．]*|\d{1,2}月\d{1,2}日(?:\s*[(（][月火水木金土日](?:曜日?)?[)）]\s*|\s+|、))/;
const LEGAL_FORM_ALONE = new RegExp(`^(?:${LEGAL_FORM}|${LEGAL_PERSON})$`, 'u');
const HAS_KANA_PARTICLE = /[ぁ-ゖ]/;
const HAS_KATAKANA_OR_LATIN = new RegExp(`[${KATAKANA}A-Za-z]`);
/** A whole string that is a company's name with its legal form, kana allowed: 株式会社みらいテック. */
const CORPORATE_NAME = new RegExp(`^(?:${LEGAL_FORM}|${LEGAL_PERSON})\\s?[^\\s|｜]{1,30}$|^[^\\s|｜]{1,30}${LEGAL_FORM}$`, 'u');
/** The date after a lead subject's は: 「は9月28日、」「は、2024年5月23日に」. */
const LEAD_DATE = `[ \\u3000]?、?(?:現地時間|日本時間|米国時間|ことし|今年|昨年|去年)?(?:(?:\\d{4}年|(?:令和|平成)(?:\\d{1,2}|元)年)?(?:\\d{1,2}[ \\u3000]?月[ \\u3000]?)?\\d{1,2}[ \\u3000]?日(?:付|まで(?=に、)|[0-9]{1,2}時(?:[0-9]{1,2}分)?(?:ごろ|頃)?)?|\\d{1,2}\\/\\d{1,2})${ZONE_ASIDE}?[、に]`;
/**
 * The lead sentence of a news story: 「静岡県島田市は9月28日、」「日本がん治療認定医機構(事務局:…)は3月22日、」.
 * A は that is not the topic's (one not followed by the date) may be part of the name: 「株式会社はなまる商会は11月13日、」.
 */
const LEAD_SUBJECT = new RegExp(`(?:^|[。\\n])\\s*(?:【[^】\\n]{1,16}】)?(?<org>(?:[^。\\n、は]|は(?!${LEAD_DATE})){2,60}?)(?:[(（][^()（）]{0,30}[)）])?(?<particle>[はが])${LEAD_DATE}`, 'u');
/** A sentence opening with its day, its subject announcing after it: 「2020年11月17日、Peatix Japanは…と発表しました」. */
const DAY_LED_SUBJECT = /(?:^|[。\n])[ \u3000]*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}\/\d{1,2}\/\d{1,2})、(?<org>[^。\n、「」はがを]{2,30}?)(?:[(（][^()（）]{0,30}[)）])?は、?[^。\n]{0,160}?(?:(?:と|を)(?:発表|公表)し|を明らかにし)/u;
/** A Latin name of a few words: Peatix Japan, LDH JAPAN. */
const SPACED_LATIN_NAME = /^[A-Z][A-Za-z0-9&.'-]*(?: [A-Za-z0-9&.'-]+){1,3}$/u;
/** A company with its legal form that runs what the lead tells of: 「ぴあ株式会社が運営する」. */
const CORPORATE_RUNNER = /(?<name>(?:株式会社|有限会社|合同会社)[^\s、。「」()（）をがはの]{1,20}|[^\s、。「」()（）をがは]{1,20}?(?:株式会社|有限会社|合同会社))が(?:運営|提供|展開)する/u;
/** A school a prefecture or municipality runs: 北浜市立東小学校, 県立北浜高等学校. */
const RUN_SCHOOL = /[都道府県市区町村]立[^\s]*(?:学校|幼稚園|保育園|保育所|こども園)$/u;
/**
 * A school a named prefecture or municipality runs, told by its kind alone: 北浜市立小学校, 中之条町立の学校, 江戸川区立小学校. No
 * organisation one can track by itself: a lead's place of the incident (orgFromBody) and a found name (incidentOrg) give its runner.
 */
export const UNNAMED_PUBLIC_SCHOOL = /^(?<place>[\u4e00-\u9fff々ヶ]{1,10}[都道府県市区町村])立(?:の)?(?:小学校|中学校|小中学校|高等学校|高校|学校|義務教育学校|中等教育学校|特別支援学校|幼稚園|保育園|保育所|こども園)$/u;
/** A lead naming where its incident happened: 「山口県信用保証協会にてメールアカウントが不正アクセス被害。」「ことし1月、北浜県健康づくり事業団で、…がランサムウエアによるサイバー攻撃を受けた」. */
const WHERE_LEAD = /(?:^|[。\n])[ \u3000]*(?:(?:この度|このたび|今般|先般|本日|(?:ことし|今年|昨年|去年|\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)、)?(?<org>(?:(?![がをはにでと])[^。\n、「」()（）\s]){2,30}?)(?:にて|において|で(?=、))、?[^。\n]{0,80}?(?:不正アクセス|漏えい|漏洩|流出|紛失|誤送信|誤送付|誤交付|盗難|閲覧可能|ランサム|サイバー攻撃)/u;
/** WHERE_LEAD's name in quotes, opening the lead: 「「NTTコムリサーチ」において、登録されたお客さまご本人以外の第三者による不正なログイン」. */
const QUOTED_WHERE_LEAD = /(?:^|[。\n])[ \u3000]*「(?<org>[^「」。、\n]{2,30})」(?:にて|において)、?[^。\n]{0,80}?(?:不正アクセス|不正(?:な)?ログイン|漏えい|漏洩|流出|紛失|誤送信|誤送付|誤交付|盗難|閲覧可能|ランサム|サイバー攻撃)/u;
/** A prefecture's name: 東京都, 北海道, 大阪府, 群馬県. */
export const PREFECTURE = '(?:東京都|北海道|(?:京都|大阪)府|[\\u4e00-\\u9fff]{2,3}県)';
/** A news lead's dateline: a town within a city, then a comma (長崎市大谷町、, 北浜県南浦市東町、). */
const TOWN_DATELINE = new RegExp(`^\\s*${PREFECTURE}?[\\u4e00-\\u9fff々ヶ]{1,6}市[\\u4e00-\\u9fff々ヶ]{1,6}(?:町|村|区)、`, 'u');
/** How far into a body its dateline may reach. */
const TOWN_DATELINE_REACH = 32;
/**
 * A news lead's subject that is a body's staff, the body after its place: 「三重県の市立四日市病院の男性技師が、」. (Only after a place:
 * a board's own notice 「東ケ丘小学校の教諭が、…」 is the board's.)
 */
const STAFF_OF_BODY = new RegExp(`(?:^|[。\\n])[ \\u3000]*${PREFECTURE}(?:[\\u4e00-\\u9fff々ヶ]{1,6}(?:市|区|町|村))?の(?<org>[^。\\n、「」()（）\\sのがはを]{2,30}?)の(?:[^。\\n、]{0,10}?)(?:職員|社員|従業員|技師|看護師|医師|教諭|教員|事務員|薬剤師|スタッフ)(?:[(（][^()（）]{0,6}[)）])?(?:が|は)、`, 'u');
/** Where its incident happened, described by its seat: 「大阪市の日本橋に拠点を置く「北浜信用金庫」で、…帳票を誤って廃棄」. */
const SEATED_WHERE = /(?:拠点|本社|本店|本部)を(?:置く|構える)「?(?<org>[^。\n、「」()（）\s]{2,30}?)」?(?:で|では|にて|において)、/u;
/** A public office's name, kanji alone: 伊勢崎保健福祉事務所, 北浜市役所, 東浜町役場, 南浦税務署. */
const PUBLIC_OFFICE = /^[\u4e00-\u9fff々ヶ]{2,20}(?:事務所|役所|役場|出張所|税務署)$/u;
/** A regulator acting against an organisation: 「個人情報保護委員会は、四谷大塚に対して、…行政指導を実施」. */
const REGULATOR_ACTED_ON = /(?:個人情報保護委員会|総務省|経済産業省|金融庁|厚生労働省|文部科学省|国土交通省|観光庁)(?:は|が)、?(?:[^。、]{0,12}、)?(?<org>[^、。「」()（）\s]{2,30}?)(?:に対(?:して|し)|へ)、?[^。]{0,60}?(?:行政指導|指導|勧告|命令|行政処分|報告徴収|立入検査)/u;
/** A lead whose subject is several names apart by commas, dated: 「楽天、楽天カード、楽天Edyは12月25日、」. */
const JOINT_LEAD = new RegExp(`(?:^|[。\\n])[ \\u3000]*(?<org>${NAME}{2,20})(?:、${NAME}{2,20}){1,4}(?:の[0-9０-９一二三四五]社)?は${LEAD_DATE}`, 'u');
/** A lead's particle and day (「は9日、」「が、3月28日に」): where every LEAD_SUBJECT match ends. */
const LEAD_TAIL = new RegExp(`[はが]${LEAD_DATE}`, 'u');
/** LEAD_SUBJECT, global, to search from an offset. */
const LEAD_SUBJECT_FROM = new RegExp(LEAD_SUBJECT.source, 'gu');
/**
 * How far before its particle a lead may start, in UTF-16 units: the boundary, a wire's dateline (【ニューヨーク共同】, 18),
 * a name of 60 code points and an aside of 32 (two units each at most), spaces after the boundary aside.
 */
const LEAD_REACH = 1 + 2 * 18 + 2 * 60 + 2 * 32;

/**
 * LEAD_SUBJECT.exec(body), the same match, without trying the pattern (a lazy 60-character name with a
 * look-ahead at each は) at every sentence of a body with no lead: it is tried only from LEAD_REACH
 * before the first particle-and-day, the earliest place a match can start (5 % of the engine before).
 */
/** What a news lead says its subject is before a comma: 「宮城県仙台市の書籍販売会社、」「大阪の食品メーカー、」. */
const LEAD_DESCRIPTION = /(?:^|[。\n])[ \u3000]*[^。\n、「」]{1,30}?(?:会社|メーカー|企業|大手|事業者|業者|チェーン|法人|団体)、/u;
/** The matter a news lead opens with before its subject (「…ハッキング被害が続出していた問題で、」): looked for only where 問題で、 and the like stand. */
const LEAD_MATTER = /(?:^|[。\n])[ \u3000]*[^。\n]{4,80}?(?:問題|事件|騒動)で、/u;
/** The event a news lead opens with before its subject (「ランサムウェアの被害に遭い、…を進めてきたミナトゲームスは4/13、」). */
const LEAD_EVENT = /(?:^|[。\n])[ \u3000]*[^。\n]{4,80}?(?:被害に遭い|被害を受け|攻撃を受け|感染し)、/u;
/** A lead's opening clause before what its subject runs (「東海4県(岐阜、静岡…)の全34信用金庫が出資し、信金の一部業務を手がける…は9日までに、」). */
const LEAD_BEFORE_RUNNER = /(?:^|[。\n])[ \u3000]*[^。\n]{4,100}、(?=[^。\n、]{1,40}?(?:を手がける|を手掛ける|を運営する|を展開する|を経営する|を担う))/u;
/** A lead whose subject comes after its description and a comma (「宮城県仙台市の書籍販売会社、株式会社あおば書房は9月17日、」). */
function describedLead(body: string): RegExpExecArray | null {
  const head = body.slice(0, LEAD_CHARS);
  const d =
    LEAD_DESCRIPTION.exec(head) ??
    (head.includes('を手がけ') || head.includes('を手掛け') || head.includes('を運営') || head.includes('を展開') || head.includes('を経営') || head.includes('を担う') ? LEAD_BEFORE_RUNNER.exec(head) : null) ??
    (head.includes('で、') && (head.includes('問題') || head.includes('事件') || head.includes('騒動')) ? LEAD_MATTER.exec(head) : null) ??
    (head.includes('被害') || head.includes('攻撃を受け') || head.includes('感染し') ? LEAD_EVENT.exec(head) : null);
  if (!d) return null;
  const from = d.index + d[0].length;
  const m = LEAD_SUBJECT.exec(body.slice(from));
  if (!m || m.index !== 0) return null;
  // 「…不正アクセスを受けた問題で、会社は25日、」: a subject that names nobody leaves the lead to a later sentence.
  if (UNNAMED_SUBJECT.test(m.groups!.org!.trim())) return null;
  m.index += from;
  return m;
}
/** A closing bracket ending a subject. */
const ASIDE_CLOSE_END = /[)）]\s*$/u;
/** A subject that names nobody: 会社, 同社, 市, 病院. */
const UNNAMED_SUBJECT = /^(?:会社|同社|当社|同市|同町|同村|同県|同院|同大|同校|市|県|町|村|区|病院|大学|学校|協会|団体)$/u;
/** The match that starts first. */
function earlier(a: RegExpExecArray | null, b: RegExpExecArray | null): RegExpExecArray | null {
  return !a ? b : !b ? a : b.index < a.index ? b : a;
}

export function leadSubject(body: string): RegExpExecArray | null {
  return execNearTail(body, LEAD_SUBJECT, LEAD_SUBJECT_FROM, LEAD_TAIL, LEAD_REACH);
}

/**
 * pattern.exec(body) for a pattern led by (?:^|[。\n])\s* whose every match ends with a `tail` match and
 * starts at most `reach` units (spaces after the boundary aside) before that tail's start: tried only from
 * there (`global` is the same pattern with the g flag).
 */
function execNearTail(body: string, pattern: RegExp, global: RegExp, tail: RegExp, reach: number): RegExpExecArray | null {
  const first = tail.exec(body);
  if (!first) return null;
  let from = first.index - reach;
  if (from <= 0) return pattern.exec(body);
  // The spaces after a match's boundary have no bound: a match may start before a run of them.
  while (from > 0 && /\s/u.test(body[from - 1]!)) from--;
  global.lastIndex = Math.max(0, from - 1);
  return global.exec(body);
}

/** The company that ends a lead subject: 「大手の株式会社ひかり学習社」→ 株式会社ひかり学習社 (kana allowed). */
// Only a leading legal form: a trailing one (…する株式会社X) would swallow the words before the name.
// An の between kana belongs to the name (特定非営利活動法人こどもの森ネット); after a kanji or katakana
// name it joins another (株式会社Aの子会社).
const CORPORATE_TAIL = new RegExp(`(?:${LEGAL_FORM}|${LEGAL_PERSON})[ \\u3000]?(?:[^の、\\s]|(?<=[ぁ-ゖ])の(?=[ぁ-ゖ\\u4e00-\\u9fff])){1,30}$`, 'u');
/** A foreign company's name with its legal form ending a lead's subject: Strivora Inc., Acme Co., Ltd. */
const FOREIGN_CORPORATE_END = /(?<name>[A-Z][A-Za-z0-9&'.-]*(?:[ ][A-Za-z0-9&'.,-]+)*?[ ,]*(?:Inc\.|Corp\.|Corporation|Co\.,?[ ]?Ltd\.|Ltd\.|LLC|GmbH|Limited|plc|AG))$/u;
/** A name after its trade and の ending a lead's subject: 保険代理店のあけぼの保険サービス. */
const TRADE_NAME_END = /(?:代理店|会社|メーカー|業者|大手|中堅|チェーン|事業者|事業|企業|ベンダー|運営会社)の(?<name>[^、。「」()（）\s]{2,20})$/u;
/** Such a name holds katakana or kanji and no particle but の (あけぼの): not a phrase. */
const TRADED_NAME = new RegExp(`^(?=.*[${KATAKANA}${HAN}])(?:(?![はがをにでと])[^、。\\s]){2,20}$`, 'u');
/** A service, not its operator: …が運営する予約サイト. */
const SERVICE_END = /(?:サイト|サービス|アプリ|システム|ページ)$/u;
/** A company's name ending in サービス or システム after a katakana word of its trade: ハルヤフードサービス, エムケイシステム (not 会員サービス). */
const COMPANY_SERVICE_END = /[\u30a1-\u30ffー]{3,}(?:サービス|システム)$/u;
/** The name after 運営する/展開する/手がける… ending a lead's subject: …を運営するリズモ. */
/** What a company does before its name: 運営する, 販売している, 手がける. */
const OPERATOR_VERB = '(?:(?:運営|展開|提供|手がけ|手掛け|経営|販売|製造|開発)(?:する|している)|手(?:が|掛)け(?:る|ている))';
const OPERATOR_NAME_END = new RegExp(`${OPERATOR_VERB}(?<name>${NAME}{2,20})$`, 'u');
/** A name with katakana or Latin after a relative clause's verb: 「…から業務を受託するミナト信金ビジネスは」「…を進めてきたミナトゲームスは」. */
const RELATIVE_NAME_END = new RegExp(`(?:[うくぐすつぬぶむる]|した|して(?:いる|いた|きた)|てきた|ている|ていた|された)(?<name>${NAME}{2,24})$`, 'u');
/** A name after a description and の: 「消費者金融のミナトクレジット」 (a katakana or Latin name, read by the caller). */
const DESCRIBED_NAME_END = new RegExp(`の(?<name>${NAME}{2,24})$`, 'u');
/** A katakana or Latin name right after the kind of business it is: 「国内大手暗号資産取引所コインチェック」. */
const KIND_THEN_NAME_END = /(?:取引所|交換業者|会社|企業|メーカー|事業者|業者|チェーン|代理店|販売店|専門店)(?<name>[\u30a1-\u30ffーA-Za-z][\u30a1-\u30ffー・A-Za-z0-9&.]{2,24})$/u;
/** Where a lead's description ends in a katakana or Latin name, in the order they are tried. */
const PLAIN_NAME_ENDS = [DESCRIBED_NAME_END, RELATIVE_NAME_END, KIND_THEN_NAME_END];
/** A katakana or Latin name that is no thing, service or phrase: what a lead's description may end with. */
function isPlainCompanyName(name: string): boolean {
  return PLAIN_NAME.test(name) && !GENERIC_THING.test(name) && !SERVICE_END.test(name) && !NOT_AN_ORG.test(name);
}
/** A name of kanji alone after a description and の, as a lead's subject with its seat after it: 「物流サービスの関通(尼崎市)は」. */
const DESCRIBED_KANJI_NAME_END = /の(?<name>[\u4e00-\u9fff々ヶ]{2,12})$/u;
/** A Latin name (words, spaces between) after a description in Japanese and a space: 「芸能事務所 LDH JAPAN」. */
const SPACED_LATIN_NAME_END = /[^\sA-Za-z0-9][ \u3000](?<name>[A-Z][A-Za-z0-9&.'-]*(?: [A-Za-z0-9&.'-]+){0,3})$/u;
/** What runs or sells something, then a name of a hiragana head and a kanji tail (…を販売するたしろ薬品). */
const OPERATOR_KANA_NAME_END = new RegExp(`${OPERATOR_VERB}(?<name>[ぁ-ゖ]{2,8}[\\u4e00-\\u9fff々ヶ]{1,6})$`, 'u');
const OPENING = new Set([0x28, 0xff08]); // ( （
const CLOSING = new Set([0x29, 0xff09]); // ) ）
/** A name that is a place: ends with a municipality's or prefecture's unit. */
const PLACE_END = /(?:都|道|府|県|市|区|町|村)$/u;
/** Words of what happened, never of a name: a headline's first phrase 「カード情報流出」. */
const INCIDENT_PHRASE = /流出|漏え|漏洩|不正|情報|被害|攻撃|紛失|盗難|誤送|感染/u;
/** A company a story names in quotes after its trade: 通販会社「ミドリノ生活」, 開発会社「…」. */
const QUOTED_COMPANY = /(?:会社|メーカー|業者|法人|大手|チェーン|事業者|代理店|販売店|企業)「(?<name>[^「」。、\s]{2,30})」/u;
/**
 * A company a news lead names after its trade, without a legal form: 「保険代理店のライフデザイン・パートナーズにおいて、」
 * 「化粧品メーカーのハルノコスメは、」「スタートアップ企業のミチルワークス(東京都渋谷区)は」 (a katakana or Latin name
 * only: a kanji phrase there is no name; an aside only of a place, not 「サーバールーム（という名の物置）は」).
 */
const TRADE_NAMED = /(?:^|[。\n])\s*[^。\n、]{0,15}?(?:代理店|メーカー|(?<!株式|有限|合同|合資|合名|相互)会社|企業|大手|事業者|事業|ベンダー|販売店|業者|専門店|運営元)[の・](?<name>[\u4e00-\u9fff]{0,4}[\u30a1-\u30ffーA-Za-z][\u30a1-\u30ffー・A-Za-z0-9&.]{2,29})(?:[(（](?:本社[:：=])?[^()（）]{0,12}(?:都|道|府|県|市|区|町|村)[^()（）]{0,10}[)）])?(?:において|では|で|は|が)(?![\u30a1-\u30ff])/u;
/** A company with its legal form, named after what it runs, then a comma or a particle: 「…を運営する株式会社ためトクネット、」. */
const RUNNING_COMPANY = /(?:運営|展開|経営|提供)する(?<name>(?:株式会社|有限会社|合同会社)[^\s、。「」()（）]{2,20}?|[^\s、。「」()（）]{2,20}?(?:株式会社|有限会社|合同会社))(?=[、は が]|[(（]|\s)/u;
/** A company named with its legal form after its name, after what it runs: 「…を運営するたびやど株式会社」. */
const RUNNING_COMPANY_END = /(?:運営|展開|経営|提供)する(?<name>[^\s、。「」()（）]{2,20}(?:株式会社|有限会社|合同会社))$/u;
/** The hiragana run at the start or right after a の, ending the text: さくら in 「旅行会社のさくら」, たびまど. */
const KANA_AFTER_NO = /(?<=^|の)[ぁ-ゖ]{2,8}$/u;
/** A legal person and the institution it runs, a space between: 「地方独立行政法人なぎさ市立病院機構 なぎさ市民病院」. */
const PERSON_AND_INSTITUTION = new RegExp(`^${LEGAL_PERSON}\\S{1,30}[\\s\u3000](?<institution>\\S{2,30})$`, 'u');
function personAndInstitution(subject: string): boolean {
  const institution = PERSON_AND_INSTITUTION.exec(subject)?.groups!.institution;
  return institution !== undefined && ENDS_LIKE_ORG.test(institution);
}

/** What a subject says it runs before naming itself: 「…を運営する」「…を展開する」. */
const OPERATOR_OF = /^.*(?:を|が)(?:運営|経営|展開|設置)(?:する|している)/u;
/** A name founded by a public body: 県立…, 市立…. */
const PUBLIC_FOUNDER = /^(?:都|道|府|県|市|町|村|区)立/u;
/** A place's kanji right before such a name (岡見 in 岡見県立…), not a pronoun (同, 本, 当, 各, 全). */
const PLACE_STEM = /(?<![\u4e00-\u9fff])(?![同本当各全他])[\u4e00-\u9fff]{1,4}$/u;
/** A municipality's name: it ends with 市, 町, 村 or 区. */
export const MUNICIPALITY_END = /(?:市|町|村|区)$/u;
/** A heading with no space, punctuation or dash: possibly a name alone. */
const NAME_ONLY = /^[^\s、。,，:：―—－「」『』()（）【】]+$/u;
/** A page title's last part after a spaced dash: 「… - 和泉沢市ホームページ」「… – らくよやく ヘルプセンター」. */
const DASH_SITE = /\s[-–—－]\s(?<site>[^-–—－|｜]{2,40})$/u;
/** Words a site's name ends with that name its kind of page, not its owner. */
const SITE_PAGE_WORDS = /\s*(?:公式)?(?:ホームページ|ウェブサイト|Webサイト|サイト)$|\s*(?:ヘルプセンター|サポートセンター|サポートサイト|よくあるご質問|FAQ)$/u;
/** A site part naming an issuer's page of releases on a press-release site: …のプレスリリース. */
export const RELEASES_PAGE = /の(?:プレスリリース|ニュースリリース|リリース一覧|お知らせ)$/u;
/** How far into a body its lead sentence may start (a trade-named company is read there only). */
const LEAD_CHARS = 300;
/** A municipality named by a page title's site part: みなみ野市, 北浦町 (no particles). */
const SITE_MUNICIPALITY = /^(?:(?![のがをはでにへともや])[ぁ-ゖ\u3400-\u9fff々]){1,6}(?:市|町|村|区)$/u;
/** A legal form or legal person first. */
const LEADING_LEGAL = new RegExp(`^(?:${LEGAL_FORM}|${LEGAL_PERSON})`, 'u');
/** A lone hiragana between other letters: a particle (…商会が不正…), not a word of a name. */
const LONE_KANA = /(?:^|[^ぁ-ゖ])[ぁ-ゖ](?:[^ぁ-ゖ]|$)/u;
/** A numbered item's label before its colon: 「1. 株式会社しらかば堂：」. */
/** A trade or place in brackets ending a name before its colon: (小売業), (東京都港区); not a legal form's (株). */
const TRADE_ASIDE_END = /\s*[(（](?![株有])[^()（）]{1,16}[)）]$/u;
/** A mailing list's tag and reply or forward marks before a subject: 「[labsys-l:03417] Fwd: 」「[list:12] Re: Fwd: 」. */
const LIST_SUBJECT_PREFIX = /^\[[^\]\s]{1,40}\]\s*(?:(?:Fwd?|FW|Re|RE|転送)\s*[:：]\s*)*/u;
/** A blog's name and a colon before a post's bracketed title (Blogger's <title>). */
const BLOG_NAME_PREFIX = /^[^【\s:：]{1,30}[:：]\s*(?=【)/u;
/** An image's credit line: 「画像:虎の門病院より引用」「写真:Club TOHOGASより」. */
const IMAGE_CREDIT_LINE = /^\s*(?:画像|写真|図|イメージ)[ \u3000]*[:：][ \u3000]*(?<name>[^\n]{1,40}?)より(?:引用|転載)?\s*$/u;
/** A citation's label before the cited notice's title: 「出典:中国電力株式会社 当社の…について」「引用元:…」. */
const CITATION_PREFIX = /^(?:出典|引用元|引用|参照元|参考|ソース|情報元|Source)[ \u3000]*[:：][ \u3000]*/u;
const NUMBERED_LABEL = /^\d{1,2}[.．、)）]\s*(?<org>[^：:|｜。]{2,40})[：:|｜]/u;
/** A name and its shop's or service's name in quotes, nothing else: 株式会社はるかぜ珈琲「はるかぜ珈琲オンラインストア」. */
const NAME_WITH_SHOP = /^(?<org>[^「」\s。、]{2,40})\s*「[^「」]{1,40}」$/u;
/** An item's name before a colon, its mark gone: 「北辰大学:研究室サーバーが…」. */
const ORG_BEFORE_COLON = /^(?<org>[^：:|｜。\s]{2,40})[：:|｜]/u;
/** A compilation's item labelled with its organisation: 「1. 組織名:株式会社ミナトリビング」. */
const LABELLED_ORG = /^\s*\d{1,2}[.．、)）]\s*(?:組織名|団体名|企業名|事業者名|法人名|社名|機関名)\s*[:：]\s*(?<org>\S.{1,40})$/u;
/** A quoted name ending a lead's subject: …を運営する「みらい進学舎」, …市の「みなと中央病院」, 「エフエム東京(TOKYO FM)」 (its aside no part of it). */
const QUOTED_NAME_END = /「(?<name>[^「」。、\s(（]{2,30})(?:[(（][^()（）「」\n]{1,24}[)）])?」$/u;
/** A quoted name after a clause or a noun that describes it: …に本社がある「…」, …を運営する「…」, 住宅設備会社「…」. */
const DESCRIBED_QUOTE_END = /(?:本社(?:を置く|がある|のある)|拠点(?:を置く|がある)|を運営する|を展開する|を手がける|を手掛ける|(?:会社|企業|メーカー|業者|事業者|法人|団体|販売店|専門店|チェーン|大手))「[^「」。、\s]{2,30}」$/u;
/** A public enterprise's name ends so (水道局, 交通局, 病院局, 企業局). */
const ENTERPRISE = /(?:水道局|交通局|病院局|企業局)$/u;
/**
 * A public body named with the department that acts: 「このたび、北浦市健康福祉部介護保険課において、」
 * 「静岡県島田市総務課が」. The body's name is the longest run ending like a municipality (greedy), the
 * departments after it are dropped.
 */
const BODY_WITH_DEPARTMENT = new RegExp(
  `(?:^|[。\\n、])\\s*(?<org>[${HAN}]{1,12}(?:都|道|府|県|市|町|村|区))(?:[${HAN}]{1,12}?(?:部|課|局|室|係|班))+(?:において|では|にて|が|は)`,
  'u',
);
/** Does a line before `before` start with `name` and a headline's comma (「カプコン、不正アクセスで…」)? */
function headlineLeadsWith(body: string, name: string, before: number): boolean {
  for (let at = body.indexOf(`${name}、`); at >= 0 && at < before; at = body.indexOf(`${name}、`, at + 1)) {
    const lineStart = body.lastIndexOf('\n', at - 1) + 1;
    if (body.slice(lineStart, at).trim().replace(/^[•・]\s*/u, '') === '') return true;
  }
  return false;
}
/** Who runs a service, as the subject of what befell it: 「…「Omiai」を運営するネットマーケティングが外部から…」. */
const RUNNER_SUBJECT = new RegExp(`を運営する(?<org>${NAME}{2,24}?)が(?:外部|第三者|不正|サイバー|ランサム)`, 'u');
/** A sentence's topic: 「市立みなと病院は、」 (checked with ENDS_LIKE_ORG, since names may hold kana). */
const SUBJECT_TOPIC = /(?:^|[。\n])\s*(?<org>[^。\n、はがをにで「」]{2,25}?)は、/u;
/** Where every SUBJECT_TOPIC match ends, and how far before it the match starts: a boundary and 25 code points. */
const SUBJECT_TAIL = /は、/u;
const SUBJECT_TOPIC_FROM = new RegExp(SUBJECT_TOPIC.source, 'gu');
const SUBJECT_REACH = 1 + 2 * 25;

/** SUBJECT_TOPIC.exec(body), tried only near the first 「は、」 (see execNearTail). */
export function subjectTopic(body: string): RegExpExecArray | null {
  return execNearTail(body, SUBJECT_TOPIC, SUBJECT_TOPIC_FROM, SUBJECT_TAIL, SUBJECT_REACH);
}
/** A phrase ending like a public body or institution (市立病院). */
const ENDS_WITH_BODY_SUFFIX = new RegExp(`${BODY_SUFFIX}$`, 'u');
const ENDS_LIKE_ORG = new RegExp(`(?:${BODY_SUFFIX}|${LEGAL_FORM})$`, 'u');
/** 「東芝テックが利用する…」「ナイスユニ、…」: a headline that starts with a bare name and a particle. */
const LEADING_NAME = new RegExp(`^(?<org>${NAME}{2,20}?)(?:、|が|で|は)`);
/** Things, not organisations, that headlines start with (and incidents: 「カルテ目的外閲覧で看護師を処分」). */
const GENERIC_THING =
  /(?:サイト|システム|サーバー?|アカウント|メール|データ|ファイル|ネットワーク|クラウド|サービス|アプリ|ページ|ソフト|ウェア|ツール|ID|パスワード|SNS)$|^(?:インターネット|ネット|ウェブ|Web|WEB)(?:上)?$|ランサム|マルウェア|ウ[イィ]ルス|フィッシング|攻撃|被害|感染|事故|事案|不正|漏えい|流出|セキュリティ|ニュース|閲覧|紛失|盗難|誤送|誤交付|誤廃棄|置き忘れ|持ち出し/u;
/** A bare name: kanji, katakana, Latin letters and joiners only, with at least one katakana or letter. */
const PLAIN_NAME = new RegExp(`^(?=.*[${KATAKANA}A-Za-z])${NAME}{2,24}$`);
/** Police and prosecutors: the announcer of an arrest, not the organisation that lost the data. */
const LAW_ENFORCEMENT = /警視庁|県警|府警|道警|警察|検察|地検|地方検察庁|裁判所|地裁|家裁|高裁|最高裁/u;
/** An arrest story: 逮捕, 書類送検, 摘発, …の疑いで. */
const ARREST = /逮捕|送検|摘発|起訴|容疑者|疑いで|判決|公判|求刑/u;
/** The police's own staff in the story: then the police may well be the organisation that lost the data. */
const POLICE_STAFF = /警察官|警部|巡査|署員|警察職員|県警職員|検察官|検察事務官|書記官|裁判官|事務官/u;

/**
 * An arrest story headlined with the police that announced it (「…男を逮捕 警視庁」): the police are no victim
 * unless their own staff did it (巡査部長を懲戒処分).
 */
export function isPoliceArrestStory(name: string, body: string): boolean {
  return LAW_ENFORCEMENT.test(name) && ARREST.test(body) && !POLICE_STAFF.test(body);
}
/** What follows a third party's name: 「警視庁に相談」「警察へ届け」「委託先と」「カード会社から連絡」. */
const THIRD_PARTY_AFTER = /^(?:に(?!よ)|へ|と|から|より)/u;
/** A place's house number after it: an address (小松町1番70号, 池浦町1丁目). */
const ADDRESS_AFTER = /^[0-9一二三四五六七八九十]+(?:番|丁目|-)/u;
/** 弊社(株式会社X) / 当社(X) */
const SELF_REFERENCE = /(?:弊社|当社|当協会|本学|当院|本市|当法人)\s?[(（](?<org>[^()（）]{2,40})[)）]/u;

/** Latin words with spaces (Bright Path Japan): a name of its own only next to a legal form. */
const LATIN_WORDS = "[A-Za-z][A-Za-z0-9&'.-]*(?:\\s[A-Za-z0-9&'.-]+)+";
const COMPANY_FORM = '(?:株式会社|合同会社|有限会社)';
/** A company whose name is Latin words with spaces, its legal form first or last: Nordlicht Japan合同会社, 株式会社 ACME Japan. */
export const LATIN_CORPORATE = `(?:${COMPANY_FORM}\\s?${LATIN_WORDS}|${LATIN_WORDS}\\s?[\\u30a1-\\u30ffー]*${COMPANY_FORM})`;
/** A headline that starts with such a name: 「Bright Path Japan株式会社、求人応募者の…」. */
const LEADING_LATIN_CORPORATE = new RegExp(`^${LATIN_CORPORATE}(?=[、,，\\s]|$)`, 'u');

/** The hiragana run ending a string, after its start or a space (ひかり before 台総合病院). */
const LEADING_KANA = /(?<=^|[\s\u3000])[ぁ-ゖ]{2,8}$/u;

/** Is the whole string one organisation's name (kanji, katakana, Latin; not a pronoun or regulator)? */
export function isOrgName(s: string): boolean {
  return WHOLE_ORG_NAME.test(s) && !NOT_AN_ORG.test(s);
}

/**
 * Hiragana names not in the gazetteer, accepted only as a news lead's subject and never a run of
 * function words (このため市は, そのうち町は): 「ひまわり市は12月5日、」.
 */
const KANA_MUNICIPALITY = /^[ぁ-ゖ]{2,6}(?:市|町|村)(?:教育委員会|役場|議会)?$/u;
/**
 * 「みなみ信用金庫は12月9日、」: a hiragana name and an institution's suffix, as a lead subject; a region's name may
 * come first (北陸みらい信用金庫), never followed by a particle (市内のさくら病院 is a phrase).
 */
const KANA_INSTITUTION = new RegExp(`^(?:[${HAN}]{1,4}(?![のがはをにでともへや]))?[ぁ-ゖ]{2,8}[${HAN}${KATAKANA}ー]{0,12}${BODY_SUFFIX}$`, 'u');
const FUNCTION_WORDS = /^(?:この|その|あの|どの|また|なお|さらに|ただし|しかし|ところが)|ため|ので|から|まで|うち/u;
function isKanaName(s: string): boolean {
  return (KANA_MUNICIPALITY.test(s) || KANA_INSTITUTION.test(s)) && !FUNCTION_WORDS.test(s);
}

/** A company's name with katakana, a short kanji head allowed (東日本ライフガス, ミナトフーズ), no thing or field's word. */
const KATAKANA_COMPANY = /^[\u4e00-\u9fff々]{0,6}[\u30a1-\u30ffー・]{3,20}$/u;
/** A katakana name with its trade after it: ダイレクト出版, ミナト書房, ハルカゼ物産. */
const KATAKANA_TRADE_NAME = /^[\u30a1-\u30ffー・]{3,16}(?:出版|書房|書店|産業|物産|興業|通信|電気|電子|化学|食品|薬品|精機|技研|印刷|不動産|観光|交通|物流|企画|放送|新聞|工房|製菓|酒造|醸造|商店|商会|住宅|住建|ホーム)$/u;
function isKatakanaCompany(s: string): boolean {
  return KATAKANA_COMPANY.test(s) && !GENERIC_THING.test(s) && !NOT_AN_ORG.test(s);
}

/** Is the whole string a municipality with a hiragana name (みずほ市, not このため市)? */
export function isKanaMunicipality(s: string): boolean {
  return KANA_MUNICIPALITY.test(s) && !FUNCTION_WORDS.test(s);
}

/** Is the whole string a company or legal person with its legal form, kana allowed (株式会社みらいテック)? */
export function isCorporateName(s: string): boolean {
  return CORPORATE_NAME.test(s);
}

/** Does the string end like an institution's or a company's name (…病院, …大学, …株式会社)? */
export function endsLikeOrg(s: string): boolean {
  return (ENDS_LIKE_ORG.test(s) || (isKanjiCompany(s) && !GENERIC_COMPANY.test(s) && !SELF_OR_SAME.test(s))) && !NOT_AN_ORG.test(s);
}

/** Does `s` read as an organisation's name: a known form, a legal form, or an institution's ending? */
export function readsAsOrg(s: string): boolean {
  return isOrgName(s) || isCorporateName(s) || endsLikeOrg(s);
}

/** A given name after a short family name on a byline line: 「 幸博」 then the line's end. */
const BYLINE_GIVEN_NAME_AFTER = /^[ \u3000][\u4e00-\u9fff々]{1,3}(?:\n|$)/;

/** All organisation-like names in s, in order, excluding pronouns and regulators. */
export function findOrgNames(s: string): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  ORG_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORG_NAME.exec(s))) {
    const t = m[0].trim();
    // 「勝村 幸博」: a byline's family name before the given name (a 村 ending is no village).
    if (t.length <= 3 && BYLINE_GIVEN_NAME_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    if (NOT_AN_ORG.test(t) || t.length < 2) continue;
    // 「…連合会虎の門病院」「森の宮病院」: a place name of one kanji, の and more is part of the name, not a place before it.
    const placeHead = PLACE_NAME_HEAD.exec(s.slice(Math.max(0, m.index - 3), m.index));
    out.push(placeHead && /^[\u4e00-\u9fff]/u.test(t) && !HAS_LEGAL_FORM_START.test(t) ? { text: placeHead[1]! + t, index: m.index - 2 } : { text: t, index: m.index });
  }
  return out;
}
/** A name that starts with its legal form: 株式会社…, 医療法人…. */
const HAS_LEGAL_FORM_START = new RegExp(`^(?:${LEGAL_FORM})`, 'u');
/** One kanji and の right before a name, after no kanji or after a body's last word (連合会, 法人): 虎の, 森の. */
const PLACE_NAME_HEAD = /(?:^|[^\u4e00-\u9fff]|[会団社人])((?![社会所局課部者家店館校院省庁県市町村区都府道国業])[\u4e00-\u9fff]の)$/u;

/** A legal form anywhere (株式会社, ㈱…). */
const HAS_LEGAL_FORM = new RegExp(LEGAL_FORM, 'u');

/**
 * The body's organisation: its first name with a legal form, else its first name. The scan stops as
 * soon as the answer is known (a body without any legal form needs only its first name).
 */
function firstOrgName(s: string, skipPolice = false): { text: string; index: number } | undefined {
  const anyForm = HAS_LEGAL_FORM.test(s);
  let first: { text: string; index: number } | undefined;
  ORG_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORG_NAME.exec(s))) {
    // 「会社名名古屋市」: a table's label run into its value.
    const label = NAME_LABEL_START.exec(m[0])?.[0].length ?? 0;
    const t = m[0].slice(label).trim();
    if (NOT_AN_ORG.test(t) || t.length < 2 || (skipPolice && LAW_ENFORCEMENT.test(t))) continue;
    const after = m.index + m[0].length;
    if (THIRD_PARTY_AFTER.test(s.slice(after, after + 3))) continue;
    // 「泉大津市小松町1番70号」: an address, no name.
    if (ADDRESS_AFTER.test(s.slice(after, after + 4))) continue;
    // 「勝村 幸博」: a byline's family name before the given name (a 村 ending is no village).
    if (t.length <= 3 && BYLINE_GIVEN_NAME_AFTER.test(s.slice(after, after + 6))) continue;
    // 「…「ミドリノ生活」(東京都品川区)が」: a place in an aside is where the company is, not who.
    if (OPENING.has(s.charCodeAt(m.index - 1)) && CLOSING.has(s.charCodeAt(after)) && PLACE_END.test(t)) continue;
    // 「事業委託先の「株式会社ミナトスポーツ」の担当者が」「再委託先である株式会社ミナト印刷」: the notice's contractor, not its issuer.
    if (CONTRACTOR_BEFORE.test(s.slice(Math.max(0, m.index - 14), m.index))) continue;
    // 「© 株式会社北浜新聞社」: the copyright of the page that tells the story, not who the story is about.
    if (COPYRIGHT_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    // 「画面表示変換サービス(株式会社ミナトリンク提供)」: who provides a service, the name without 提供.
    const provided = PROVIDED_BY.test(t) ? t.slice(0, -2) : t;
    const name = withLeadingKana(s, { text: provided, index: m.index + label });
    if (anyForm && HAS_LEGAL_FORM.test(t)) return name;
    first ??= name;
    if (!anyForm) return first;
  }
  return first;
}

/** A copyright mark just before a name: ©, (c), Copyright. */
const COPYRIGHT_BEFORE = /(?:©|Ⓒ|\([cC]\)|Copyright)[ \u3000]*(?:\d{4}[ \u3000]*)?$/u;
/** A contractor's description just before a name: 委託先の「, 再委託先である, 業務委託事業者の, 委託している事業者(. */
const CONTRACTOR_BEFORE = /(?:(?:委託(?:事業者|先|業者|会社)|再委託先)(?:である|の|[(（])[「『]?|委託して(?:いる|おります|いた)(?:事業者|業者|会社)[(（「『])[ \u3000]*$/u;
/** A company's name with 提供 run into it: 株式会社ミナトリンク提供 (a service provided by it). */
const PROVIDED_BY = /^(?:株式会社|有限会社|合同会社)[^\s]{2,}提供$/u;

/** The kana before a name that belong to it (みどりが + 丘歯科医院), when they start a line or follow a space or mark. */
const KANA_BEFORE = /(?<=^|[\s\u3000、。「」（）()・:：])[ぁ-ゖ]{2,8}$/u;
function withLeadingKana(s: string, name: { text: string; index: number }): { text: string; index: number } {
  const prev = s.charCodeAt(name.index - 1);
  if (!(prev >= 0x3041 && prev <= 0x3096)) return name; // no hiragana just before: nothing to read
  const before = s.slice(Math.max(0, name.index - 13), name.index);
  const kana = KANA_BEFORE.exec(before)?.[0];
  // 「ひかりの里ガス株式会社」: kana before a company with its legal form last belong to it too.
  if (kana && kanaJoins(kana, name.text)) return { text: kana + name.text, index: name.index - kana.length };
  // 「北浜みどり信用組合」: a place, then kana, then the institution's kind.
  const placeKana = PLACE_KANA_BEFORE.exec(before)?.[0];
  if (placeKana && ENDS_WITH_BODY_SUFFIX.test(name.text)) return { text: placeKana + name.text, index: name.index - placeKana.length };
  return name;
}
const ENDS_WITH_LEGAL_FORM = new RegExp(`${LEGAL_FORM}$`, 'u');
/**
 * Do the hiragana before a found name belong to it? A hiragana name (ひかり台総合病院, みずほ市), or any
 * kana words before a company with its legal form last (ひかりの里ガス株式会社), never function words.
 */
function kanaJoins(kana: string, name: string): boolean {
  return isKanaName(kana + name) || (ENDS_WITH_LEGAL_FORM.test(name) && !FUNCTION_WORDS.test(kana));
}
/** Kanji then kana (no particle) before an institution's kind, after a line start, space or mark. */
const PLACE_KANA_BEFORE = new RegExp(`(?<=^|[\\s\\u3000、。「」（）()・:：>＞])[${HAN}]{1,4}(?:(?![のがをはでにへもと])[ぁ-ゖ]){2,8}$`, 'u');

/** Leading noun run of a phrase (kuromoji), e.g. 八尾市立斎場における… → 八尾市立斎場. */
function leadingNounRun(s: string, tokenizer: Tokenizer): string {
  let end = 0;
  for (const t of tokenizer.tokenize(s)) {
    const nounish = t.pos === '名詞' || t.pos === '接頭詞' || (t.pos === '記号' && /^[・&]$/.test(t.surface));
    if (!nounish || t.posDetail1 === '非自立' || t.posDetail1 === '代名詞') break;
    end = t.start + t.surface.length;
  }
  return s.slice(0, end);
}

/** The organisation named by a headline, or null. */
export function orgFromHeading(heading: string, tokenizer?: Tokenizer): string | null {
  // (A dash after the name is the headline's separator: 「北浜信用金庫- 顧客情報を紛失」.)
  const name = nameFromHeading(heading, tokenizer)?.replace(TRAILING_DASH, '');
  if (!name) return null;
  // A police station names an incident only as the one that lost it (「深川警察署で…を紛失」「…署は、…」): a station a report
  // went to (「渋谷警察署に被害届」), or a news site's tag line (「滋賀県警守山署」), is none.
  if (POLICE_STATION.test(name) && !actsInHeading(heading, name)) return null;
  return name;
}
/** A dash or hyphen ending a name read from a headline (not ー, which ends センター). */
const TRAILING_DASH = /[-‐‑–—―－]+$/u;
/** A kind of body after a place and の, no name: 「…の病院に」「…の会社で」. */
const PLACE_OF_KIND = /^の(?:病院|医院|クリニック|診療所|薬局|会社|企業|学校|小学校|中学校|高校|大学|施設|介護施設|保育園|幼稚園|団体|法人|事業者|銀行|信金|ホテル|店舗)(?:で|に|が|は|の|、)/u;
/** A photo's credit ending a line: (c)朝日新聞社, ©共同, 写真:…. */
const PHOTO_CREDIT_END = /[ \u3000]*(?:\([cC]\)|©|Ⓒ|写真[:：]|撮影[:：])[^\n]*$/u;
/** Is `name` a place the heading describes a body by, naming none (「岐阜市の病院に不正アクセス」)? */
export function isPlaceOfKind(heading: string, name: string): boolean {
  const at = heading.indexOf(name);
  return PLACE_END.test(name) && at >= 0 && PLACE_OF_KIND.test(heading.slice(at + name.length));
}
/** A quick look for a credit's mark before its pattern is tried: most headings hold none. */
function mayHaveCredit(h: string): boolean {
  return h.includes('(c)') || h.includes('(C)') || h.includes('©') || h.includes('Ⓒ') || h.includes('写真') || h.includes('撮影');
}
/** A police station: 深川警察署, 兵庫県警飾磨署. */
const POLICE_STATION = /(?:警察署|(?:県警|府警|道警|警視庁)[\u4e00-\u9fff]{1,6}署)$/u;
/** Is `name` the subject or the place of the heading's event (…署は, …署で, …署が), not where a report went? */
function actsInHeading(heading: string, name: string): boolean {
  const at = heading.indexOf(name);
  return at >= 0 && /^(?:は|で|が)/u.test(heading.slice(at + name.length));
}

/** orgFromHeading before its police-station check. */
function nameFromHeading(heading: string, tokenizer?: Tokenizer): string | null {
  if (isBreadcrumb(heading)) return null; // ホーム ＞ ニュース: its first step is no organisation
  // 「セキュリティ備忘ログ: 【セキュリティ事件簿#…】…」: a blog's <title>, its name before the post's bracketed title.
  // 「[labsys-l:03417] Fwd: …」: a mailing list's tag and a forward's mark are no name; nor is a citation's label (出典:).
  // (A photo's credit after a caption, 「会見した…の幹部ら (c)朝日新聞社」, names who took it, not the organisation.)
  // (An image's credit taken for a title, 「画像:虎の門病院より引用」, names where the picture came from, whole: the organisation.)
  // (Its page's title before a slash is no part of it: 「画像:…に関するお詫び/新潟大学より」.)
  const credited = IMAGE_CREDIT_LINE.exec(heading)?.groups!.name!.split(/[/／|｜]/u).pop()!.trim();
  if (credited) return readsAsOrg(credited) ? credited : null;
  let h = heading.trim().replace(BLOG_NAME_PREFIX, '').replace(LIST_SUBJECT_PREFIX, '').replace(CITATION_PREFIX, '');
  if (mayHaveCredit(h)) h = h.replace(PHOTO_CREDIT_END, '');
  const site = SITE_SUFFIX.exec(h) ?? COLON_SITE_SUFFIX.exec(h);
  if (site) h = h.slice(0, site.index);
  // 「筑波台高校個人情報紛失事件」「…事件①白鷺台市個人情報持ち出し事件」: a case named after its organisation.
  const namedCase = h.endsWith('件') || h.endsWith('故') || h.endsWith('案') ? NAMED_CASE_ORG.exec(h)?.groups!.org : undefined;
  if (namedCase && (readsAsOrg(namedCase) || SHORT_NAME.test(namedCase))) return namedCase;
  // A compilation's labelled item: 「1. 組織名:株式会社ミナトリビング」, the name after the label.
  const labelled = LABELLED_ORG.exec(h);
  if (labelled) return labelled.groups!.org!.trim();
  // A numbered digest's item: 「1. 株式会社しらかば堂：2月4日公表。…」, the name before the colon.
  const item = NUMBERED_LABEL.exec(h);
  h = h.replace(LEADING_MARK, '').replace(CASE_LABEL, '').replace(TRAILING_DATE, '').trim();
  // A heading that is a name with its legal form and nothing else (社会福祉法人陽だまり会): kana and all.
  if (NAME_ONLY.test(h) && CORPORATE_NAME.test(h)) return h;
  // 「株式会社はるかぜ珈琲「はるかぜ珈琲オンラインストア」」: a name with its shop's in quotes.
  const withShop = NAME_WITH_SHOP.exec(h);
  if (withShop && CORPORATE_NAME.test(withShop.groups!.org!)) return withShop.groups!.org!;
  // 「■ケース1 北辰大学:研究室サーバーが…」: with its mark and label gone, the name before the colon.
  const labelled2 = item ?? ORG_BEFORE_COLON.exec(h);
  if (labelled2) {
    // 「株式会社ひより商会(小売業):」: the trade in brackets after the name is no part of it (a legal form is: ミナト(株)).
    const label = labelled2.groups!.org!.trim().replace(TRADE_ASIDE_END, '');
    if (isOrgName(label) || isCorporateName(label) || isKanaName(label) || endsLikeOrg(label)) return label;
  }
  const dash = DASH_ORG.exec(h);
  // 「… - 湖北理科大」: a short form (…大, …高校, …信金) after the dash names one too.
  // (A company's katakana name after a news agency's dash: 「…を売却―東日本ライフガス」.)
  // (Or a katakana name with its trade after it, 「…刑事告訴も - ダイレクト出版」.)
  if (dash && (isOrgName(dash.groups!.org!.trim()) || (SHORT_NAME.test(dash.groups!.org!.trim()) && !NOT_AN_ORG.test(dash.groups!.org!.trim())) || isKatakanaCompany(dash.groups!.org!.trim()) || KATAKANA_TRADE_NAME.test(dash.groups!.org!.trim()))) return dash.groups!.org!.trim();
  const paren = TRAILING_PAREN.exec(h);
  // 「…が流出(なぎさ市民病院)」: kana allowed in a name that ends like an institution.
  if (paren && (isOrgName(paren.groups!.org!.trim()) || isKanaName(paren.groups!.org!.trim()))) return paren.groups!.org!.trim();
  const dashTitle = DASH_TITLE.exec(h);
  // Kana allowed in a name with its legal form (医療法人いずみ台総合病院――…).
  if (dashTitle && (!HAS_KANA_PARTICLE.test(dashTitle.groups!.org!) || CORPORATE_NAME.test(dashTitle.groups!.org!.trim()))) return dashTitle.groups!.org!.trim();
  // Before the split on spaces below, which would cut a Latin name into words.
  const latin = LEADING_LATIN_CORPORATE.exec(h);
  if (latin) return latin[0];
  // 「恵庭南高（北海道恵庭市）の教諭が…」: a name opening the line with its place in brackets after it.
  const placed = NAME_WITH_PLACE_ASIDE.exec(h)?.groups!.name;
  if (placed && (isOrgName(placed) || isShortFormName(placed) || isCorporateName(placed))) return placed;
  // 「ORG タイトル」: the first space-separated words, a bare legal form joined with the next words.
  const words = h.split(/\s+/);
  if (words.length >= 2) {
    let org = words[0]!;
    // 「アサギリ化粧品、4～12月営業益18%減 通販の…」: a name ends at the headline's first comma.
    const comma = org.indexOf('、');
    if (comma >= 2) org = org.slice(0, comma);
    // 「カード情報流出、開発会社に…」: a headline's first phrase names what happened, not who.
    if (INCIDENT_PHRASE.test(org)) org = '';
    // 「工作機械部品の東邦精機工業株式会社、…」: what the company makes is no part of its name.
    const afterNo = org.slice(org.lastIndexOf('の') + 1);
    if (afterNo !== org && afterNo.length >= 4 && isCorporateName(afterNo)) org = afterNo;
    let i = 1;
    if (LEGAL_FORM_ALONE.test(org)) {
      while (i < words.length - 1 && !HAS_KANA_PARTICLE.test(words[i]!) && words[i]!.length <= 20) org += ' ' + words[i++]!;
    }
    // Kana in a name with its legal form that ends like an institution: 一般財団法人みなと健康協会.
    // A service in quotes (チケット販売「ライブパスポ」) is no organisation's name.
    // Kana in a name with its legal form first: words, never a lone particle (株式会社みなと精機, not
    // 株式会社はなまる商会が不正アクセス被害).
    const looksLikeName =
      !/[「」]/.test(org) &&
      (!HAS_KANA_PARTICLE.test(org) || isOrgName(org) || isKanaName(org) || (CORPORATE_NAME.test(org) && (ENDS_LIKE_ORG.test(org) || (LEADING_LEGAL.test(org) && !LONE_KANA.test(org)))));
    if (org && looksLikeName && org.length <= 40 && !NOT_AN_ORG.test(org) && i < words.length) {
      // 「気仙沼市 市立病院における…」: a following noun phrase that is itself an institution joins the name.
      const next = words[i]!;
      const nextHead = tokenizer ? leadingNounRun(next, tokenizer) : next.split(/における|の|が|は|を|に|で|と|から|への/)[0]!;
      // (Only after a municipality's own name: 浜名台市教育委員会 市立中学校における… names the board.)
      if (nextHead && PLACE_END.test(org) && ENDS_WITH_BODY_SUFFIX.test(nextHead) && /^(?:市立|県立|都立|町立|村立|府立|国立)/.test(nextHead)) {
        org += ' ' + nextHead;
      } else if (LEADING_LEGAL.test(org) && !HAS_LEGAL_FORM.test(org) && ENDS_WITH_BODY_SUFFIX.test(next) && next.length <= 20 && !LONE_KANA.test(next)) {
        // 「医療法人社団青葉会 あおば総合クリニック …」: a legal person and the institution it runs.
        org += ' ' + next;
      }
      // (Or a short form, 「宇治山田高校 学校説明会参加者の…誤送信」: 高校, …大, 信金.)
      if (findOrgNames(org).length > 0 || HAS_KATAKANA_OR_LATIN.test(org) || isKanaName(org) || (LEADING_LEGAL.test(org) && CORPORATE_NAME.test(org)) || (isKanjiCompany(org) && endsLikeOrg(org)) || isShortFormName(org)) return org;
    }
  }
  // 「…今のところ外部流失は確認されず 北海道池田高校」: a school or public body named last, after a space.
  const lastWord = words.length >= 2 ? words[words.length - 1]! : '';
  // (Not kinds joined, 「中学校・高等学校」 after a school's name split off by a space.)
  if (lastWord && !lastWord.includes('・') && (isShortFormName(lastWord) || (isOrgName(lastWord) && LAST_WORD_BODY.test(lastWord)))) return lastWord;
  // 「・ポイントサイト「ためトク」を運営する株式会社ためトクネット、…」: the company after what it runs, kana and all.
  const running = RUNNING_COMPANY.exec(h);
  if (running) return running.groups!.name!;
  const names = findOrgNames(h);
  const lead = LEADING_NAME.exec(h);
  if (names.length === 0 && lead && PLAIN_NAME.test(lead.groups!.org!) && !GENERIC_THING.test(lead.groups!.org!) && !NOT_AN_ORG.test(lead.groups!.org!)) {
    return lead.groups!.org!;
  }
  if (names.length > 0) {
    // A name whose first words are hiragana (ひかり台総合病院): the kana before the found part belong to it.
    const kana = LEADING_KANA.exec(h.slice(0, names[0]!.index))?.[0];
    if (kana && kanaJoins(kana, names[0]!.text)) return kana + names[0]!.text;
    // 「岡見県立みなと高等学校」: the place a public school's 県立 or 市立 belongs to is part of its name.
    // 「北浜市中央区の白鷺病院が…」「北浜県白鷺市の「水産技術大学校」で」: a place, then the name after its の.
    const placeEnd = names[0]!.index + names[0]!.text.length;
    if (PLACE_END.test(names[0]!.text) && h.charCodeAt(placeEnd) === 0x306e /* の */) {
      // 「秋田県の地方銀行、…」: a place describing an organisation it does not name; the body names it.
      if (DESCRIBED_AFTER_PLACE.test(h.slice(placeEnd + 1))) return null;
      const quoted = QUOTED_AFTER_NO.exec(h.slice(placeEnd + 1))?.groups!.name;
      if (quoted && (readsAsOrg(quoted) || SHORT_NAME.test(quoted))) return quoted;
      const next = names[1];
      if (next && next.index === placeEnd + 1) return next.text;
    }
    const place = PUBLIC_FOUNDER.test(names[0]!.text) ? PLACE_STEM.exec(h.slice(0, names[0]!.index))?.[0] : undefined;
    const first = place ? place + names[0]!.text : names[0]!.text;
    if (tokenizer) {
      const run = leadingNounRun(h.slice(names[0]!.index), tokenizer);
      if (run.length > first.length && run.length <= 30 && isOrgName(run)) return run;
    }
    return first;
  }
  // 「…｜株式会社ミナトヤ本舗のプレスリリース」: a press-release site names the issuer's page.
  const siteName = site?.groups!.site!.trim().replace(RELEASES_PAGE, '');
  // A municipality's site: 「…について｜みなみ野市」 (kana in its name allowed there, as its own page says it).
  // (Not a news site's regional section: 「…流出か 愛知 蒲郡 | NHK | 愛知県」 is NHK's 愛知県 page.)
  if (siteName && !NEWS_MEDIA.test(heading) && (isOrgName(siteName) || CORPORATE_NAME.test(siteName) || SITE_MUNICIPALITY.test(siteName) || personAndInstitution(siteName))) return siteName;
  // 「…について - 和泉沢市ホームページ」: a site named after a dash, its page words aside.
  const dashSite = DASH_SITE.exec(h)?.groups!.site!.trim().replace(SITE_PAGE_WORDS, '').trim();
  if (dashSite && (isOrgName(dashSite) || CORPORATE_NAME.test(dashSite) || SITE_MUNICIPALITY.test(dashSite))) return dashSite;
  return null;
}

export interface BodyOrg {
  org: string;
  span: Range;
  /** Which rule found it: a lead or topic sentence, a self-reference, or only the first name mentioned. */
  how: 'lead' | 'subject' | 'self' | 'first';
}

/**
 * The name a lead's subject ends with when no organisation-like name was found in it, tried in order:
 * a foreign company (「…を運営する米Strivora Inc.」), a quoted name (「…を運営する「みらい進学舎」」), the
 * operator of a service (「…「ライブパスポ」を運営するリズモ」), a name after its trade and の
 * (「保険代理店のあけぼの保険サービス」), else the whole subject if it reads as a name. After が (`topic`
 * false) the subject may be a thing (予約サイトが2月20日、): only a found name then.
 */
function nameEndingLead(cand: string, topic: boolean, placed = false): string | undefined {
  const foreign = FOREIGN_CORPORATE_END.exec(cand)?.groups!.name;
  if (foreign) return foreign;
  const quoted = QUOTED_NAME_END.exec(cand)?.groups!.name;
  if (quoted) return quoted;
  // A name of kanji alone (高見酒販, 北陸学芸大) reads as one only with its place after it: 「高見酒販(東京都中央区)は」.
  // (Or one ending in 社, a publisher's or a travel agency's: 東浜交通社, 北浜通信社; not 子会社, 支社, 各社. Or a short form: 白鷺学院大.)
  const kanjiName = (name: string) => KANJI_NAME.test(name) && !NOT_AN_ORG.test(name) && !SELF_OR_SAME.test(name);
  const plain = (name: string) =>
    PLAIN_NAME.test(name) || (kanjiName(name) && (placed || isKanjiCompany(name) || SHORT_NAME.test(name) || KANJI_TRADE_END.test(name))) || (placed && kanaKanjiName(name));
  const operated = OPERATOR_NAME_END.exec(cand);
  const operator = operated?.groups!.name;
  // 「…を展開するハルヤフードサービスは」: what runs or spreads something is a company, whatever its name ends with
  // (…を提供するクラウドサービス is a service).
  // (A name of kanji alone reads as one there too: 「…の名称で旅行商品を販売する北浜通運は」.)
  const operatorName = (name: string) => PLAIN_NAME.test(name) || kanjiName(name);
  if (operator && operatorName(operator) && (!SERVICE_END.test(operator) || (COMPANY_SERVICE_END.test(operator) && !operated![0].startsWith('提供')))) return operator;
  const kanaOperator = operator ? undefined : OPERATOR_KANA_NAME_END.exec(cand)?.groups!.name;
  if (kanaOperator && kanaKanjiName(kanaOperator)) return kanaOperator;
  if (!topic) return undefined;
  // 「…が所属する芸能事務所 LDH JAPANは」: a Latin name after its description and a space.
  const latin = SPACED_LATIN_NAME_END.exec(cand)?.groups!.name;
  if (latin && !NOT_AN_ORG.test(latin)) return latin;
  const described = placed ? DESCRIBED_KANJI_NAME_END.exec(cand)?.groups!.name : undefined;
  if (described && kanjiName(described) && !FUNCTION_WORDS.test(cand)) return described;
  // 「消費者金融のミナトクレジットは」: a katakana or Latin name after its description and の.
  // (And after a relative clause's verb: 「…を受託するミナト信金ビジネスは」.)
  for (const end of PLAIN_NAME_ENDS) {
    const name = end.exec(cand)?.groups!.name;
    if (name && isPlainCompanyName(name)) return name;
  }
  const traded = TRADE_NAME_END.exec(cand)?.groups!.name;
  if (traded && TRADED_NAME.test(traded)) return traded;
  return plain(cand) || isKanaName(cand) ? cand : undefined;
}

/**
 * A name of kanji alone as a dated lead's subject when its sentence ends announcing (「資生堂は2日、…と発表した」): a news lead's
 * subject is the one that announced. (Not a person, a place or a word for the one already named: 男性, 同社, 北浜市 read otherwise.)
 */
function announcingKanjiName(cand: string, body: string, lead: RegExpExecArray): string | undefined {
  if (!KANJI_NAME.test(cand) || cand.length > 8 || NOT_AN_ORG.test(cand) || SELF_OR_SAME.test(cand) || PLACE_END.test(cand) || NOT_AN_ANNOUNCER.test(cand)) return undefined;
  const from = lead.index + lead[0].length;
  const stop = body.indexOf('。', from);
  const sentence = body.slice(from, stop < 0 ? Math.min(body.length, from + 200) : stop);
  return ANNOUNCED_END.test(sentence) ? cand : undefined;
}
/** How a news lead's sentence ends when its subject announced: …と発表した, …を明らかにした. */
const ANNOUNCED_END = /(?:と|を)(?:発表|公表)(?:した|しました)$|を明らかにした$|明らかにしました$/u;
/** People and bodies a lead's subject may be that are no organisation of the incident: 男性, 容疑者, 県警, 裁判所…. */
const NOT_AN_ANNOUNCER = /(?:男性|女性|容疑者|被告|社長|会長|部長|教授|知事|市長|町長|村長|大臣|長官|警|署|庁|省|裁判所|委員会|政府|国|党|教委|(?<!学)部|課|局|室|係|班)$/u;
/** A name of a hiragana head and a kanji tail (たしろ薬品, みなと商会), as a lead's subject with its seat after it or after what it sells. */
const KANA_KANJI_NAME = /^[ぁ-ゖ]{2,8}[\u4e00-\u9fff々ヶ]{1,6}$/u;
const kanaKanjiName = (name: string) => KANA_KANJI_NAME.test(name) && !FUNCTION_WORDS.test(name) && !NOT_AN_ORG.test(name);
/** A word for the organisation already named (同市教委, 当社, 本学), no name. */
export const SELF_OR_SAME = /^[同当本弊]/u;
/** A name of kanji (and 々ヶ) alone, as a company's or a university's short name. */
const KANJI_NAME = /^[\u4e00-\u9fff々ヶ]{2,12}$/u;
/** A name of kanji ending in 社, three units at least: 東浜交通社, 北浜通信社. */
const KANJI_COMPANY = /^[\u4e00-\u9fff々ヶ]{2,11}社$/u;
/** 社 endings that name no company: 子会社, 支社, 本社, 各社, 他社, 商社, 神社… */
const NOT_A_COMPANY_END = /(?:会社|支社|本社|各社|全社|自社|他社|商社|同社|当社|弊社|貴社|御社|両社|新社|旧社|神社|大社|結社|入社|退社|出社|帰社|来社|在社)$/u;
/** A kanji name ending in its trade, as companies are named: 森永乳業, 北浜製菓, 南浦物産, 東浜新聞, 西浦電鉄, 三井住友海上火災保険 (not 国民健康保険). */
const KANJI_TRADE_END = /^[\u4e00-\u9fff々ヶ]{1,8}(?:乳業|製菓|製粉|製糖|製パン|食品|物産|産業|興業|化学|化成|薬品|製紙|繊維|電工|電鉄|鉄道|交通|運輸|海運|航空|石油|瓦斯|電力|新聞|新聞社|放送|出版|書店|印刷|百貨店|物流|倉庫|不動産|住宅|建工|設計|信託|商店|酒造|醸造|精機|機械|電子|通信|技研|工務店|観光|旅行|自動車|製鉄|鋼業|重工|重工業|紡績|硝子|陶器|農園|牧場|水産|(?<!健康|介護|雇用|労災|社会|医療|年金|自動車|火災の|生命の)保険)$/u;
/** A kanji name ending in 社 that is a company's: 東浜交通社 (not 子会社, 支社). */
function isKanjiCompany(s: string): boolean {
  return KANJI_COMPANY.test(s) && !NOT_A_COMPANY_END.test(s);
}
/** A company after the group it belongs to: 「ミナトグループのミナトFX」「…傘下の…」. */
const GROUP_OF = /^[^\sの]{2,20}(?:(?:グループ|傘下|子会社|系列)の|の(?:子会社|関連会社|グループ会社))(?<name>[^\sの]{2,30})$/u;
/** A case named after its organisation (after a list's circled number): 「筑波台高校個人情報紛失事件」. */
const NAMED_CASE_ORG = /^(?:[^①-⑳\s]*[①-⑳])?(?<org>[^\s。、①-⑳]{2,30}?)(?:の)?(?:個人情報|顧客情報|患者情報|会員情報|生徒情報|情報|調査票|通知書|書類|名簿|データ|ファイル|メール)(?:漏えい|漏洩|流出|紛失|盗難|誤送信|誤送付|持ち出し|不正閲覧)(?:事件|事故|事案)$/u;
/** A table's label run into the name after it: 会社名, 組織名, 団体名. */
const NAME_LABEL_START = /^(?:会社名|組織名|団体名|法人名|事業者名|企業名)(?=\S{2})/u;
/** A kind of business right after a place's の, naming none: 地方銀行, 会社 (not a school or hospital, which a town may run). */
const DESCRIBED_AFTER_PLACE = /^(?:地方銀行|銀行|信用金庫|会社|企業|メーカー|通販会社|通販サイト)(?:[、がでは]|$)/u;
/** A quoted name right after a place's の: 「水産技術大学校」. */
const QUOTED_AFTER_NO = /^「(?<name>[^「」。、\s]{2,30})」/u;
/** A kind of company, no name: 新聞社, 出版社, 旅行社. */
const GENERIC_COMPANY = /^(?:新聞社|出版社|通信社|旅行社|報道各社)$/u;
/** A lead subject's place in brackets before its particle: 「(金沢市)は」「(東京都中央区)は」「(本社:大阪市)が」. */
const PLACED_SUBJECT = /[(（](?:本社[:：=])?[^()（）]{0,20}(?:都|道|府|県|市|区|町|村)[^()（）]{0,10}[)）]\s*[はが][^、]{0,16}、$/u;

/** A headline's short form of a name: 湖北理科大, 青葉学園高校, しらうめ信金, 白鷺市教委. */
/** Short forms headlines give names, and the full forms: 高校 → 高等学校, …大 → …大学, 信金 → 信用金庫, 市教委 → 市教育委員会. */
export const SHORT_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['高校', '高等学校'],
  ['高', '高等学校'],
  ['大', '大学'],
  ['信金', '信用金庫'],
  ['信組', '信用組合'],
  ['教委', '教育委員会'],
];
/** Bodies a headline may name last, after a space: schools, hospitals, municipalities (not a paper or a broadcaster). */
const LAST_WORD_BODY = /(?:学校|高校|大学|病院|市|町|村|区|県|教育委員会)$/u;
/** A name opening a line with its place in brackets after it: 「恵庭南高（北海道恵庭市）の」. */
const NAME_WITH_PLACE_ASIDE = new RegExp(`(?:^|\\s)(?<name>${NAME}{2,20})[(（][^()（）]{1,16}(?:都|道|府|県|市|区|町|村)[)）](?:の|は|が|で)`, 'u');
/** Words ending in 大 that are no university's short form: 最大, 拡大, 重大…. */
const NOT_A_SHORT_UNIVERSITY = /^(?:最|拡|巨|過|重|甚|増|多|莫|膨|絶|強|偉|寛|特|肥|壮|盛|長|遠)大$/u;
/** A name in a short form (宇治山田高校, 北浜大, みなと信金), no word that merely ends like one (最大). */
function isShortFormName(name: string): boolean {
  return SHORT_NAME.test(name) && name.length >= 3 && !NOT_A_SHORT_UNIVERSITY.test(name) && !NOT_AN_ORG.test(name);
}
/** The full spellings a short name may stand for (清和学院高校 → 清和学院高等学校), in SHORT_FORMS' order. */
export function fullForms(name: string): string[] {
  return SHORT_FORMS.filter(([short]) => name.endsWith(short)).map(([short, full]) => name.slice(0, -short.length) + full);
}
// (No kind of school by its founder, 私立高, 川口市立高, and no word ending in 高 that is an amount, 残高, 売上高.)
const SHORT_NAME = new RegExp(`^(?!同|当|本)(?!.*(?:私|公|県|市|都|府|道|町|村|国)立高$)(?!(?:最|売上|残|円|割|株|物価|預金|在庫|生産|出来|取引|座|背|標)高$)${NAME}{1,16}(?:${SHORT_FORMS.map(([short]) => short).join('|')})$`, 'u');

/** A quoted name after its kind, where the event took place, who told it or where its staff worked: 「学術団体「日本北浜学会」で、」「障害者施設「北浜福祉園」において」「ハウスメーカー「ミナト工務店」に勤務していた」「地域医療機関である「関越病院」で」
 * (not a body's sub-body, 「…大学の附属機関「…機構」において」: the body's). */
const KIND_QUOTED = /(?:団体|施設|(?<!附属|付属|下部)機関|法人|学会|協会|会社|企業|病院|医院|クリニック|学校|塾|財団|組合|事業者|運営会社|出版社|新聞社|メーカー|大手|チェーン)(?:の|である)?「(?<name>[^「」。、\s]{2,24})」(?:において|では|で|は|が|に勤務)/u;
/** A quoted name after its town, as a news story's subject or source: 「蒲郡市の「みなと中央病院」では」「福岡市にある「室見動物病院」で」「石川県の「公立つるぎ病院」によると」. */
const PLACE_QUOTED = /(?:都|道|府|県|市|区|町|村)(?:の|に(?:ある|所在する))「(?<name>[^「」。、\s]{2,24})」(?:では|で|は|が|によると|によれば)/u;
/** A news medium in a page title: its site names are sections, not the organisation. */
const NEWS_MEDIA = /[|｜]\s*(?:NHK|NHK NEWS WEB|朝日新聞|毎日新聞|読売新聞|日本経済新聞|日経|共同通信|時事通信|ITmedia|Security NEXT|ScanNetSecurity|Yahoo!ニュース)\s*(?:[|｜]|$)/u;

/** A place and の before an organisation's name: 千葉県美浜台市の, 兵庫県西播市の, 大阪市の, 長野県の. */
const PLACE_OF = new RegExp(`^(?:${PREFECTURE}?[\\u4e00-\\u9fff々ヶ]{1,6}(?:市|区|町|村)|${PREFECTURE})の(?=\\S)`, 'u');

/**
 * A sentence-initial subject of an announcement, maybe described first: 「ケーブルテレビ…を展開する富士見ケーブルネットは、
 * …を明らかにした」「医療機器卸売のメディトレード九州は、…」「ハルヤフードサービスは、…と発表した」. Only names with
 * katakana or Latin are taken (同社, 警察 are not).
 */
/** Who apologised or announced, after what it said: 「…判明したとしてミナトモバイルが謝罪しました」. */
const APOLOGY_SUBJECT = new RegExp(`(?:として|とし、|ことを受け(?:て)?、?)(?<org>[${HAN}${KATAKANA}ーA-Za-z0-9・&]{2,24})が(?:謝罪|陳謝|発表|公表)(?:しました|した|している|しています)`, 'u');
/** A trade a news lead describes its subject by, after its seat or wares: 老舗印刷会社, ITベンダー, 暗号資産取引所. */
const DESCRIBED_TRADE = '(?:会社|企業|メーカー|ベンダー|大手|取引所|チェーン)';
/** What a lead tells of its subject before its name, beyond what it runs: its wares (…を扱う) or its seat (…に本社を置く…会社). */
const DESCRIBED_BEFORE_END = new RegExp(`(?:を扱う|を扱っている|に本社(?:を置く|がある|のある)|に拠点を置く)(?:[^。、「」]{0,12}?${DESCRIBED_TRADE})?、?$`, 'u');
const ANNOUNCING_SUBJECT = new RegExp(
  `(?:^|[。\\n])[ \\u3000]*(?:[^。\\n]{0,60}?(?:を|の)(?:展開|運営|手がけ|手掛け|提供|製造|販売|開発)する|[^。\\n]{0,40}?(?:を扱う|を扱っている|に本社(?:を置く|がある|のある)|に拠点を置く|委託を受けて(?:いる|いた)|を受託(?:している|する))(?:[^。\\n、「」]{0,12}?${DESCRIBED_TRADE})?、?|[^。\\n、「」]{1,20}の)?(?<org>(?:[ぁ-ゖ]{2,8}(?=[${HAN}${KATAKANA}]))?[${HAN}${KATAKANA}ーA-Za-z0-9・&]{2,24})(?:は|が)、[^。\\n]{0,160}?(?:を明らかにし(?:た|ました)|と発表し(?:た|ました)|と公表し(?:た|ました)|を公表し(?:た|ました)|を発表し(?:た|ました))`,
  'u',
);
/**
 * Who announced it, or where it happened, told after the story (NHK's form): 「会見を開いたのは、上田市にある…病院です。」
 * 「発表したのは…市です。」「誤送信があったのは、盛岡市の医療法人社団青葉会 青葉台中央病院です。」
 */
const ANNOUNCER_IS = /(?:会見を開いた|会見した|発表した|公表した|明らかにした|謝罪した|(?:誤送信|誤送付|誤配送|誤交付|紛失|盗難|流出|漏えい|不正アクセス|被害|ミス)(?:が|の)あった)のは、?(?:[^。、\n]{1,16}(?:にある|の)|[^。、\n「」]{1,30}?(?:する|している))?「?(?<org>[^。、「」\n]{2,40}?)」?(?:です|でした)。/u;
/** What runs something, ending the words before a name: 「…を運営する」「…を手がける」. */
const OPERATOR_BEFORE_END = new RegExp(`${OPERATOR_VERB}$`, 'u');
/** A name's first unit in hiragana. */
const HIRAGANA_START = /^[ぁ-ゖ]/u;
/** A kind of body, no name: 会社, 企業, 運営会社. */
const BARE_KIND = /^(?:会社|企業|法人|団体|事業者|業者|本社|親会社|子会社|運営会社|運営元|同社|当社|自社)$/u;
/** The operator of a named service whose system the lead tells of: 「快活CLUBを運営する快活フロンティアのサーバーが」. */
const OPERATED_OWNER = new RegExp(`(?<!(?:当|弊|同|本)(?:社|院|学|館|法人|グループ)(?:が|の))${OPERATOR_VERB}(?<name>${NAME}{2,20})の[^。、\\n]{0,10}?(?:サーバー?|システム|ネットワーク|データベース|サイト|パソコン|PC)(?:が|に|へ|で|から)`, 'u');
/** The owner of the shop or site a lead's event happened on: 「…の公式オンラインショップで」. */
const OWN_SHOP = new RegExp(`(?:^|[。\\n、])[ \u3000]*(?<name>${NAME}{2,24})の(?:公式)?(?:オンラインショップ|オンラインストア|通販サイト|ネットショップ|ECサイト)(?!「)(?:で|が|に|において|から)`, 'u');
/** A trade described before a katakana or Latin name: 「仏IT企業」ファストブッキング社. */
const TRADE_BEFORE_NAME = /^(?:米国?|英国?|独|仏|中国|韓国|台湾|欧州)?[A-Za-z\u4e00-\u9fff]{0,6}?(?:企業|(?<!株式|有限|合同|合資|合名)会社)(?=[\u30a1-\u30ffA-Z])/u;
/** A kind of facility or service, no name: ホテル, 店舗. */
const BARE_FACILITY = /^(?:ホテル|旅館|店舗|施設|病院|学校|ショップ|サイト|サービス|アプリ|システム|通販サイト)$|(?:販売|通販|専門店?|大手|メーカー|会社|企業|業者)$/u;
/** Words no name starts with: a service (アプリ), a kind of attack or data (ランサムウェア, クレジットカード). */
const NOT_A_NAME_START = /^(?:アプリ|サイト|サービス|システム|サーバ|ランサムウェア|マルウェア|ウイルス|クレジットカード|カード|メール|データ|ファイル|パスワード|アカウント|セキュリティ)/;

/**
 * The organisation named in the body text[start, end): lead sentence, self-reference, first name
 * (`leadOnly`: the lead sentence or subject only).
 */
/** Legal forms a company's name may carry before or after it. */
export const COMPANY_FORMS = ['株式会社', '有限会社', '合同会社'] as const;

/** `name` as `body` writes it with a company's legal form (株式会社X, X株式会社, 有限会社X, 合同会社X), if it does. */
function spelledWithCompanyForm(body: string, name: string): string | undefined {
  return [`株式会社${name}`, `${name}株式会社`, `有限会社${name}`, `合同会社${name}`].find((f) => body.includes(f));
}

/** A subject described as the notice's contractor: 委託事業者である, 業務委託先の, 委託先である. */
const CONTRACTOR_DESCRIBED = /(?:業務)?委託(?:事業者|先|業者|会社)(?:である|の)/;
/** An aside opened after a name and cut by a space: 「ハーランド・ヘルス(Harland」. */
const OPEN_ASIDE_TAIL = /[(（][^()（）]*$/;
/** A news lead's description before a name: 米医療保険大手, 国内通信大手の, 英IT中堅. */
const NEWS_DESCRIPTION = /^(?:米国?|英国?|独|仏|中国|韓国|台湾|欧州|国内|県内|地元|外資系)?[^\s、。の「」()（）]{0,10}?(?:最大手|準大手|大手|中堅)(?:の)?/u;
/** `name` without a news lead's description before it, when a name of at least two units remains. */
function withoutNewsDescription(name: string): string {
  const m = NEWS_DESCRIPTION.exec(name);
  return m && name.length - m[0].length >= 2 ? name.slice(m[0].length) : name;
}

/** A reading in kana after a name's hard part: 翠嶺(すいれい)高校. */
const READING_ASIDE = /[(（][ぁ-ゖー]{1,16}[)）]/g;
/** A thing the notice calls its own (「当院の電子カルテシステム」), then a lead's subject: 「電子カルテシステムは11月5日に復旧し」. */
const OWNER_BEFORE = /(?:当|同|弊|本)(?:院|社|学|校|法人|機構|組合|行|庫|館|園|会|市|町|村|県|局)の$/;
const THING_END = /(?:システム|サーバー?|サイト|ネットワーク|アカウント|サービス|アプリ|ページ|端末)$/;
function isOwnedThing(body: string, name: string): boolean {
  if (!THING_END.test(name)) return false;
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) if (OWNER_BEFORE.test(body.slice(Math.max(0, at - 4), at))) return true;
  return false;
}

/** The name `org` where it first stands in `match` (read in the body starting at `start`), found the way `how` tells. */
function inMatch(start: number, match: RegExpExecArray, org: string, how: BodyOrg['how']): BodyOrg {
  const at = match.index + match[0].indexOf(org);
  return { org, span: { start: start + at, end: start + at + org.length }, how };
}

/** A sentence-initial subject, no comma after it: 「中国電力は社内ネットワークの…」. */
const BARE_SUBJECT = new RegExp(`(?:^|[。\\n])[ \\u3000]*(?<org>[${HAN}${KATAKANA}ーA-Za-z0-9・&]{2,16})は(?!、)`, 'gu');
/** A body by its kind or number alone, no name: 県警, 大手損保3社. */
const UNNAMED_BODY = /^(?:県警|府警|道警|警察|市|県|町|村|区)$|[0-9０-９]+社$/u;
/** What a news story says when it cites its source: 「…によりますと」「…によると」「…によれば」. */
const SOURCE_CITED = /^(?:によりますと|によると|によれば)/;

/** The lead's first bare subject (a sentence's) that the body also cites as its source (「Xによりますと」), or null. */
function sourcedSubject(body: string, leadText: string): { org: string; at: number } | null {
  const subjects: string[] = [];
  for (const m of leadText.matchAll(BARE_SUBJECT)) {
    const org = m.groups!.org!;
    // 「新潟市中央区保護課は23日、… / 中央区保護課によると、…」: a short form of an earlier subject is that subject, named in full there.
    const shortForm = subjects.some((s) => s.length > org.length && s.endsWith(org));
    subjects.push(org);
    if (shortForm) continue;
    if (NOT_AN_ORG.test(org) || NOT_A_NAME_START.test(org) || SELF_OR_SAME.test(org) || BARE_KIND.test(org) || BARE_FACILITY.test(org) || UNNAMED_BODY.test(org)) continue;
    for (let at = body.indexOf(org + 'によ'); at !== -1; at = body.indexOf(org + 'によ', at + 1)) {
      if (SOURCE_CITED.test(body.slice(at + org.length, at + org.length + 6))) return { org, at: m.index + m[0].indexOf(org) };
    }
  }
  return null;
}

export function orgFromBody(text: string, from: number, end: number, leadOnly = false): BodyOrg | null {
  // 「長崎市大谷町、特別養護老人ホーム…を運営する社会福祉法人…は18日、」: a news lead's dateline, a town within a city, is no subject.
  const start = from + (TOWN_DATELINE.exec(text.slice(from, from + TOWN_DATELINE_REACH))?.[0].length ?? 0);
  const body = text.slice(start, Math.min(end, start + 1500));
  // 「警視庁は…逮捕したと発表した」: in an arrest story the police announce, the victim is named later.
  const arrest = ARREST.test(body) && !POLICE_STAFF.test(body);
  const police = (name: string) => arrest && LAW_ENFORCEMENT.test(name);
  // 「会見を開いたのは、上田市にある医療法人社団青峰会 千曲川中央病院です。」: a broadcaster names who announced it after the story.
  const announcer = body.includes('たのは') ? ANNOUNCER_IS.exec(body) : null;
  if (announcer && readsAsOrg(announcer.groups!.org!) && !police(announcer.groups!.org!)) {
    const org = announcer.groups!.org!;
    return inMatch(start, announcer, org, 'lead');
  }
  const lead = earlier(leadSubject(body), describedLead(body));
  // 「委託事業者である株式会社…が、令和6年12月2日に実施した…」: the notice's contractor, described as such, is no lead's subject
  // of its own notice.
  // (A subject ending in an aside's close, 「東京都大田区)が6月30日に」, started inside the aside: no subject.)
  if (lead && !CONTRACTOR_DESCRIBED.test(lead.groups!.org!) && !ASIDE_CLOSE_END.test(lead.groups!.org!)) {
    // 「桜水学園中学校・高等学校(兵庫県神戸市)を運営する学校法人桜水学園は」: the subject is the operator.
    const whole = lead.groups!.org!.trim();
    const operated = OPERATOR_OF.exec(whole);
    const operator = operated ? whole.slice(operated.index + operated[0].length) : '';
    const operatorOr = operator && (findOrgNames(operator).length > 0 || CORPORATE_TAIL.test(operator)) ? operator : whole;
    // 「千葉県美浜台市の医療法人社団青葉会 みどり台病院は」: the place the organisation is in is no part of its name.
    const place = PLACE_OF.exec(operatorOr)?.[0];
    // (Or its short form: 「北浜市の白鷺学院大は」.)
    const placed = place && (findOrgNames(operatorOr.slice(place.length)).length > 0 || SHORT_NAME.test(operatorOr.slice(place.length))) ? operatorOr.slice(place.length) : operatorOr;
    // 「ミナトグループのミナトFXは」: the group a company belongs to is no part of its name.
    const grouped = GROUP_OF.exec(placed)?.groups!.name;
    const subject = grouped && (readsAsOrg(grouped) || PLAIN_NAME.test(grouped)) ? grouped : placed;
    // 「徳島県阿波南市の「みなと中央病院」(299床)は1日、」: a news agency quotes the name after its place.
    const quotedName = QUOTED_NAME_END.exec(subject)?.groups!.name;
    // 「東京・港区に本社がある「あさぎり化粧品」は」: a name quoted after what it is is the name, whatever it ends with.
    const cand = quotedName && (isOrgName(quotedName) || ENDS_LIKE_ORG.test(quotedName) || DESCRIBED_QUOTE_END.test(subject)) ? quotedName : subject;
    const names = findOrgNames(cand);
    // 「東芝テックは10月1日、」: a news lead's subject is the organisation even without a suffix.
    // 「通信教育大手の株式会社ひかり学習社は」: a company named with its legal form, kana and all.
    // 「…を運営するたびやど株式会社は」: a kana name with its legal form after it, after what it runs.
    const corporate = CORPORATE_TAIL.exec(cand)?.[0] ?? RUNNING_COMPANY_END.exec(cand)?.groups!.name;
    // 「旅行会社のさくらツーリスト株式会社は」: a hiragana run after の belongs to the name found after it.
    const kanaHead = names.length > 0 && names[0]!.index > 0 ? KANA_AFTER_NO.exec(cand.slice(0, names[0]!.index))?.[0] : undefined;
    if (kanaHead && kanaJoins(kanaHead, names[0]!.text)) names[0] = { text: kanaHead + names[0]!.text, index: names[0]!.index - kanaHead.length };
    const pick =
      cand === quotedName || (names.length > 0 && names[0]!.index === 0) || personAndInstitution(cand)
        ? cand
        : corporate && corporate.length > (names[0]?.text.length ?? 0)
          ? corporate
          : (names[0]?.text ?? nameEndingLead(cand, lead.groups!.particle === 'は', PLACED_SUBJECT.test(lead[0])));
    const announcer = pick ? undefined : announcingKanjiName(cand, body, lead);
    // (A name of kanji alone is spelled as the body writes it with its legal form: 富嶽園 → 株式会社富嶽園.)
    if (announcer && !police(announcer)) {
      const at = body.indexOf(announcer, lead.index);
      const full = spelledWithCompanyForm(body, announcer);
      return { org: full ?? announcer, span: { start: start + at, end: start + at + announcer.length }, how: 'lead' };
    }
    if (pick && !NOT_AN_ORG.test(pick) && !police(pick) && !police(cand) && !isOwnedThing(body, pick)) {
      const at = body.indexOf(pick, lead.index);
      // 「住宅設備会社「北斗ホームサービス」は」: a quoted name, with its legal form where the body writes it so.
      // (So is a bare name the lead reads after its description: 「人材派遣のミナト・スタッフィング(東京・港)は」 over 「株式会社ミナト・スタッフィングによれば」.)
      const full = pick === quotedName || (pick !== cand && !HAS_LEGAL_FORM.test(pick)) ? spelledWithCompanyForm(body, pick) : undefined;
      // 「私立翠嶺(すいれい)高校は」: a news story's reading of a name is no part of it.
      // 「米医療保険大手ハーランド・ヘルス(Harland Health)は」: a news lead's description and a name's spelling in Latin are no part of it.
      const bare = withoutNewsDescription(pick.replace(READING_ASIDE, '').replace(OPEN_ASIDE_TAIL, ''));
      const from = at + pick.indexOf(bare);
      return bare !== pick && !full
        ? { org: bare, span: { start: start + from, end: start + from + bare.length }, how: 'lead' }
        : { org: full ?? pick.replace(READING_ASIDE, ''), span: { start: start + at, end: start + at + pick.length }, how: 'lead' };
    }
  }
  // 「2020年11月17日、Peatix Japanは…と発表しました」: a sentence opening with the day, its announcing subject after it.
  const dayLed = body.includes('日、') ? DAY_LED_SUBJECT.exec(body.slice(0, LEAD_CHARS)) : null;
  const dayLedOrg = dayLed?.groups!.org!.trim();
  if (dayLed && dayLedOrg && (readsAsOrg(dayLedOrg) || isPlainCompanyName(dayLedOrg) || SPACED_LATIN_NAME.test(dayLedOrg) || isCorporateName(dayLedOrg)) && !SELF_OR_SAME.test(dayLedOrg) && !police(dayLedOrg)) {
    return inMatch(start, dayLed, dayLedOrg, 'lead');
  }
  // 「山口県信用保証協会にてメールアカウントが不正アクセス被害。」: a lead naming where the incident happened, with にて (or で、).
  const where = body.includes('にて') || body.includes('において') || body.includes('で、') ? WHERE_LEAD.exec(body.slice(0, LEAD_CHARS)) : null;
  // (Its place before の is no part of it: 「群馬県の公立富岡総合病院で、」.)
  const whereName = where?.groups!.org;
  const placeOf = whereName ? PLACE_OF.exec(whereName)?.[0] : undefined;
  const whereOrg = placeOf && readsAsOrg(whereName!.slice(placeOf.length)) ? whereName!.slice(placeOf.length) : whereName;
  // (A school a municipality runs, named by its kind alone, 「名古屋市立小学校において」: the municipality, whose board speaks for it.)
  const schoolRunner = where && whereOrg && UNNAMED_PUBLIC_SCHOOL.exec(whereOrg);
  if (schoolRunner) {
    const place = schoolRunner.groups!.place!;
    const at = where!.index + where![0].indexOf(place);
    return { org: place, span: { start: start + at, end: start + at + place.length }, how: 'subject' };
  }
  // (Or a quoted name opening the lead, 「「NTTコムリサーチ」において、…第三者による不正なログイン」: a service's or a body's name.)
  const quotedWhere = !where && body.includes('」') ? QUOTED_WHERE_LEAD.exec(body.slice(0, LEAD_CHARS)) : null;
  const quotedWhereOrg = quotedWhere?.groups!.org;
  if (quotedWhere && quotedWhereOrg && !NOT_AN_ORG.test(quotedWhereOrg) && !GENERIC_THING.test(quotedWhereOrg) && !police(quotedWhereOrg)) return inMatch(start, quotedWhere, quotedWhereOrg, 'subject');
  // (A public office, 「大阪府豊能府税事務所において、」, is named so only there: 事務所 alone ends too many a desk's name elsewhere.)
  if (where && whereOrg && (readsAsOrg(whereOrg) || PUBLIC_OFFICE.test(whereOrg)) && !RUN_SCHOOL.test(whereOrg) && !NOT_AN_ORG.test(whereOrg) && !SELF_OR_SAME.test(whereOrg) && !police(whereOrg)) {
    return inMatch(start, where, whereOrg, 'subject');
  }
  // 「三重県の市立四日市病院の男性技師が、…」: a lead whose subject is a body's staff names the body.
  const staffOf = STAFF_OF_BODY.exec(body.slice(0, LEAD_CHARS));
  const staffBody = staffOf?.groups!.org;
  if (staffOf && staffBody && readsAsOrg(staffBody) && !NOT_AN_ORG.test(staffBody) && !SELF_OR_SAME.test(staffBody) && !police(staffBody)) return inMatch(start, staffOf, staffBody, 'subject');
  const seatedWhere = body.includes('を置く') || body.includes('を構える') ? SEATED_WHERE.exec(body.slice(0, LEAD_CHARS)) : null;
  const seatedOrg = seatedWhere?.groups!.org;
  if (seatedWhere && seatedOrg && readsAsOrg(seatedOrg) && !NOT_AN_ORG.test(seatedOrg) && !police(seatedOrg)) return inMatch(start, seatedWhere, seatedOrg, 'subject');
  // 「個人情報保護委員会は、四谷大塚に対して、…行政指導を実施」: the one a regulator acted against.
  const acted = body.includes('対し') || body.includes('へ') ? REGULATOR_ACTED_ON.exec(body.slice(0, LEAD_CHARS)) : null;
  const actedOn = acted?.groups!.org;
  if (acted && actedOn && (readsAsOrg(actedOn) || isPlainCompanyName(actedOn) || isCorporateName(actedOn) || KANJI_NAME.test(actedOn)) && !NOT_AN_ORG.test(actedOn) && !SELF_OR_SAME.test(actedOn)) {
    return inMatch(start, acted, actedOn, 'lead');
  }
  // 「楽天、楽天カード、楽天Edyは12月25日、」: group companies announcing together, the first named first.
  const joint = body.includes('、') ? JOINT_LEAD.exec(body.slice(0, LEAD_CHARS)) : null;
  if (joint) {
    const first = joint.groups!.org!;
    const rest = joint[0].slice(joint[0].indexOf(first) + first.length);
    if ((readsAsOrg(first) || PLAIN_NAME.test(first) || rest.startsWith(`、${first}`)) && !NOT_AN_ORG.test(first) && !police(first)) {
      return inMatch(start, joint, first, 'lead');
    }
  }
  // 「市立みなと病院は、」: a sentence-initial subject that ends like an institution's name.
  const subject = subjectTopic(body);
  if (subject) {
    // 「工作機械メーカーの東和精機株式会社は、」: the name is the subject's last organisation-like part.
    const subjectText = subject.groups!.org!.trim();
    const names = findOrgNames(subjectText);
    const last = names[names.length - 1];
    const org = last && last.index + last.text.length === subjectText.length ? last.text : subjectText;
    // (Or a bare name the headline leads with and the lead takes as its subject, whatever it ends with: 「カプコン、不正アクセスで…
    // 流出 / …カプコンは、第三者からの…」.)
    const named = ENDS_LIKE_ORG.test(org) || (subject.index < LEAD_CHARS && PLAIN_NAME.test(org) && !GENERIC_THING.test(org) && headlineLeadsWith(body, org, subject.index));
    if (named && !NOT_AN_ORG.test(org) && !police(org) && !police(subjectText)) {
      const at = body.indexOf(org, subject.index);
      return { org, span: { start: start + at, end: start + at + org.length }, how: 'subject' };
    }
  }
  // 「…を展開する富士見ケーブルネットは、…を明らかにした」: an announcement's subject, a name with katakana or Latin.
  const leadText = body.slice(0, LEAD_CHARS);
  const announcing = leadText.includes('明らかにし') || leadText.includes('発表し') || leadText.includes('公表し') ? ANNOUNCING_SUBJECT.exec(leadText) : null;
  if (announcing) {
    const org = announcing.groups!.org!;
    // (A name of kanji alone only after what it runs: 「模擬試験「…」を運営する学悠出版は、…と発表した」.)
    const before = announcing[0].slice(0, announcing[0].lastIndexOf(org));
    const operated = OPERATOR_BEFORE_END.test(before) || DESCRIBED_BEFORE_END.test(before);
    // (A hiragana head only there too: 「調剤薬局を展開するたんぽぽ薬局は、」.)
    // (Or a kana name with an institution's ending: 「かながわ信用金庫は、…と発表した」.)
    const named = operated ? !BARE_KIND.test(org) : (HAS_KATAKANA_OR_LATIN.test(org) && !HIRAGANA_START.test(org)) || isKanaName(org);
    if (named && !NOT_AN_ORG.test(org) && !NOT_A_NAME_START.test(org) && !police(org)) {
      // The name with its legal form, where the body writes it so (お問い合わせ：株式会社ツキミ通信).
      const full = spelledWithCompanyForm(body, org);
      const named = full ?? org;
      const at = full ? body.indexOf(full) : body.indexOf(org, announcing.index);
      return { org: named, span: { start: start + at, end: start + at + named.length }, how: 'subject' };
    }
  }
  // 「長崎県佐世保市のハウステンボスは…と12日、明らかにしました」: a name in katakana or Latin after its town and の, the subject that announced.
  const placedAnnouncer = leadText.includes('明らかにし') || leadText.includes('発表し') || leadText.includes('公表し') ? PLACED_NAME_ANNOUNCING.exec(leadText) : null;
  const placedOrg = placedAnnouncer?.groups!.org;
  if (placedAnnouncer && placedOrg && !GENERIC_THING.test(placedOrg) && !NOT_AN_ORG.test(placedOrg) && !police(placedOrg)) return inMatch(start, placedAnnouncer, placedOrg, 'subject');
  // 「マッチングアプリ「Omiai」を運営するネットマーケティングが外部からの不正アクセスを受け、…」: who runs the service, the lead's
  // subject with が, a name with katakana or Latin.
  const befallen = leadText.includes('を運営する') ? RUNNER_SUBJECT.exec(leadText) : null;
  const befallenOrg = befallen?.groups!.org;
  if (befallen && befallenOrg && PLAIN_NAME.test(befallenOrg) && !GENERIC_THING.test(befallenOrg) && !NOT_AN_ORG.test(befallenOrg) && !police(befallenOrg)) {
    return inMatch(start, befallen, befallenOrg, 'subject');
  }
  // 「中国電力は社内ネットワークの一部が不正アクセスを受け、…と発表しました。 / 中国電力によりますと、…」: a sentence-initial
  // subject the story then cites as its source is the organisation, a bare kanji name as it may be.
  const sourced = leadText.includes('は') && body.includes('によ') ? sourcedSubject(body, leadText) : null;
  if (sourced && !police(sourced.org)) return { org: sourced.org, span: { start: start + sourced.at, end: start + sourced.at + sourced.org.length }, how: 'subject' };
  // 「…が判明したとしてミナトモバイルが謝罪しました」: who apologised or announced, named after what it said.
  const apology = leadText.includes('が謝罪') || leadText.includes('が陳謝') || leadText.includes('が発表') || leadText.includes('が公表') ? APOLOGY_SUBJECT.exec(leadText) : null;
  if (apology) {
    const org = apology.groups!.org!;
    if (HAS_KATAKANA_OR_LATIN.test(org) && !NOT_AN_ORG.test(org) && !NOT_A_NAME_START.test(org) && !police(org)) {
      return inMatch(start, apology, org, 'subject');
    }
  }
  // Only a lead or subject was asked for (a headline's name told in full): the rest is not read.
  if (leadOnly) return null;
  // 「快活CLUBを運営する快活フロンティアのサーバーが不正アクセスを受け」: the operator whose system the lead tells of.
  // 「Jリーグ・テゲバジャーロ宮崎の公式オンラインショップで」: the one whose own shop or site it was.
  const owner = leadText.includes('の') ? OPERATED_OWNER.exec(leadText) ?? OWN_SHOP.exec(leadText) : null;
  if (owner && !NOT_AN_ORG.test(owner.groups!.name!) && !BARE_KIND.test(owner.groups!.name!) && !BARE_FACILITY.test(owner.groups!.name!) && !GENERIC_THING.test(owner.groups!.name!) && !police(owner.groups!.name!)) {
    // (A trade before a katakana or Latin name is no part of it: 「仏IT企業ファストブッキング社」.)
    const org = owner.groups!.name!.replace(TRADE_BEFORE_NAME, '');
    return inMatch(start, owner, org, 'subject');
  }
  // 「2025年6月23日、ぴあ株式会社が運営するチケットリセールサービス「RELIEF Ticket」で…」: a company with its legal form running the
  // service the lead tells of.
  const runner = leadText.includes('が') ? CORPORATE_RUNNER.exec(leadText) : null;
  if (runner && !police(runner.groups!.name!)) {
    const org = runner.groups!.name!;
    return inMatch(start, runner, org, 'subject');
  }
  const trade = TRADE_NAMED.exec(leadText);
  // (Not a thing a company with its legal form owns: 「北浜商事株式会社のサイトで」.)
  if (trade && !police(trade.groups!.name!) && !GENERIC_THING.test(trade.groups!.name!)) {
    const org = trade.groups!.name!;
    const at = body.indexOf(org, trade.index);
    return { org, span: { start: start + at, end: start + at + org.length }, how: 'subject' };
  }
  // 「学術団体「日本北浜学会」で、」「障害者施設「北浜福祉園」において、」: a quoted name after its kind, as a lead's place of the event.
  const kinded = leadText.includes('「') ? KIND_QUOTED.exec(leadText) : null;
  if (kinded && !police(kinded.groups!.name!)) {
    const org = kinded.groups!.name!;
    return inMatch(start, kinded, org, 'subject');
  }
  // 「蒲郡市の「みなと中央病院」では今月8日、」: a news story's quoted name after its town.
  const placed = PLACE_QUOTED.exec(leadText);
  if (placed && (isOrgName(placed.groups!.name!) || ENDS_LIKE_ORG.test(placed.groups!.name!))) {
    const org = placed.groups!.name!;
    return inMatch(start, placed, org, 'subject');
  }
  // 「豊田市が印刷業務を委託しておりました株式会社イセトー…が、ランサムウェア…」: the client that entrusted its work to the company
  // attacked is whose data it was.
  const client = leadText.includes('委託して') ? CLIENT_OF_CONTRACTOR.exec(leadText) : null;
  const clientOrg = client?.groups!.org;
  if (client && clientOrg && readsAsOrg(clientOrg) && !NOT_AN_ORG.test(clientOrg) && !SELF_OR_SAME.test(clientOrg) && !police(clientOrg)) return inMatch(start, client, clientOrg, 'subject');
  const self = SELF_REFERENCE.exec(body);
  if (self && findOrgNames(self.groups!.org!).length > 0) {
    const org = self.groups!.org!.trim();
    const at = body.indexOf(org, self.index);
    return { org, span: { start: start + at, end: start + at + org.length }, how: 'self' };
  }
  const dept = BODY_WITH_DEPARTMENT.exec(body);
  if (dept && isOrgName(dept.groups!.org!) && !police(dept.groups!.org!) && !police(dept[0])) {
    // A public enterprise is a body of its own, not a department: 白鷺台市水道局, 北浜市交通局.
    const named = dept[0].replace(/^[。\n、]?\s*/, '').replace(/(?:において|では|にて|が|は)$/, '');
    const org = ENTERPRISE.test(named) ? named : dept.groups!.org!;
    const at = body.indexOf(org, dept.index);
    return { org, span: { start: start + at, end: start + at + org.length }, how: 'subject' };
  }
  // A name the notice reports to or hears from (警視庁に相談, カード会社から連絡) is a third party.
  const withForm = firstOrgName(body, arrest);
  // 「健康食品通販会社「ミドリノ生活」(東京都品川区)が…」: a company a news story names in quotes, if
  // before any other name without a legal form.
  const quotedCompany = QUOTED_COMPANY.exec(body);
  // In an arrest story a town named first is where the suspect lives (同府豊中市の元社員): the company is the victim.
  if (quotedCompany && (!withForm || (quotedCompany.index < withForm.index && !HAS_LEGAL_FORM.test(withForm.text)) || (arrest && MUNICIPALITY_END.test(withForm.text)))) {
    const org = quotedCompany.groups!.name!;
    return inMatch(start, quotedCompany, org, 'first');
  }
  if (!withForm) {
    // 「奈良市立伏見小のホームページに、誤って…」: a public school's short form in a lead that names no other body.
    const school = PUBLIC_SCHOOL_SHORT.exec(leadText);
    return school ? inMatch(start, school, school.groups!.org!, 'subject') : null;
  }
  // 「メタップスペイメント(東京都港区)が…」: a place in the aside after a company's bare name is its seat; the name is the organisation.
  const seated = MUNICIPALITY_END.test(withForm.text) ? SEATED_NAME_BEFORE.exec(body.slice(Math.max(0, withForm.index - SEATED_NAME_REACH), withForm.index)) : null;
  const seatedName = seated?.groups!.name;
  if (seatedName && PLAIN_NAME.test(seatedName) && !GENERIC_THING.test(seatedName) && !NOT_AN_ORG.test(seatedName) && !police(seatedName)) {
    const at = withForm.index - (Math.min(withForm.index, SEATED_NAME_REACH) - seated!.index);
    return { org: seatedName, span: { start: start + at, end: start + at + seatedName.length }, how: 'first' };
  }
  return { org: withForm.text, span: { start: start + withForm.index, end: start + withForm.index + withForm.text.length }, how: 'first' };
}
/** A client telling the work it entrusted: 「豊田市が印刷業務を委託しておりました」「北浜県が業務を委託している」. */
const CLIENT_OF_CONTRACTOR = /(?:^|[。\n、])[ \u3000]*(?<org>[^\s、。「」()（）がはをにで]{2,20}?)(?:が|は)、?[^。、]{0,20}?を委託して(?:おりました|おります|いました|います|いる|いた)/u;
/** A public school's short form in news: 奈良市立伏見小, 都立新宿高, 市立北中 (小学校, 高等学校, 中学校 in full are BODY_SUFFIX's). */
const PUBLIC_SCHOOL_SHORT = new RegExp(`(?<![${HAN}${KATAKANA}])(?<org>[${HAN}]{0,6}?(?:都|道|府|県|市|町|村|区)立${NAME}{1,8}?(?:小|中|高))(?![${HAN}])`, 'u');
/** A katakana or Latin name after its town and の, the subject of an announcement: 「長崎県佐世保市のハウステンボスは…と12日、明らかにしました」. */
const PLACED_NAME_ANNOUNCING = new RegExp(
  `(?:^|[。\\n])[ \\u3000]*(?:[${HAN}]{1,3}(?:都|道|府|県))?[${HAN}]{1,6}(?:市|区|町|村)の(?<org>[${KATAKANA}ーA-Za-z][${KATAKANA}ーA-Za-z0-9・&]{1,23})は[^。\\n]{0,160}?(?:と|を)(?:[0-9]{1,2}日、?)?(?:明らかにし|発表し|公表し)`,
  'u',
);
/** How far before a seat in an aside the name it belongs to may start. */
const SEATED_NAME_REACH = 40;
/** A bare name right before an aside that opens with its seat: 「メタップスペイメント(」「エヌ・ティ・ティ・ロジスコ(NTTロジスコ、」. */
const SEATED_NAME_BEFORE = new RegExp(`(?<name>${NAME}{2,30})[(（](?:[^()（）、]{1,16}、)?(?:本社[:：=])?$`, 'u');
