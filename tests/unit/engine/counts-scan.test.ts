// The counts family's scans and gates: each skips work only where it could not change a result.
// The expected answers below are those of the code before the gates (a regex run on every count).
import { describe, expect, it } from 'vitest';
import { classifyVictim, hasCumulativeLabel } from '../../../lib/extract/count-context';
import type { CountUnit } from '../../../lib/types';

describe('classifyVictim: the gates before each cue keep its decisions', () => {
  // [unit, text before, text after, text before across lines (default: before, trimmed), reason]
  const rows: Array<[string, string, string, string | null, string]> = [
    ["件","漏えいした個人情報 は ","です",null,"data-before"],
    ["件","漏えいした個人情報等、","です",null,"data-before"],
    ["件","ＩＤ：","です",null,"data-before"],
    ["名","お客様 の ","です",null,"person-before"],
    ["名","ユーザー等が","です",null,"person-before"],
    ["名","閲覧した者のうち","です",null,"viewer"],
    ["名","ダウンロードした会員は 、","です",null,"viewer"],
    ["名","アクセスした","です",null,"no-cue"],
    ["名","当該職員等 は","が関与",null,"staff"],
    ["件","送信先数:: ","です",null,"recipient"],
    ["件","宛先は","です",null,"recipient"],
    ["件","送信されたメールは約","です",null,"mail"],
    ["件","","についてメールを送った",null,"mail"],
    ["件","","  の不審なメール",null,"mail"],
    ["件","サーバーなど の","です",null,"object"],
    ["件","事件数：","です",null,"incidents"],
    ["件",""," の問い合わせ",null,"incidents"],
    ["名","","  の個人情報",null,"of-data"],
    ["名",""," が登録している",null,"population"],
    ["名","","が流出",null,"leaked"],
    ["名",""," 中",null,"denominator"],
    ["名","","へ誤って送信",null,"recipient"],
    ["件","",")の不正送信",null,"sent"],
    ["件",""," 外部に流出",null,"leaked"],
    ["名","アクセス数は","です",null,"activity-count"],
    ["名","","","【対象となる会員数】","label"],
    ["名","","","対象件数は最大で","label"],
    ["名","","","住宅をご購入いただいたお客様","row-label"],
    ["名","","","氏名 :","row-label"],
    ["名","その","です",null,"no-cue"],
    ["件","メール送信分  ","です",null,"mail"],
  ];
  it.each(rows)('%s after %j, before %j (lines %j): %s', (unit, before, after, lines, reason) => {
    const ctx = {
      unit: unit as CountUnit,
      before,
      after,
      beforeLines: lines ?? before.trimEnd(),
      sentence: `${before}1${unit}${after}`,
      perPerson: false,
      total: false,
    };
    expect(classifyVictim(ctx).reason).toBe(reason);
  });
});

describe('hasCumulativeLabel', () => {
  const rows: Array<[string, boolean]> = [
    ["延べ契約件数",true],
    ["延べ契約件数は:",true],
    ["のべ人数",true],
    ["件数",false],
    ["延べの件数",true],
  ];
  it.each(rows)('%j: %s', (text, expected) => expect(hasCumulativeLabel(text)).toBe(expected));
});
