// Items of a data list the vocabulary does not name, given the kind their words tell: 「氏名、入院日、
// 手術日」 lists medical data, 「氏名、支店名、口座種別」 a bank account, though no surface form names them.
// An unnamed item counts only inside an enumeration of named ones that were accepted as leaked (between
// two of them, or after the last one with the list's own ending), and only as a bare noun phrase: prose,
// numbers and generic words (情報, 一部, その他) are no items. An item whose words tell no kind is left
// out rather than called `other`: on 300 pages written blind, people filed such items under the nearest
// kind far more often than under `other` (one in about forty-five).
import type { Mention } from '../types';

/** What separates a list's items. */
const SEPARATOR = /[、,，/／・]/;
/** A bare noun phrase: kanji, katakana, Latin letters, with an honorific ご/お and one 「の」 join at most. */
const ITEM_SOURCE = '[ごお]?[\\u3400-\\u4dbf\\u4e00-\\u9fff々〆ァ-ヶーA-Za-z]{1,12}(?:の[ごお]?[\\u3400-\\u4dbf\\u4e00-\\u9fff々ァ-ヶーA-Za-z]{1,8})?';
const ITEM = new RegExp(`^${ITEM_SOURCE}$`);
/** The noun phrase an item starts with, before the list's ending. */
const ITEM_START = new RegExp(`^${ITEM_SOURCE}`);
/** Words that are not items of their own: the list's tail (等, その他), its generic head (情報), a part (一部). */
const GENERIC = /^(?:[ごお]?(?:等|など|その他|ほか|他|情報|個人情報|データ|内容|一部|全部|全て|すべて|各種|項目|計|合計|総計|詳細|資料|書類|ファイル|帳票)|.*(?:様|氏|さん|者|等|など)$)/;
/** What may follow a named item before the separator: its own aside in brackets, 情報, 等. */
const ITEM_TAIL = /^(?:[(（][^()（）、。]{0,16}[)）]|情報|等|など)?$/;
/** How a list ends after its last item: its aside (処置名), 等, の情報, then a particle or the sentence's end. */
const LIST_END = /^(?:[(（][^()（）]{0,16}[)）])?(?:等|など)?(?:の(?:個人)?情報)?(?:が|を|は|も|に|と|で|、|。|$|[)）」]|計|合計)/;

/** The kind an unnamed item's words tell, tried in order: 口座 and 保険 first (保険金額 is the policy's). */
const ITEM_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/口座|支店|預金種[別目]|預金科目/, 'bank_account'],
  [/(?<!被)保険/, 'insurance_info'], // not 被保険者証の記号 (the insured person's card)
  [/金額|残高|評価額|所得|税額|[^名]額$/, 'financial_amount'],
  [/手術|入院|退院|通院|来院|診療|診察|検査|病名|病室|病棟|病歴|既往|症状|治療|リハビリ|投薬|処方|カルテ|看護|受診|診断|服薬|疾患|アレルギー/, 'medical'],
  [/学級|クラス|教科|科目|評定|得点|点数|成績|志望|担任|進路|出欠|欠席|試験|テスト/, 'education_record'],
  [/購入|注文|予約|宿泊/, 'purchase_history'],
];

/** A list's ending the noun-phrase pattern reads as part of the last item. */
const ENDING_IN_ITEM = /(?:等|の(?:個人)?情報)$/;

/**
 * The unnamed items of the enumerations in `accepted` (named mentions in text order), as mentions of
 * the kind their words tell. `lineEnd(at)` gives the end of the line holding `at`; `named(from, to)` whether any named
 * surface (accepted or not) starts in [from, to): such an item was judged already.
 */
export function unlistedItems(
  text: string,
  accepted: readonly Mention[],
  lineEnd: (at: number) => number,
  named: (from: number, to: number) => boolean,
): Mention[] {
  const found: Mention[] = [];
  const add = (start: number, end: number) => {
    const item = text.slice(start, end);
    if (!ITEM.test(item) || GENERIC.test(item) || named(start, end)) return;
    const kind = ITEM_KINDS.find(([words]) => words.test(item));
    if (kind) found.push({ key: kind[1], text: item, start, end });
  };
  for (let k = 0; k < accepted.length; k++) {
    const m = accepted[k]!;
    const end = lineEnd(m.start);
    const next = accepted[k + 1];
    // Between two named items of one line: 「氏名、葬儀会社、住所」.
    if (next && next.start < end && next.start - m.end <= 48) {
      const parts = text.slice(m.end, next.start).split(SEPARATOR);
      // The first part is m's own tail, the last the next item's head (申請者 of 申請者氏名).
      if (parts.length >= 3 && ITEM_TAIL.test(parts[0]!) && parts[parts.length - 1]!.length <= 8) {
        let at = m.end + parts[0]!.length + 1;
        for (let p = 1; p < parts.length - 1; p++) {
          add(at, at + parts[p]!.length);
          at += parts[p]!.length + 1;
        }
      }
    }
    // After the last named item on its line: 「メールアドレス、半額優待用URL」.
    if (!next || next.start >= end) {
      const rest = text.slice(m.end, Math.min(end, m.end + 64));
      const parts = rest.split(SEPARATOR);
      if (parts.length < 2 || !ITEM_TAIL.test(parts[0]!)) continue;
      let at = m.end + parts[0]!.length + 1;
      for (let p = 1; p < parts.length; p++) {
        const part = parts[p]!;
        // The list's own ending may have been taken into the noun phrase: 「葬儀会社等が」「宿泊プランの情報です」.
        const stem = ITEM_START.exec(part)?.[0] ?? '';
        const len = stem.length - (ENDING_IN_ITEM.exec(stem)?.[0].length ?? 0);
        if (len === 0 || !LIST_END.test(part.slice(len))) break;
        add(at, at + len);
        if (len !== part.length) break; // the list ended inside this part
        at += part.length + 1;
      }
    }
  }
  return found;
}
