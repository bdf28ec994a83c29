import type { Range } from './lines';

// Polarity of a mention inside its sentence: is it negated (…はありません), or part of a generic
// statement (…を防止)? Shared by the leak detector, the category and the cause extractors.

/** Negative predicates that close a clause: ありません, ございません, ていない, 無し, 対象外 … */
const NEGATION = /(?:該当(?:しません|しない|せず)|(?:入っ|含まれ|漏れ|載っ|書かれ)てない|ありません|ございません|おりません|いません|ていない|ていなかった|でない|ではない|ではなかった|でなかった|(?<!だけ|のみ|ばかり)ではなく|含まれ(?:ない|ず)|含め(?:てい(?:ない|ません)|ておらず|ず)|されません|られません|されなかった|しない|されない|できない|ておらず|(?:は|も)(?:な|無)(?:い|く|かった)|(?:形跡|痕跡|事実)が(?:な|無)(?:い|く|かった)|がなかった|可能性(?:が|は)(?:な|無)(?:い|く)|無し|なし(?:[。)、\s(（|｜「]|$|なら|とのこと)|対象外|(?:機能|仕組み|仕様)(?:が|は)(?:な(?:い|く)|ありません|ございません)|生じていません|発生していない|確認されず|認められない|認められません|認められず|見られず|とは限ら(?:ない|ず)|とは言え(?:ない|ず)|とはいえない)/;
/** NEGATION as a global pattern, to read on past a negation that is not the mention's. */
const NEGATION_ALL = new RegExp(NEGATION.source, 'g');
/** Double negatives that affirm: 否定できない / 否定できません / 完全には払拭できない / 排除できず. */
const AFFIRMING_DOUBLE_NEGATIVE = /(?:否定|払拭|排除)(?:でき|する(?:ことはでき|ことができ))(?:ない|ません|ず)/;
/** A positive leak predicate between the mention and a negation means the negation is about something else. */
const POSITIVE_PREDICATE = /(?:流出|漏えい|漏洩|漏れ)(?:し|され)(?:た|まし|てい)|含まれ(?:る|ます|てい(?:る|ます)|ていた)(?!ん)|閲覧され(?:た|てい)|可能性が(?:ある|あり|ござい)/;
/**
 * Mentions in statements about prevention, policy, intent (盗み取ろうとする), the class of incidents
 * (漏えい事故が相次ぐ, 漏えい・紛失事故は175件, a policy's 漏えい等事案への対応), a safeguard (不正アクセス又は不正ソフトウェアから保護する)
 * or a hypothetical (漏えいが発生した際の)
 * are not events.
 */
const GENERIC_TAIL =
  /^(?:に|へ)(?:ご|十分)?(?:注意|用心)|^する(?:手口|フィッシング|詐欺|攻撃|ウ[イィ]ルス|マルウェア|ツール|偽サイト|不正アプリ)|^(?:など|等)?(?:について|に関して)(?:は|も)?、?(?:現在|引き続き|詳細を)?(?:調査|確認)(?:を|中|して|し|する)|^(?:[・、][^・、。\n]{1,6}|(?:又は|または|及び|および|や)[^・、。\n]{1,6})*(?:等|など)?(?:の|を)?(?:防止|防ぐ|防ぎ|対策|未然|リスク|予防|(?:事故|事件|インシデント)(?!(?:に関する|について(?:の)?|の|に係る)?(?:お詫び|おわび|ご報告|お知らせ|報告)|が(?:発生|判明|起き))|が相次)|^等?事案(?:への|に対する|の)(?:対応|対処)|^行為の禁止|^(?:に関する)?情報の(?:ご)?(?:連絡|提供|受付|届出)|^(?:[・、][^・、。\n]{1,8})*(?:の|に関する)(?:ご)?(?:連絡|届出|届け出|相談|お問い合わせ|お問合せ)(?:先|窓口)?[(（]|^(?:[・、][^・、。\n]{1,8})*(?:専用)?(?:ダイヤル|窓口|コールセンター|デスク)|^診断|^(?:等|など)?(?:に係る|に関わる|にかかる|に係わる)[^。、\n]{0,8}?(?:制度|手続|届出|防止|対策)|^の(?:有無の|可能性の)?(?:調査|確認)(?:を|に|が|や|、|中|ならびに|並びに|及び|および)|^[ぁ-ゖ]{0,3}(?:ろう|よう)と|^(?:[・、][^・、。\n]{1,12}|(?:又は|または|及び|および|や)[^・、。\n]{1,12})*(?:等|など)?から(?:保護|守|防)|^(?:され|し)?ないよう|^(?:(?:や|・|、)[^・、。\n]{1,8})*(?:が|の)?(?:生じ|発生し|起こら|起き)ない(?:よう|ため)|^[^。、\n]{0,8}(?:した際|した場合|する場合|の際|時の|時は|時には|際の|場合の|場合に|場合は|すれば|したら)|^し?(?:を|は)?(?:原則として|原則|一切)?(?:禁止|制限)|^し?ルール|^(?:、|又は|若しくは)滅失|^等?(?:の)?報告(?:は|件数|数|の|を|に関|制度|義務|書|様式|フォーム|窓口|手続)|^等?(?:の)?事例|^等?(?:の)?事案の公表|^の(?:最大の|主な)原因|^等?(?:の)?事案(?:は|が)[^。、\n]{0,12}?[0-9０-９]+件|^[0-9０-９,，]+件(?:[、，,]|でし|です|であ)|^訴訟|^[^「」。\n]{0,10}」(?:が|は)[0-9０-９]/;

/** A parenthesised aside: (住所や電話番号はありません。) negates only what is inside it. */
const PAREN_ASIDE = /[(（〔[][^()（）〔〕[\]]*[)）〕\]]/g;
/** The characters a parenthesised aside opens with. */
const OPENING_BRACKET = /[(（〔[]/;
/** Units every negative predicate below contains: a window without any of them is never negated (categories.ts gates on them too). */
export const NEGATION_UNITS_TEXT = 'んなず無外';
const NEGATION_CHARS = new RegExp(`[${NEGATION_UNITS_TEXT}]`);

/** Blank out parenthesised asides (same length, so offsets keep their meaning). */
function blankParens(s: string): string {
  if (!OPENING_BRACKET.test(s)) return s; // most tails hold no aside: nothing to blank
  return s.replace(PAREN_ASIDE, (m) => ' '.repeat(m.length));
}

/**
 * Is the mention ending at `mentionEnd` negated within its sentence [.., sentenceEnd)?
 * `text` is the width-folded page text.
 */
export function isNegatedAfter(text: string, mentionEnd: number, sentenceEnd: number): boolean {
  const window = text.slice(mentionEnd, Math.min(sentenceEnd, mentionEnd + 120));
  // A table's cell ends at its tab: the next cell's なし is about its own column.
  const tab = window.indexOf('\t');
  const raw = tab >= 0 ? window.slice(0, tab) : window;
  if (!NEGATION_CHARS.test(raw)) return false;
  // 「…メールアドレス以外の情報は含まれておりません」: the mention is the exception, the one kind that did leak; the kinds listed
  // before it (「氏名、学籍番号、…など、」) are those denied.
  if (raw.includes('以外')) {
    if (EXCEPTION_AFTER.test(raw)) return false;
    if (LISTED_BEFORE_EXCEPTION.test(raw)) return true;
  }
  const tail = blankParens(raw);
  NEGATION_ALL.lastIndex = 0;
  let m = NEGATION_ALL.exec(tail);
  // 「メールアドレスを「BCC」ではなく「CC」欄に入力し」: the mention is the object, and ではなく sets another noun against
  // a third; the negation is theirs. (A later negation in the sentence still counts.)
  if (m && tail.charCodeAt(0) === 0x3092 /* を */ && m[0] === 'ではなく' && !/^[、,]/.test(tail.slice(NEGATION_ALL.lastIndex))) m = NEGATION_ALL.exec(tail);
  if (!m) return false;
  const before = tail.slice(0, m.index + m[0].length);
  if (AFFIRMING_DOUBLE_NEGATIVE.test(before)) return false;
  // 「氏名や住所などの登録情報が閲覧された形跡や、ポイントが不正に利用された事実も確認されていない」: facts listed, then denied together.
  if (DENIED_FACTS_AFTER.test(tail)) return true;
  // 「流出しましたが、…は含まれておりません」: a positive predicate in an earlier clause wins for this mention.
  const earlier = tail.slice(0, Math.max(0, tail.lastIndexOf('、', m.index)));
  if (POSITIVE_PREDICATE.test(earlier)) return false;
  // A comma starts a new clause unless the mention was the topic (…につきましては、…ございません).
  // (So does a headline's or a one-line summary's space: 「ランサムウェア被害で生産を停止 現時点で…流出は確認されていない」.)
  // (Only one before the negation: 「なし、」 ends with its own.)
  const found = before.search(CLAUSE_BREAK);
  const comma = found < m.index ? found : -1;
  // An aside right after the mention (個人番号(マイナンバー)、…) is blanked: the list goes on after it.
  // A mention inside an aside (個人番号(マイナンバー)、…) is read from the aside's end.
  if (comma >= 0 && !TOPIC_AFTER.test(tail.replace(ASIDE_END, '')) && !isEnumeratedSubject(before.replace(ASIDE_END, ''))) return false;
  return true;
}

/** The mention as the exception of a denial: 「(メールアドレス)以外の情報は」. */
const EXCEPTION_AFTER = /^(?:等|など)?以外(?:の[^。、]{0,8})?(?:は|も)/;
/** The mention listed before an exception whose rest is denied: 「(氏名)、学籍番号…など、メールアドレス以外の情報は含まれておりません」. */
const LISTED_BEFORE_EXCEPTION = /^[^。]{0,40}?(?:など|等)、?[^、。]{1,20}?以外の[^。、]{0,8}?(?:情報|項目|データ)(?:は|も)、?[^。]{0,20}?(?:含まれ(?:て(?:おり|い)ません|ていない|ない|ず)|ございません|ありません)/;
/** Where a clause ends before a negation: a comma, or a space between two phrases of a headline (not around a word). */
const CLAUSE_BREAK = /、|(?<=[^\s\u3000、。])[ \u3000](?=[^\s\u3000]{4})/u;
/** A leak told as a fact (…された形跡や、…事実も; …表示されたり、…漏えいしたりした事実は) that the sentence then denies (確認されていない). */
const DENIED_FACTS_AFTER = /^(?:(?:され|し)?た(?:形跡|痕跡|事実)(?:や|、|も|は)|(?:され|し)?たり、[^。]{0,60}?たりした(?:形跡|痕跡|事実|こと)(?:は|も))[^。]{0,60}?(?:確認されて(?:いない|おらず|おりません|いません)|認められ(?:ない|ません|ず)|ありません|ございません)/;
/** A fact about the items taken as the topic: 「…ご住所、ご連絡先が投稿された事実は確認されておりません」. */
const LEAKED_FACT = 'が[^、。]{0,10}?(?:された|した|される|する)(?:事実|形跡|痕跡|こと)は';
/** Blanks and a closing bracket at the start of a tail: the rest of an aside the mention stood in. */
const ASIDE_END = /^[\s)）〕\]]+/u;
/** The mention is the topic: 「…につきましては、」「銀行口座等の決済に関する情報は、」「障害の有無等に関する情報は、」「…口座情報等について、」「運転免許証等の本人確認書類の画像データは、」; a form's field: 「マイナンバー(個人番号)の記載欄はありますが、…記載がありませんでした」. */
const TOPIC_AFTER = new RegExp(`^(?:等|など)?(?:情報|(?:に関する|に係る)(?:個人)?(?:情報|データ)|の(?:[^、。ぁ-ゖ]{0,8}(?:に関する|に係る)|個人|登録|会員|顧客)?情報|の(?:[^、。ぁ-ゖ]|の){0,16}?(?:データ|書類|画像|ファイル|欄))?(?:につきましては|については|についても|に関しては|について(?=、)|に関して(?=、)|は|も|${LEAKED_FACT})`, 'u');
/** The rest of a list of nouns up to its topic particle: 「、クレジットカード情報、銀行口座情報は」 (the first item's own rest too: 「等の特定個人情報、銀行口座情報は」). */
const ENUMERATED_SUBJECT = new RegExp(`^([^、,。\\n]{0,20}?(?:(?:、|,|や|及び|および|並びに|・)[^、,。\\n]{1,30}?)+?)(?:等|など)?(?:の(?:個人)?情報|の被害)?(?:につきましては|については|に関しては|について(?=、)|は|も|${LEAKED_FACT})`, 'u');
/**
 * An item of such a list: a noun phrase (kanji, katakana, Latin, digits, の, などの, に関する; a polite お/ご:
 * ご住所; a holder's relative clause: 県警が保有する個人情報などの流出; a use: お支払いに使用している口座情報), no other
 * predicate.
 */
const LIST_ITEM = /^[おご]?[^ぁ-ゖ]*(?:(?:の|などの|に関する|に係る|が(?:保有|管理|保管)する|[にで](?:使用|利用)(?:している|する))[おご]?[^ぁ-ゖ]+)*$/u;

/** Nouns written with kana (改ざん, 漏えい, 支払い): still nouns in such a list (「個人情報の流出や、ウェブサイトの改ざんはございません」); その他 leading the list's last item (「氏名、住所等、その他の個人情報は一切含まれておりません」). */
const KANA_NOUNS = /(?:等|など)?その他(?:の)?|改ざん|漏えい|き損|ねつ造|すり替え|支払い|取り扱い|取扱い|申し込み|申込み|問い合わせ|振り込み|振込み|引き落とし|引落し|引き落し|払い出し|払出し|払い込み|払込み|受け取り|受取り|書き込み|書込み|預かり|不正な/gu;

/**
 * 「住所、クレジットカード情報、銀行口座情報は含まれておりません」: the commas join the items of one
 * subject, so the negation covers the first item too; a comma after a predicate still starts a clause.
 */
function isEnumeratedSubject(tail: string): boolean {
  const m = ENUMERATED_SUBJECT.exec(tail);
  if (!m) return false;
  return m[1]!.split(/、|,|や|及び|および|並びに|・/u).every((item) => item.trim() === '' || LIST_ITEM.test(item.trim().replace(KANA_NOUNS, '字')));
}

/**
 * A mention inside a condition, its clause closed by 場合 or とき: the law's and a policy's 「漏えい等が発生し若しくは
 * 発生したおそれがある個人データに係る本人の数が1,000人を超える場合」「不正に利用されることにより財産的被害が生じるおそれがある場合、」.
 */
const CONDITION_AFTER = /^[^。、\n「」]{0,48}?(?:場合|とき)(?:に|は|には|の|、|[)）])/;

/** Is the mention at [start, end) part of a generic statement (漏えいの防止, 流出を防ぐ) or a condition (…が発生した場合)? */
export function isGenericAfter(text: string, mentionEnd: number): boolean {
  return GENERIC_TAIL.test(text.slice(mentionEnd, mentionEnd + 16)) || CONDITION_AFTER.test(text.slice(mentionEnd, mentionEnd + 56));
}

/**
 * A sentence about another, earlier incident: 「同大学では2022年にも、職員のメール誤送信で…」「昨年にも…」「過去を振り返ると、
 * 2012年に米国の大手SNSで…流出した事件や…」「…誤送付など…不適切な事案が今回を含めて3件」 (a tally of this and others).
 * Its mechanism is not this incident's. Must not match 「2024年6月にも再発防止策を…」 (no incident word
 * needed: the rules that ask find their own incident words in it). Its data kinds are not this
 * incident's either (「同市では2019年にも、税務課の職員が課税情報を私的に閲覧」), nor its leak words
 * (「別のサービスで使っていたパスワードが過去に流出しており」).
 */
const EARLIER_INCIDENT = /(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|昨年(?:\d{1,2}月)?|一昨年|以前|過去|前年)にも|(?:今回|本件|本事案)を含め(?:て)?[^。]{0,4}?\d+件|過去に(?:流出|漏えい|漏洩)|(?:^|[、。\s「])(?:前に|以前に?)[^。]{0,20}?(?:漏れ|流出|漏えい)|(?:今年|本年|今年度|本年度)(?:に入って|は|も)?、?[^。]{0,50}?(?:少なくとも|計|合計)?\d+件(?:目|(?:が|の)?(?:公表|発生|報告)|に(?:上|のぼ))|過去を振り返ると|過去の(?:主な)?(?:事例|事件)(?:として|では|には)/;

/** A tally of a class of incidents: 「県内の公立学校で2024年度に起きた個人情報の紛失や誤送付などの事案は計41件で」. */
const INCIDENT_TALLY = /(?:など|等)の(?:事案|事故|事件|インシデント)(?:は|が)[^。]{0,12}?[0-9０-９]+件|(?:年度?|年間)に(?:起きた|発生した|あった)[^。]{0,30}?(?:事案|事故|事件)(?:は|が)[^。]{0,12}?[0-9０-９]+件/;

export function isEarlierIncident(text: string, sentence: Range): boolean {
  return tellsEarlierIncident(text.slice(sentence.start, sentence.end));
}

/** Every word one of tellsEarlierIncident's forms needs, so one pass tells most sentences apart (none of them). */
const EARLIER_CUES = /にも|過去|前に|以前|を含め|今年|本年|同様の|他社|他の|の事|のインシデント/;
/** isEarlierIncident for a sentence's text; also another organisation's like incident (…でも同様の手口で). */
export function tellsEarlierIncident(s: string): boolean {
  // Each form needs one of its words: most sentences hold none, and one pass over them says so.
  if (!EARLIER_CUES.test(s)) return false;
  return (
    ((s.includes('にも') || s.includes('過去') || s.includes('前に') || s.includes('以前') || s.includes('を含め') || s.includes('今年') || s.includes('本年')) && EARLIER_INCIDENT.test(s)) ||
    (s.includes('同様の') && OTHER_LIKE_INCIDENT.test(s)) ||
    ((s.includes('他社') || s.includes('他の')) && OTHER_SERVICE_LEAK.test(s)) ||
    ((s.includes('の事') || s.includes('のインシデント')) && s.includes('件') && INCIDENT_TALLY.test(s))
  );
}
/** 「…IDとパスワードの組み合わせは、他社のサービスから流出したものを悪用した」: credentials leaked elsewhere (a list attack's source). */
const OTHER_SERVICE_LEAK = /(?:他社|他の(?:企業|事業者|会社))(?:の)?(?:サービス|サイト|ウェブサイト)?(?:など)?(?:から|で|より)[^。、]{0,10}?(?:流出|漏えい|漏洩)/;
/** 「6月には健康食品の通販サイトでも同様の手口で約2万件のカード情報が流出した」: another's incident of the same kind. */
const OTHER_LIKE_INCIDENT = /(?:でも|においても)[^。]{0,6}?同様の(?:手口|手法|被害|事案|攻撃)/;
