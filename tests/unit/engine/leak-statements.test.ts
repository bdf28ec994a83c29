import { describe, expect, it } from 'vitest';
import { findLeakStatements, LEAK_GATE, LEAK_WORD } from '../../../lib/detect/leak-statements';
import { inSet } from '../../../lib/text/gated-scan';
import { sentences } from '../../../lib/text/lines';

function positives(text: string): string[] {
  return findLeakStatements(text, sentences(text))
    .filter((l) => !l.negated)
    .map((l) => l.word);
}

describe('findLeakStatements', () => {
  const leaks: Array<[string, string]> = [
    ['お客様の個人情報が流出した可能性があります。', '流出'],
    ['個人データの漏えいのおそれがあります。', '漏えい'],
    ['ファイルが社外から閲覧可能な状態になっていました。', '閲覧可能'],
    ['USBメモリを紛失しました。', '紛失'],
    ['顧客の個人情報が外部に漏れた可能性がある。', '漏れ'],
    ['児童2名の通知表を取り違えて渡しました。', '取り違えて渡し'],
    ['患者およそ1万2000人分の名前や住所などのデータを、東京都内の名簿業者に不正に提供した疑い。', '名簿業者に不正に提供'],
    ['業務とは関係なく警察のシステムを使って、女性の住所などを繰り返し照会していた。', '照会して'],
    ['同社は「個人情報流出に関するお詫び」と題する文書を公表した。', '流出'],
    ['誤って別の保護者にメールで送信しました。', '誤って別の保護者にメールで送信'],
    ['サーバー内のデータが暗号化されました。', '暗号化され'],
    ['情報が流出した可能性を否定できません。', '流出'],
    ['1,024人分の税額が記載された通知書が別人に届いた。', '別人に届い'],
    ['通知書を別の住民に発送していた。', '別の住民に発送'],
    ['顧客の個人情報を含むファイルを私用のメールアドレス宛に送信していた。', '私用のメールアドレス宛に送信'],
    ['水道使用量等のお知らせ(検針票)を誤配付しました。', '誤配付'],
    ['受験者のメールアドレスが他の受信者から見える状態になりました。', '見える状態'],
    ['「CC」欄に入力して送信したため、受信者同士でメールアドレスが確認できる状態となりました。', '確認できる状態'],
    ['検針票を誤って別の住戸の郵便受けに投かんしました。', '誤って別の住戸の郵便受けに投かん'],
    ['受給者28人分の個人情報が記載された書類を誤って廃棄していた。', '誤って廃棄'],
    ['ご利用者様の個人情報を含む書類の不適切な廃棄について', '不適切な廃棄'],
    ['八尾市立斎場における個人情報漏えい事案について', '漏えい'],
    ['個人情報を含む書類が所在不明となる事案が発生いたしました。', '所在不明'],
    ['介護保険サービス利用者1283人分の情報をWebサイトに誤掲載', '誤掲載'],
    ['巡査長が照会システムで知人女性らの個人情報を不正照会', '不正照会'],
    ['申請者の方からの問い合わせで確認したところ、当該申請書が見当たらないことが判明しました。', '見当たらない'],
    ['マイページにログインされたお客様の画面に、他のお客様のご注文履歴が表示される事象が発生いたしました。', '他のお客様のご注文履歴が表示され'],
  ];
  it.each(leaks)('finds a leak in %s', (text, word) => {
    expect(positives(text)).toContain(word);
  });

  const notLeaks: Array<[string, string]> = [
    ['現時点で情報流出の事実は確認できておりません。', 'negated'],
    ['なお、情報の漏洩等は発生していない。', 'negated'],
    ['個人情報を含む業務情報の外部流失は生じていません。', 'negated'],
    ['二次漏えいについて', 'a consequence'],
    ['情報漏えいを防ぐための対策を講じます。', 'prevention'],
    ['個人情報を盗み取ろうとするフィッシングメールにご注意ください。', 'intent'],
    ['個人情報の漏えい事故が相次いでいます。', 'the class of incidents'],
    ['万が一漏えいが発生した際の対応手順を解説します。', 'a hypothetical'],
    ['個人情報の漏えいの有無については調査中です。', 'undecided'],
    ['お客様の個人情報を適切に管理し、漏えい、滅失又はき損の防止に努めてまいります。', 'prevention, in a list'],
    ['個人データの漏えい及び改ざんの防止に努めます。', 'prevention, in a list'],
    ['別の方に届かないよう確認します。', 'no leak word'],
    ['市では、サイバー攻撃による個人情報漏えい事案の発生を想定した全庁的な対応訓練を実施しました。', 'a drill'],
    ['俳優が別のサービスで使っていたパスワードが過去に流出しており、男は同じパスワードを試したとみられる。', 'an earlier leak elsewhere'],
    ['万一、個人情報の漏えい、滅失若しくは毀損が発生し、又はそのおそれがある場合には、速やかに報告します。', 'a policy\'s promise'],
    ['前にどっかのチケットサイトで30万件くらい漏れてたのに比べりゃな', 'an earlier leak elsewhere (前に)'],
    ['6.漏えい等事案への対応について', 'a policy\'s section on incidents'],
    ['インシデント・事故 インシデント・情報漏えい', 'a news site\'s tag line'],
    ['ラベル: セキュリティ事件簿, 情報漏えい, 誤送信', 'a blog post\'s labels'],
    ['215件について、住宅用地特例の適用漏れにより、税額を過大に算定していた。', 'an omission (適用漏れ), no leak'],
    ['運転免許の有効期限について照会してください。', 'an inquiry (照会), no misuse'],
    ['ファクス番号の末尾2桁を取り違えて送信していた。', 'a number mixed up, not a document handed over'],
    ['ネットショップから「不正アクセスによる個人情報漏えいに関するお詫びとお知らせ」という封書が届きました。', 'a notice someone received, quoted'],
    ['昔登録したショップから「個人情報流出のお詫び」というメールが届いたことがあって怖い。', 'a notice someone received, quoted'],
    ['申請書の記載漏れがあり、再提出をお願いしました。', 'an omission (記載漏れ), no leak'],
    ['一部のクレジットカード会社から、お客様のクレジットカード情報の漏えい懸念について連絡を受けました。', 'a concern others raised (漏えい懸念について連絡を受け)'],
    ['調査の結果、これらの個人情報が窃取・流出した痕跡は認められず、個人情報の漏えいはなかったものと判断いたしました。', 'negated by 認められず'],
    ['VPN機器の脆弱性突かれ業務用ネットワークに不正アクセス、顧客情報の流出はなし(しらうめ信用金庫) | ScanNetSecurity', 'negated by なし before an aside'],
    ['不正アクセス、マルウェア感染、情報の漏えい・改ざん・紛失・盗難、誤送信、災害等の脅威に対して、対策を講じます。', 'a list of threats (…等の脅威に対して)'],
    ['過去を振り返ると、2012年に米国の大手SNSで約650万件のパスワードが流出した事件がありました。', 'past incidents recalled (過去を振り返ると)'],
    ['当該ページを閲覧した方が、外部の不審なサイトへ自動的に転送される状態となっていました。', 'visitors of a site (閲覧した方)'],
    ['上記期間に当協会ウェブサイトを閲覧された方で、転送先のサイトにおいてお名前等を入力された方は、カード会社へご相談ください。', 'visitors of a site (閲覧された方)'],
    ['転売ヤーもニッコリしてないな', 'a scalper, no resale'],
    ['とりあえず漏えいなしならよかったわ', 'negated (なしなら)'],
    ['「攻撃者から『市民の氏名を窃取した』とする脅迫メールが届いた」との想定のもと、訓練を行いました。', 'a drill\'s scenario'],
  ];
  it.each(notLeaks)('finds no leak event in %s (%s)', (text) => {
    expect(positives(text)).toEqual([]);
  });
});

describe('LEAK_GATE', () => {
  it("holds exactly the units of LEAK_WORD's leading look-ahead, so no leak word is skipped", () => {
    const units = /^\(\?=\[([^\]]+)\]\)/.exec(LEAK_WORD.source)![1]!;
    for (const u of units) expect(inSet(LEAK_GATE, u.charCodeAt(0)), u).toBe(true);
    let inGate = 0;
    for (let c = 0; c < 0x10000; c++) if (inSet(LEAK_GATE, c)) inGate++;
    expect(inGate).toBe(units.length);
  });
});
