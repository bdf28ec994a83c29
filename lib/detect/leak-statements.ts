// Leak statements: the words that say data left its owner's control (漏えい, 流出, 閲覧可能, 誤送信…),
// each with its polarity. "流出は確認されていない" is a leak word but not a leak.
import { isBreadcrumb } from '../text/breadcrumb';
import { isEarlierIncident, isGenericAfter, isNegatedAfter } from '../text/clauses';
import { rangeAt, type Range } from '../text/lines';
import { firstUnitSticky, gateOf, pairGatedMatches, pairGateOf, type Sticky } from '../text/gated-scan';

/** Papers with personal data dropped where anyone may pick them up: 「文書32枚を道に落とし」 (a leak word, and a loss's cause). */
export const DOCUMENTS_DROPPED = /(?=[道路車歩駅])(?<=(?:書類|文書|資料|名簿|記録|ファイル|メモ|封筒)[^。\n]{0,20})(?:道|路上|車道|歩道|駅|車内)(?:に|で)落とし/;
/** Papers with personal data reused as scrap: 「裏紙として使われ」「メモ用紙として再利用」 (a leak word, and an improper disposal's cause). */
export const PAPERS_REUSED = /(?:裏紙|メモ用紙)(?:として)?[^。\n]{0,6}?(?:使用|使わ|再利用|利用|配布|配ら)/;
/** Papers with personal data left lying somewhere: 「資料を校舎内のトイレに放置していた」 (a leak word, and a loss's cause). */
export const DOCUMENTS_LEFT = /(?=放)(?<=(?:書類|文書|資料|名簿|記録|ファイル|メモ|封筒)[^。\n]{0,20})放置(?:し|され|する)/;
/** Personal data, told as the subject, posted on a website: 「…の個人情報が…ホームページに掲載されていた」 (a leak word, and an exposure's cause). */
export const DATA_POSTED_ON_WEBSITE = /(?=[ホウW])(?<=(?:情報|データ|氏名|住所|名簿|書類|文書)(?:など|等)?が[^。\n]{0,60})(?:ホームページ|ウェブサイト|ウェブページ|Webサイト|WEBサイト)(?:上)?に[^。\n]{0,12}?掲載されて(?:い|お)/;
/** Personal data handed by staff to someone outside: 「…約900人分の氏名や生年月日などを載せた名簿を作り、(自治会長に)手渡した」「個人情報を記載した資料を、…住民自治協議会長に渡した」「患者のデータを外部の第三者へ渡した」 (a leak word, and an insider's cause). */
export const DATA_HANDED_OVER =
  /(?=渡)(?<=(?:個人情報|名簿|台帳|資料|データ|リスト)[^。\n]{0,40}?(?:会長|役員|議員|知人|親族|第三者)(?:ら|の(?:男性|女性))?(?:に|へ)手?)渡(?:し|す)/;
/** The units a leak word starts with: LEAK_WORD's leading look-ahead and LEAK_GATE read this one list. */
const LEAK_UNITS = '漏流閲不参窃詐持誤紛盗外提ダ公抜暗ア取添引売転横投別私見他封確所個照名無消削初表販知友置一通ひ奪映散飛捨放ホウW道路車歩駅間裏違普渡検メ分わ';
/**
 * Another's data printed on, or found in, what was sent: 「受診券の裏面に別の人の名前…が誤って記載されていた」「弁明書の添付書類に
 * 別人の氏名等が含まれていることが判明」「別の人の書類が封筒に入っていた」 (a leak word, and a misdelivery's cause).
 */
export const ANOTHERS_DATA_PRINTED =
  /(?:別(?:人|の(?:人|方|住民|市民|世帯|患者|児童|生徒|利用者|お客様|顧客|受診者|被保険者|受給者))|他人|他の(?:人|方|患者|利用者|受診者|お客様|お客さま|会員|顧客))の[^。\n]{0,30}?(?:が|を)[^。\n]{0,8}?(?:(?:記載|印字|印刷)(?:され|し)(?!な|ませ|ず)|含まれ(?:てい(?:る|た)|た)|(?:封筒|封書)に(?:入って|同封|混入))/;
/** LEAK_WORD's forms but those shared with the causes above. */
const LEAK_FORMS = /漏えい|(?:散乱|飛散|散逸)(?:し|され)|無断(?:で)?(?:複製|コピー)|(?:販売|転売|売却)され(?=[^。]{0,30}?(?:データ|情報)が(?:残って|残存|消去されて(?:いな|おら)))|(?:知人|友人)(?:の[^。、]{0,8})?(?:に|へ)(?:提供|渡し|渡す|漏らし|漏らす|教え)|外(?:部)?から(?:も)?(?:見える|閲覧でき|見られる)|外部の(?:[^。、へに]{0,8}?)(?:アドレス|アカウント)(?:へ|に)(?:自動)?転送され|映り込(?:ん|み)|映っ(?:てい|ており|た)|(?<=(?:路上|道路|院外|校外|社外|庁外|屋外|店外|敷地外|病院外|学校外)(?:で|に)[^。]{0,12}?)見つか(?:っ|る|り)|(?:別の(?:人|方|住民|市民|利用者|世帯)|他人|他の(?:人|方)|外部の(?:人|方))に知られ(?:た|て|る)|(?:消去|削除|初期化)され(?:ない|ず)(?:まま|に)[^。\n]{0,30}?(?:販売|流通|出品|売却|転売|譲渡)|漏洩|(?<!適用|記載|入力|記入|確認|計上|転記|申請|登録|支給|請求|徴収|課税|届出|手続き?|反映|連絡|押印|回収|チェック)漏れ(?!なく)|流出|流失|(?<!正常に|通常どおり|通常通り|再び|問題なく|(?:ページ|サイト|記事|動画|ホームページ)(?:が|は)[^。、]{0,12})閲覧(?:可能|でき(?!な[いくかけ]|ず|ませ)|され(?!た(?:方|人|皆様|皆さま|お客様|お客さま|利用者|会員|企業|ユーザ|場合|際))|・(?:収集|保存|取得|複写|コピー)|して|した(?!(?:方|人|皆様|皆さま|お客様|お客さま|利用者|会員|企業|ユーザ|場合|際))|を行|し、|(?=。))|不正(?:に)?(?:閲覧|照会|提供|収集)|違法(?:に|な)?(?:取得|閲覧|照会|収集)|照会(?:が)?(?:可能|でき)(?:な|る)(?:状態|状況)|(?<=(?:個人情報|個人データ|名簿)(?:が|を)[^。\n]{0,16}?)不正(?:に)?(?:使用|利用)(?:され|し)(?:て|た)|名簿業者(?:に|へ)[^。\n]{0,12}?(?:提供|売|渡|譲)|(?<=(?:関係なく|必要(?:が|も)?ない|私的(?:に|な)|目的外|業務外)[^。\n]{0,40})(?:照会|検索)(?:して|し、|した|を(?:繰り返|行))|個人情報を(?:調べ|のぞき見|盗み見)|参照され|窃取|詐取され|持ち出|誤(?:送信|送付|発送|配送|配信|交付|投函|投かん|封入|配付|配布|配達|廃棄|掲載|表示|通知|送(?=し|さ))|誤って[^。\n]{0,50}?(?:添付|送信|送付|送っ(?:て|た)|公開|公表|掲載|掲示|配布|配付|配信|発送|郵送|交付|渡し|投函|投かん|廃棄|同封|映し出|表示|発行|通知(?:され|し)|知らせ(?:て|た)|提供(?:し|され))|封入(?:作業|機)?(?:の)?(?:設定)?(?:ミス|誤り|間違い|不備)|封入を誤(?:り|っ)|置き忘れ|ひったくり|奪われ|(?:一般|通常|普通)の?(?:ごみ|ゴミ|古紙|可燃ごみ|廃棄物)として[^。\n]{0,8}?(?:廃棄|処分|出|捨て)|(?<=(?:通知表|通知書|書類|答案|資料|封筒|証明書|写し|用紙|帳票|申請書|成績表|検査結果|結果票|診断書|明細書)を)取り違え(?:て|た)?[^。\n]{0,6}?(?:渡し|交付|送付|配付|配布|返却|発送|郵送|送信)|他人(?:の|宛て?の)[^。\n]{0,20}?(?:送付|送信|発送|郵送|届(?:い|け)|交付)|間違(?:え|っ)て[^。\n]{0,30}?(?:渡し|送付|送信|交付|配布|配付|郵送|発送)|紛失|所在不明|所在が(?:不明|分から|わから)(?:に|な|で|と)|(?<=(?:書類|帳票|資料|申請書|USBメモリ|パソコン|PC|端末|ファイル)(?:等|など)?(?:が|は))見当たらな(?:い|く)|盗難|盗まれ|不適切(?:な|に)廃棄|外部(?:に|へ)提供|提供した見返り|漏らし|ダウンロードされ|公開され(?:てい|た)|公開状態|抜き取られ|暗号化され|アクセスできる状態|(?<!正常に|通常どおり|通常通り|再び|問題なく)(?:見える|見られる|閲覧できる|確認できる|表示される)(?:状態|事態)|(?<=(?:アドレス|氏名|個人名|名前)[^。\n]{0,12}?)(?:分かる|わかる)(?:ような)?(?:状態|形)で[^。\n]{0,12}?(?:送信|送付|配信)|取得された|添付(?:して|し)?(?:送信|送付|配信)|盗み(?:取|出)|(?:他|別)の?ご?(?:お客様|お客さま|利用者|会員|ユーザー?|方)[^。\n]{0,24}?表示され|引き出され|外部(?:に|へ)送信され|不正(?:に)?取得|(?<!(?:アイテム|キャラクター|商品|株式|株|土地|建物|不動産|車両|資産|物品)(?:が|を|は)?(?:勝手に)?)売却|転売(?!ヤー)|横流し|投稿され|別(?:人|の(?:方|人|住民|世帯|利用者|お客様|顧客|患者|受信者|契約者|会員|保護者|受給者|組合員|申請者|加入者|事業者|事業所))(?:に|へ|宛てに?)(?:届(?:い|け)|送付|発送|郵送|送信|交付|配達|配送)|別(?:人|の(?:人|方|住民|市民|世帯|患者|児童|生徒|利用者|お客様|顧客))の[^。、\n]{0,20}?(?:を|が)[^。\n]{0,20}?(?:交付|送付|郵送|発送|同封|混入|手渡|渡し|渡っ|届い|届け)|他人の[^。\n、]{0,12}?(?:記載|印字)(?=[ \u3000]|$)|(?<=(?:情報|ページ|履歴書|マイページ)[^。\n]{0,60}?(?:に|へ))アクセスされ(?!た(?:方|人|皆様|皆さま|お客様|お客さま|利用者|場合|際))|(?<=(?:情報|ページ|履歴書|マイページ)(?:へ|に)の)不正(?:な)?ログイン|(?=[捨放])(?<=(?:ステーション|集積所|集積場|置き場|ごみ捨て場)(?:に|へ)[^。\n]{0,12})(?:捨て(?:られ|て)|放棄(?:され|し))|(?=盗)(?<=(?:データ|情報|ファイル)[^。\n]{0,40}?を)盗ん(?:だ|で)|私(?:用|的)の?(?:メール(?:アドレス)?|アドレス|パソコン|PC|端末)[^。\n]{0,6}?(?:送信|転送|送付)|(?:個人|私物|私用)(?:の|所有の)?(?:クラウド(?:ストレージ)?|ストレージ|パソコン|PC|USBメモリ|スマートフォン|メール(?:アドレス)?|アカウント)[^。\n]{0,10}?(?:アップロード|コピー|複製|転送|保存|送信)/;
/** LEAK_WORD's forms, one alternation: its own and the shared ones above (LEAK_WORD and its sticky scan read this one list). */
const LEAK_ALTERNATIVES = new RegExp(
  [LEAK_FORMS, DOCUMENTS_DROPPED, DOCUMENTS_LEFT, DATA_POSTED_ON_WEBSITE, ANOTHERS_DATA_PRINTED, DATA_HANDED_OVER, PAPERS_REUSED].map((r) => r.source).join('|'),
);
/**
 * Must match: 漏えい 漏洩 漏れ 流出 流失 閲覧可能 閲覧された 閲覧・収集 不正に閲覧 不正に収集 参照された 窃取
 * 持ち出し 誤送信 誤送付 誤発送 誤配送 誤って添付 添付し送信 紛失 盗難 ダウンロードされ 公開されていた 暗号化され
 * 盗み取られ 他のお客様の画面に…表示され 引き出され 外部に送信され 不正に取得 売却 転売 横流し 投稿され 別人に届いた 別の住民に発送
 * 別の人の名前…が誤って記載されていた 他人の検査結果記載 (another's data printed on what was sent)
 * 会員情報ページ(…)にアクセスされた Web履歴書への不正ログイン (pages holding one's data opened by an intruder)
 * 不正照会 個人情報を調べた 所在不明 書類が見当たらない 私用のメールアドレス宛に送信 個人のクラウドストレージにアップロード 誤って…同封 封入ミス 他人の…を送付 (data sent out of the organisation's control), 誤廃棄 and 誤って廃棄 (data destroyed:
 * a 滅失, which the APPI counts among 漏えい等), 不適切な廃棄 (papers put out with ordinary waste), 全員のアドレスが分かる形でメール送信
 * (a mail sent with the addresses to be seen), 個人情報…を外部の第三者へ渡した (data handed to someone outside).
 * Must not match: 二次漏えい (a consequence, not the event), 漏れなく, 閲覧用, 閲覧数, 正常に閲覧できる状態 (a site back up),
 * ウェブサイトを閲覧された方, 当該ページを閲覧した方 (visitors of a site).
 */
export const LEAK_WORD = new RegExp(`(?=[${LEAK_UNITS}])(?<!二次)(?:${LEAK_ALTERNATIVES.source})`, 'g');

/**
 * LEAK_WORD as a sticky regex, tried only where its first character occurs (see gated-scan.ts), and there only its forms that can
 * start with that character (firstUnitSticky): the same matches.
 */
export const LEAK_WORD_STICKY: Sticky = firstUnitSticky(LEAK_ALTERNATIVES, '(?<!二次)', LEAK_UNITS);
/** The units a leak word starts with: the class of LEAK_WORD's leading look-ahead (a unit test keeps the two equal). */
export const LEAK_GATE = gateOf(LEAK_UNITS);
/** LEAK_WORD's start pairs (漏え, 流出, 閲覧…), read off the pattern: the scan looks at every second unit only. */
export const LEAK_PAIRS = pairGateOf(LEAK_WORD);

/**
 * Leak-word starts noted by another pass over the units of text[from, to): every position there
 * where one of LEAK_PAIRS' pairs stands, in order. extractCause scans each segment just before
 * findLeakStatements reads its sentences, and one pass finding the start pairs of both costs less
 * than two (measured: see cause.ts). findLeakStatements uses the notes once when they cover its
 * range and scans by itself otherwise; the next pass overwrites them.
 */
const noted = { text: null as string | null, from: 0, to: 0, starts: [] as readonly number[], count: 0 };

/** For a pass that found, in `starts[0, count)`, every position of text[from, to) where a LEAK_PAIRS pair stands. */
export function noteLeakStarts(text: string, from: number, to: number, starts: readonly number[], count: number): void {
  noted.text = text;
  noted.from = from;
  noted.to = to;
  noted.starts = starts;
  noted.count = count;
}

/** pairGatedMatches' answer for LEAK_WORD in text[from, to), from the noted starts. */
function notedMatches(text: string, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { starts, count } = noted;
  for (let i = 0; i < count; i++) {
    const p = starts[i]!;
    if (p < from) continue;
    if (p >= to) break;
    LEAK_WORD_STICKY.lastIndex = p;
    const m = LEAK_WORD_STICKY.exec(text);
    if (m !== null && m.index + m[0].length <= to) out.push(m);
  }
  return out;
}

/** 有無 within the six units after a leak word (流出の有無を調査): a question, not a statement. */
function askedWhether(text: string, end: number): boolean {
  // In place: no six-unit copy and regex per leak word.
  const last = Math.min(end + 6, text.length) - 2;
  for (let i = end; i <= last; i++) if (text.charCodeAt(i) === 0x6709 && text.charCodeAt(i + 1) === 0x7121) return true;
  return false;
}

/** A concern reported by others right after a leak word: 懸念について, 懸念の連絡, 懸念がある旨. */
/** The rest of a quoted notice's title, and the mail or letter it came in: 「…のお詫び」という封書が届き. */
const RECEIVED_NOTICE_AFTER = /^[^「」。\n]{0,40}」(?:という|との)[^。\n]{0,6}?(?:メール|封書|手紙|はがき|ハガキ|通知|案内|連絡|文書|お知らせ|書類)(?:が|を)(?:届|受け取|受領|もら)/;
/** How far the closing quote of a received notice's title may be. */
const QUOTE_REACH = 40;

/** Is the leak word ending at `end` inside the quoted title of a notice someone received? */
export function isQuotedNoticeReceived(text: string, end: number): boolean {
  // The closing quote looked for within reach only (an indexOf could read the rest of the page at every leak word).
  const to = Math.min(text.length, end + QUOTE_REACH + 1);
  for (let i = end; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300d /* 」 */) return RECEIVED_NOTICE_AFTER.test(text.slice(end, i + 30));
    if (c === 0x300c /* 「 */ || c === 0x3002 /* 。 */ || c === 0x0a) return false;
  }
  return false;
}

/** How many units a quoted word may hold before its leak word: 「個人情報漏えい」. */
const QUOTED_WORD_LEAD = 6;

/**
 * A leak word quoted as a word, the quote closing right after it (キーワード「不正アクセス」「漏えい」, 「情報流出」という言葉):
 * the word named, no leak told.
 */
export function quotedAsWord(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 0x300d /* 」 */) return false;
  for (let i = start - 1; i >= 0 && i >= start - 1 - QUOTED_WORD_LEAD; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x300c /* 「 */) return true;
    if (c === 0x3001 /* 、 */ || c === 0x3002 /* 。 */ || c === 0x0a || c === 0x300d) return false;
  }
  return false;
}

/**
 * A leak word inside a quotation others made and the page reports as theirs: 「一部の週刊誌が「…外部に流出した」と報じた」,
 * 「SNSで「個人情報が漏れている」との投稿が」 (the page's own statement follows, or denies it).
 */
export function quotedClaim(text: string, end: number): boolean {
  // (Looked for within the reach only: a search to the page's end per leak word would cost the page's length each time.)
  const rel = text.slice(end, end + QUOTED_CLAIM_REACH + 1).indexOf('」');
  if (rel < 0) return false;
  const close = end + rel;
  if (text.slice(end, close).includes('「')) return false;
  return CLAIM_AFTER_QUOTE.test(text.slice(close + 1, close + 12));
}
const QUOTED_CLAIM_REACH = 40;
/** What a mail says, reported (「メールの内容には…個人情報が流出した旨が記載され」「…流出したというメール」): a phishing lure's claim. */
const MAIL_CLAIM_AFTER = /^[^。]{0,12}?(?:旨が記載|という(?:内容の)?(?:メール|SMS)|との(?:内容の)?(?:メール|SMS))/;
function mailClaim(text: string, end: number, sentenceEnd: number): boolean {
  // (Its words are looked for in the few units after the leak word first: most leak words have none of them.)
  const tail = text.slice(end, Math.min(sentenceEnd, end + MAIL_CLAIM_REACH));
  return (tail.includes('旨') || tail.includes('とい') || tail.includes('との')) && MAIL_CLAIM_AFTER.test(tail);
}
/** How far after a leak word a mail's claim may be told: 12 units and its words. */
const MAIL_CLAIM_REACH = 24;
const CLAIM_AFTER_QUOTE = /^(?:と|との)(?:報じ|報道|指摘|主張|書き込|投稿|噂|うわさ|情報が|声)/;
/**
 * A question about the notice's own data (「Q. 今回の改定で、私の個人情報が漏れたりしましたか?」): a sentence ending in か?,
 * and a leak word before its か is asked about. (Where that か stands is found once per sentence, not read for from each
 * leak word in it.)
 */
const QUESTION_END = /か[?？]\s*$/;

const CONCERN_RAISED = /^懸念(?:について|に関する|の(?:連絡|指摘|報告)|がある旨)/;

/** A possibility hedge in the same sentence. */
export const HEDGE = /可能性|おそれ|恐れ|懸念|疑い/;

export interface LeakStatement extends Range {
  word: string;
  negated: boolean;
  hedged: boolean;
}

/** Leak words inside each sentence, with negation and hedging decided clause-locally. */
/**
 * A sentence of a drill or a supposed case: 「個人情報漏えい事案を想定した対応訓練」「…との想定のもと」「万一、個人
 * 情報の漏えい…が発生した場合には」 (a policy's promise), a list of threats (「不正アクセス、…、誤送信、災害等の脅威に対して」),
 * a technique described (「…入力された情報を盗み取って不正送金に悪用する手口です」).
 * Its leak words tell no event.
 */
/** A technique described: 「…入力された情報を盗み取って不正送金に悪用する手口です」. */
const TECHNIQUE_TOLD = /(?:する|される|させる)手口(?:です|だ|である)。?$/;
export const SCENARIO = /を想定し|との想定|想定のもと|訓練(?:を実施|の想定|では|として|内容|シナリオ)|万一|万が一|仮に|(?:等|など)の(?:脅威|リスク|危険)/;

/**
 * A news site's tag line (「インシデント・事故 インシデント・情報漏えい」): the article's topics, no statement (and no
 * title: segmentPage skips it when it looks for a notice's title line).
 */
export const TOPIC_TAGS_LINE = /^\s*(?:[^\s。、]{1,16}\s+)*(?:インシデント|セキュリティ)・[^\s。、]{1,12}(?:\s+[^\s。、]{1,16})*\s*$/u;
/**
 * An article's keyword, tag or label line (関連キーワード：ランサムウェア 個人情報漏えい, a blog post's 「ラベル: セキュリティ事件簿,
 * DDoS, 誤送信」, hashtags 「#個人情報漏えい #調査」): the topics of the page or post, never a statement, a cause or a title.
 */
export const TAG_LINE = /^\s*(?:(?:関連)?(?:キーワード|タグ|カテゴリー?|ジャンル|ラベル|tags?|labels?)\s*[：:]|[^\s。、]{0,12}(?:原因|種類|カテゴリー?)別(?:の)?(?:記事|ニュース)?(?:一覧)?\s*[：:]|[#＃][^\s#＃]+(?:[ \u3000]+[#＃][^\s#＃]+)+\s*$)/i;

/**
 * A bare line of an article's tags or a list's keywords, words set apart by spaces with no label (「インシデント 情報漏えい EC」,
 * 「情報漏えい 不正アクセス 個人情報保護法 名簿業者 内部不正」): at least three short nouns, none with a particle, a digit or a
 * sentence's mark, two of them the field's topic words. (A headline's phrases carry particles or counts, 「ランサムウェア被害で
 * 生産を停止 流出は確認されず」, or name the case: 「個人情報流出 東西病院 続報」.)
 */
const BARE_TAGS_LINE = /^\s*(?:[^\s。、をがはでにのとやへも0-9０-９]{1,10}[ \u3000]+){2,}[^\s。、をがはでにのとやへも0-9０-９]{1,10}\s*$/u;
const TOPIC_WORD = /^(?:(?:個人)?情報(?:漏えい|漏洩|流出)|漏えい|漏洩|不正アクセス|不正ログイン|ランサムウェア|マルウェア|内部不正|誤送信|誤送付|誤発送|紛失|盗難|フィッシング|脆弱性|注意喚起|インシデント|サイバー攻撃|セキュリティ|個人情報(?:保護法?)?|法改正|統計|調査)$/u;
/** The longest such line. */
const BARE_TAGS_MAX = 60;

export function isBareTagsLine(line: string): boolean {
  if (line.length > BARE_TAGS_MAX || !BARE_TAGS_LINE.test(line)) return false;
  let topics = 0;
  for (const word of line.trim().split(/[ \u3000]+/u)) if (TOPIC_WORD.test(word) && ++topics === 2) return true;
  return false;
}

/**
 * A sentence that gives an example (「例えば、セミナー申込者120名に宛先欄で一斉送信した場合、…漏えいしたことになります」, 「例：会員数
 * 50万人のサイトで…」), explains the law's duty to report (「…1,000人を超える場合です」 after 「報告対象となるのは」,
 * 「1,001人なら、氏名だけの漏えいでも報告対象です」), or tells of the class of incidents (「…による個人情報の漏えい事案が
 * 後を絶たない状況にあります」), defines a term or tallies a regulator's reports: its leak words tell no event.
 */
const EXAMPLE_START = /^\s*(?:例えば|たとえば|例[:：]|【例】|〈例〉|[(（]例[)）])/;
const DUTY_CONDITION = /場合|なら|ときは/;
const DUTY = /報告対象|報告の対象|報告義務|通知義務|義務化|義務付け|義務づけ|報告が必要|報告しなければ|公表の基準|公表基準/;
/** A glossary's definition (「…決済画面を改ざんし、カード情報を盗み取る手口のこと。」) or a regulator's tally (「…誤送付が引き続き多く報告されています」). */
// (Not hearsay: 「…個人情報が流出したとのこと。」 reports the event.)
const DEFINITION_END = /(?:(?<!と)のこと|を(?:指し|いい)ます|をいう|を指す)。?$/;
/** A system described, not an event: 「…不正取得があったことをお知らせする制度です」「…侵害の抑止、防止に役立ちます」. */
const SYSTEM_DESCRIBED = /(?:する|ための|できる)(?:制度|仕組み)(?:です|である)。?$|(?:抑止|防止)に(?:役立|つなが|資する)/;
const MANY_REPORTED = /多く(?:報告|寄せられ)/;
/** A guide's example told as a kind of case: 「…流出し、…1,000万円以上かかったケースもあります」「…漏れるケースが発生」. */
const EXAMPLE_CASE_END = /ケース(?:も|が)(?:あります|ある|あり|見られ|発生|多い|少なくありません|少なくない)[^。]{0,8}。?$/;
/** A report made as a precaution: 「…漏えいのおそれがあるものとして、個人情報保護委員会に速報を提出した」. */
const PRECAUTIONARY_REPORT = /おそれがあるものとして、?[^。]{0,30}?(?:速報|報告)を?(?:提出|行)/;
const CLASS_OF_INCIDENTS = /(?:事案|事故|事件|被害|インシデント)(?:が|は)?(?:後を絶た|相次い|多発し)/;
/** Speculation in general terms: 「一般的に可能性としては、…パスワードの漏洩や…による不正アクセスが考えられる」. */
const GENERAL_SPECULATION = /一般(?:的に|論として)[^。]*考えられ/;
/** The notice's own voice: 「…が相次いでいることを受け調査したところ、当社でも…流出していた」 tells its own event. */
const SELF_VOICE = /(?:当|弊|本)(?:社|院|学|校|市|町|村|区|県|法人|会|機構|協会|組合|金庫|行)/;
/** A tally's row: a label of kinds (「誤交付・誤送付・誤送信」), a wide gap, a count (612件). */
const TALLY_ROW = /^\s*[^\s。、]{2,30}(?:[ \u3000\t]{2,}|\t)[0-9０-９,，]+\s*件/;

/** The longest line read as a breadcrumb trail. */
const BREADCRUMB_MAX = 160;

function isGenericSentence(sentence: string): boolean {
  return (
    EXAMPLE_START.test(sentence) ||
    (DUTY.test(sentence) && DUTY_CONDITION.test(sentence)) ||
    (CLASS_OF_INCIDENTS.test(sentence) && !SELF_VOICE.test(sentence)) ||
    (sentence.includes('件') && TALLY_ROW.test(sentence)) ||
    DEFINITION_END.test(sentence) ||
    (sentence.includes('ケース') && EXAMPLE_CASE_END.test(sentence)) ||
    ((sentence.includes('制度') || sentence.includes('仕組み') || sentence.includes('止に')) && SYSTEM_DESCRIBED.test(sentence)) ||
    MANY_REPORTED.test(sentence) ||
    (sentence.includes('一般') && GENERAL_SPECULATION.test(sentence)) ||
    PRECAUTIONARY_REPORT.test(sentence) ||
    (sentence.length <= BREADCRUMB_MAX && isBreadcrumb(sentence.trim()))
  );
}

/** Money or crypto-assets right before 流出: 「ビットコイン不正流出」「お客様の資産が流出」. */
const MONEY_BEFORE = /(?:ビットコイン|仮想通貨|暗号資産|暗号通貨|資産|資金|預金|預り金|現金|金銭|円相当)(?:が|の|を)?(?:不正(?:に)?)?$/;
/** Found again inside the organisation's own premises: 「庁舎内の書庫で見つかった」「院内で発見された」. */
const FOUND_INSIDE = /(?:庁舎|院|社|校|事務所|店|施設|職場|書庫|倉庫|ロッカー|机)(?:内)?(?:の[^。、]{0,10})?(?:で|から)(?:発見|見つか)/;
/** Leak words of a loss: a loss found again inside is none. */
const MISPLACED_WORD = /^(?:紛失|所在不明|置き忘れ)|見当たらな/;

export function findLeakStatements(text: string, sentences: readonly Range[]): LeakStatement[] {
  const out: LeakStatement[] = [];
  if (sentences.length === 0) return out;
  const from = sentences[0]!.start;
  const to = sentences[sentences.length - 1]!.end;
  let next = from;
  let hedgeOf: Range | undefined;
  let questionAt = -1;
  let hedged = false;
  let scenario = false;
  let foundInside = false;
  const covered = noted.text === text && noted.from <= from && to <= noted.to;
  const matches = covered ? notedMatches(text, from, to) : pairGatedMatches(text, from, to, LEAK_PAIRS, LEAK_WORD_STICKY);
  if (covered) noted.text = null; // used: not kept, nor the page's text with it
  for (const m of matches) {
    if (m.index < next) continue;
    const start = m.index;
    const end = start + m[0].length;
    next = end;
    const s = rangeAt(sentences, start);
    if (!s || end > s.end) continue;
    // Several leak words often share a sentence: its hedge and scenario tests run once.
    if (s !== hedgeOf) {
      hedgeOf = s;
      const sentence = text.slice(s.start, s.end);
      hedged = HEDGE.test(sentence);
      const question = QUESTION_END.exec(sentence);
      questionAt = question ? s.start + question.index : -1;
      foundInside = (sentence.includes('見つか') || sentence.includes('発見')) && FOUND_INSIDE.test(sentence);
      scenario = SCENARIO.test(sentence) || (sentence.includes('手口') && TECHNIQUE_TOLD.test(sentence)) || isEarlierIncident(text, s) || TOPIC_TAGS_LINE.test(sentence) || TAG_LINE.test(sentence) || isBareTagsLine(sentence) || isGenericSentence(sentence);
    }
    // 「所在不明と公表していた書類…について、28日に庁舎内の書庫で見つかった」: a loss since resolved, nothing left.
    const generic = scenario || (foundInside && MISPLACED_WORD.test(m[0])) || isGenericAfter(text, end);
    // 「…情報の漏えい懸念について連絡を受け」: a concern someone raised, not a leak the notice states.
    const raised = text.charCodeAt(end) === 0x61f8 /* 懸 */ && CONCERN_RAISED.test(text.slice(end, end + 10));
    // 「ビットコイン不正流出 482億円」「資産が流出する事案」「流出額」: money or crypto-assets flowing out, no data.
    const money = m[0] === '流出' && (MONEY_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || text.charCodeAt(end) === 0x984d /* 額 */);
    // 「「個人情報漏えいのお詫び」という封書が届きました」: a notice someone received, quoted; the page states no leak.
    const received = isQuotedNoticeReceived(text, end);
    const negated = generic || raised || money || received || quotedAsWord(text, start, end) || isNegatedAfter(text, end, s.end) || askedWhether(text, end) || quotedClaim(text, end) || mailClaim(text, end, s.end) || questionAt >= end;
    out.push({ start, end, word: m[0], negated, hedged });
  }
  return out;
}
