import { describe, expect, it } from 'vitest';
import { findLeakStatements } from '../../../lib/detect/leak-statements';
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
    ['誤って別の保護者にメールで送信しました。', '誤って別の保護者にメールで送信'],
    ['サーバー内のデータが暗号化されました。', '暗号化され'],
    ['情報が流出した可能性を否定できません。', '流出'],
    ['1,024人分の税額が記載された通知書が別人に届いた。', '別人に届い'],
    ['通知書を別の住民に発送していた。', '別の住民に発送'],
    ['顧客の個人情報を含むファイルを私用のメールアドレス宛に送信していた。', '私用のメールアドレス宛に送信'],
    ['水道使用量等のお知らせ(検針票)を誤配付しました。', '誤配付'],
    ['受験者のメールアドレスが他の受信者から見える状態になりました。', '見える状態'],
    ['検針票を誤って別の住戸の郵便受けに投かんしました。', '誤って別の住戸の郵便受けに投かん'],
    ['受給者28人分の個人情報が記載された書類を誤って廃棄していた。', '誤って廃棄'],
    ['ご利用者様の個人情報を含む書類の不適切な廃棄について', '不適切な廃棄'],
    ['八尾市立斎場における個人情報漏えい事案について', '漏えい'],
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
    ['転売ヤーもニッコリしてないな', 'a scalper, no resale'],
    ['とりあえず漏えいなしならよかったわ', 'negated (なしなら)'],
    ['「攻撃者から『市民の氏名を窃取した』とする脅迫メールが届いた」との想定のもと、訓練を行いました。', 'a drill\'s scenario'],
  ];
  it.each(notLeaks)('finds no leak event in %s (%s)', (text) => {
    expect(positives(text)).toEqual([]);
  });
});
