// Decides whether a count counts affected people/records (a "victim" count) from the words
// around it. Every regex here runs on a short, bounded window (≤ ~40 chars each side), so the
// whole decision is O(1) per count. Order matters: strong cues first, fallbacks last.
import type { CountUnit } from '../types';
import { isTrimmedSpace } from '../text/lines';
import { tellsEarlierIncident } from '../text/clauses';
import { gateOf, inSet, type UnitSet } from '../text/gated-scan';

export interface CueContext {
  unit: CountUnit;
  /** Same-sentence text just before the count (bounded). */
  before: string;
  /** Same-sentence text just after the count (bounded). */
  after: string;
  /** Text before the count across line breaks (bounded), trailing whitespace removed. */
  beforeLines: string;
  /** The sentence around the count (bounded window). */
  sentence: string;
  /** The count text ends with 分 (18,746名分, 80 人分). */
  perPerson: boolean;
  /** A stated total (計/合計/総数/総計). */
  total: boolean;
}

export interface VictimDecision {
  victim: boolean;
  reason: string;
}

/**
 * The cues read at the end of the text before a count are written as X for /X$/ and wrapped by atEnd:
 * a sticky (?<=X) tried only at the end (endsWithMatch) gives the same answer as /X$/, but V8 matches
 * a lookbehind backwards from that one position, where /X$/ tries X at every start in the window.
 * (Only the yes/no answer is the same: the text a lookbehind captures may differ, so no cue's match
 * text is read.)
 */
function atEnd(re: RegExp): RegExp {
  return new RegExp(`(?<=${re.source})`, 'y');
}

/** Does a match of the atEnd regex `re` end `s`? */
function endsWithMatch(re: RegExp, s: string): boolean {
  re.lastIndex = s.length;
  return re.test(s);
}

const SP = '[ \\u3000]*';
/** Nouns for personal data. Must match 個人情報, 口座情報, メールアドレス, カルテ; not メール alone. */
const DATA_WORDS =
  '個人情報|個人データ|顧客情報|会員情報|登録情報|情報|データ|氏名|お名前|名前|住所|メールアドレス|アドレス|電話番号|カルテ|名簿|口座|クレジットカード|カード|ID|ＩＤ|アカウント|パスワード|生年月日|記録|履歴';
/** Nouns for the people the data is about. Must match お客様, 会員, 受講生; not 方法 (方 guarded). */
const PERSON_WORDS =
  'お客様|お客さま|顧客|会員|利用者|ユーザー|対象者|児童生徒|児童|生徒|学生|受講生|受験生|卒業生|在校生|在学生|修了生|研修生|実習生|応募者|登録者|患者|入所者|参加者|加入者|購入者|契約者|申込者|申請者|被保険者|住民|市民|皆様|オーナー様?|ご担当者|担当者|方(?![法向針式])|者';

/** "の" + data/person noun right after: 152件のメールアドレス, 17,171名 のお客様. Not のメール送信. */
const OF_DATA_AFTER_RE = new RegExp(`^${SP}[)）]?${SP}の${SP}[「『]?(?:${DATA_WORDS}|${PERSON_WORDS})`);
/** Data noun ending the text before: 口座情報1万9932件, 個人情報(17,171件), ・住所、氏名:800件. */
const DATA_BEFORE_RE = atEnd(new RegExp(`(?:${DATA_WORDS})(?:等|など)?${SP}[がはの:：;；(（〔、]?${SP}`));
/** A line listing kinds of data up to a colon: 名前・住所・年齢・メールアドレス・電話番号・志望動機: */
const DATA_LIST_LABEL_RE = new RegExp(`^[^。:]*(?:${DATA_WORDS})[・、/][^。:]*:${SP}$`);
/** Person noun ending the text before: お客様は1,850名, お客様(計17,171名, 小中学生ら2万5725名, 会員:1,000名. */
const PERSON_BEFORE_RE = atEnd(new RegExp(`(?:${PERSON_WORDS})(?:様|さま)?(?:等|など|ら)?(?:の一部|のうち)?${SP}[がはの:：(（〔、]?${SP}`));
/**
 * Count label ending the previous text, even across blank lines: ID数:, 件数:, 対象件数\n, 延べ契約件数\n\n,
 * お客様の数は, 件数は最大で, 【対象となる会員数】\n (a bracketed heading line). Must not match アクセス数
 * (checked before as an activity tally).
 */
const LABEL_BEFORE_RE = atEnd(
  /(?:件数|人数|者数|ID数|ＩＤ数|アカウント数|会員数|顧客数|お客さま数|お客様数|患者数|口座数|世帯数|名数|の数)[】』」)）]?(?:は|が)?[ \u3000]*[:：]?[ \u3000]*(?:(?:最大|合計|総計|総数|計|約|およそ|推定|推計)(?:で|は)?)?/,
);
/** A cumulative label (延べ契約件数) marks the count as のべ. Must not match 件数 alone. */
const CUMULATIVE_LABEL_RE = atEnd(/(?:延べ|のべ)[^\s。、0-9０-９]{0,8}(?:件数|人数|者数)(?:は|が)?[ \u3000]*[:：]?/);
/** Activity tallies (アクセス数は…1件): not people. Must not match 件数 or 人数. */
/** A label of those a leak reached, ending the text before a count: 不正ログインされたアカウント数は, 流出した件数は. */
const REACHED_LABEL_RE = /(?:ログインされた|ログインに成功した|閲覧された|流出した|漏えいした|漏洩した)[^。、]{0,12}?数(?:は|が)?[ \u3000]*(?:約|計|合計)?[ \u3000]*$/;
/** A mailing's count of addressees as its label: 送信件数, 配信数. */
const SENT_COUNT_LABEL_RE = /(?:送信|配信)件?数[ \u3000]*[:：]?[ \u3000]*$/;
const ACTIVITY_LABEL_RE = /(?:アクセス|送信|配信|受信|開封|クリック|ダウンロード|閲覧|表示|再生|発送|郵送|送付|申請|交付|受付|取扱|取り扱い|受理|処理)件?数|試行[^。、]{0,24}?数/;
const VIEWERS = '(?:学生|生徒|受講生|児童|者|人|方|ユーザー?|職員|社員|従業員|利用者|会員|お客様|顧客|受信者)?(?:等|ら)?';
/**
 * Viewers/receivers as the counted set: アクセスした学生が39名, 受信した受講生1名, 閲覧した者は5名, and the
 * honorific active with its object 「マイページを閲覧されたお客様：1,027名」.
 * Not 閲覧した顧客情報, nor 閲覧した患者1,000人 (an object: 閲覧/アクセス need が/は to be the subject).
 */
const VIEWER_BEFORE_RE = atEnd(
  new RegExp(
    `(?:(?:受信|送信|開封|ダウンロード)した${VIEWERS}${SP}(?:が|は|の|のうち|うち)?|(?:アクセス|閲覧)した${VIEWERS}${SP}(?:が|は|のうち|うち)|を${SP}(?:閲覧|アクセス|ご利用|利用)された(?:お客様|お客さま|方|利用者|会員)${SP}(?:が|は|のうち|うち|[:：])?)[ \\u3000、]*`,
  ),
);
/** A viewing act after the viewers' particle: 「、当該メールを開封し」「…にアクセスし」. */
const VIEWING_ACT = '[、 \\u3000]*[^。]{0,25}?(?:開封し|アクセスし|閲覧し|受信し|ダウンロードし|(?:文書|ファイル|資料|メール|書類|画面)を見(?:て|た))';
/** The counted people did the viewing: 4名が、当該ファイルを開封; 保護者10人が添付された文書を見ていた. Not 閲覧された / 閲覧可能. */
const VIEWER_AFTER_RE = new RegExp(`^[ \\u3000]*(?:が|は)${VIEWING_ACT}`);
/** Viewers or receivers named after the count: 「約1,900名の学生が当該メールを開封」 (those who opened it, not whose data it held). */
const VIEWERS_NAMED_AFTER_RE = new RegExp(`^[ \\u3000]*の(?:学生|生徒|受講生|児童|利用者|会員|お客様|顧客|受信者|職員|社員|方)(?:が|は)${VIEWING_ACT}`);
/**
 * Staff or perpetrators as the acting subject: 職員1名が…逮捕, 課長級職員3人, 従業員1名において.
 * (従業員1,200名の個人情報 / 従業員100名分 are caught as victims before this.) Not 認定医2万1563名.
 */
const STAFF_BEFORE_RE = atEnd(
  /(?:職員|従業員|社員|スタッフ|係長|課長|部長|委託先|業者|容疑者|被疑者|犯人|第三者|攻撃者)(?:等|ら)?[ \u3000]*(?:が|は)?[ \u3000]*/,
);
/** Mailing-list sizes: 全体配信対象1,759件, 送信先 20件. Not 対象件数 (a victim label). */
const RECIPIENT_LABEL_BEFORE_RE = atEnd(
  /(?:配信対象|送信対象|送付対象|配信先|送信先|送付先|宛先|受信者|受取人)(?:数|件数)?(?:は|が)?[ \u3000:：]*/,
);
/** Denominator: 586件中500件. Not 5万件中継 / 件中止. */
const DENOMINATOR_AFTER_RE = /^[ \u3000]*中(?![継止断旬央心])/;
/** Recipients of a sending: 500件へ…配信, 10名に…送信. Not 3人に対し (staff/other). */
// 「お客様約18万名様宛てに、…DMを発送」「市民5,000人に発送し」: a mailing's addressees (and those told what leaked: 「知人の男性2人に、…個人情報を漏らした」); not 「対象のお客様…件には、…郵送にてご連絡」 (the
// notice to those affected, told with に).
const RECIPIENT_AFTER_RE = /^[ \u3000]*[)）]?[ \u3000]*(?:[(（][^()（）]{0,30}[)）][ \u3000]*)?(?:と[^。、()（）]{1,16}?(?:[(（][^()（）]{0,12}[)）])?)?(?:全員|全て|すべて)?(?:に対し(?:て)?、?[^。]{0,30}?(?:案内|キャンペーン|お知らせ|メルマガ|メールマガジン|ニュースレター)[^。]{0,12}?(?:配信|送信)|(?:様|さま)?(?:へ|に|あて|宛て?)(?![対つ関])[^。]{0,30}?(?:配信|送信|送付|誤送|転送|届い|届き|添付|漏らし|漏らす)|(?:様|さま)?(?:あて|宛て?)に?[^。]{0,40}?(?:発送|郵送)|に(?:発送|郵送)し|の[^。、]{1,10}?(?:あて|宛て?)に?[^。誤]{0,30}?(?:発送|郵送|送付)(?:した|し、|しました)|を対象に[^。誤]{0,10}?(?:配信|送信|送付|発送|郵送))/;
/** A BCC/CC mistake: the recipients' own addresses leaked, so recipients are victims. */
const BCC_RE = /BCC|ＢＣＣ|CC|ＣＣ|宛先が|アドレスが(?:表示|見え|確認)/;
/** Mail counted in 件: メール約5万件, 送信されたメールは約10万件. Not メールアドレス152件. */
/** A document made out to one person, right before its count in 通: 通知書, 届, 手帳, 証明書, 書留, はがき. */
const PERSONAL_DOCUMENT_BEFORE_RE = /(?:通知書|通知文書|通知カード|届|手帳|証明書|受給者証|保険証|被保険者証|申請書|申込書|書留|はがき|ハガキ|葉書|調査票|届出書|納付書|請求書|調書|予告文書|督促状|住民票(?:の)?写し|写し)[」』]?[ \u3000]*$/;
/**
 * One document of one person's (「家賃通知書1通が別の世帯に届いた」「通知カードが入った簡易書留1通を」): one person's data.
 * (Only one: 「通知書4,100通を発送し、うち312人分…」 counts what was mailed, not whose data went astray.)
 */
export function isOnePersonsDocument(unit: string, value: number | null, before: string): boolean {
  return unit === '通' && value === 1 && PERSONAL_DOCUMENT_BEFORE_RE.test(before);
}
/** A form each person fills in one of, right before its count in 枚, its name maybe quoted (「預金口座振替依頼書計6287枚」「受講申出書1枚」「「PTA役員希望調査票」39枚」「退院届1枚」). */
const PER_PERSON_FORM_BEFORE_RE = /(?:依頼書|申込書|申請書|申出書|届出書|届書|届|調査票|同意書|問診票|契約書|答案用紙|答案|受講票|受験票|住民票(?:の)?写し|証明書|通知書)[」』]?[ \u3000]*$/;
/** What became of the forms: lost, thrown away, gone or sent astray (「を紛失した」「が所在不明」「を誤って廃棄」). */
const FORMS_LOST_AFTER_RE = /^[ \u3000]*(?:分)?(?:を|が|は|の)[^。]{0,16}?(?:紛失|所在不明|廃棄|無くな|なくな|盗ま|盗難|流出|誤送付|誤って(?:送付|発行|交付)|誤交付|見当たら|持ち帰|持ち出)/;
/**
 * Forms, one a person, counted in 枚 or 通 and lost, taken home or sent astray (「依頼書計6287枚を紛失した」「住民票の写し16通を誤って
 * 交付」「調査票39枚を自宅に持ち帰った」), or one such form (「申出書1枚」「課税予告文書1通」): as
 * many people's data. (Not pages of a list: 「名簿2枚を紛失」 holds many people on each page; nor forms printed: 「申込書500枚を印刷」.)
 */
export function isPersonalFormsCount(unit: string, value: number | null, before: string, after: string): boolean {
  return (unit === '枚' || unit === '通') && PER_PERSON_FORM_BEFORE_RE.test(before) && (value === 1 || FORMS_LOST_AFTER_RE.test(after));
}
/** Those a mail showed to one another: 「…の間でお互いの(メールアドレス)」. */
const MUTUAL_AFTER_RE = /^[ \u3000]*の間で(?:お)?互いの/;
/** 「その数、」「その件数は」 right before a count: the number of what was just told. */
const THAT_NUMBER_BEFORE_RE = /その(?:数|件数|人数)(?:は|が)?[、,]?[ \u3000]*(?:約|およそ|合計|計|実に)?[ \u3000]*$/;
/** A count's label naming it the leak's: 漏えい件数, 流出件数 (a colon or spaces after). */
const LEAK_COUNT_LABEL_BEFORE_RE = /(?:漏えい|漏洩|流出|漏えい等)件数[ \u3000:：]*$/;
const MAIL_BEFORE_RE = atEnd(/メール(?!アドレス|アカウント)[^、。\s]{0,3}[ \u3000]*/);
/** Mail counted in 件: 数万件の不審メール, 152件についてメールを. Not 152件のメールアドレス. */
const MAIL_AFTER_RE = /^[ \u3000]*(?:の|が|は|を|について)?[^、。\s]{0,6}?メール(?!アドレス|アカウント)/;
/** The counted things were sent/relayed: 5万件不正送信, (586件)の配信. */
const SENT_AFTER_RE = /^[ \u3000]*[)）]?[ \u3000]*(?:の|が|を|は)?[ \u3000]*(?:不正|誤)?(?:送信|中継|配信|送付)/;
/** Things, not people, counted in 件: ファイル3件, 端末2件. Not ファイルに含まれる個人情報3件. */
const OBJECT_BEFORE_RE = atEnd(/(?:ファイル|端末|パソコン|PC|USBメモリ|サーバー?|ページ|サイト|記事|投稿)(?:等|など)?(?:数)?[ \u3000]*[がはの:：]?[ \u3000]*(?:計|合計)?[ \u3000]*/);
/** Incidents/enquiries counted in 件: 2件の不正アクセス, 問い合わせは30件. Not 2件の個人情報. */
const INCIDENT_AFTER_RE = /^[ \u3000]*の[ \u3000]*(?:不正アクセス|不正ログイン|事案|事故|事件|インシデント|攻撃|問い合わせ|お問い合わせ|相談|苦情|通報|報告)/;
const INCIDENT_BEFORE_RE = atEnd(/(?:問い合わせ|相談|苦情|通報|事案|事故|事件|インシデント|攻撃)(?:件数|数)?(?:は|が|:|：)?[ \u3000]*/);
/** A population, not the affected: 約50万人の会員が登録している, 約3万人が利用する, 1万社を抱える. */
const POPULATION_AFTER_RE = /^[ \u3000]*(?:の[^。、]{0,8}?)?(?:が|を|と)?[ \u3000]*(?:登録|利用|在籍|加入|所属|抱え|擁|突破|達成|契約して|取引して|申し?込んで(?=い|お)|応募して(?=い|お))(?![者数料])(?:して|されて|する|し)?(?:いる|おり|います|いた)?/;
/** Directly leaked: 約43万件流出, 1万2424件が流出. */
/** Objects as the topic of the count's sentence: 投稿は、…計31件. */
/** Actions the sentence counts, as its topic: 「行政指導は、」「懲戒処分は、」「報告は、」. */
const ACTIONS_TOPIC_BEFORE_RE = /(?:行政指導|指導|勧告|命令|処分|報告|届け?出)(?:件数|の件数)?は、[^。]*$/;
/** Enquiries counted under their label, a few words between: 問い合わせ件数：4月25日までに計. */
const INQUIRY_LABEL_BEFORE_RE = /(?:問い合わせ|問合せ|お問合せ|相談|苦情|通報|報告)(?:の)?(?:件数|数)(?:は|が)?[:：]?[^。()（）]{0,16}$/;
/** Tasks, contracts or projects counted in an aside to their noun: 業務(令和6年度 約. */
const TASKS_ASIDE_BEFORE_RE = /(?:業務|事業|契約|委託|案件|取引|工事)[(（][^()（）]{0,12}$/;
/** Objects named right after a count of 件: 「…件のファイルが」「…件の書類を」. */
const OBJECT_AFTER_RE = /^[ \u3000]*の(?:ファイル|データファイル|書類|文書|帳票|画像|PDF)(?:が|を|は|に|の)/;
/** Attempts counted: 「…件のIDに対してログインが試行され」「…件のアカウントへの攻撃」. */
const ATTEMPTED_AFTER_RE = /^[ \u3000]*(?:分)?の(?:ID|アカウント|ログインID|ユーザーID)(?:に対して|に対し|への|に)[^。]{0,20}?(?:試行|試み|攻撃)/;
/** Views as what is counted: 閲覧が計, アクセスは合計 (not log-ins: the accounts an intruder got into are victims). */
const ACCESSES_BEFORE_RE = /(?:閲覧|アクセス|参照)(?:回数|件数)?(?:が|は)[ \u3000]*(?:計|合計|延べ|のべ)?[ \u3000]*$/;
/** The disciplined as the topic of the count's sentence: 「懲戒処分は、これで計11人」「処分者数は」. */
/** An aside after a body's name that names its head, then its size: 「(三橋重信校長、生徒」「(院長 …、職員」. */
const HEAD_ASIDE_BEFORE_RE = /[(（][^()（）]{1,16}(?:校長|院長|学長|園長|所長|社長|理事長|館長)[、,][^()（）、]{0,8}$/;
/** A penalty right after a count: 「…計6人を減給」「3人が停職処分」「2名を懲戒処分」. */
const DISCIPLINED_AFTER_RE = /^[ \u3000]*(?:を|が|は)[^。、]{0,6}?(?:減給|懲戒|戒告|停職|訓告|譴責|けん責|諭旨|懲戒解雇|厳重注意)/;
/** Those who did it, right after their count: 「…24名による」「4人の不正閲覧」. */
const PERPETRATORS_AFTER_RE = /^[ \u3000]*(?:による(?:[、,]|不正|興味|私的|業務外|目的外|閲覧|持ち出し|漏えい|漏洩)|の(?:不正|私的|業務外|目的外)(?:な)?(?:閲覧|照会|アクセス|持ち出し|利用))/;
const DISCIPLINED_TOPIC_BEFORE_RE = /(?:懲戒)?処分(?:者|を受けた(?:教職員|職員|者))?(?:数)?は、?[^。]*$/;
const OBJECT_TOPIC_BEFORE_RE = /(?:投稿|メール|ファイル|書類|文書|はがき|郵便物|FAX|ファクス)は、[^。、]*$/;
/** A label of a body's size: 募集人数, 従業員数, 在籍者数 (not 対象の…数). */
/** A place's population told before the count: 「人口は1月末現在で」「人口(約」. */
const POPULATION_OF_PLACE_RE = /人[ \u3000]?口(?:は|が|:|：|[(（])?[^。、]{0,12}?[ \u3000]*(?:約|およそ)?[ \u3000]*$/;
const SIZE_LABEL_RE = /(?:(?<!対象|対象の|対象となる|影響|該当)(?:募集|従業員|社員|職員|教職員|在籍|在籍者|在校|全校|世帯|生徒|児童|学生|園児|有権者|選挙人名簿登録者|名簿登録者|出走者|収容人|来場者|観客|入場者|(?:月間|年間)?閲覧者|(?:月間|年間)(?:利用者|来館者))(?:人)?数|人[ \u3000]?口)[】』」)）]?(?:は|が)?[ \u3000]*[:：]?[ \u3000]*$/;
/** An account's audience: フォロワー約85万人, 登録者数30万人 of a channel. */
const FOLLOWERS_BEFORE_RE = atEnd(/(?:フォロワー|チャンネル登録者|友だち)(?:数)?(?:は|が|:|：)?[ \u3000]*(?:約|およそ)?[ \u3000]*/);
/** A whole service's population named by its label (同サイトの累計登録者数は約31万人, 総会員数:12万人): not the affected. */
/** Those a service or body counts as its members: the nouns of its size (会員数, 利用者数…). */
const MEMBERSHIP = '会員|利用者|登録者|ユーザー?|顧客|契約者|加入者|組合員|求職者|登録スタッフ';
/** A body's size as a sentence's topic: 「会員数は約620万人」「ボランティア登録者は約90人」, not 「対象となる会員数は」 or 「流出した顧客数は」. */
const SIZE_TOPIC_BEFORE_RE = new RegExp(`(?<!(?:対象|該当|影響|被害|流出|漏えい|漏洩|不正|閲覧|送付|通知|記載|記録|保存|含まれ|紛失)[^。、]{0,10})(?:(?:${MEMBERSHIP})(?:の)?数|登録者|視聴者(?:数)?)は${SP}(?:(?:合計|総計|計)で?${SP})?(?:約|およそ)?${SP}$`);
/** A size in an aside: 「(会員数 約4,900名)」. */
const SIZE_ASIDE_BEFORE_RE = new RegExp(`[(（](?:${MEMBERSHIP}|職員|社員|従業員|生徒|児童|学生)数${SP}[:：]?${SP}(?:約|およそ)?${SP}$`);
/** A database or system as what holds the count: 「データベース上には約」「サーバー内には」. */
const DATABASE_HOLDS_BEFORE_RE = /(?:データベース|DB|サーバー?|システム)(?:上|内)?には、?[ \u3000]*(?:約|およそ)?[ \u3000]*$/;
/** A system's size in an aside after its name: 「購読者管理システム(購読者約9万2千人)」. */
const SYSTEM_SIZE_ASIDE_BEFORE_RE = /(?:システム|サービス|サイト|データベース|DB|アプリ)[(（][^()（）]{0,10}?(?:者|会員|利用者|顧客|ユーザー?|登録件数|登録数)[ \u3000:：]*(?:約|およそ)?[ \u3000]*$/;
/** A reference section's head a few lines above: (参考)…の状況, 【参考】, 参考: (its figures are background). */
const REFERENCE_SECTION_RE = /(?:^|\n)[ \u3000]*(?:[(（【<＜〈■※][ \u3000]*参考[ \u3000]*[)）】>＞〉]?|参考[:：])[^\n]*(?:\n[^\n]*){0,3}$/;
/** The count's data told as not leaked: 「…名の…については、流出していない」. */
const NOT_LEAKED_AFTER_RE = /^[ \u3000]*の[^。]{0,40}?(?:については|は)、?[^。]{0,12}?(?:流出|漏えい|漏洩|閲覧)(?:されて|して|されたことは)?(?:いない|おらず|ない|ありません)/;
/** A whole a part is taken from: 「400名のうち」「当選者は約2万4千人で、このうち」. */
const WHOLE_OF_PART_AFTER_RE = /^[ \u3000]*(?:分)?(?:のうち|(?:で|であり|となり)、?(?:この|その)うち|の[^。、]{1,20}?(?:があり|があった)、?(?:この|その)?うち)/;
/** Log-in attempts named right after the count: 「…件を超える不正ログイン試行」「…回のログインの試み」. */
const LOGIN_ATTEMPTS_AFTER_RE = /^[ \u3000]*(?:を超える|を超す|を上回る|以上の|超の)?(?:の)?(?:不正)?ログイン(?:の)?(?:試行|試み)/;
/** Double entries taken out just before the count: 「(同一の者からの申請を除くと」「重複を除いた件数は、」. */
const NET_BEFORE_RE = /(?:重複(?:分)?|同一の[^()（）、。\n]{0,12}?)を除(?:くと|いた(?:件数|人数)?|き|いて)(?:は|で|が)?[、 \u3000]*[:：]?[ \u3000]*(?:約)?[ \u3000]*$/;
/** A leak told in the count's own clause: 「流出した1,000名のうち」 is the affected, a part told after. */
const LEAK_IN_CLAUSE_RE = /(?:流出|漏えい|漏洩|漏れ|対象|被害|閲覧|不正|紛失|誤送|誤って)[^、。]*$/;
/** Others than the affected, just before the count: 「他の生徒」. */
const OTHERS_BEFORE_RE = /他の[^。、\d]{0,6}$/;
/** The others' own data told as leaked: 「他の顧客10名の情報も」. */
const OTHERS_DATA_AFTER_RE = /^[ \u3000]*(?:分)?の(?:個人)?(?:情報|データ|氏名)/;
/** A count told as the group already named: 「この1万2207人のうち」. */
const BACK_REFERENCE_RE = /(?:この|その|これらの?|上記の?|同)[ \u3000]*(?:約|最大)?[ \u3000]*$/;
/** 「応募は累計で約4万2000件あったが」: a whole told with its tally, against the part affected. */
const TALLY_TOPIC_BEFORE_RE = /(?:応募|申し?込み?|登録|利用|参加)(?:者)?(?:数)?は[^。、]{0,6}?(?:累計|合計|総計)?で?[ \u3000]*(?:約|およそ)?[ \u3000]*$/;
/** Mail sent as meant: 「…を発送した」「…を郵送しており」 (not 誤って発送). */
const MAILED_AFTER_RE = /^[ \u3000]*(?:の[^。、誤]{1,24}?)?を(?:[0-9０-９]{1,2}日に|同日に?|本日)?(?:発送|郵送)(?:した|し、|しており|しました|している|しています|いたしました|いたしております)/;
/** The line over a count alone is a list of the kinds of data (a table's row, one cell a line): 「患者の氏名、年齢、病名 / 1名」. */
const DATA_LIST_LINE_END_RE = /(?:^|\n)[^\n。]*(?:氏名|住所|電話番号|生年月日|メールアドレス|口座)[^\n。]*、[^\n。]*$/;
/** A count alone between slashes (a ranking's line of fields), qualifiers aside. */
const SLASH_CELL_BEFORE_RE = /[/／][ \u3000]*$/;
const SLASH_CELL_AFTER_RE = /^[ \u3000]*(?:分)?[ \u3000]*[/／]/;
/** What follows a count alone in its table cell: the next cell's tab or the row's end. */
const TABLE_CELL_END_RE = /^[ \u3000]*(?:\t|$)/;
const WO = 0x3092; // を
/** A mailing's audience: 「市民およそ4万2000人に「納税通知書」を発送した」 (not …に誤って発送, not …に別人の明細が届いた). */
const MAILED_TO_AFTER_RE = /^[ \u3000]*(?:様)?に(?!つ)(?:対し(?:て)?)?、?[^。、誤]{0,24}?を(?:発送|郵送|送付|送っ|配布|配付)(?:した|し、|しており|しました|している|た|て|いたし|致し)/;
/** Where mail went, told as such: 「誤送信先は1年生の保護者212件のメールアドレス」「誤送付先の64世帯に職員が訪問」. */
const SENT_TO_BEFORE_RE = /(?:(?:送信|送付|配信|発送)先(?:は|が)|誤(?:送信|送付|配信|発送|配達)先の)、?[^。、]{0,16}$/;
/** The addresses a mailing went to: 「…1,943件のメールアドレス宛て(に)」. */
const ADDRESSED_TO_AFTER_RE = /^[ \u3000]*の[^。、0-9]{0,8}?(?:メール)?アドレス(?:宛て?|あて|に(?:誤)?(?:送信|送付|配信))/;
/** People visited to apologise: 「計52名のご自宅を職員が訪問し」. */
const VISITED_AFTER_RE = /^[ \u3000]*(?:分)?の(?:[^。、]{1,8}?の)?(?:ご)?(?:自宅|お宅|家庭)[^。、]{0,8}?(?:訪問|伺)/;
const NI = 0x306b; // に
const SAMA = 0x69d8; // 様
const ZU = 0x305a; // ず
const TSU = 0x3064; // つ
/** A body's whole membership as a sentence's topic: 「全校生徒は約840名」「全職員は1,200人」. */
const WHOLE_BODY_BEFORE_RE = /全(?:校)?(?:生徒|児童|学生|職員|社員|従業員|教職員|会員|組合員|住民|市民|世帯)(?:数)?(?:は|が)、?[ \u3000]*(?:約|およそ)?[ \u3000]*$/;
/** Members as a sentence's topic: 「在籍する生徒は約3800人」「登録している会員は約12万人」. */
const MEMBERS_TOPIC_BEFORE_RE = atEnd(/(?:在籍|所属|登録|加入|契約|管理|保有|保管)(?:する|している|中の)[^。、は]{0,8}?(?:生徒|児童|学生|会員|利用者|顧客|社員|職員|従業員|組合員|患者)(?:数)?は[ \u3000]*(?:約|およそ)?[ \u3000]*/);
/** A roll as the topic before the count: 「学内のメールアカウントは約」. */
const ROLL_TOPIC_BEFORE_RE = atEnd(/(?:アカウント|会員|利用者|登録者|ユーザー?|学生|生徒|児童|職員|教職員|社員|従業員|顧客)(?:数)?は[ \u3000]*(?:約|およそ)?[ \u3000]*/);
/** The count told as what there is: 「…は約1万2000件あるが」「…は約300人いる」. */
const THERE_ARE_AFTER_RE = /^[ \u3000]*(?:あ(?:る|り)|い(?:る|ます)|在籍(?:する|し))/;
/** A maximum right before a count: 「、最大で約」「最大」. */
const MAXIMUM_BEFORE_RE = /(?:^|[、,\s])最大(?:で)?[ \u3000]*(?:約|およそ)?[ \u3000]*$/;
/** A capacity, not people affected: 「最大で約1,200名を収容」「最大100名まで参加できます」. */
const CAPACITY_AFTER_RE = /^[ \u3000]*(?:様|さま)?(?:を|が|まで)?(?:収容|参加|入場|利用|受講|来場|登録|宿泊|乗車|同時)/;
/** An earlier figure, told as what was first thought or reported: 「…が所在不明とみられていた」「…の情報」とお知らせしておりましたが」. */
const EARLIER_FIGURE_AFTER_RE = /^[^。]{0,24}?(?:」)?(?:と|が[^。、]{0,10}?と)(?:みられて|思われて|考えられて|お知らせして|公表して|発表して|ご?報告して|して)(?:い|お)/;
/** Those who used a page as a topic: 「…を表示したお客様は」「ログインした会員は」 (not 閲覧した, a viewer's rule). */
const USERS_TOPIC_BEFORE_RE = /(?:表示|アクセス|ログイン|利用)した(?:お客様|お客さま|利用者|会員|ユーザー?|方)(?:の数)?は[ \u3000]*(?:約|およそ)?[ \u3000]*$/;
/** A line of a body's size, its label first: 「加入者数(令和6年9月末) 被保険者 14,822名 / …」. */
const SIZE_LINE_RE = /(?:^|\n)[ \u3000]*(?:加入者|登録会員|会員|組合員|従業員|職員|社員|教職員|生徒|児童|学生|契約者|登録者|在籍者)数(?![^\n]*(?:流出|漏えい|漏洩|漏れ|対象|影響|閲覧|被害|情報|データ|紛失|誤|盗|不正|可能性|うち))[^\n]*$/;
/** A survey's population label: 調査対象者数, アンケート対象数. */
const SURVEY_SIZE_LABEL_RE = /(?:調査|アンケート)(?:の)?対象(?:者)?数[ \u3000]*[:：]?[ \u3000]*(?:約|およそ)?[ \u3000]*$/;
/** A response rate after a count: 「2,731人(回収率42.0%)」. */
const RESPONSE_RATE_AFTER_RE = /^[ \u3000]*[(（](?:回収率|回答率|有効回答率)/;
/** Accounts an attack tried, told before them in the same clause: 「ログインの試行対象となった(…)約」. */
const TRIED_BEFORE_RE = /試行(?:の)?対象(?:と)?(?:なった|された|とされた)[^。、]{0,30}$/;
/** A figure a group claims: 「「50万人以上の顧客データ」を含むと主張」. */
const CLAIMED_AFTER_RE = /^[^。]{0,24}?(?:と|だと)(?:主張|称し|称して)/;
/** An event's expected or actual attendance: 「…人の動員を見込んでいる」「…人の来場者」. */
const ATTENDANCE_AFTER_RE = /^[ \u3000]*(?:分)?の(?:動員|来場|集客|観客|入場)/;
/** A whole's tally as a topic: 「応募総数は、…を含め」「会員総数は」. */
const TALLY_TOTAL_BEFORE_RE = /(?:応募|申込|申し込み|登録|会員|利用者|参加者?)(?:者)?(?:の)?総数(?:は|が)[^。]{0,30}?$/;
/** Accounts an attack tried, as a topic: 「試行の対象となったアカウントは約」. */
const ATTEMPTED_TOPIC_BEFORE_RE = atEnd(/(?:試行|ログイン試行|攻撃|不正ログインの試み)の対象(?:と)?(?:なった|となった|とされた)?[^。、]{0,10}?(?:は|が)[ \u3000]*(?:約|およそ)?[ \u3000]*/);
/** A business's yearly visitors or orders: 「2024年の延べ宿泊者数は約」「年間来場者数は」「ご注文件数は約」. */
const BUSINESS_TALLY_BEFORE_RE = atEnd(/(?:(?:\d{4}年(?:度)?の?|年間の?|延べ|のべ)[^。、]{0,4}?(?:宿泊者|来場者|来館者|来店者|利用者|乗客|入場者|受診者|観光客|受講者|参加者)数|(?:ご)?(?:注文|受注)(?:件)?数)は[ \u3000]*(?:約|およそ)?[ \u3000]*/);
/** The data a body keeps, as a topic: 「当社がお預かりしているお客様の情報は約」. */
const KEPT_DATA_TOPIC_BEFORE_RE = atEnd(/(?:お預かり|保有|保管|管理)(?:して(?:いる|おります|おる)|する)[^。、は]{0,8}?(?:お客様|お客さま|顧客|会員|利用者|患者|組合員)(?:様|さま)?の(?:個人)?情報は[ \u3000]*(?:約|およそ)?[ \u3000]*/);
/** Accounts or devices counted before the count (…アカウント計11件, 端末3台): where from, with から after. */
const SOURCE_ACCOUNTS_BEFORE_RE = /(?:アカウント|ID|端末|パソコン|PC|IPアドレス)[ \u3000]*(?:計|合計)?[ \u3000]*$/;
/** A body's whole roll a notice or letter went to: 「全校生徒712人の家庭に経緯を説明する文書を配布」「全会員1万人に対し、お詫びの…」. */
const WHOLE_ROLL_BEFORE_RE = /全(?:校)?(?:生徒|児童|学生|職員|社員|従業員|教職員|会員|組合員|住民|市民|世帯|利用者|顧客)[ \u3000]*(?:約|およそ)?[ \u3000]*$/;
const OF_ROLL_AFTER_RE = /^[ \u3000]*(?:分)?の/;
const TOLD_TO_AFTER_RE = /^[ \u3000]*(?:の(?:家庭|保護者|世帯|皆様|皆さま))?(?:に|へ)(?:対し(?:て)?、?)?[^。]{0,30}?(?:説明|通知|連絡|配布|配付|送付|発送|周知|謝罪|お詫び|おわび|案内)/;
/** Those the incident touched, before their count: 該当する, 対象となった, 影響を受けた (not 対象となる: those a mailing was for). */
const AFFECTED_BEFORE_RE = atEnd(/(?:該当する|対象となった|影響を受けた|被害に遭った)[ \u3000]*(?:約|およそ)?[ \u3000]*/);
/** Told of it in person, after the count: 「…に説明し、謝罪した」 (not 発送, 送付: a mailing's addressees). */
const APOLOGISED_TO_AFTER_RE = /^[ \u3000]*(?:の方々?)?(?:に|へ)(?:対し(?:て)?、?)?[^。]{0,20}?(?:説明|謝罪|お詫び|おわび)/;
/** Those a letter is addressed to, after the count: 「保護者（412世帯）あてに、学校長名の文書を配布」. */
const ADDRESSED_LETTER_AFTER_RE = /^[ \u3000]*[)）]?[ \u3000]*(?:あて|宛て?)(?:に|へ)、?[^。]{0,30}?(?:文書|説明|通知|連絡|配布|配付|送付|発送|周知|謝罪|お詫び|おわび|案内)/;
/** Those a body keeps data for: 「…人の組合員の皆様の…個人情報をお預かりしている」. */
const KEPT_FOR_AFTER_RE = /^[ \u3000]*(?:分)?の(?:組合員|会員|お客様|お客さま|利用者|顧客|患者|市民|住民)(?:の)?(?:皆様|皆さま)?の[^。]{0,24}?(?:お預かり|預か|保有し|管理し)/;
/** A service's size before its description: 「会員数約186万人の求人情報サイト」. */
const SERVICE_SIZE_BEFORE_RE = new RegExp(`(?:${MEMBERSHIP})数${SP}(?:約|およそ)?${SP}$`);
const SERVICE_AFTER_RE = /^[ \u3000]*の[^。、]{0,12}?(?:サイト|サービス|アプリ|会社|企業|事業者|大手|チェーン|団体)/;
const POPULATION_LABEL_BEFORE_RE = atEnd(/(?:(?:累計|総|全)(?:登録者|登録会員|会員|利用者|ユーザー?|顧客|契約者|加入者|登録)数|(?<=(?:、|とあり|であり))(?:会員|登録者|利用者|ユーザー?)数(?=[ \u3000]*(?:約|およそ)?[ \u3000]*$)|(?:登録者|会員|利用者|ユーザー?|顧客|契約者|加入者)(?:の)?総数)(?:は|が|:|：)?[ \u3000]*(?:約|およそ)?[ \u3000]*/);
/** An event's visitors: 「約450名にご来場いただき」「120名が参加した」 (not a capacity's 最大で…名まで参加できます, read first). */
const VISITORS_AFTER_RE = /^[ \u3000]*(?:様|さま)?(?:に|が)(?:ご|お)?(?:来場|来館|来店|参加|出席|ご参加)(?:いただ|頂|し|され|した|を)/;
/** The counted people are a measure's audience: …を対象に研修, …に対し注意喚起. */
const MEASURE_AUDIENCE_AFTER_RE = /^[ \u3000]*[)）]?[ \u3000]*(?:を対象|に対し|に|の[^。、]{0,8}?向け(?:に|の))[^。]{0,30}?(?:研修|講習|教育|注意喚起|周知|指導|お願い|依頼|呼びかけ|呼び掛け)/;
const MEASURE_STARTS = gateOf(')）をにの');
/** A sentence telling a whole area's or body's population: 市内で…受給しているのは, 学内で…在籍している. */
const AREA_POPULATION_RE = /(?:市内|県内|町内|村内|区内|全国|国内|学内|社内|院内)で[^。]{0,20}?(?:受給|利用|在籍|登録|加入|契約)して(?:いる|おり)/;
/** Told as outside the incident: 「…名は対象外」「…件は含まれていない」. */
const EXCLUDED_AFTER_RE = /^[ \u3000]*(?:分)?(?:(?:様|さま)?[)）])?(?:の(?:情報|データ|個人情報))?(?:は|も)、?(?:対象外|含まれ(?:ない|ません|ず|てい(?:ない|ません))|該当しない|(?:(?!が、|たが|ものの)[^。]){0,40}?(?:の)?対象(?:外|では(?:な|あり|ござ)))/;
/** A label of what went to the wrong people, before the count: 「誤って他のお客様へ送付された通知書」. */
const MISDELIVERED_BEFORE_RE = /誤(?:って|り)?[^。]{0,20}?(?:送付|送信|発送|交付|配達|郵送)(?:され|し)た[^。、]{0,12}[ \u3000:：]*$/;
/** Got back: 「…件回収済み」「…通を回収した」. */
const RECOVERED_AFTER_RE = /^[ \u3000]*(?:を|が)?(?:回収済み|回収し(?:た|まし)|回収され)|^[ \u3000]*(?:の[^。、]{1,8})?から[^。]{0,8}?削除(?:した旨|済み|の報告|を確認)/;
/** What went to the wrong people: 「…件を別の納税義務者に誤って送付」「…通が別人に届いた」. */
const MISDELIVERED_AFTER_RE = /^[ \u3000]*(?:分)?(?:を|が)(?:[^。]{0,24}?(?:別の|他の|別人|誤って|誤り)[^。]{0,16}?(?:送付|送信|発送|交付|郵送|配達|届)|誤送(?:し|され))/;
/** A group as the topic right before a count: 会員は約, 登録者数は. */
const GROUP_TOPIC_BEFORE_RE = atEnd(/(?:会員|利用者|顧客|登録者|ユーザー?|学生|卒業生|生徒|職員|社員|従業員|患者|組合員|加入者)(?:数|の総数)?は[ \u3000]*(?:約|およそ)?[ \u3000]*/);
/**
 * A body's whole membership told in a sentence of its own: 「同市の国民健康保険加入者は約1万8,000人。」「同社の会員数は約
 * 12万人です。」 (the 同/当/本 of the body the notice is about; not 流出した会員は…, the leak's own).
 */
const BODY_SIZE_BEFORE_RE = atEnd(
  /(?:同|当|本)(?:市|町|村|区|県|府|都|道|社|校|院|園|大学?|学園|クリニック|病院|法人|組合|協会|団体|グループ|サイト|アプリ|サービス|メールマガジン|メルマガ)の[^。、はがを]{0,16}?(?:会員|利用者|顧客|加入者|被保険者|組合員|登録者|ユーザー?|学生|生徒|児童|園児|在園児|在校生|在籍者|職員|社員|従業員|患者|住民|人口|世帯|受診者|受講者)(?:数|の総数)?は(?:[^。、]{0,14}?まで)?の?[ \u3000]*(?:約|およそ|計|合計|総計)?[ \u3000]*/,
);
/** The sentence ends on that figure: 「…約1万8,000人。」「…約12万人です。」「…約5万人となっている。」. */
const SIZE_SENTENCE_END_AFTER_RE = /^[ \u3000]*(?:。|です。|であり|で、|となって(?:いる|います|おり)|に(?:上|のぼ)(?:る|ります)。)/;
/**
 * A whole a part of whose people is told as not included: 「受診者は計412名で、もう1社分の264名の情報は含まれていない」.
 */
const WHOLE_LESS_EXCLUDED_AFTER_RE = /^[ \u3000]*(?:で|であり|となり)、[^。]{0,30}?[0-9][0-9,]*[ \u3000]*(?:名|人)(?:分)?の?(?:情報|データ|個人情報)?(?:は|も)、?含まれ(?:て(?:い|お)(?:ない|ません|りません)|ない|ません|ず)/;
/** A contrast after it: 「…約9万2000人だが、」「…いるが、」: the affected are a part of that whole. */
const CONTRAST_AFTER_RE = /^[ \u3000]*(?:だが|ですが|であるが|いるが|あったが|あるが|にのぼるが|に上るが|となったが|おり、その(?:うち|一部))/;
/** Accounts an intruder logged into: 「…アカウントでログインが成功」「…件に不正ログインされ」. */
const LOGGED_IN_AFTER_RE = /^[ \u3000]*(?:で|に|について)[^。]{0,6}?(?:不正)?ログイン(?:が|に)?(?:成功|成立|され)/;
/** A check done by that many people: 「2名で宛先を確認」「複数名で…チェック」. */
const CHECKERS_AFTER_RE = /^で(?:[^。、]{0,8}?)(?:確認|チェック|点検)/;
const DE = 0x3067; // で
/** A capacity's label just before the count: 定員250名, 定員は30名, 募集定員:40人. */
const CAPACITY_BEFORE_RE = /定員(?:数)?(?:は|:|：)?[ \u3000]*(?:各|約)?[ \u3000]*$/;
/** The count's addresses as a mail's destination: …件のメールアドレス宛てに送信. */
const ADDRESSEE_AFTER_RE = /^[ \u3000]*の(?:メール)?アドレス(?:(?:宛て?|あて)に?[^。]{0,10}?|に対し(?:て)?、?[^。]{0,16}?)(?:配信|送信|送付)/;
/** An earlier figure told as replaced: …としておりましたが, …から修正. */
const SUPERSEDED_AFTER_RE = /^[ \u3000]*[」』]?(?:と(?:して|お知らせして|公表して|発表して|ご?報告して|ご案内して|お伝えして)(?:おりました|いました|いた)|から[^。]{0,8}?(?:修正|訂正|変更|減少|増加))/;
/** A whole body named before the count: 全学生約, 全職員. */
const WHOLE_BEFORE_RE = /全(?:学生|職員|社員|従業員|会員|利用者|教職員|生徒|児童|員)(?:の)?[ \u3000]*(?:約|およそ)?[ \u3000]*$/;
/** …が閲覧可能な状態, …が閲覧できる: the counted people could view. */
const WHOLE_VIEWERS_AFTER_RE = /^[ \u3000]*が[^。]{0,6}?閲覧(?:可能|でき)/;
/** An aside's count followed by のうち: the whole a part is taken from. */
const WHOLE_ASIDE_AFTER_RE = /^[ \u3000]*[)）][ \u3000]*のうち/;
const TO = 0x3068; // と
const CLOSE_QUOTE = 0x300d; // 」
const KARA = 0x304b; // か
/** 同社全体で, 委託先全体の, 全国…全体で: a whole another party holds. */
const CONTRACTOR_WHOLE_RE = /(?:同社|委託先|同委託先|当該委託先|事業者|全国)[^。]{0,40}?全体(?:で|の|では|として)[^。]{0,12}$/;
const LEAKED_AFTER_RE = /^[ \u3000]*[)）〕]?[ \u3000]*(?:が|は|を|の)?[ \u3000]*(?:外部[にへ])?(?:流出|漏えい|漏洩|漏れ|流失)/;
/** Leak vocabulary (or a specific personal-data noun) that makes an otherwise cue-less person/record count a victim count. */
const LEAK_WORD_RE =
  /流出|漏えい|漏洩|漏れ|閲覧|不正アクセス|不正ログイン|なりすまし|乗っ取|対象|影響|被害|紛失|盗難|窃取|盗ま|持ち出|売却|転売|横流し|誤送信|誤送付|誤配信|誤表示|誤配付|誤配布|見える状態|メールアドレスが表示|個人情報|個人データ|顧客情報|会員情報|カード情報/;

/*
 * Gates: cheap necessary conditions on the units at the end of the text before a count (or at the
 * start of the text after it), each tested before its cue's regex, which is run only when the gate
 * passes. A gate may pass where its regex then fails, never fail where it would match, so every
 * decision stays the same. Most counts fail most gates at one or two units, where each regex call
 * costs ~35-100 ns (a lookbehind of many alternatives the most): classifyVictim's share of the count
 * extractor fell from 15 % to 10 % (CPU profile of extractCounts alone over the bench page's regions).
 */
/** [ \u3000]: the only spaces SP allows. */
const SPACES = gateOf(' \u3000');
/** Last units of DATA_WORDS (報 of 個人情報, ド of カード, Ｄ of ＩＤ…), and of 等/など. */
const DATA_ENDS = gateOf('報タ名前所ス号テ簿座ドDＤト日録歴' + '等ど');
/** DATA_BEFORE_RE's separators after the noun. */
const DATA_SEPS = gateOf('がはの:：;；(（〔、');
/** Last units of PERSON_WORDS (様 of お客様, ー of ユーザー, 方, 者…), of 様/さま and of 等/など/ら. */
const PERSON_ENDS = gateOf('様ま客員者ー徒童生民方' + '等どら' + '部ち');
/** PERSON_BEFORE_RE's separators after the noun. */
const PERSON_SEPS = gateOf('がはの:：(（〔、');
/** The units VIEWER_BEFORE_RE may end with after its trailing [ \u3000、]*: a particle's last unit
 * (が, は, の; ち of (の)うち), or, without a particle, a viewer's last unit, 等/ら or the た of した. */
const VIEWER_TRAIL = gateOf(' \u3000、:：');
const VIEWER_PARTICLES = gateOf('がはの');
const VIEWER_ENDS = gateOf('生徒童者人方ーザ員様客' + '等ら' + 'た');
/** Last units of STAFF_BEFORE_RE's nouns (員, フ of スタッフ, 長, 先, 者, 人) and of 等/ら. */
const STAFF_ENDS = gateOf('員フ長先者人' + '等ら');
const STAFF_SEPS = gateOf('がは');
/** RECIPIENT_LABEL_BEFORE_RE: trailing [ \u3000:：]*, then は/が or the label's last unit (象, 先, 者, 人, 数). */
const RECIPIENT_TRAIL = gateOf(' \u3000:：');
const RECIPIENT_ENDS = gateOf('象先者人数');
const RECIPIENT_SEPS = gateOf('はが');
/** Last units of OBJECT_BEFORE_RE's nouns (ル of ファイル, ー/バ of サーバー, C of PC…) and of 等/など. */
const OBJECT_ENDS = gateOf('ル末ンCリーバジト事稿' + '等ど' + '数計');
const OBJECT_SEPS = gateOf('がはの:：');
/** Last units of INCIDENT_BEFORE_RE's nouns (せ of 問い合わせ, 件 of 事件…) and 数 (件数/数). */
const INCIDENT_ENDS = gateOf('せ談情報案故件ト撃' + '数');
const INCIDENT_SEPS = gateOf('はが:：');
/** LABEL_BEFORE_RE's possible last units (数, a closing bracket, は/が, a colon, or a qualifier's: 大, 計, 数, 約, そ, で, は). */
const LABEL_ENDS = gateOf('数】』」)）はが:：大計約そで定');
/** CUMULATIVE_LABEL_RE's possible last units before trailing spaces: 数, は/が, a colon. */
const CUMULATIVE_ENDS = gateOf('数はが:：');
/** First units of the after-cues, after the leading spaces. */
const POPULATION_STARTS = gateOf('のがを登利在加所抱擁突達');
const LEAKED_STARTS = gateOf(')）〕がはをの外流漏');
const SENT_STARTS = gateOf(')）のがをは不誤送中配');
const VIEWER_AFTER_STARTS = gateOf('がは');
const RECIPIENT_AFTER_STARTS = gateOf('へにあ宛()（）様さのを全す');
const NO = 0x306e; // の
const NAKA = 0x4e2d; // 中
const RU = 0x30eb; // ル
const ME = 0x30e1; // メ
const CHI = 0x3061; // ち
/** MAIL_AFTER_RE's メール starts at most this far after the leading spaces (について + [^、。\s]{0,6}?). */
const MAIL_AFTER_REACH = 4 + 6;

/** The index of the last unit of s at or before j not in `skip`; -1 when there is none. */
function lastNotIn(s: string, j: number, skip: UnitSet): number {
  while (j >= 0 && inSet(skip, s.charCodeAt(j))) j--;
  return j;
}

/**
 * May s end with [a unit of ends][spaces][one unit of seps]? followed by units of trail? The shape
 * of the noun cues read at the end (noun, optional particle or colon, spaces): a gate for them.
 */
function mayEndWith(s: string, trail: UnitSet, seps: UnitSet, ends: UnitSet): boolean {
  let j = lastNotIn(s, s.length - 1, trail);
  if (j < 0) return false;
  let c = s.charCodeAt(j);
  if (inSet(ends, c)) return true;
  if (!inSet(seps, c)) return false;
  j = lastNotIn(s, j - 1, SPACES);
  c = s.charCodeAt(j); // NaN when j is -1: in no set
  return inSet(ends, c);
}

/** The index of the first unit of s not in [ \u3000] (s.length when there is none). */
function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length && inSet(SPACES, s.charCodeAt(i))) i++;
  return i;
}

/**
 * Gate of VIEWER_BEFORE_RE: [ \u3000、]* at the end, before it a particle or a VIEWER_ENDS unit. (The
 * caller then asks for the した or された every alternative holds: お客様の passes this gate.)
 */
function mayEndWithViewer(s: string): boolean {
  const j = lastNotIn(s, s.length - 1, VIEWER_TRAIL);
  if (j < 0) return false;
  const c = s.charCodeAt(j);
  if (inSet(VIEWER_ENDS, c) || c === CHI) return true; // (の)うち: left to the regex
  return inSet(VIEWER_PARTICLES, c) && inSet(VIEWER_ENDS, s.charCodeAt(lastNotIn(s, j - 1, SPACES)));
}

/** Gate of MAIL_BEFORE_RE: the ル of メール among the last four units before the trailing spaces. */
function mayEndWithMail(s: string): boolean {
  const j = lastNotIn(s, s.length - 1, SPACES);
  for (let k = j; k >= 0 && k >= j - 3; k--) if (s.charCodeAt(k) === RU) return true;
  return false;
}

/** Gate of MAIL_AFTER_RE: a メ within MAIL_AFTER_REACH units of the first non-space unit. */
function mayStartWithMail(s: string, f: number): boolean {
  const stop = Math.min(s.length - 1, f + MAIL_AFTER_REACH);
  for (let k = f; k <= stop; k++) if (s.charCodeAt(k) === ME) return true;
  return false;
}


/**
 * s.trim() === '', without the call and the trimmed copy: read from the end, most texts stop at
 * their last unit.
 */
export function isBlank(s: string): boolean {
  for (let i = s.length - 1; i >= 0; i--) if (!isTrimmedSpace(s.charCodeAt(i))) return false;
  return true;
}

const yes = (reason: string): VictimDecision => ({ victim: true, reason });
const no = (reason: string): VictimDecision => ({ victim: false, reason });

/**
 * Can the unit count affected people or records (件, 名, 人, アカウント, 世帯, a bank's 先)? Every other unit is never
 * a victim count. Told by the first unit: no hash of the fresh unit string (the regex's capture) to
 * compute for a set lookup on every count.
 */
function isPersonUnit(unit: string): boolean {
  switch (unit.charCodeAt(0)) {
    case 0x4ef6: // 件
    case 0x540d: // 名
    case 0x4eba: // 人
      return unit.length === 1;
    case 0x30a2: // ア
      return unit === 'アカウント';
    case 0x4e16: // 世
      return unit === '世帯';
    case 0x5148: // 先: a bank's customers
      return unit.length === 1;
    default:
      return false;
  }
}

/** A heading naming what leaked: 「1.個人情報が流出した可能性がある画像データ」「2 流出した情報」「漏えいした書類」. */
const LEAKED_HEADING_RE = /(?:流出|漏えい|漏洩|紛失|閲覧)(?:した|された|が判明した)?(?:可能性(?:が|の)ある|おそれ(?:が|の)ある)?[^。\n、]{0,12}?(?:データ|情報|書類|文書|帳票|資料)$/;
/** The longest heading read as one: 「1.個人情報が流出した可能性がある画像データ」 is 25 units. */
const LEAKED_HEADING_MAX = 40;
/** The longest start of a count's own line that is still a list's line, not prose: 「令和5年度自動車税種別割納税通知書」. */
const LIST_LINE_HEAD_MAX = 40;
/** Whether the count stands on a short line of its own under a heading naming what leaked. */
function underLeakedHeading(beforeLines: string): boolean {
  const lineStart = beforeLines.lastIndexOf('\n');
  if (lineStart < 0 || beforeLines.length - lineStart > LIST_LINE_HEAD_MAX || beforeLines.includes('。', lineStart)) return false;
  let end = lineStart;
  while (end > 0 && isTrimmedSpace(beforeLines.charCodeAt(end - 1))) end--;
  const above = beforeLines.slice(beforeLines.lastIndexOf('\n', end - 1) + 1, end);
  return above.length > 0 && above.length <= LEAKED_HEADING_MAX && !above.includes('。') && LEAKED_HEADING_RE.test(above);
}

/** True when a count label (件数は, 人数:, 【対象となる会員数】) ends the text before the count. */
export function hasCountLabel(beforeLines: string): boolean {
  return (
    inSet(LABEL_ENDS, beforeLines.charCodeAt(lastNotIn(beforeLines, beforeLines.length - 1, SPACES))) &&
    beforeLines.includes('数') &&
    endsWithMatch(LABEL_BEFORE_RE, beforeLines)
  );
}

/** True when a cumulative label (延べ契約件数) introduces the count. */
export function hasCumulativeLabel(beforeLines: string): boolean {
  // Its last unit first (one read), then 延べ and のべ's shared べ (a quick search), then the regex.
  return (
    inSet(CUMULATIVE_ENDS, beforeLines.charCodeAt(lastNotIn(beforeLines, beforeLines.length - 1, SPACES))) &&
    beforeLines.includes('べ') &&
    endsWithMatch(CUMULATIVE_LABEL_RE, beforeLines)
  );
}

/** A qualifier told apart from the number, ending the text before it: 「…の情報 最大で」. */
const TRAILING_QUALIFIER_RE = /[ \u3000]*(?:最大|合計|総計|総数|計|のべ|延べ)(?:で|は|:|：)?[ \u3000]*(?:約|およそ)?[ \u3000]*$/;
/** The last units of those qualifiers (で, は, :, 約, 大, 計…). */
const QUALIFIER_ENDS = gateOf('ではは:：約そ大計数べ');
/** A qualifier told apart from the number, alone before it: 「最大で」「合計:」「約」. */
const QUALIFIER_ONLY_RE = /^[ \u3000]*(?:最大|合計|総計|総数|計|約|およそ|のべ|延べ|推定|推計)(?:で|は|:|：)?[ \u3000]*$/;

/** s without the spaces and line breaks at its end. */
function trimEndSpaces(s: string): string {
  let e = s.length;
  while (e > 0 && isTrimmedSpace(s.charCodeAt(e - 1))) e--;
  return s.slice(0, e);
}

/** A total told in a clause of its own thing (「お断りが計」「(同日中に計」), not under a label (合計:, 合計 最大). */
const TOTAL_IN_CLAUSE_BEFORE_RE = /(?:[がはもに]|[(（][^()（）:：]{0,12})[ \u3000]*(?:計|合計)?[ \u3000]*$/;
/** Log lines counted right after the log's name: 「アクセスログ(約2,400件)」「操作ログ約1万件」. */
const LOG_BEFORE_RE = /ログ[ \u3000]*[(（]?[ \u3000]*(?:計|合計|約|およそ)?[ \u3000]*$/;
/** Only a bracketed aside, as the rest of a count's line: 「(お客様番号、氏名、住所等)」. */
const ASIDE_ONLY_RE = /^[ \u3000]*[(（][^()（）]{0,60}[)）][ \u3000]*$/;
/** A bracketed aside ending the text before a count (spaces after it allowed). */
const TRAILING_ASIDE_RE = /[(（][^()（）]{1,60}[)）][ \u3000]*$/;
/** What TRAILING_ASIDE_RE's match ends with, spaces aside (its cheap necessary condition). */
const CLOSING_BRACKETS = gateOf(')）');


/** Classifies one count; see the comments on each regex for what each cue means. */
export function classifyVictim(c: CueContext): VictimDecision {
  if (!isPersonUnit(c.unit)) return no('non-person-unit');
  const { before, after } = c;
  const f = firstNonSpace(after); // the after-cues' gates read the unit there
  const a = after.charCodeAt(f);
  // 「7校の教職員アカウント計11件から他校の保護者情報が閲覧可能」: the accounts the data was seen from, not whose it was.
  if (a === KARA && SOURCE_ACCOUNTS_BEFORE_RE.test(before) && /^[ \u3000]*から(?!の)/.test(after)) return no('object');
  // 「利用者が1件ずつずれていた」「1人ずつ確認」: so many to each, not a group.
  if (a === ZU && after.charCodeAt(f + 1) === TSU) return no('each');
  // 「他の生徒2名分の封筒と取り違えた」: others than those affected (not 「他の顧客10名の情報も流出」).
  if (before.includes('他の') && OTHERS_BEFORE_RE.test(before) && !OTHERS_DATA_AFTER_RE.test(after)) return no('others');
  // 「6月には健康食品の通販サイトでも同様の手口で約2万件…」「2019年にも…」: another or an earlier incident's count.
  if (tellsEarlierIncident(c.sentence)) return no('other-incident');
  // 「約4800事業所に計約3万1千人分を発送した」: a mailing's size, sent as meant (人分 and all).
  if ((a === WO || a === NO) && MAILED_AFTER_RE.test(after)) return no('recipient');
  if ((a === NI || a === SAMA) && MAILED_TO_AFTER_RE.test(after) && !BCC_RE.test(c.sentence)) return no('recipient');
  // 「案内メールを会員1,943件のメールアドレス宛てに送信」: the addresses mail went to.
  if (a === NO && ADDRESSED_TO_AFTER_RE.test(after)) return no('recipient');
  if (before.includes('先') && SENT_TO_BEFORE_RE.test(before)) return no('recipient');
  if (ADDRESSED_LETTER_AFTER_RE.test(after) && !BCC_RE.test(c.sentence)) return no('recipient');
  if (a === NO && VISITED_AFTER_RE.test(after)) return no('visited');
  // 「当初は3カ月分の約2800人分が所在不明とみられていた」「第1報では「利用者様約70名分の情報」とお知らせしておりましたが」: an earlier figure.
  if ((before.includes('当初') || before.includes('第1報') || before.includes('第一報') || before.includes('前回')) && EARLIER_FIGURE_AFTER_RE.test(after)) return no('superseded');
  // 「予約確認ページを表示したお客様は4,907名でしたが、」: those who used a page, not whose data it showed.
  if (before.includes('した') && USERS_TOPIC_BEFORE_RE.test(before)) return no('population');
  // 「加入者数(令和6年9月末) 被保険者 14,822名 / … / 合計 28,127名」: a body's size line, every figure on it.
  if (c.sentence.includes('数') && (SIZE_LINE_RE.test(c.beforeLines) || SIZE_LINE_RE.test(c.sentence))) return no('population');
  // 「調査対象者数:約6,500人」「回答者数:2,731人(回収率42.0%)」: a survey's population and response, not those affected.
  if ((c.beforeLines.includes('対象') && SURVEY_SIZE_LABEL_RE.test(c.beforeLines)) || RESPONSE_RATE_AFTER_RE.test(after)) return no('population');
  // 「約18万人の組合員の皆様の大切な個人情報をお預かりしている」: those whose data a body keeps, its size.
  if (a === NO && KEPT_FOR_AFTER_RE.test(after)) return no('population');
  // 「約3万2000件のIDに対してログインが試行され」: what an attacker tried, not what it got.
  if (a === NO && ATTEMPTED_AFTER_RE.test(after)) return no('attempts');
  // 「ログインの試行対象となった(ログインには成功していない)約4万1千件のアカウント」: the same, told before the accounts.
  if (before.includes('試行') && TRIED_BEFORE_RE.test(before)) return no('attempts');
  // 「「50万人以上の顧客データ」を含むと主張」: a criminal group's claim, not a figure the organisation gives.
  if (c.sentence.includes('主張') && CLAIMED_AFTER_RE.test(after)) return no('claim');
  // 「計約12万人の動員を見込んでいる」: an event's expected attendance.
  if (a === NO && ATTENDANCE_AFTER_RE.test(after)) return no('audience');
  // 「本キャンペーンの応募総数は、はがきによる応募を含め12,517件」: a whole's tally, not those affected.
  if (before.includes('総数') && TALLY_TOTAL_BEFORE_RE.test(before)) return no('population');
  // 「試行の対象となったアカウントは約2万1000件にのぼるが」: the accounts tried, not those got into.
  if (before.includes('対象') && endsWithMatch(ATTEMPTED_TOPIC_BEFORE_RE, before)) return no('attempts');
  // 「2024年の延べ宿泊者数は約85万人」「ご注文件数は約2万3千件であり」: a business's yearly visitors or orders, its size.
  if (before.includes('数') && endsWithMatch(BUSINESS_TALLY_BEFORE_RE, before)) return no('population');
  // 「当社がお預かりしているお客様の情報は約14万名分であり」: all the data a body keeps, its size (人分 and all).
  if (before.includes('情報は') && endsWithMatch(KEPT_DATA_TOPIC_BEFORE_RE, before) && !LEAK_IN_CLAUSE_RE.test(before)) return no('population');
  // 「学内のメールアカウントは約1万2000件あるが」: what a body has, not what leaked.
  if (before.includes('は') && endsWithMatch(ROLL_TOPIC_BEFORE_RE, before) && THERE_ARE_AFTER_RE.test(after) && !LEAK_IN_CLAUSE_RE.test(before)) return no('population');
  // 「指定機関として公表した約570件分のうち、…個人名で申請していた33人」: a whole a part is taken from, 人分 or 件分 and all.
  if (c.perPerson && WHOLE_OF_PART_AFTER_RE.test(after) && !LEAK_IN_CLAUSE_RE.test(before) && !BACK_REFERENCE_RE.test(before)) return no('population');
  // 「合計460万件を超える不正ログイン試行」: the attempts counted, not the accounts got into.
  if (LOGIN_ATTEMPTS_AFTER_RE.test(after)) return no('attempts');
  if (c.perPerson) return yes('per-person');
  if (inSet(POPULATION_STARTS, a) && POPULATION_AFTER_RE.test(after) && !(inSet(LEAKED_STARTS, a) && LEAKED_AFTER_RE.test(after))) {
    return no('population');
  }
  if (before.includes('数') && endsWithMatch(POPULATION_LABEL_BEFORE_RE, before)) return no('population');
  // 「同校の全校生徒は約840名で」: a body's whole membership.
  if (before.includes('全') && WHOLE_BODY_BEFORE_RE.test(before)) return no('population');
  // 「同社は県内で23教室を運営しており、在籍する生徒は約3800人」: a body's members, as its size.
  if (before.includes('は') && endsWithMatch(MEMBERS_TOPIC_BEFORE_RE, before) && !LEAK_IN_CLAUSE_RE.test(before)) return no('population');
  // 「全校生徒712人の家庭に経緯を説明する文書を配布」: the whole roll told of it, not whose data it was.
  if (before.includes('全') && WHOLE_ROLL_BEFORE_RE.test(before) && TOLD_TO_AFTER_RE.test(after)) return no('audience');
  // 「該当する2世帯に説明し、謝罪した」: those the incident touched, told of it.
  if (endsWithMatch(AFFECTED_BEFORE_RE, before) && APOLOGISED_TO_AFTER_RE.test(after)) return yes('affected-told');
  // 「全校生徒352名が一つの目標に向かって」: the whole roll, in a sentence that tells no leak.
  // (Not 「名簿には、全校生徒782人の氏名、…」: the roll's data.)
  if (before.includes('全') && WHOLE_ROLL_BEFORE_RE.test(before) && !OF_ROLL_AFTER_RE.test(after) && !LEAK_WORD_RE.test(c.sentence)) return no('population');
  // 「アプリの会員数は約620万人」: a body's size, unless told as those affected (対象となる会員数は).
  if ((before.includes('数は') || before.includes('登録者は') || before.includes('視聴者は')) && SIZE_TOPIC_BEFORE_RE.test(before)) return no('population');
  // 「データベース上には約760万件の顧客記録があります」: what a database holds, told in a sentence with no leak.
  if (before.includes('には') && DATABASE_HOLDS_BEFORE_RE.test(before) && !LEAK_WORD_RE.test(c.sentence)) return no('population');
  // 「会員管理システム(会員数 約4,900名)は…」: a system's or body's size in an aside.
  if (before.includes('数') && SIZE_ASIDE_BEFORE_RE.test(before)) return no('population');
  if ((before.includes('(') || before.includes('（')) && SYSTEM_SIZE_ASIDE_BEFORE_RE.test(before)) return no('population');
  // 「当選者400名のうちメールアドレスを登録していた384名に」: a whole a part is taken from (not 流出した1,000名のうち).
  if (WHOLE_OF_PART_AFTER_RE.test(after) && !LEAK_IN_CLAUSE_RE.test(before) && !BACK_REFERENCE_RE.test(before)) return no('population');
  // 「同サイトは会員数約186万人の求人情報サイトで」: the size of the service, told to describe it.
  if (a === NO && before.includes('数') && SERVICE_SIZE_BEFORE_RE.test(before) && SERVICE_AFTER_RE.test(after)) return no('population');
  if ((before.includes('フォロワー') || before.includes('登録者') || before.includes('友だち')) && endsWithMatch(FOLLOWERS_BEFORE_RE, before)) {
    return no('audience');
  }
  // 「代金引換で支払った顧客約5,100名は対象外となる」: people the incident does not concern.
  if (EXCLUDED_AFTER_RE.test(after)) return no('excluded');
  // 「会員約1万2000名の氏名、住所…の登録情報については、流出していないことを確認した」: data told as not leaked.
  if (a === NO && NOT_LEAKED_AFTER_RE.test(after)) return no('excluded');
  // 「同大の校友会会員は約9万2000人だが、同サイトに登録していない会員の情報は含まれていない」: a whole set
  // against the part affected.
  if (before.includes('は') && (endsWithMatch(GROUP_TOPIC_BEFORE_RE, before) || TALLY_TOPIC_BEFORE_RE.test(before)) && CONTRAST_AFTER_RE.test(after)) return no('population');
  if (before.includes('は') && endsWithMatch(BODY_SIZE_BEFORE_RE, before) && SIZE_SENTENCE_END_AFTER_RE.test(after) && !LEAK_IN_CLAUSE_RE.test(before)) return no('population');
  if (before.includes('は') && (a === DE || a === TO) && WHOLE_LESS_EXCLUDED_AFTER_RE.test(after) && !LEAK_IN_CLAUSE_RE.test(before)) return no('population');
  // 「本学の全学生約4,800名が閲覧可能な状態」: the whole body who could see it, not whose data it was.
  if (before.includes('全') && WHOLE_BEFORE_RE.test(before) && WHOLE_VIEWERS_AFTER_RE.test(after)) return no('viewer');
  // 「会員様(約68万名)のうち、2019年4月から…に入会された会員様」: a whole in an aside, a part of it affected.
  if (inSet(CLOSING_BRACKETS, a) && WHOLE_ASIDE_AFTER_RE.test(after)) return no('population');
  // 「市内で児童手当を受給しているのは約4800世帯、対象の児童は約7900人」: a whole area's population.
  if (c.sentence.includes('内で') && AREA_POPULATION_RE.test(c.sentence)) return no('population');
  // 「全ての教員及び大学院生(約1,150名)を対象に、研修を実施します」: the audience of a measure.
  if (inSet(MEASURE_STARTS, a) && MEASURE_AUDIENCE_AFTER_RE.test(after)) return no('audience');
  // 「保護者・地域の皆様約450名にご来場いただき」: an event's visitors.
  if (VISITORS_AFTER_RE.test(after)) return no('audience');

  // 「セミナー(定員250名)」: a capacity, not people affected.
  if (before.includes('定員') && CAPACITY_BEFORE_RE.test(before)) return no('capacity');
  // 「当初 約15万件としておりましたが、調査の結果 9万8,765件」: an estimate the notice corrects.
  if ((a === TO || a === KARA || a === CLOSE_QUOTE) && SUPERSEDED_AFTER_RE.test(after)) return no('superseded');
  // 「委託先の公表によれば、同社全体で約70万件の情報が…」「同社の発表によると、…全国約1,200の医療機関に及び、
  // 漏えいした情報は全体で約38万件」: the contractor's figure over all its clients.
  if (before.includes('全体') && CONTRACTOR_WHOLE_RE.test(before)) return no('contractor-whole');
  // 「保護者1,284件のメールアドレス宛てに送信」: the addresses mail went to, not data that leaked.
  if (a === NO && ADDRESSEE_AFTER_RE.test(after) && !BCC_RE.test(c.sentence)) return no('recipient');
  if (a === NO && VIEWERS_NAMED_AFTER_RE.test(after)) return no('viewer');
  if ((a === NO || inSet(CLOSING_BRACKETS, a)) && OF_DATA_AFTER_RE.test(after)) return yes('of-data');
  // Each cue is tested at most once: the data/person nouns before decide twice below (the person noun
  // only matters without a data noun). No closures here: the bench's tsx names each one as it is made.
  let dataNoun = mayEndWith(before, SPACES, DATA_SEPS, DATA_ENDS) && endsWithMatch(DATA_BEFORE_RE, before);
  let personNoun = !dataNoun && mayEndWith(before, SPACES, PERSON_SEPS, PERSON_ENDS) && endsWithMatch(PERSON_BEFORE_RE, before);
  // 「…に関する以下の情報 最大で約1万2千件」: the noun before a separated qualifier is the count's.
  if (!dataNoun && !personNoun && inSet(QUALIFIER_ENDS, before.charCodeAt(lastNotIn(before, before.length - 1, SPACES)))) {
    const q = TRAILING_QUALIFIER_RE.exec(before);
    if (q && q.index > 0) {
      const head = before.slice(0, q.index);
      dataNoun = endsWithMatch(DATA_BEFORE_RE, head);
      personNoun = !dataNoun && endsWithMatch(PERSON_BEFORE_RE, head);
    }
  }
  // The noun before an aside is the noun of the count: 担当者情報（会社名、氏名、電話番号）約3万1千件,
  // ファイル（2024年度分）12件.
  let asideHead: string | null = null;
  if (!dataNoun && !personNoun && inSet(CLOSING_BRACKETS, before.charCodeAt(lastNotIn(before, before.length - 1, SPACES)))) {
    const aside = TRAILING_ASIDE_RE.exec(before);
    if (aside) {
      asideHead = before.slice(0, aside.index);
      dataNoun = endsWithMatch(DATA_BEFORE_RE, asideHead);
      personNoun = !dataNoun && endsWithMatch(PERSON_BEFORE_RE, asideHead);
    }
  }
  // 「名前・住所・年齢・メールアドレス・電話番号・志望動機:最大1,007件」: a line listing kinds of data, its count after the colon.
  if (!dataNoun && !personNoun && before.charCodeAt(lastNotIn(before, before.length - 1, SPACES)) === 0x3a /* : */) {
    dataNoun = DATA_LIST_LABEL_RE.test(before.slice(before.lastIndexOf('\n') + 1));
  }
  const dataBefore = dataNoun || personNoun;
  const recordUnit = c.unit === '件';
  if (
    (mayEndWithViewer(before) && (before.includes('した') || before.includes('された')) && endsWithMatch(VIEWER_BEFORE_RE, before)) ||
    (inSet(VIEWER_AFTER_STARTS, a) && VIEWER_AFTER_RE.test(after))
  ) {
    return no('viewer');
  }
  if (mayEndWith(before, SPACES, STAFF_SEPS, STAFF_ENDS) && endsWithMatch(STAFF_BEFORE_RE, before)) return no('staff');
  // 「県立北浜高校(北浜一郎校長、生徒667人)は」: a body's size in the aside after its name, with its head's name.
  if (before.includes('長') && HEAD_ASIDE_BEFORE_RE.test(before)) return no('population');
  // 「今年度の教職員の懲戒処分は、これで計11人となった」: the staff disciplined, counted.
  if (before.includes('処分') && DISCIPLINED_TOPIC_BEFORE_RE.test(before)) return no('staff');
  // 「上田社長ら役員計6人を減給とする社内処分」: the staff disciplined, the count before the penalty.
  if (DISCIPLINED_AFTER_RE.test(after)) return no('staff');
  // 「関係者ら合計24名による、興味本位の閲覧」「4人の不正閲覧は合計2867回」: those who did it, counted.
  if (PERPETRATORS_AFTER_RE.test(after)) return no('staff');
  // 「(問い合わせ件数：4月25日までに計386件)」: enquiries counted under their label, a date between.
  if (before.includes('数') && INQUIRY_LABEL_BEFORE_RE.test(before)) return no('incidents');
  // 「本人以外の申請情報の閲覧が計11件確認されました」: views counted, not the people whose data it was.
  if ((before.includes('閲覧') || before.includes('アクセス') || before.includes('参照')) && ACCESSES_BEFORE_RE.test(before)) return no('accesses');
  // 「送信する場合は2名で宛先を確認します」: the staff of a check, not people affected.
  if (a === DE && CHECKERS_AFTER_RE.test(after)) return no('staff');
  // (Not a count labelled in its own clause as those the leak reached: 「試行回数は…回、不正ログインされたアカウント数は58万9463件」.)
  if (before.includes('数') && ACTIVITY_LABEL_RE.test(before) && !REACHED_LABEL_RE.test(before.slice(before.lastIndexOf('、') + 1))) {
    // 「一斉送信した際(送信件数:395件)に、…皆様すべてのメールアドレスが表示される」: a mailing that showed its addressees to each other
    // counts them, whose addresses leaked.
    return SENT_COUNT_LABEL_RE.test(before) && BCC_RE.test(c.sentence) ? yes('addresses-shown') : no('activity-count');
  }
  // 「同町の人口は1月末現在で1万7,964人」: a place's population, however the sentence goes on.
  if (before.includes('人口') && POPULATION_OF_PLACE_RE.test(before)) return no('population');
  // The BCC test reads the whole sentence window: only done when a recipient cue asks for it.
  if (
    mayEndWith(before, RECIPIENT_TRAIL, RECIPIENT_SEPS, RECIPIENT_ENDS) &&
    endsWithMatch(RECIPIENT_LABEL_BEFORE_RE, before) &&
    !BCC_RE.test(c.sentence)
  ) {
    return no('recipient');
  }
  if (!dataBefore && a === NAKA && DENOMINATOR_AFTER_RE.test(after)) return no('denominator');
  if (inSet(RECIPIENT_AFTER_STARTS, a) && RECIPIENT_AFTER_RE.test(after) && !BCC_RE.test(c.sentence)) return no('recipient');
  if (recordUnit && !dataBefore) {
    // (Not a count labelled as the leak's, the mail that carried it in brackets after: 「漏えい件数 1件(メール1通)」.)
    if (((mayEndWithMail(before) && endsWithMatch(MAIL_BEFORE_RE, before)) || (mayStartWithMail(after, f) && MAIL_AFTER_RE.test(after))) && !(before.includes('件数') && LEAK_COUNT_LABEL_BEFORE_RE.test(before))) {
      return no('mail');
    }
    if (mayEndWith(before, SPACES, OBJECT_SEPS, OBJECT_ENDS) && endsWithMatch(OBJECT_BEFORE_RE, before)) return no('object');
    // 「県が委託する全ての業務(令和6年度 約1,900件)」: tasks or contracts counted in an aside to their noun.
    if ((before.includes('(') || before.includes('（')) && TASKS_ASIDE_BEFORE_RE.test(before)) return no('object');
    // 「アクセスログ(約2,400件)を調査した結果」: log lines read, not people.
    if (before.includes('ログ') && LOG_BEFORE_RE.test(before)) return no('object');
    // 「計3件のファイルがダウンロードされた」: files counted, not the people in them.
    if (a === NO && OBJECT_AFTER_RE.test(after)) return no('object');
    // 「確認できた投稿は、…の計31件で」: the sentence's topic is what is counted.
    if (before.includes('は、') && OBJECT_TOPIC_BEFORE_RE.test(before)) return no('object');
    // 「行政指導は、2025年度は今回を含めて計14件となった」: a regulator's actions, counted.
    if (before.includes('は、') && ACTIONS_TOPIC_BEFORE_RE.test(before)) return no('incidents');
    if (asideHead !== null && endsWithMatch(OBJECT_BEFORE_RE, asideHead)) return no('object');
    if (
      (a === NO && INCIDENT_AFTER_RE.test(after)) ||
      (mayEndWith(before, SPACES, INCIDENT_SEPS, INCIDENT_ENDS) && endsWithMatch(INCIDENT_BEFORE_RE, before))
    ) {
      return no('incidents');
    }
  }
  const bl = c.beforeLines;
  // 「(参考)令和6年度就学援助の状況 / 認定者数 3,105名」: a reference section's statistics, not those affected.
  if (bl.includes('参考') && REFERENCE_SECTION_RE.test(bl)) return no('reference');
  // 「募集人数 / 45名」「従業員数：1,540名」: a label of a body's size, not of those affected.
  if ((bl.includes('数') || bl.includes('口')) && SIZE_LABEL_RE.test(bl)) return no('population');
  if (hasCountLabel(bl)) return yes('label');
  // A table cell or a line of its own after the row's label: 「住宅をご購入いただいたお客様 | 2,876名」,
  // 「（1）対象となる方 / …元従業員の方 / 最大で2万1563名」 (a separated qualifier alone before the count).
  const qualifierOnly = !isBlank(before) && QUALIFIER_ONLY_RE.test(before);
  if (isBlank(before) || qualifierOnly) {
    const label = qualifierOnly ? trimEndSpaces(bl.slice(0, bl.length - trimEndSpaces(before).length)) : bl;
    // 「2 閲覧された可能性のある個人情報 / 約1,900件(お客様番号、氏名、住所等)」: an aside after it is still the row.
    if (
      (isBlank(after) || ASIDE_ONLY_RE.test(after)) &&
      ((mayEndWith(label, SPACES, PERSON_SEPS, PERSON_ENDS) && endsWithMatch(PERSON_BEFORE_RE, label)) ||
        (mayEndWith(label, SPACES, DATA_SEPS, DATA_ENDS) && endsWithMatch(DATA_BEFORE_RE, label)) ||
        DATA_LIST_LINE_END_RE.test(label) ||
        // 「(3)画像記録の件数 / 推定 12,058件」: a count label on the line above, a qualifier alone before the count.
        (qualifierOnly && hasCountLabel(label)))
    ) {
      return yes('row-label');
    }
  }
  // 「1.個人情報が流出した可能性がある画像データ / 令和5年度…納税通知書96件(88名)」: a short line counting what the heading above
  // it says leaked.
  // (Not a count alone on its line under a label, 「(1) 送信されたスパムメール数 / 2,215件」: the label says what it counts.)
  if (!isBlank(before) && underLeakedHeading(bl)) return yes('leaked-heading');
  if (dataNoun) return yes('data-before');
  if (personNoun) return yes('person-before');
  // 「納税通知書318件を別の納税義務者に誤って送付」: the items that went to the wrong people are those affected.
  if (MISDELIVERED_AFTER_RE.test(after)) return yes('misdelivered');
  // 「誤って他のお客様へ送付された通知書 286件」: the same, labelled before the count.
  if (before.includes('誤') && MISDELIVERED_BEFORE_RE.test(before)) return yes('misdelivered');
  // 「(3月9日現在で241件回収済み)」「198件の保護者から削除した旨の連絡」: what was got back or deleted, not who was affected.
  if (RECOVERED_AFTER_RE.test(after)) return no('recovered');
  if (inSet(SENT_STARTS, a) && SENT_AFTER_RE.test(after)) return no('sent');
  if (inSet(LEAKED_STARTS, a) && LEAKED_AFTER_RE.test(after)) return yes('leaked');
  // (A total of things no data is told of in its sentence, 「救急搬送のお断りが計213件」「お問い合わせ(計7件)」, counts no one.)
  if (c.total && (!recordUnit || !TOTAL_IN_CLAUSE_BEFORE_RE.test(before) || LEAK_WORD_RE.test(c.sentence))) return yes('total');
  // 「このうち6,118アカウントでログインが成功していた」: the accounts an intruder got into.
  if (LOGGED_IN_AFTER_RE.test(after)) return yes('logged-in');
  if (LEAK_WORD_RE.test(c.sentence)) return yes('leak-sentence');
  // 「…で入会手続きをされた会員さまで、最大で約21万4,000名さまです」: a maximum of people is those possibly affected.
  if (before.includes('最大') && MAXIMUM_BEFORE_RE.test(before) && !CAPACITY_AFTER_RE.test(after)) return yes('maximum');
  // 「株式会社… ⇥ 2025年5月7日 ⇥ 約4.6万件 ⇥ ランサムウェア」: a table's count cell (incidentTable's rows) counts those affected.
  if (c.before.endsWith('\t') && TABLE_CELL_END_RE.test(after)) return yes('table-cell');
  // 「1位 株式会社ハルカゼ/約41万2,000件/SQLインジェクション…/…」: a count alone between a line's slashes is its count field.
  if (SLASH_CELL_BEFORE_RE.test(c.before) && SLASH_CELL_AFTER_RE.test(after)) return yes('table-cell');
  // 「申請総数1,660件(同一の者からの申請を除くと664件)」: the same records counted once each.
  if (before.includes('除') && NET_BEFORE_RE.test(before)) return yes('net');
  // 「480名の間でお互いのメールアドレスが表示されてしまう」: those whose addresses were shown to one another.
  if (a === NO && MUTUAL_AFTER_RE.test(after)) return yes('mutual');
  // 「違う方の情報が印刷されていた。その数、975,065件!」: the number of what the sentence before told.
  if (before.includes('その') && THAT_NUMBER_BEFORE_RE.test(before)) return yes('that-number');
  return no('no-cue');
}
