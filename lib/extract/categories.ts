// Data categories: which kinds of personal data an incident involves, as vocabulary keys.
// A mention counts only where it describes what leaked — in a list of items, or in a sentence that
// says something leaked — and not where it is negated (住所や電話番号はありません) or is the
// attacker's tool (不正に取得したIDとパスワードを使用し) or the system's own login (管理者のID).
import { CATEGORIES } from '../vocabulary';
import { isEarlierIncident, isNegatedAfter, NEGATION_UNITS_TEXT } from '../text/clauses';
import { isTrimmedSpace, rangeIndex, type Range } from '../text/lines';
import type { Mention } from '../types';
import { LEAK_GATE, LEAK_WORD_STICKY } from '../detect/leak-statements';
import { unlistedItems } from './unlisted-items';
import { gatedTest, gateOf, inSet, nextInSet, type UnitSet } from '../text/gated-scan';
import { lowerBound } from '../numbers/sorted-values';

/**
 * Surface forms seen on real notices beyond the vocabulary's own list (same keys).
 * Kept here, not in vocabulary.json, because the vocabulary is shared data we ship unchanged.
 */
const EXTRA_SURFACES: Record<string, string[]> = {
  name: ['代表者名', 'フルネーム', '氏名カナ', '名字', '苗字', '姓', '担当者名', 'お客様名', 'お客さま名', '顧客名', '患者名', '利用者名', '会員名', '生徒名', '児童名', '学生名', '申込者名', '受講者名', '保護者名', '個人名'],
  phone: ['携帯番号', '電話', '携帯電話の番号', '電話の番号'],
  email: ['E-mailアドレス', 'e-mailアドレス', 'Eメール', 'アドレス'],
  login_id: ['ユーザID', 'ユーザー名', 'ログイン名', 'アカウント名', 'アカウントID'],
  member_id: ['患者のID', '会員のID', '利用者のID', '顧客のID', '学生証番号', '受検番号', '受験番号', 'ID番号', 'カルテ番号', '購読者番号', '契約者番号', 'お客さま番号', 'ポイントカード番号', '会員カード番号', '利用者カード番号', '図書館カード番号', '利用カード番号', '診察券番号', '受診者番号', '利用者番号', '組合員番号', '受給者番号', '受給者証番号', '顧客ID', 'お客様番号', '利用者ID', '社員番号', '職員番号', '学籍番号', '生徒番号', '会員ID', '宛名番号', '生徒ID', '患者番号', '患者登録番号', '利用者コード', '生徒コード', '社員コード', '職員コード', '顧客コード', '宛名コード', '世帯コード', '教員番号', 'カルテID', '病歴番号', '契約番号', 'ポイントカードID', '塾生番号', '受講者番号', '受講生番号', '加入者番号', '管理番号'],
  // A document's 有効期限 is that document's, never a card's expiry (card_expiry's 有効期限).
  government_id: ['住民票コード', '社会保障番号', '被保険者記号番号', '被保険者記号・番号', '被保険者証の記号・番号', '被保険者証の記号番号', '被保険者証番号', '保険証の記号・番号', '保険証の記号番号', '健康保険証', '年金番号', 'マイナンバーカード', 'パスポートの有効期限', 'パスポート有効期限', '旅券の有効期限', '保険証の有効期限', '保険証記号・番号', '保険証記号番号', '保険証の写し', '保険証のコピー', '保険証', 'マイナンバー情報'],
  drivers_license: ['免許証の有効期限', '運転免許証の有効期限'],
  immigration_status: ['在留カード', '在留カードの有効期限', '在留期限'],
  medical: ['健康調査', '健康調査結果', '健康上の留意点', '診療録', '治療履歴', '治療歴', '処方箋', '処方せん', '薬歴', '施術内容', '術式', '検査値', '健康診断票', '受診科', '受診科目', '診察予約日', '診察日', '健康上の配慮事項', '健康上の留意事項', '症状', '心身の状況', '心身の状態', '検診結果', '検診の結果', '診療内容', '治療内容', '処方内容', '手術日', '健康診査の結果', '健康診査結果', '健診の結果', '医療機関名', '受診医療機関', '受診した医療機関', '診療科', '診療月', '受診日', '受診歴', '傷病名', '診断結果', '健康診断', '健診結果', '健康診断結果', '検査結果', '処方', '服薬', '要介護度', '介護度', '要介護状態区分', '服薬状況', '服薬の状況', '服薬情報', '介護記録', '障害の状況', '障害の程度', '障害種別', '障害名', '障がいの状況', '障がいの程度', '障害の部位', '障害の等級', '障害等級', '障がいの種別', '障害の種別', '障がい種別', '要介護認定状態', '要介護状態', '要介護認定の状況', '病状', '疾患名', '疾病名', '診療科名', '手術予定日', '健康状況', '健康観察', '手術記録', '手術同意書', '診療履歴', '診療上の情報', '健康上の情報', '障害の有無', '障がいの有無', '問診内容', '問診票', '受診した科目', '受診した診療科', '診療データ', '健康診断データ', '健康診断表'],
  purchase_history: ['注文内容', '購読開始日', '購読期間', '購読履歴', '注文情報', '購入情報', '予約情報', '取引履歴', '購入日', '予約番号', '予約内容', '宿泊日', '利用日', '工事内容', '注文日', '注文商品', '注文商品名', '購入商品名', '予約商品名', '予約商品', '商品名', '予約履歴', '利用履歴', '引越し予定日', '引越予定日', '旅行日程', '予約日時', '修理履歴', '利用区間', 'ご利用区間', '乗車履歴', '貸出履歴', '視聴履歴'],
  other: ['入会日', '供給地点特定番号', '相談内容', '保有資格', '資格の種類', '保有ポイント', '保有ポイント数', 'ポイント残高', 'ポイント数', 'ポイント情報', '受領印', '印影', '使用水量', '水道使用量', 'ガス使用量', '電気使用量', 'ガスご使用量', 'ご使用量'],
  family_relation: ['世帯構成', '世帯の構成', '家族情報'],
  personnel_info: ['人事異動の内容', '人事異動案', '異動情報', '異動希望', '人事関係', '勤務予定表', '勤務表', '人事考課', '勤務評定'],
  card_security_code: ['セキュリティーコード', 'セキュリティ・コード'],
  credit_card_number: ['クレジットカードの番号', 'カード会員番号', 'クレジットカード下4桁', 'クレジットカード番号下4桁', 'クレジットカード番号の下4桁', 'カード番号下4桁', 'カード番号の下4桁'],
  card_holder_name: ['カードの名義', 'カード名義人', 'カードの名義人', 'カード氏名', 'カード会員名', 'カード名義人氏名', '名義人', '名義'],
  vehicle_info: ['車のナンバー', '車両ナンバー', 'ナンバープレート', '自動車のナンバー', '車検証', '自動車検査証'],
  insurance_info: ['保険の種類', '保険種別', '満期日', '保険証の種類', '保険証券番号', '保険証券'],
  bank_account: ['口座名義', '給与振込口座', '振込口座', '引落口座', '引き落とし口座', '金融機関名'],
  financial_amount: ['収入金額', '収入額', '家賃月額', '旅行代金', '寄付金額', '寄附金額', '支給額', '自己負担額', '所得額', '所得金額', '保険料の額', '保険料の金額', '税額', '預金残高', '預金額', '課税情報', '課税額', '住民税額', '年収', '保険料額', '保険料', '取引残高', '預り資産', '保有資産',
    '支給額', '支給予定額', '給付額', '手当額', '受給額', '支払額', '支払金額', '振込額', '還付額', '請求額', '利用金額', '借入額', '借入残高', '貸付額', '融資額', '請求予定額', '料金', '工事金額', '見積金額', '見積額', '見積り金額', 'お見積り金額', 'お見積金額', '契約金額', '交付決定額', '交付額', '補助金額', '助成額', '給付金額', '寄附金額', '寄付金額', '寄附額', '寄付額',
    '給与額', '給与支給額', '納付額', '納付金額', '家賃の額', '家賃額', '賃料', '出資金残高', '出資金額', '出資金', '寄付の金額', '寄附の金額', 'ご寄付の金額', 'ご寄附の金額',
    '滞納額', '滞納合計額', '滞納金額', '未納額', '未納金額', '返済予定額', '返済額', '預かり資産額', '預り資産額', '金融資産', '還付金額', '貸付金額', '還付税額', '支払い金額', '年金額', '振込金額', '満期保険金額', '給与月額', '額面金額', '所得割額', '所得状況', '月額所得', '口座振替額', '保育料', '清算金'],
  affiliation_occupation: ['勤務先', '職業', '所属団体名', '所属団体', '所属部署', '所属機関', '勤務先名', '職歴', '職務経歴', '職務経歴書', '所属学部', '所属学科', '部署名', '学部名', '学科名', '所属チーム名', '所属チーム', '所属クラブ', '所属施設名', '所属機関名', '所属組織', '所属組織名', '所属先名', '所属先名称', '会社所属名', '役職名', '所属スクール'],
  education_record: ['点数一覧表', '点数一覧', '得点一覧', '成績表', '成績評価', '成績一覧表', '児童票', 'テスト結果', '定期テスト結果', '指導要録', '履修登録', '履修結果', '進路予定', '進路情報', '学籍異動', '学歴', '定期テストの得点', '中間テストの得点', '期末テストの得点', 'テストの得点', '試験の得点', '考査の得点', '定期考査の成績', '考査の成績', '定期考査', '期末考査', '中間考査', '学年順位', '評定平均値', '評定平均', '内申点', '最終学歴', '出席番号', '成績情報', '履修科目', '履修状況', '単位取得状況', '卒業年度', '卒業年', '卒業学部', '卒業学科', '入学年度', '進路希望', '高校名', '出身高校', '出身高校名', '在籍校', 'テストの成績', '試験の成績', 'テストの点数', '試験の点数', '受験校', '合否結果', '合否情報', '志望校', '進学先', '出席簿', '通知表所見', '所属学級', '学級名', 'クラス名', '試験成績', '単元テスト', '指導記録', '素点', 'GPA', '転学の記録', '学力状況'],
  survey_response: ['アンケート回答内容', 'アンケートの回答', '調査票の回答'],
  address: ['居住市区町村', '居住地', '市区町村名', '市町村名', '引っ越し先', '引越し先', '引越先', '転居先', '避難先'],
  photo_image: ['口腔内写真', '保存写真', '児童写真', '生徒写真', 'スナップ写真', 'セルフィー画像'],
  unspecified_personal_info: ['個人データ', '会員情報', '顧客データ'],
};

/** Short or ambiguous surfaces that count only as a whole item of a list (組 is not 組合). */
const WEAK_SURFACES = new Set([
  'ID', '組', '写真', '所属', '障害', '成績', '年代', '年次', '学年', '社名', '役職', '給与', '所得',
  '税額', '連絡先', '所在地', '送付先', '宛名', '名前', '電話', 'カード情報', '処方', '服薬', '健康診断', '保険料', '商品名', 'ポイント数', '料金', '姓', '個人名', '診察日',
  // (Names by role are items, not 顧客名簿 or 会員名簿's first units.)
  '名義', '名義人',
  // (アドレス alone: a mail's, in a list or shown to the other recipients; IPアドレス, URLアドレス are no item.)
  'アドレス',
  '担当者名', 'お客様名', 'お客さま名', '顧客名', '患者名', '利用者名', '会員名', '生徒名', '児童名', '学生名', '申込者名', '受講者名', '保護者名',
]);

const SURFACE_TO_KEY = new Map<string, string>();
for (const [key, entry] of Object.entries(CATEGORIES)) for (const s of entry.ja) SURFACE_TO_KEY.set(s, key);
for (const [key, list] of Object.entries(EXTRA_SURFACES)) for (const s of list) if (!SURFACE_TO_KEY.has(s)) SURFACE_TO_KEY.set(s, key);

// Surface forms in a trie over their UTF-16 units: the first two units name a node through one
// hash-table probe, each further unit one probe more, so a scan takes the longest form at a position
// in a single walk. A gate set and these probes per candidate position are several times faster than
// one 200-way regex alternation on Japanese text (and than Map lookups: a 32-bit key
// first * 0x10000 + second is a heap number for kanji).

/** Units a form starts with; the one-unit forms. */
const FIRST_UNIT: UnitSet = gateOf('');
const SINGLE_UNIT: UnitSet = gateOf('');
const addUnit = (set: UnitSet, c: number) => (set[c >>> 5]! |= 1 << (c & 31));
/** A surface form with what the scan reports for it, looked up once here rather than per match. */
interface Form {
  text: string;
  key: string;
  weak: boolean;
}
const formOf = (s: string): Form => ({ text: s, key: SURFACE_TO_KEY.get(s)!, weak: WEAK_SURFACES.has(s) });
/** The one-unit forms (組), by their unit. */
const SINGLE = new Map<number, Form>();
/**
 * A bit per hashed (first, second) pair of the forms: most positions whose first unit starts some form
 * (情, 名, 生…) are followed by a unit no form continues with, and one bit test rejects them.
 */
const PAIR_FILTER = new Int32Array(2048);
const filterBit = (first: number, second: number): number => (Math.imul(first, 31) + second) & 0xffff;
/** Open-addressing table of (first unit, second unit) → trie node. */
const PAIR_BITS = 12;
const PAIR_MASK = (1 << PAIR_BITS) - 1;
const PAIR_FIRST = new Uint16Array(1 << PAIR_BITS);
const PAIR_SECOND = new Uint16Array(1 << PAIR_BITS);
const PAIR_NODE = new Int32Array(1 << PAIR_BITS).fill(-1);
/** Open-addressing table of (trie node, next unit) → child node, for the units after the first two. */
const CHILD_BITS = 12;
const CHILD_MASK = (1 << CHILD_BITS) - 1;
const CHILD_PARENT = new Int32Array(1 << CHILD_BITS).fill(-1);
const CHILD_UNIT = new Uint16Array(1 << CHILD_BITS);
const CHILD_NODE = new Int32Array(1 << CHILD_BITS);
/** The forms, and per trie node the index of the form it completes (or -1). */
const FORMS: Form[] = [];
const nodeForms: number[] = [];

function pairSlot(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> (32 - PAIR_BITS);
}
function childSlot(node: number, unit: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) >>> (32 - CHILD_BITS);
}

/** The trie node of forms starting with units first, second, or -1. */
function pairNode(first: number, second: number): number {
  for (let h = pairSlot(first, second); PAIR_NODE[h] !== -1; h = (h + 1) & PAIR_MASK) {
    if (PAIR_FIRST[h] === first && PAIR_SECOND[h] === second) return PAIR_NODE[h]!;
  }
  return -1;
}

/** The child of a trie node by its next unit, or -1. */
function childNode(node: number, unit: number): number {
  for (let h = childSlot(node, unit); CHILD_PARENT[h] !== -1; h = (h + 1) & CHILD_MASK) {
    if (CHILD_PARENT[h] === node && CHILD_UNIT[h] === unit) return CHILD_NODE[h]!;
  }
  return -1;
}

let pairCount = 0; // entries of the pair table, kept at most half full
let childCount = 0; // and of the child table
for (const s of SURFACE_TO_KEY.keys()) {
  const form = formOf(s);
  const first = s.charCodeAt(0);
  addUnit(FIRST_UNIT, first);
  if (s.length === 1) {
    addUnit(SINGLE_UNIT, first);
    SINGLE.set(first, form);
    continue;
  }
  const second = s.charCodeAt(1);
  const bit = filterBit(first, second);
  PAIR_FILTER[bit >> 5]! |= 1 << (bit & 31);
  let node = pairNode(first, second);
  if (node === -1) {
    if (++pairCount > (PAIR_MASK + 1) / 2) throw new Error('categories: pair table too small');
    node = nodeForms.length;
    nodeForms.push(-1);
    let h = pairSlot(first, second);
    while (PAIR_NODE[h] !== -1) h = (h + 1) & PAIR_MASK;
    PAIR_FIRST[h] = first;
    PAIR_SECOND[h] = second;
    PAIR_NODE[h] = node;
  }
  for (let k = 2; k < s.length; k++) {
    const unit = s.charCodeAt(k);
    let child = childNode(node, unit);
    if (child === -1) {
      if (++childCount > (CHILD_MASK + 1) / 2) throw new Error('categories: trie table too small');
      child = nodeForms.length;
      nodeForms.push(-1);
      let h = childSlot(node, unit);
      while (CHILD_PARENT[h] !== -1) h = (h + 1) & CHILD_MASK;
      CHILD_PARENT[h] = node;
      CHILD_UNIT[h] = unit;
      CHILD_NODE[h] = child;
    }
    node = child;
  }
  nodeForms[node] = FORMS.length;
  FORMS.push(form);
}
const NODE_FORM = Int32Array.from(nodeForms);

/** The longest form in text[i, end) starting at i, whose first two units lead to trie node `node`; -1 if none. */
function longestAt(text: string, i: number, end: number, node: number): number {
  let best = NODE_FORM[node]!;
  for (let k = i + 2; k < end; k++) {
    node = childNode(node, text.charCodeAt(k));
    if (node === -1) break;
    const f = NODE_FORM[node]!;
    if (f !== -1) best = f;
  }
  return best;
}

/** A whole list item: the surface sits between separators (、・,/:; brackets, bullets, line ends). */
// An item may name whose or which it is in a short kanji noun and の: 「、住民税の税額」「、保護者の連絡先」, or where it was kept
// in one and での (two such at most): 「、教諭の前任校での児童名」. A list may open right after its holder's subject: 「…安定所が名前や住所、賃金額などの…」.
const ITEM_BEFORE = /(?:(?:^|[、。・,，/:：;；(（「\s•●○◦*※\-➀-➉①-⑳]|及び|および|並びに|と|や|については|に関しては|には)(?:[\u3400-\u4dbf\u4e00-\u9fff々]{1,6}(?:での|の)){0,2}|[\u3400-\u4dbf\u4e00-\u9fff々]{2,}が|[0-9][0-9,万千]*(?:人|名|件|世帯)(?:分|余り|あまり|以上|超)?の|[\u4e00-\u9fff]{0,5}(?:者|生徒|児童|会員|組合員|顧客|職員|社員|医師|家族|人|民|家|客|主|ユーザー?)(?:の|から)|[\u3400-\u4dbf\u4e00-\u9fff々]{1,6}(?:など|等|ら)の)$/;
/** Addresses shown to the other recipients: アドレスが表示された, アドレスが見える状態. */
const ADDRESS_SHOWN_AFTER = /^(?:が|も)[^。、]{0,6}?(?:表示|見え|見られ|確認でき|分かる|わかる|閲覧)/;
/** Bare アドレス counted out as leaked by a mailing: 「電子メールを誤送信し、アドレス462件が流出」. */
const ADDRESS_COUNTED_LEAK_AFTER = /^[ \u3000]?約?[0-9][0-9,]*件(?:分)?(?:が|を)[^。、]{0,4}?(?:流出|漏え|漏洩|漏れ)/;
/** A Latin letter right before アドレス (IPアドレス, URLアドレス, Eメールアドレス's E): no mail address of its own. */
const ASCII_BEFORE = /[A-Za-z][ \u3000]?$/;
/** What a mailing got wrong about its addressee's name: 宛名を間違えて, 宛名を誤って, 宛名が違って. */
const MISADDRESSED_AFTER = /^(?:を|が)(?:間違|誤|取り違|違っ)/;
/** A long aside after an item, its list going on: 「学年(在校生、同校生徒保護者、小学生、…、教員の別)、自由記述欄…」. */
const LONG_ASIDE_AFTER = /^[(（][^()（）]{1,40}[)）](?:[、,，・]|$)/;
const LONG_ASIDE_REACH = 44;
// The last item before what holds the list: 「氏名、住所、税額が記載された通知書」.
const ITEM_AFTER = /^(?:$|[、・,，/:：;；)）」\s。]|等|など|及び|および|と|や|情報|\(任意\)|(任意)|[(（][^()（）]{1,16}[)）][ \u3000]*$|[がをも](?:記載|記録|含ま|含む|保存|印字)|を(?:見られ|閲覧(?:され|でき))|[がも]、?(?:第三者に)?(?:閲覧|見られ|流出|漏え|漏洩|漏れ))/;
/** An aside's opening bracket right before a seat's label: 「…高等学校(所在地:」. */
const SEAT_ASIDE_BEFORE = /[^\s、。(（][(（]$/;
/** A label's colon after it. */
const LABEL_COLON = /^[:：]/;
/** The system's or the attacker's credentials, not the victims' data. */
const CREDENTIAL_OWNER_BEFORE = /(?:(?:ファイル|添付ファイル|ZIP|Zip|zip)に設定した|(?:^|[、。\s])(?:その|この|当該)$|ワンタイム|同一|同じ|フィッシング(?:メール|サイト)?(?:で|により|によって)[^、。]{0,6}|管理者|管理用|管理画面|ログイン用|ログインに必要な|システム|サーバー?|アカウント|担当者|職員|従業員|社員|第三者|教員|教諭|他者|他社|外部サイト|(?:学生|生徒)[ \u3000]?\d+[ \u3000]?名)の?[^、。]{0,12}$/;
/**
 * Credentials used, changed or set up, not leaked: …を使用し, …の変更, …が設定されて, パスワードと暗号化機能が設定され, パスワードによるロック,
 * IDとパスワードを入力したことにより (an act told as the cause, e.g. on a phishing page), ID・パスワードをリストのように用いて,
 * IDとパスワード情報を用いた (an attack's input), ログインID数: 50,905件 (a count of accounts).
 */
const CREDENTIAL_USE_AFTER = /^(?:(?:なし|無し)で|の規則性|[がを]?窃取(?:され(?:、|て)|から)|数[ \u3000]*[:：]|[がは](?:なく|無く|かかって|掛かって)|[もはが]?(?:設定|付与)(?:して|され|済)|マネージャ|ロック|を入力$|(?:[・と](?:パスワード|ID))?の入力(?:$|が必要|を求め|を要|が求められ|画面|欄)|(?:(?:や|・|、)[^。]{0,24}?)?(?:等|など)?を入力(?:なさらない|しない|されない)|を?ご?(?:利用|使用)(?:の場合|している|されている|中|について)|(?:の)?(?:管理|運用)(?:規程|規定|ポリシー|方法|体制|ルール)|(?:の)?(?:ポリシー|ルール|規程|強度|強化|設定)|[がは](?:必要|求められ)|付き|付|つき|保護|リスト|(?:と|や|及び|・|[/／])[ \u3000]?(?:パスワード|ID)(?:情報)?(?:を(?:[^。、]{0,8}?ように)?(?:入力|使用|使っ|用い|利用|悪用)|の組み合わせ(?:を(?:使用|使っ|使い|使う|用い|利用|悪用)|による|で|が(?:使われ|使用され|悪用され|用いられ)))|の組み合わせ(?:を(?:使用|使っ|使い|使う|用い|利用|悪用)|による|で|が(?:使われ|使用され|悪用され|用いられ))|を(?:必ず)?(?:付け|かけ|設定)|を把握|(?:のみ|だけ)で(?:ログイン|認証)|は[ \u3000]*\d+文字|の一斉(?:変更|リセット|初期化)|は(?:ハッシュ化|暗号化)して(?:保存|保管|管理)|(?:情報)?(?:など|等)?を(?:[^。、]{0,8}?ように)?(?:使用|使っ|使い|使う|用い|利用|悪用)|(?:など|等)?(?:を(?:使用|使っ|使い|使う|用い|利用|悪用|不正に|入手|取得|窃取|盗)|の(?:変更|再設定|リセット|設定|使い回し|管理|伝達|初期化)|において|(?:など|等)?の?セキュリティ対策|を?(?:変更|再設定|リセット|初期化|無効化)|[がは](?:設定|かけ|掛け|付与|施さ)|(?:と|や|及び|および)[^。、]{0,10}?[がは](?:設定|かけ|掛け|付与|施さ)|(?:による|で)(?:ロック|保護|認証)|(?:の[^。、]{0,10}?)?を入力(?:して(?:しまっ|しまい)?た?|した|しまし|し、|させられ)(?:こと|ため|ところ|結果)?))/;
const CREDENTIAL_KEYS = new Set(['password', 'login_id']);
/** After a kind of contact, the other channels and the order they carried: 「(電話)・メール・FAX注文」「(電話)やハガキ、FAXで注文した」. */
const ORDER_CHANNEL_AFTER = /^(?:[・、やと](?:電話|メール|FAX|ファクス|ファックス|ハガキ|はがき|郵便|インターネット|Web|WEB))*(?:で|による|での|から(?:の)?)?(?:ご)?注文/;
/** Kinds told as stored where the leak was only another kind: 「…なども一括して保管されていましたが、…流出したのはメールアドレスのみ」. */
const STORED_BUT_ONLY = /^[^。]{0,40}?(?:保管|保存|格納)されて(?:い|おり)(?:ましたが|たが)、[^。]{0,40}?(?:のみ|だけ)/;
/** After a word for a mail: the mail sent or the means of a notice, not an address (「(Eメール)誤送信」「(Eメール)等にてご連絡」). */
const MAIL_AS_MEDIUM_AFTER = /^(?:[(（][^()（）]{0,20}[)）])?(?:の)?(?:誤送信|誤配信|送信|配信|誤送付)|^(?:等|など)?(?:にて|で|により|による)(?:個別に|お知らせ|ご連絡|連絡|通知|お詫び)/;
/** What follows an address a mailing went to: 「(住所)に送付」「(住所)へ郵送」「(住所)宛てに発送」. */
const ADDRESS_DESTINATION_AFTER = /^(?:に|へ|宛て?に?)(?:誤って)?(?:送付|送信|発送|郵送|送っ|送ら|届け|届い|配達|配送)/;
/** A mail address in the aside of a login ID (ID(メールアドレス), ログインID(メールアドレス)) … and the credentials used: 「…)およびパスワードを使って」. */
const LOGIN_ID_ASIDE_BEFORE = /ID[(（]$/;
const ID_ASIDE_USED_AFTER = /^[)）][^。]{0,12}?(?:を|で)(?:使って|使い|使用して|用いて|利用して|悪用して|入力)/;
/** The mention as all that was meant to be shown (not 「BCCにメールアドレスを入力すべきところ」, where it leaked): 「…のみホームページに掲載するべきところ」. */
const INTENDED_AFTER = /^(?:のみ|だけ)[^。、]{0,24}?(?:する|す)べき(?:ところ|であった|でした)/;
/** Spent or used by someone else: 「…が不正に使用され」「…が不正利用され」. */
const MISUSED_AFTER = /^(?:数)?(?:が|を)?(?:不正に?(?:使用|利用)|不正利用|使用され|利用され)/;
/** Told as guessable from other data: 「…が推測できる」「…を類推できる」. */
const INFERRED_AFTER = /^[^。]{0,16}?(?:が|を)(?:推測|類推|推定|判別)(?:でき|され|可能)/;
/** 「私用のメールアドレス宛に送信」「…アドレスへの送信」: the address mail went to, not data that leaked. */
const DESTINATION_AFTER = /^(?:宛|あて|先(?:に|へ|の)|を間違え|の?ご?登録(?:の)?(?:ない|がない|のない)|[へに]の?(?:送信|転送|送付|送っ)|[へに][^。、]{0,4}?(?:配信|送信)でき|(?:を|の)?(?:誤入力|入力ミス|入力誤り|入力間違い|入力間違え|記載誤り)|を誤っ|に誤りがあ|の転送先|(?:[ \u3000]?\d+件)?に(?:誤って)?(?:送信|送付|転送|配信|送っ|送ら)|を[”"「]?手打ち|の確認を[^。、]{0,6}?(?:行わ|怠)|のドメイン)/;
/** Addresses shown to a mail's other recipients: the BCC mistake, where the addresses are the data that leaked. */
const SHOWN_TO_RECIPIENTS = /BCC|CC|TO|宛先欄|表示さ|見える|見られる|閲覧でき/;
/** The address mail went to, named before: 「送信先のメールアドレスを」「誤ったメールアドレスへ」「登録しているメールアドレスに」. */
const DESTINATION_BEFORE = /(?:送信先|送付先|宛先|転送先|配信先|誤った|誤りのある|間違った|登録している|登録された|聞(?:き)?取りした|宛先不明|外部|入力した)の?[ \u3000]*$/;
/** 「誤ったFAX番号へ送信」「FAX番号を1桁誤って入力」: the number a fax went to, not data that leaked. */
/** A workplace a document was sent to: 勤務先の事業所に送付, 勤務先へ郵送. */
const WORKPLACE_DESTINATION_AFTER = /^(?:の[^。、]{0,6}?)?[へに](?:の)?(?:送信|送付|発送|郵送|送っ|誤送)/;
/** A FAX number dialled, entered or kept in the sender's list, not sent: 「FAX番号を誤って入力」「FAX番号の登録・変更時は」「医療機関のファクス番号一覧表」. */
const FAX_DESTINATION_AFTER = /^(?:の?(?:宛|あて)|(?:の)?(?:一覧|リスト)|[へに](?:の)?(?:送信|誤送信|送付|送っ)|(?:の[^。、]{0,10}?)?を[^。]{0,8}?(?:誤|入力|押し|登録|間違|確認)|が[^。、]{0,8}?(?:変わ|変更)|の(?:登録|変更|入力|確認|設定|短縮|読み合わせ)|(?:等)?(?:が|に|は)?(?:誤って|誤り|間違|相違)|(?:の)?(?:誤り|間違い|誤記|誤表記)|等を[^。]{0,12}?確認|(?:は|を)(?:登録|確認))/;
/** A wrong fax number, told before it: 「誤ったFAX番号を記載し」. */
const WRONG_FAX_BEFORE = /(?:誤った|間違った|誤りのある|違う|誤記した|誤って(?:記載|掲載|記入)した|送信する|送付する|送信先の)(?:申込)?$/;
/** 個人情報保護委員会, 個人情報の適切な取り扱い: the law and policy, not data. */
const POLICY_AFTER = /^(?:の)?(?:保護|取扱|取り扱|適切|適正|管理)/;
/** Lines that start like list items: ・ • ● ※ ① (1) 1. a) - */
const LIST_MARK = /^\s*(?:[・•●○◦▪■□◆◇\-－–—*※]|[➀-➉①-⑳]|\(\d{1,2}\)|（\d{1,2}）|\d{1,2}[.．)）]\s?|[a-z][.)])/;
/** Lines that ask the reader to do something are forms and instructions, not leaked items. */
/** A section label naming what leaked: 「2 流出した情報」「(3)漏えいした個人情報の項目」「閲覧・編集可能だった情報:」. */
const LEAK_LABEL_LINE = /^[\s\d.．、()（）①-⑳]*(?:流出|漏えい|漏洩|紛失|誤送信|誤送付|閲覧可能とな|(?:閲覧|編集|登録|削除|変更)(?:・(?:閲覧|編集|登録|削除|変更))*可能(?:だった|とな[っり]た?|な状態(?:だった|とな[っり]た?)?)?)[^。]{0,24}?(?:情報|項目|内容)(?:の項目|の内容)?[\s:：]*$/;
/** How long a section label naming what leaked may be when prose follows it (「漏えいまたは漏えいしたおそれがある保有個人情報の内容」). */
const LEAK_LABEL_MAX = 40;
/**
 * A line right under a section label naming what leaked (blank lines between allowed): its prose tells
 * the leaked items even without a leak word of its own (「…世帯主の住所・氏名で、対象件数は約1,450件分」).
 */
function underLeakLabel(text: string, lineRanges: readonly Range[], lineIndex: number): boolean {
  for (let j = lineIndex - 1; j >= 0 && j >= lineIndex - 3; j--) {
    const l = lineRanges[j]!;
    const s = text.slice(l.start, l.end);
    if (s.trim() === '') continue;
    return s.length <= LEAK_LABEL_MAX && LEAK_LABEL_LINE.test(s);
  }
  return false;
}
const INSTRUCTION = /ください|お願い|ご記入|ご連絡|お問い合わせ|問合せ/;
/** A sentence that presents leaked items even without a leak word: 情報には…が含まれ, 該当するデータは…, 対象となる情報, …が対象です, (USBメモリには)…が保存されていた, 複製されていたのは…, …が記載された名簿, 氏名や病名が写った画像. */
/** Whose data a short kind is, right before it: 「生徒の成績」「児童の写真」 (people's, not a body's: 学校の成績 is no item). */
const OWNED_BY_PEOPLE_BEFORE = /(?:生徒|児童|学生|園児|患者|利用者|ユーザー?|会員|顧客|受験者|受講者|申込者)(?:ら|たち|様)?の$/;
/** So many people's, right before a kind: 「178人分の名前」「35名分の成績」「5800人余りの名前」. */
const PEOPLES_BEFORE = /(?:[0-9](?:人|名|世帯)(?:分|余り|あまり)?|(?:人|名|世帯)(?:分|余り|あまり))の$/;
/** How far before a short kind whose people it is may be told (「5800人余りの」). */
const PEOPLES_REACH = 5;
/** Is a short kind told as so many people's or as people's of a kind, from the units just before it? */
function isPeoplesItem(before: string): boolean {
  return PEOPLES_BEFORE.test(before) || OWNED_BY_PEOPLE_BEFORE.test(before);
}
const ITEMS_CUE = /含まれ|該当する(?:個人)?(?:データ|情報)(?:は|には)|を含み[、,]|書き込(?:ん(?:だ|で)|まれ)|入って(?:い|お)|を入れて(?:い|お)|(?:など|等)を記載(?=[。、]|$)|を含むのは|が(?:表示され|見え)(?:る|てしまう|てしまった|た)(?:事象|事態|状況)|(?:情報|データ)[0-9,]+(?:件|人分|名分)で、|(?:個人)?情報(?:など|等)?(?:が|の)入った(?:書類|資料|文書|ファイル|データ|名簿)|記し(?:た|て)|内容は|照会(?:し|され)|上記に加え|対象となる|対象となった(?:のは|方|情報)|対象の情報|が対象(?:です|でした|とな|であ)|対象は|項目|内訳|以下の(?:情報|とおり)|(?:保存|保管|記載|記録|入力|掲載|印字|印刷|記入)(?:され|した|してい(?:る|た))|含め(?:た|て)|含ん(?:で|だ)|載って(?:い|お)|書かれ(?:た|て(?:い|お)|、)|記され(?:た|て(?:い|お))|(?:複製|コピー)され(?:てい)?た(?:のは|情報|データ)|写っ(?:た|てい)|写り込|を含む(?:方|お客様|お客さま|会員|利用者|者)|(?:など|等)?を(?:不正に)?(?:照会し|調べ)|(?:など|等)?を[^。]{0,12}?(?:伝え|教え)た|(?:など|等)?が(?:分かる|わかる)(?:ような|ように|状態)|(?:など|等)?が[^。]{0,12}?見られる(?:ように|状態)|(?:など|等)?が記述され(?:た|て(?:い|お))|(?:など|等)を含む(?:[。]|$)|(?:アクセス|閲覧|取得|窃取|参照)された可能性(?:が|の)ある(?:のは|情報|もの)/;

/** A sentence announcing the list that follows it: 「漏えいした恐れがある顧客情報および従業員情報は次の通り。」. */
const LIST_ANNOUNCED_END = /(?:次|以下)の(?:通り|とおり)(?:です|でした)?[。:：]?\s*$/;
/** Does the sentence before `sentence` announce, as leaked, the list `sentence` gives? */
function afterListAnnounced(text: string, sentenceRanges: readonly Range[], sentence: Range): boolean {
  const k = rangeIndex(sentenceRanges, sentence.start);
  const prev = k > 0 ? sentenceRanges[k - 1] : undefined;
  return prev !== undefined && LIST_ANNOUNCED_END.test(text.slice(prev.start, prev.end)) && gatedTest(text, prev.start, prev.end, LEAK_GATE, LEAK_WORD_STICKY);
}
/** A joiner right after a kind of data that another follows: や, 、, ・ (not と: 「IDとメールアドレス」 stays as it was read). */
const ENUMERATION_AFTER = /^(?:や|、|・)/;
/** How far from a holder's line (名義, 名義人) a card must be named for the holder to be the card's. */
const HOLDER_CARD_REACH = 120;
/** A payment card's own fields, told beside a name: 有効期限, セキュリティコード. */
const CARD_FIELD = /有効期限|セキュリティコード/;
/** A store's or a scheme's name right before カード会員番号 (マルコシ, ポイント), not クレジット. */
const BRAND_BEFORE = /(?<!クレジッ)[\u30a1-\u30fa\u30fc\u4e00-\u9fffA-Za-z]$/u;

/** A name told as a card's holder's: カード会員の氏名, カード会員データ(氏名、…). */
const CARD_HOLDER_BEFORE = /カード(?:会員|名義人?)の$|カード(?:会員)?(?:データ|情報)[(（][^()（）]*$/;
const CARD_HOLDER_REACH = 30;
/** How far around a sentence naming 契約情報 保険 must stand for it to be an insurance contract's (an electricity contract's is not). */
const CONTRACT_INSURANCE_REACH = 200;
/** A list of a patient's data up to a bare ID: 患者様の, 患者163名分の, 患者9名分の氏名、. */
const PATIENTS_BEFORE = /患者(?:様|さん)?(?:[0-9,]+名分)?の(?:[^。、]{1,8}、)?$/;
const PATIENTS_REACH = 24;
/** A list of a patient's data by its other items: 「個人情報(氏名、ID、病名、検査結果)」. */
const MEDICAL_LIST = /病名|検査結果|診療|カルテ|病歴|既往歴|処方/;

/**
 * The key a mention is filed under where its words alone do not tell: 「住所や名義人といった内容」, a holder named with no card near, is
 * a person's name (a tax roll's, a land's; a card's fields listed one a line, 「・カード番号 / ・有効期限 / ・名義」, name the card a few
 * lines up); a store's card, 「マルコシカード会員番号」「ポイントカード会員番号」, numbers a member, not a payment card (クレジットカード
 * 会員番号 does); a member's name beside a card's fields, 「…カード決済した顧客。会員名、番号、有効期限が…流出」, is the card's holder;
 * so is a name told as the card's member's (カード会員の氏名, カード会員データ(氏名、…)); a patient's bare ID, 「患者様のID、病名」
 * 「患者9名分の氏名、ID」「(氏名、ID、病名、検査結果)」, is the hospital's number for them, not a login; 契約情報 with no insurance near is a customer's record,
 * personal data unspecified (an electricity or a phone contract's).
 */
function mentionKey(text: string, form: Form, cStart: number, line: Range, sentence: Range, memo: KeyMemo): string {
  keyMemoFor(memo, line, sentence);
  if (form.key === 'card_holder_name' && (form.text === '名義' || form.text === '名義人')) {
    memo.cardNear ??= text.slice(Math.max(0, line.start - HOLDER_CARD_REACH), line.end + HOLDER_CARD_REACH).includes('カード');
    return memo.cardNear ? form.key : 'name';
  }
  if (form.text === 'カード会員番号' && BRAND_BEFORE.test(text.slice(Math.max(line.start, cStart - 6), cStart))) return 'member_id';
  if (form.text === '会員名' && (memo.cardField ??= CARD_FIELD.test(text.slice(sentence.start, sentence.end)))) return 'card_holder_name';
  if (form.key === 'name' && CARD_HOLDER_BEFORE.test(text.slice(Math.max(line.start, cStart - CARD_HOLDER_REACH), cStart))) return 'card_holder_name';
  if (form.text === '契約情報' && !(memo.insuranceNear ??= text.slice(Math.max(0, sentence.start - CONTRACT_INSURANCE_REACH), sentence.end + CONTRACT_INSURANCE_REACH).includes('保険'))) return 'unspecified_personal_info';
  if (form.text === 'ID' && (PATIENTS_BEFORE.test(text.slice(Math.max(sentence.start, cStart - PATIENTS_REACH), cStart)) || (memo.medicalList ??= MEDICAL_LIST.test(text.slice(line.start, line.end))))) return 'member_id';
  return form.key;
}
/**
 * What the rules read of a mention's whole line or sentence (mentionKey's, and whether addresses were shown to a mail's
 * recipients), found once per line and sentence (the ranges are the same objects for every mention on them): a line of
 * thousands of mentions, a hostile page's 「ID・ID・…」, would be read once per mention.
 */
interface KeyMemo {
  line?: Range;
  sentence?: Range;
  cardNear?: boolean;
  medicalList?: boolean;
  cardField?: boolean;
  insuranceNear?: boolean;
  shownToRecipients?: boolean;
}
/** The memo, its answers about another line or sentence dropped. */
function keyMemoFor(memo: KeyMemo, line: Range, sentence: Range): KeyMemo {
  if (memo.line !== line) {
    memo.line = line;
    memo.cardNear = memo.medicalList = undefined;
  }
  if (memo.sentence !== sentence) {
    memo.sentence = sentence;
    memo.cardField = memo.insuranceNear = memo.shownToRecipients = undefined;
  }
  return memo;
}
/** Were the addresses in the sentence shown to the mail's other recipients (BCC, 表示される, 見える…)? Once per sentence. */
function shownToRecipients(text: string, sentence: Range, memo: KeyMemo): boolean {
  memo.shownToRecipients ??= SHOWN_TO_RECIPIENTS.test(text.slice(sentence.start, sentence.end));
  return memo.shownToRecipients;
}
/** What stands between two kinds of one enumeration: 「住所、名前」「氏名や、住所」. */
const ENUMERATION_BETWEEN = /^[」』]?(?:、|や、?|と|・|及び|および)[「『]?$/;
/** A list's mark alone on its line, its item on the next: a flattened list's 「-」 or 「・」. */
const BARE_MARK_LINE = /^[ \u3000]*[-－–—・•●○◦▪*][ \u3000]*$/;
function isBareMarkLine(text: string, line: Range | undefined): boolean {
  return line !== undefined && line.end - line.start <= 4 && BARE_MARK_LINE.test(text.slice(line.start, line.end));
}
/** A line short enough to be one item of a vertical list (健診の検査結果), no sentence or list of its own. */
function isShortItemLine(text: string, line: Range): boolean {
  const s = text.slice(line.start, line.end).trim();
  return s.length > 0 && s.length <= 12 && !/[。、,:：]/.test(s);
}

/** An open aside to personal data before a mention: 「個人情報(氏名、」. */
const DATA_ASIDE_BEFORE = /(?:個人情報|顧客情報|お客様情報|お客さま情報|会員情報|患者情報|利用者情報|個人データ)[(（][^()（）]*$/;
/** Data handed to someone: 提供, 渡した, 売却, 教えた, 漏らした. */
const HANDED_OVER = /提供|渡し|売却|売り渡|教え|漏らし/;
/** How far back an aside's opening may stand. */
const DATA_ASIDE_REACH = 40;
/** Is the mention at `at` inside an aside to personal data in a sentence telling it was handed over? */
function inHandedDataAside(text: string, lineStart: number, at: number, sentence: Range): boolean {
  // (The opening bracket looked for in place first: most mentions in prose stand in no aside, and no text is cut out for them.)
  const from = Math.max(lineStart, at - DATA_ASIDE_REACH);
  let open = at - 1;
  while (open >= from && text.charCodeAt(open) !== 0x28 && text.charCodeAt(open) !== 0xff08) open--;
  return open >= from && DATA_ASIDE_BEFORE.test(text.slice(from, at)) && HANDED_OVER.test(text.slice(sentence.start, sentence.end));
}

/** A question (…見られてしまったのですか?): it tells nothing of what leaked; its answer does. */
function isQuestion(text: string, sentence: Range): boolean {
  let e = sentence.end;
  while (e > sentence.start && isTrimmedSpace(text.charCodeAt(e - 1))) e--;
  const last = text.charCodeAt(e - 1);
  if ((last === 0x3f || last === 0xff1f) && text.charCodeAt(e - 2) === 0x304b) return true; // か? / か？
  // An FAQ's question closed with a full stop: 「Q2. クレジットカード情報は漏えいしていますか。」.
  return last === 0x3002 && text.charCodeAt(e - 2) === 0x304b && POLITE_QUESTION_END.test(text.slice(Math.max(sentence.start, e - 8), e));
}
/** A polite question's close: ますか。 ですか。 でしょうか。 ませんか。 */
const POLITE_QUESTION_END = /(?:ます|です|でしょう|ません)か。$/;

/** An FAQ's answer line (A2 …) and its question line (Q2 …). */
const ANSWER_LINE = /^[\s\u3000]*(?:A|Ａ|答)[0-9０-９]{0,2}[\s\u3000.．:：]/;
const QUESTION_LINE = /^[\s\u3000]*(?:Q|Ｑ|問)[0-9０-９]{0,2}[\s\u3000.．:：]/;
/**
 * An FAQ's answer to a question about what leaked: 「Q2 どのような情報が見られる状態になっていたのですか?
 * / A2 交付決定者の氏名、住所…です。」. The question's leak word makes the answer's items leaked ones.
 */
function answersLeakQuestion(text: string, line: Range, lineRanges: readonly Range[], index: number): boolean {
  if (!ANSWER_LINE.test(text.slice(line.start, Math.min(line.end, line.start + 6)))) return false;
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const q = lineRanges[k]!;
    const s = text.slice(q.start, q.end);
    if (s.trim() === '') continue;
    return QUESTION_LINE.test(s) && (gatedTest(text, q.start, q.end, LEAK_GATE, LEAK_WORD_STICKY) || LEAK_QUESTION.test(s));
  }
  return false;
}
/** What a question about exposure asks beyond the leak words: 見られる状態, 見られた, 知られた. */
const LEAK_QUESTION = /見られ|知られ|漏れ|どのような情報|何人分|どの情報/;

/** A correction's wrong version starts its line so: (誤), 【誤】, 誤: (the right one is (正)). */
const WRONG_VERSION = /^[\s\u3000]*(?:[(（【［[]誤[)）】］\]]|誤[:：])/;
function isWrongVersion(text: string, line: Range): boolean {
  return text.slice(line.start, Math.min(line.end, line.start + 8)).includes('誤') && WRONG_VERSION.test(text.slice(line.start, line.end));
}

/**
 * A list item under a line that says the list's items did not leak (「以下の情報は…閲覧された可能性はございません。 / ・お電話番号、…」,
 * 「(3)対象外の情報 / 以下の情報は、本件の漏えいの対象には含まれておりません。 / ・クレジットカード情報」): those kinds are not leaked.
 */
function underNegatedLead(text: string, lineRanges: readonly Range[], lineIndex: number): boolean {
  const line = lineRanges[lineIndex]!;
  if (!hasListMark(text, line.start, line.end)) return false;
  for (let j = lineIndex - 1; j >= 0 && j >= lineIndex - NEGATED_LIST_REACH; j--) {
    const l = lineRanges[j]!;
    if (hasListMark(text, l.start, l.end)) continue;
    if (l.end - l.start > NEGATED_LEAD_MAX) return false;
    return NEGATED_LEAD.test(text.slice(l.start, l.end));
  }
  return false;
}
/** How many list items a negating lead may stand over. */
const NEGATED_LIST_REACH = 12;
const NEGATED_LEAD_MAX = 120;
/** A lead-in or a head that negates the list under it. */
const NEGATED_LEAD = /(?:以下|下記|次)の(?:情報|項目|データ|もの)[^。]{0,60}?(?:含まれ(?:ておりません|ていません|ない|ず)|ございません|ありません|対象外|されておりません|されていません|ない)(?:です|となります)?。?\s*$|(?:対象外|含まれない|含まれていない|漏えいしていない|流出していない)(?:の)?(?:情報|項目)\s*[:：]?\s*$/;

/** What an earlier report said and this one corrects: …が含まれるとお知らせいたしましたが. */
const SUPERSEDED_MENTION = /^[」』]?[^。]{0,12}?と(?:お知らせ|公表|発表|ご?報告|ご案内)(?:いた)?し(?:て(?:おり|い))?ましたが/;

/** A document named after its data: ガスご使用量のお知らせ, 介護保険料額決定通知書, 利用明細書, 所得状況届, 完成検査結果報告書. */
const DOCUMENT_AFTER = /^(?:額)?(?:決定)?(?:通知書|のお知らせ|お知らせ|のご案内|明細書|報告書|届(?:出書?)?(?![いかきくけこ]))/;
const DOCUMENT_STARTS = gateOf('額決通のお明届報');
/** A postal code's leading digits naming a region: 郵便番号の上2桁が…, 郵便番号上3桁. */
const POSTAL_REGION_AFTER = /^の?(?:上|下|先頭)[ \u3000]*[0-9一二三]/;
/** What 職業 leads in a body's name: 公共職業安定所, 職業訓練校, 職業紹介所, 職業能力開発校. */
const OCCUPATION_BODY_AFTER = /^(?:安定所|訓練|紹介|能力開発)/;
/** A system named after its data: 電子カルテシステム, 顧客データベースサーバ. */
const SYSTEM_AFTER = /^(?:システム|サーバ|ソフト|端末|機器|アプリ)/;
const SYSTEM_STARTS = gateOf('シサソ端機ア');
/** …を管理する(業務)システム: the data names a system, not what leaked. */
const SYSTEM_OBJECT_AFTER = /^(?:等|など)?を(?:管理|保存|保管|処理)する(?:[^、。]{0,4})?(?:システム|サーバ)/;

/** 「電話番号:072-992-2655」: a contact line of the notice, not leaked data. */
const CONTACT_NUMBER = /^[::]\s*(?:0\d{1,4}[-(（]\d{1,4}[-)）]\d{3,4}|0\d{9,10}|0120)/;
/**
 * Parenthesised asides, dropped when deciding whether a line is prose: an opening bracket ( （, at
 * most ASIDE_MAX units with no bracket, a closing bracket ) ）; leftmost first, not overlapping (as
 * /[(（][^()（）]{0,80}[)）]/g would cut them).
 */
const ASIDE_MAX = 80;

/** JavaScript's \s (which LIST_MARK's leading \s* skips). */
function isRegExpSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
/** The units a LIST_MARK match can start with after its leading spaces (its first alternatives' units). */
const LIST_MARK_START = gateOf(
  '\u30fb\u2022\u25cf\u25cb\u25e6\u25aa\u25a0\u25a1\u25c6\u25c7-\uff0d\u2013\u2014*\u203b(\uff08' +
    unitRange(0x2780, 0x2789) + unitRange(0x2460, 0x2473) + unitRange(0x30, 0x39) + unitRange(0x61, 0x7a),
);
function unitRange(from: number, to: number): string {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCharCode(c);
  return s;
}

/** Does text[start, end) start like a list item (LIST_MARK)? The regex runs only on lines whose first visible unit can start a mark. */
function hasListMark(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isRegExpSpace(text.charCodeAt(i))) i++;
  if (i >= end || !inSet(LIST_MARK_START, text.charCodeAt(i))) return false;
  return LIST_MARK.test(text.slice(start, end));
}

/** INSTRUCTION's alternatives start with these units. */
const INSTRUCTION_GATE = gateOf('くおご問');
const INSTRUCTION_STICKY = new RegExp(INSTRUCTION.source, 'y');

/** ( （ ) ） */
const isBracket = (c: number) => c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09;

/**
 * Running prose: a 。 in text[start, end) outside parenthesised asides. One pass over the units in
 * place, stepping over each aside as a whole: no cut-out line, no replace, and most lines settle at
 * their first 。 (or have none).
 */
function isProse(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002) return true;
    if (c !== 0x28 && c !== 0xff08) continue;
    // An aside ends at the first bracket after its opening one, if that is a closing one in reach.
    let q = i + 1;
    while (q < end && q - i - 1 <= ASIDE_MAX && !isBracket(text.charCodeAt(q))) q++;
    const close = q < end && q - i - 1 <= ASIDE_MAX ? text.charCodeAt(q) : 0;
    if (close === 0x29 || close === 0xff09) i = q; // the aside and its 。 are skipped
  }
  return false;
}

/**
 * Units every negative predicate of isNegatedAfter contains (ん な ず 無 外, as its NEGATION_CHARS): where
 * none stands between a mention and the end of isNegatedAfter's window, it answers false at its first
 * test, and the call (a cut-out window and a regex test) can be skipped.
 */
const NEGATION_UNITS: UnitSet = gateOf(NEGATION_UNITS_TEXT);

// What the scans for negation units found so far in one extractCategories call: no negation unit in
// text[negFrom, negAt) and one at negAt, or (negAt -1) none in text[negFrom, negTo). Mentions come in
// text order, so the windows asked about move right and each unit is read about once.
let negFrom = -1;
let negTo = -1;
let negAt = -1;

/** Is there a negation unit in text[from, to)? Uses and extends what earlier asks of the same call found. */
function negationUnitIn(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let i = from;
  if (negFrom !== -1 && from >= negFrom) {
    if (negAt !== -1) {
      if (negAt >= from) return negAt < to;
    } else if (from <= negTo) {
      if (to <= negTo) return false;
      i = negTo; // text[from, negTo) is known to hold none
    }
  }
  if (i === from) negFrom = from;
  i = nextInSet(text, i, to, NEGATION_UNITS);
  if (i < to) {
    negAt = i;
    return true;
  }
  negAt = -1;
  negTo = to;
  return false;
}

/**
 * The index of rangeAt(ranges, offset) in `ranges` (sorted, disjoint), or -1: stepping right from index
 * `from` while the range is a few steps away (candidates come in text order, and most lie in the line
 * or sentence of the one before or a few after), by binary search otherwise (rangeAt's binary search
 * per line and per sentence was about 4 % of the phase; in-context phase 0.41 → 0.39 ms).
 */
function rangeIndexAt(ranges: readonly Range[], from: number, offset: number): number {
  if (from < ranges.length && ranges[from]!.start <= offset) {
    for (let i = from; i < ranges.length && i < from + 8; i++) {
      const r = ranges[i]!;
      if (offset < r.start) return -1; // between two ranges
      if (offset < r.end || (offset === r.end && r.start === r.end)) return i;
    }
  }
  return rangeIndex(ranges, offset);
}

export interface CategoryResult {
  categories: string[];
  mentions: Mention[];
}

/**
 * The first position in [from, end) whose unit starts a form, or end: nextInSet(text, from, end,
 * FIRST_UNIT) read two units a turn. The scan reads every unit of the incident, and halving the loop's
 * own work takes about a tenth off candidates (bench page, isolated CPU-time minima about 160 → 153 µs;
 * four a turn is no faster).
 */
function nextFirstUnit(text: string, from: number, end: number): number {
  let i = from;
  for (; i + 1 < end; i += 2) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if ((FIRST_UNIT[a >>> 5]! & (1 << (a & 31))) !== 0) return i;
    if ((FIRST_UNIT[b >>> 5]! & (1 << (b & 31))) !== 0) return i + 1;
  }
  if (i < end && inSet(FIRST_UNIT, text.charCodeAt(i))) return i;
  return end;
}

/** Candidate mentions of text[start, end), in text order: their starts and their forms. */
function candidates(text: string, start: number, end: number, starts: number[], forms: Form[]): void {
  for (let i = nextFirstUnit(text, start, end); i < end; i = nextFirstUnit(text, i + 1, end)) {
    const c = text.charCodeAt(i);
    // Forms of two or more units first (the longest at i), then a one-unit form such as 組.
    let index = -1;
    if (i + 1 < end) {
      const second = text.charCodeAt(i + 1);
      const bit = filterBit(c, second);
      if ((PAIR_FILTER[bit >> 5]! & (1 << (bit & 31))) !== 0) {
        const node = pairNode(c, second);
        if (node !== -1) index = longestAt(text, i, end, node);
      }
    }
    let hit: Form;
    if (index !== -1) hit = FORMS[index]!;
    else if (inSet(SINGLE_UNIT, c)) hit = SINGLE.get(c)!;
    else continue;
    starts.push(i);
    forms.push(hit);
    i += hit.text.length - 1;
  }
}

/**
 * Categories of the incident in text[start, end). `text` is width-folded; `lines` and `sentences`
 * cover at least [start, end); `headingLine` is the incident's title line, if any.
 */
export function extractCategories(
  text: string,
  start: number,
  end: number,
  lineRanges: readonly Range[],
  sentenceRanges: readonly Range[],
  headingLine?: Range,
): CategoryResult {
  const accepted: Mention[] = [];
  negFrom = -1; // a new text, or new ranges of it
  const starts: number[] = [];
  const forms: Form[] = [];
  candidates(text, start, end, starts, forms);
  /**
   * Whether a sentence (by start) tells of a leak or lists items, decided once per start; until some
   * candidate needs it, the range whose first candidate asked (the decision is made on that range).
   * The current start's entry is held in two variables; entries of starts left behind are kept in two
   * arrays, read only when a start comes back (a line standing in for a sentence: rare). Candidates
   * come in text order, so this replaces a Map lookup per candidate.
   */
  let leakyStart = -1;
  const keyMemo: KeyMemo = {};
  let leaky: boolean | Range | undefined;
  let lastStart = -1;
  const pastStarts: number[] = [];
  const pastLeaky: (boolean | Range)[] = [];
  let sentenceOf: Range | undefined;
  let sentenceIndex = 0; // where the last sentence lookup ended, to step on from
  // Candidates come in text order, so each line's candidates are a run: one line lookup per run.
  let line: Range | undefined;
  let lineIndex = 0;
  for (let first = 0; first < starts.length; ) {
    if (!(line && starts[first]! >= line.start && starts[first]! < line.end)) {
      const k = rangeIndexAt(lineRanges, lineIndex, starts[first]!);
      line = k === -1 ? undefined : lineRanges[k];
      if (k !== -1) lineIndex = k;
    }
    if (!line) {
      first++;
      continue;
    }
    let last = first + 1;
    while (last < starts.length && starts[last]! < line.end) last++;
    // A correction's wrong version: 「(誤)氏名、住所、生年月日」 tells what did not leak.
    if (isWrongVersion(text, line) || underNegatedLead(text, lineRanges, lineIndex)) {
      first = last;
      continue;
    }
    const count = last - first;
    // A list line: a bullet, or several kinds of data on a line that is not running prose.
    // Whether the line is prose is asked last: it is the one test that may read the whole line.
    let listy: boolean;
    if (hasListMark(text, line.start, line.end)) listy = line.end - line.start <= 60 || !isProse(text, line.start, line.end);
    else {
      listy = false;
      // Two kinds of data, or two items of one kind (金融機関名、支店名、口座番号), on a line that is not prose.
      listy = count >= 2 && !isProse(text, line.start, line.end);
    }
    // A vertical list: one short item a line (氏名 / 住所 / 生年月日), a neighbouring line holding one too.
    // (Under the notice's title only: a site's vertical menu above it lists マイナンバー among its entries.)
    // (A bullet alone on its line between items, a flattened list's 「-」, is skipped.)
    if (!listy && count === 1 && (headingLine === undefined || line.start >= headingLine.end) && isShortItemLine(text, line)) {
      const prev = lineRanges[isBareMarkLine(text, lineRanges[lineIndex - 1]) ? lineIndex - 2 : lineIndex - 1];
      const next = lineRanges[isBareMarkLine(text, lineRanges[lineIndex + 1]) ? lineIndex + 2 : lineIndex + 1];
      listy =
        (first > 0 && prev !== undefined && starts[first - 1]! >= prev.start && isShortItemLine(text, prev)) ||
        (last < starts.length && next !== undefined && starts[last]! < next.end && starts[last]! >= next.start && isShortItemLine(text, next));
    }
    // The one item under its label: 「2 流出した情報 / 受講者のメールアドレス94件(91人分)」.
    if (!listy && count === 1 && line.end - line.start <= 40 && lineIndex > 0 && !text.slice(line.start, line.end).includes('。')) {
      const prev = lineRanges[lineIndex - 1]!;
      listy = prev.end - prev.start <= 24 && LEAK_LABEL_LINE.test(text.slice(prev.start, prev.end));
    }
    if (listy && gatedTest(text, line.start, line.end, INSTRUCTION_GATE, INSTRUCTION_STICKY)) listy = false;
    // A question (Q5 マイナンバーや生年月日も見られてしまったのですか?) lists nothing that leaked.
    if (listy && isQuestion(text, line)) listy = false;
    for (let k = first; k < last; k++) {
      const form = forms[k]!;
      const cStart = starts[k]!;
      const cEnd = cStart + form.text.length;
      // The cheap tests that need no cut-out text come first: most candidates in prose fail them.
      if (!(sentenceOf && cStart >= sentenceOf.start && cStart < sentenceOf.end)) {
        const k = rangeIndexAt(sentenceRanges, sentenceIndex, cStart);
        sentenceOf = k === -1 ? undefined : sentenceRanges[k];
        if (k !== -1) sentenceIndex = k;
      }
      const sentence = sentenceOf ?? line;
      const inHeading = headingLine !== undefined && cStart >= headingLine.start && cEnd <= headingLine.end;
      if (sentence.start !== leakyStart) {
        if (leaky !== undefined) {
          pastStarts.push(leakyStart);
          pastLeaky.push(leaky);
        }
        leaky = undefined;
        if (sentence.start <= lastStart) {
          for (let q = pastStarts.length - 1; q >= 0; q--) {
            if (pastStarts[q] === sentence.start) {
              leaky = pastLeaky[q];
              break;
            }
          }
        } else lastStart = sentence.start;
        leakyStart = sentence.start;
      }
      // 「約500人分の個人情報(氏名、電話番号など)を、闇金に提供していた」: the kinds in an aside to the data handed over.
      const handedAside = !listy && !form.weak && inHandedDataAside(text, line.start, cStart, sentence);
      // What a mailing showed to someone else is an item however told: the addressee's name it got wrong (「はがき3万24枚の宛名を間違えて送付」).
      // (So are other recipients' addresses shown on a mail, 「誤って他の当選者のアドレスが表示された状態で一斉送信」, or counted out as leaked by
      // one, 「電子メールを誤送信し、アドレス462件が流出」.)
      const shownByMailing =
        (form.text === '宛名' && MISADDRESSED_AFTER.test(text.slice(cEnd, cEnd + 6))) ||
        (form.text === 'アドレス' &&
          !ASCII_BEFORE.test(text.slice(Math.max(0, cStart - 2), cStart)) &&
          (ADDRESS_SHOWN_AFTER.test(text.slice(cEnd, cEnd + 12)) ||
            (ADDRESS_COUNTED_LEAK_AFTER.test(text.slice(cEnd, cEnd + 16)) && text.slice(sentence.start, cStart).includes('メール'))));
      // Whether the sentence is leaky matters only off list lines, and in a heading only for short words.
      if (!listy && !handedAside && (form.weak || !inHeading)) {
        // A short word on a line of fewer than three candidates is no item, leaky or not: the decision
        // waits for a candidate it matters to (made on the same range then, so the same answer).
        // (Unless it leads an enumeration of kinds on its line: 「世帯主の名前や部屋番号、収入金額など」.)
        // (Or follows a strong kind in one: 「25人分の住所、名前、収めた市税の金額などが記載された」.)
        // (Or is counted out as so many people's: 「3年生178人分の名前や受験校などを記録した」, or told as people's: 「生徒の成績や面談の記録」.)
        // (Or is a name joined by と to a strong kind: 「ほかの当選者の名前とメールアドレスが記載されている」.)
        const enumerated =
          shownByMailing ||
          (form.weak && isPeoplesItem(text.slice(Math.max(line.start, cStart - PEOPLES_REACH), cStart))) ||
          (form.text === '名前' && k + 1 < last && !forms[k + 1]!.weak && starts[k + 1]! === cEnd + 1 && text.charCodeAt(cEnd) === 0x3068 /* と */) ||
          (form.weak &&
            count >= 2 &&
            ((k < last - 1 && ENUMERATION_AFTER.test(text.slice(cEnd, cEnd + 2))) || (k > first && !forms[k - 1]!.weak && ENUMERATION_BETWEEN.test(text.slice(starts[k - 1]! + forms[k - 1]!.text.length, cStart)))));
        if (form.weak && count < 3 && !enumerated) {
          leaky ??= sentence;
          continue;
        }
        if (typeof leaky !== 'boolean') {
          const on = leaky ?? sentence;
          // A leak word inside the sentence (LEAK_WORD's lookarounds see only the word's own surroundings).
          // A sentence about an earlier incident (2019年にも…) tells that incident's data, not this one's.
          leaky =
            (gatedTest(text, on.start, on.end, LEAK_GATE, LEAK_WORD_STICKY) || ITEMS_CUE.test(text.slice(on.start, on.end)) || answersLeakQuestion(text, line, lineRanges, lineIndex) || (on.start === line.start && underLeakLabel(text, lineRanges, lineIndex)) || afterListAnnounced(text, sentenceRanges, on)) &&
            !isEarlierIncident(text, on) &&
            !isQuestion(text, on);
        }
        if (!(leaky || inHeading)) continue;
        // A short word (学年, 組, ID) counts as an item of a list, or of an enumeration told as leaked.
        if (form.weak && !(leaky && (count >= 3 || enumerated))) continue;
      } else if (leaky === undefined) leaky = sentence;
      if (form.weak || form.key === 'unspecified_personal_info' || form.key === 'email' || form.key === 'fax' || form.key === 'affiliation_occupation' || CREDENTIAL_KEYS.has(form.key)) {
        const before = text.slice(Math.max(line.start, cStart - 12), cStart);
        const after = text.slice(cEnd, Math.min(line.end, cEnd + 16));
        if (form.weak && !shownByMailing && !(ITEM_BEFORE.test(before) && (ITEM_AFTER.test(after) || LONG_ASIDE_AFTER.test(text.slice(cEnd, Math.min(line.end, cEnd + LONG_ASIDE_REACH)))))) continue;
        // 「県立北辰高等学校(所在地:青葉県美里市、生徒数684人)」: a body's seat in an aside after its name, not a person's address.
        if (form.key === 'address' && SEAT_ASIDE_BEFORE.test(before) && LABEL_COLON.test(after)) continue;
        if (form.key === 'unspecified_personal_info' && POLICY_AFTER.test(after)) continue;
        // (Unless the addresses were shown to the other recipients: 「送信先のメールアドレスが他の受信者に表示される状態で」, 「…を誤って「TO」欄に入力」.)
        if (form.key === 'email' && (DESTINATION_AFTER.test(after) || DESTINATION_BEFORE.test(before)) && !shownToRecipients(text, sentence, keyMemoFor(keyMemo, line, sentence))) continue;
        // 「Eメール誤送信」「Eメール(eお届け通知メール)の誤送信」「Eメール等にて個別にご連絡」: a mail, the medium, not an address.
        if (form.key === 'email' && MAIL_AS_MEDIUM_AFTER.test(after) && !form.text.includes('アドレス')) continue;
        if (form.key === 'fax' && (FAX_DESTINATION_AFTER.test(after) || WRONG_FAX_BEFORE.test(before))) continue;
        // 「新たな勤務先の事業所に送付すべきところ」: where a notice was sent, not a data kind.
        if (form.key === 'affiliation_occupation' && WORKPLACE_DESTINATION_AFTER.test(after)) continue;
        if (CREDENTIAL_KEYS.has(form.key) && (CREDENTIAL_OWNER_BEFORE.test(before) || CREDENTIAL_USE_AFTER.test(after))) continue;
        // 「不正に取得されたID(メールアドレス)およびパスワードを使って」: a mail address named as the login ID an attack used.
        if (form.key === 'email' && LOGIN_ID_ASIDE_BEFORE.test(before) && ID_ASIDE_USED_AFTER.test(after)) continue;
      }
      // 「電話・メール・FAX注文をご利用いただいた」「電話やハガキ、FAXで注文した利用者」: the channels orders came by, not data.
      if ((form.key === 'phone' || form.key === 'email' || form.key === 'fax') && ORDER_CHANNEL_AFTER.test(text.slice(cEnd, cEnd + 24))) continue;
      // 「誤って転出前の住所に送付してしまった」「旧勤務先住所に送付した」: an address a mailing went to, not data it leaked.
      if (form.key === 'address' && ADDRESS_DESTINATION_AFTER.test(text.slice(cEnd, cEnd + 8))) continue;
      // 「「生年月日」が含まれるとお知らせいたしましたが、…」: an earlier report's item the notice corrects.
      const rest = text.slice(cEnd, Math.min(sentence.end, cEnd + 40));
      if (rest.includes('ましたが') && SUPERSEDED_MENTION.test(rest)) continue;
      // 「サーバーには、氏名や住所…なども一括して保管されていましたが、…流出したのはメールアドレスのみ」: kinds stored, the leak only another's.
      // (Tried only where the storing verb stands in the mention's next 40 units, as the pattern needs.)
      if ((rest.includes('保管') || rest.includes('保存') || rest.includes('格納')) && STORED_BUT_ONLY.test(text.slice(cEnd, sentence.end))) continue;
      // 「(メールアドレスの一部には、氏名および会社名が推測できるものが含まれ)」「氏名が判別できるものも含まれていた」: what may be guessed, not what leaked.
      if ((rest.includes('推') || rest.includes('判別')) && INFERRED_AFTER.test(rest)) continue;
      // 「受講結果を受講者番号のみホームページに掲載するべきところ、個人情報を含む名簿を掲載」: what was meant to be shown, not what leaked.
      if (rest.includes('べき') && INTENDED_AFTER.test(rest)) continue;
      // 「保有ポイントが不正に使用された」: points spent by an intruder, a loss, not data that leaked.
      if (form.key === 'other' && MISUSED_AFTER.test(rest)) continue;
      // 「ガスご使用量のお知らせ」「保険料額決定通知書」: a document's name, not data in it.
      if (cEnd < line.end && inSet(DOCUMENT_STARTS, text.charCodeAt(cEnd)) && DOCUMENT_AFTER.test(text.slice(cEnd, cEnd + 8))) continue;
      // 「愛知県(郵便番号の上2桁が46・47・49の地域)」: postal codes naming a region, not anyone's data.
      if (form.key === 'postal_code' && POSTAL_REGION_AFTER.test(text.slice(cEnd, cEnd + 6))) continue;
      // 職業安定所 (a job centre), 職業訓練校: a body's name, not anyone's occupation.
      if (form.text === '職業' && OCCUPATION_BODY_AFTER.test(text.slice(cEnd, cEnd + 4))) continue;
      // 電子カルテシステム, 会員管理サーバー: the system that holds the data, not the data.
      if (cEnd < line.end && inSet(SYSTEM_STARTS, text.charCodeAt(cEnd)) && SYSTEM_AFTER.test(text.slice(cEnd, cEnd + 5))) continue;
      // 「介護記録等を管理する業務システムは別のネットワークで」: what a system holds, told of the system.
      if (cEnd < line.end && SYSTEM_OBJECT_AFTER.test(text.slice(cEnd, cEnd + 16))) continue;
      // 電話番号:072-… is a contact line, not data (CONTACT_NUMBER starts with the colon).
      if (cEnd < line.end && text.charCodeAt(cEnd) === 0x3a && CONTACT_NUMBER.test(text.slice(cEnd, Math.min(line.end, cEnd + 16)))) continue;
      // isNegatedAfter reads text[cEnd, min(sentence end, cEnd + 120)); without a negation unit there it is false.
      if (negationUnitIn(text, cEnd, Math.min(sentence.end, cEnd + 120)) && isNegatedAfter(text, cEnd, sentence.end)) continue;
      accepted.push({ key: mentionKey(text, form, cStart, line, sentence, keyMemo), text: form.text, start: cStart, end: cEnd });
    }
    first = last;
  }
  // `accepted` is in text order already: candidates are scanned left to right and visited in that order.
  if (accepted.length > 0) {
    let at = 0;
    const lineEnd = (offset: number) => {
      const k = rangeIndexAt(lineRanges, at, offset);
      if (k === -1) return offset;
      at = k;
      return lineRanges[k]!.end;
    };
    const named = (from: number, to: number) => {
      const i = lowerBound(starts, from);
      return i < starts.length && starts[i]! < to;
    };
    const unlisted = unlistedItems(text, accepted, lineEnd, named);
    if (unlisted.length > 0) {
      accepted.push(...unlisted);
      accepted.sort((a, b) => a.start - b.start);
    }
  }
  const specific = accepted.filter((m) => m.key !== 'unspecified_personal_info');
  const mentions = specific.length > 0 ? specific : accepted;
  const categories: string[] = [];
  for (const m of mentions) if (!categories.includes(m.key)) categories.push(m.key);
  return { categories, mentions };
}

/**
 * Words for personal data in general: 個人情報, 顧客情報, 会員情報, 患者情報… Narrower than detection's PERSONAL_DATA on purpose: a
 * 名簿 or a カルテ is evidence of personal data for detection, but it tells its own kinds (name, medical), not unspecified data.
 */
const PERSONAL_DATA_WORD = /個人(?:情報|データ)|(?:顧客|お客様|お客さま|会員|患者|利用者|生徒|児童|学生|職員|従業員|組合員|住民|受講者|応募者|申込者)(?:の)?(?:個人)?情報/g;

/**
 * Does text[start, end) name personal data in general (not the law or a policy: 個人情報保護法, 個人情報の取り扱い)? The kind
 * a breach is filed under when no field of its data is told as leaked.
 */
export function namesPersonalData(text: string, start: number, end: number): boolean {
  const slice = text.slice(start, end);
  PERSONAL_DATA_WORD.lastIndex = 0;
  for (let m = PERSONAL_DATA_WORD.exec(slice); m; m = PERSONAL_DATA_WORD.exec(slice)) {
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (!POLICY_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * A breach's categories: the kinds told as leaked, else, where its text names personal data (「個人情報の漏えいについて」),
 * personal data unspecified, as the vocabulary files a notice that lists no fields.
 */
export function breachCategories(found: readonly string[], text: string, start: number, end: number): string[] {
  if (found.length > 0) return [...found];
  return namesPersonalData(text, start, end) ? ['unspecified_personal_info'] : [];
}
