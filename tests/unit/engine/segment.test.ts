import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/pipeline';
import { readFileSync } from 'node:fs';
import { segmentPage } from '../../../lib/segment/segment';
import { foldWidth } from '../../../lib/text/normalize';

const seed = (name: string) => foldWidth(readFileSync(new URL(`../../fixtures/seeds/${name}`, import.meta.url), 'utf8'));
/** A body long enough to be an incident's text (titles need one under them). */
const BODY = 'この度、当社において個人情報の取り扱いに関する事案が発生しました。'.repeat(5);
const headings = (text: string) =>
  segmentPage(text).map((s) => (s.heading ? text.slice(s.heading.start, s.heading.end).slice(0, 24) : null));

describe('segmentPage', () => {
  it("reads a news site's topic tags over its lead (インシデント・事故 インシデント・情報漏えい) as no title of a second incident", () => {
    const lead = '北浜県は1月10日、文書等集配業務の委託業者が北浜市役所宛の「書留逓送文書」1通を紛失したことが判明したと発表した。';
    const text = [
      '委託業者が北浜市役所宛の「書留逓送文書」1通を紛失(北浜県) | 北浜セキュリティ',
      '2024.03.29(金)',
      '',
      '委託業者が北浜市役所宛の「書留逓送文書」1通を紛失(北浜県)',
      '',
      lead,
      '',
      'インシデント・事故 インシデント・情報漏えい',
      lead,
      '',
      '紛失したのは住民票交付依頼書1通で、氏名、性別、生年月日、年齢(1名分)と親族氏名が記載されていた。',
    ].join('\n');
    expect(headings(text)).not.toContain('インシデント・事故 インシデント・情報漏えい');
  });

  it('splits a compilation at each repeated 【…#…】 title and keeps release markers inside', () => {
    const text = [
      '【事件簿#2024-2】A株式会社 個人情報漏えいのお詫び 2024/8/9',
      `${BODY}氏名が流出しました。`,
      '【2024年5月9日リリース分】',
      '【本件の詳細な経緯】',
      '【事件簿#2024-1】B市 メール誤送信について',
      BODY,
    ].join('\n');
    const segs = segmentPage(text);
    expect(segs).toHaveLength(2);
    expect(text.slice(segs[0]!.start, segs[0]!.end)).toContain('リリース分');
    expect(text.slice(segs[1]!.heading!.start, segs[1]!.heading!.end)).toBe('【事件簿#2024-1】B市 メール誤送信について');
  });

  it("splits a roundup at ■ titles and leaves its lead paragraph to no item (it sums up every item's cause)", () => {
    const text = `今週の3件：SNS乗っ取り、誤送付\n■A市――個人情報が流出\n${BODY}\n■B社――会員情報が流出\n${BODY}`;
    const segs = segmentPage(text);
    expect(segs.map((s) => s.start)).toEqual([text.indexOf('■A市'), text.indexOf('■B社')]);
  });

  it('splits a compilation at its numbered items labelled with their organisation (1. 組織名:…)', () => {
    const item = (n: number, org: string) => `${n}. 組織名:${org}\n公表日:2025年10月${n}日\n概要:通販サイトが不正アクセスを受け、顧客のカード情報が漏えいした可能性がある。\n件数:最大${n}00件`;
    const text = `国内の個人情報漏えい事案まとめ(2025年10月)\n${BODY}\n${item(1, '株式会社ミナトリビング')}\n${item(2, '東浜市')}\n${item(3, '学校法人桜陵学園 桜陵大学')}`;
    expect(headings(text)).toEqual(['1. 組織名:株式会社ミナトリビング', '2. 組織名:東浜市', '3. 組織名:学校法人桜陵学園 桜陵大学']);
  });

  it('takes a roundup\'s phishing-warning item (■…を装ったフィッシングメールに注意喚起) as an item of its own', () => {
    const text = `■A市――個人情報が流出\n${BODY}\n■B社――同社を装ったフィッシングメールに注意喚起\n${BODY}\n■C社――会員情報が流出\n${BODY}`;
    expect(segmentPage(text).map((s) => s.start)).toEqual([0, text.indexOf('■B社'), text.indexOf('■C社')]);
  });

  it('takes a roundup item titled with a CC mistake (■…のメールアドレスをCCで送信) as an item of its own', () => {
    const text = `■A市――個人情報が流出\n${BODY}\n■風早町観光協会――イベント申込者86名のメールアドレスをCCで送信\n${BODY}`;
    expect(segmentPage(text).map((s) => s.start)).toEqual([0, text.indexOf('■風早町')]);
  });

  it('takes ■ titles naming an injection, a defacement or a resale as items, under a table of contents repeating them', () => {
    const titles = ['■株式会社フォレストワークス 求人応募フォームにSQLインジェクション', '■ひかり台市 公式サイトが改ざん', '■日章テクノ株式会社 初期化せずに売却したPCがフリマアプリに'];
    const text = `目次\n${titles.join('\n')}\n${titles.map((t) => `${t}\n${BODY}`).join('\n')}`;
    expect(segmentPage(text).map((s) => text.slice(s.heading!.start, s.heading!.end))).toEqual(titles);
  });

  it('does not take an editor\'s comment on a newsletter item ([1]のような…) as an item', () => {
    const text = [
      "───────────────────────────────────",
      "[4] ISPのメールサーバーが不正中継に悪用",
      "───────────────────────────────────",
      "地域プロバイダの株式会社ライトウェーブは10月17日、同社が運用する",
      "メールサーバーの1台が外部から不正に中継され、10月16日未明から",
      "約5時間にわたって迷惑メールが送信されたと発表した。",
      "送信されたメールは約18万通にのぼる。",
      "",
      "設定変更作業の際に中継制限の設定が一時的に外れていたことが原因で、",
      "同社は「利用者の個人情報やメールの内容が外部に流出した事実は",
      "確認されていない」としている。",
      "",
      "▼ 発表",
      " https://www.lightwave-net.example.jp/support/news/1017.html",
      "",
      "───────────────────────────────────",
      "[5] 財団のセミナー案内メールでCC誤送信",
      "───────────────────────────────────",
      "公益財団法人あおば文化振興財団は10月17日、市民講座の受講者に",
      "講座のオンライン開催を案内するメールを送信した際、本来「BCC」で",
      "送信すべきところを「CC」で送信し、受信者214名のメールアドレスが",
      "他の受信者から確認できる状態になったと発表した。",
      "",
      "メールアドレスの中には氏名を推測できるものも含まれている。財団は",
      "受信者に謝罪するとともに、当該メールの削除を依頼した。",
      "今後は一斉送信に専用の配信システムを使用するとしている。",
      "",
      "▼ 発表",
      " https://www.aoba-bunka.example.or.jp/news/2025/1017.html",
      "",
      "───────────────────────────────────",
      "■ 今週のひとこと",
      "───────────────────────────────────",
      "[1]のような「退職者による持ち出し」は、アクセス権の棚卸しだけでは",
      "防げません。USBメモリ等の外部媒体の利用制御や、大量ダウンロードの",
      "検知など、「持ち出させない」仕組みとセットで考える必要があります。",
      "[5]のCC誤送信は今年も毎週のように公表されています。",
      "ツールでの対策が、結局いちばん確実です。(村瀬)",
      "",
    ].join('\n');
    expect(segmentPage(text).map((s) => text.slice(s.heading!.start, s.heading!.end).slice(0, 3))).toEqual(['[4]', '[5]']);
  });

  it('keeps a notice\'s ■ sections (■被害の状況(…時点), ■…閲覧された可能性のある情報) in its one item', () => {
    const text = [
      "「ごはんポケット」アプリへの不正ログインの発生とポイントの不正利用に関するお知らせとお詫び",
      "",
      "いつも「ごはんポケット」をご利用いただき、誠にありがとうございます。",
      "",
      "このたび、株式会社ミライグルメが運営する飲食店予約・ポイントアプリ「ごはんポケット」(以下「本アプリ」)において、第三者が他のサービス等から不正に入手したと思われるメールアドレスとパスワードの組み合わせを用いてログインを試みる「リスト型攻撃」による不正ログインが発生し、一部の会員様のアカウントにおいて、保有ポイントが不正に利用される被害が確認されました。",
      "",
      "会員の皆様には多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。",
      "",
      "■経緯",
      "2025年10月19日(日)午前、会員様から「身に覚えのないポイント利用がある」とのお問い合わせが複数寄せられたことを受けて調査した結果、10月18日(土)21時頃から10月20日(月)4時頃にかけて、特定の海外IPアドレスから大量のログイン試行(約380万回)が行われていたことを確認いたしました。",
      "当社は10月19日(日)14時に当該IPアドレスからのアクセスを遮断するとともに、ログイン試行回数の制限を強化いたしました。",
      "",
      "■被害の状況(10月22日12時時点)",
      "・不正ログインが確認された会員アカウント数:2,315件",
      "・上記のうち、ポイントが不正に利用された会員アカウント数:148件",
      "・不正に利用されたポイント数:合計412,600ポイント(ギフト券への交換等)",
      "",
      "■第三者に閲覧された可能性のある情報",
      "不正ログインされた会員アカウントにおいて、以下の情報が閲覧された可能性がございます。",
      "・ニックネーム",
      "・氏名",
      "・生年月日",
    ].join('\n');
    expect(headings(text)).toEqual(['「ごはんポケット」アプリへの不正ログインの発生と']);
  });

  it('splits the cases of a story numbered as 事件N: or in brackets as 【事案N …】', () => {
    const events = [
      '北浜リハビリテーションセンターで発生した2つの事件',
      '事件1:理学療法士による患者情報の不適切な開示',
      '理学療法士が、診療に直接関わらない第三者に患者の氏名や病状を話していたことが判明しました。当センターは職員への聞き取りを行い、事実関係を確認しました。',
      '事件2:健診受診票の紛失事件',
      '健診受診票112人分を紛失しました。受診票には氏名、生年月日が記載されていました。誤って廃棄された可能性が高いと判断しています。',
    ].join('\n');
    expect(headings(events)).toEqual(['事件1:理学療法士による患者情報の不適切な開示', '事件2:健診受診票の紛失事件']);
    const bracketed = [
      '北浜大学病院産婦人科における個人情報の漏洩について',
      '【事案1 患者データの無断持ち出し】',
      '非常勤医師が患者データ2003件を無断で院外に持ち出していたことが発覚しました。データには氏名と診療情報が含まれていました。',
      '【事案2 エコー動画の誤提供】',
      '妊婦健診時の胎児エコー動画を、録画機器の操作ミスによって別の方に誤って提供していたことが発覚しました。動画には氏名が表示されていました。',
    ].join('\n');
    expect(headings(bracketed)).toEqual(['【事案1 患者データの無断持ち出し】', '【事案2 エコー動画の誤提供】']);
  });

  it('takes no paywall bullet under the lead as the title (「- 事件事故や…速報で…県の「今」が分かる」)', () => {
    const text = [
      '北浜自動車は23日までに、業務委託先の企業のサーバーに不正アクセスがあり、顧客約2万1千人分の個人情報が流出したと発表した。',
      'この記事は会員限定記事です',
      '- 事件事故や高校野球・イベントなど速報で青葉県の「今」が分かる',
      '- デジタル有料記事の大半が読める',
    ].join('\n');
    expect(headings(text)).toEqual([null]);
    expect(extractIncidents({ text })[0]!.org).toBe('北浜自動車');
  });

  it('takes a title that tells of a mistake (誤って…送信) as an incident title', () => {
    const text = `■A社:通販サイトに不正アクセス、カード情報が流出\n${BODY}\n■B市:児童の健診結果を誤ってメール送信\n${BODY}`;
    expect(segmentPage(text).map((s) => s.start)).toEqual([0, text.indexOf('■B市')]);
  });

  it('splits a digest of lead paragraphs, one story each, named by its lead\'s organisation', () => {
    const text = [
      '2023年5月に公表された個人情報漏えい事故一覧',
      '株式会社ノースリンクは5月9日、同社のサーバーが不正アクセスを受け、取引先担当者の情報約1万3000件が流出した可能性があると発表した。',
      '湊川市は5月12日、生活保護受給者28人分の個人情報が記載された書類を誤って廃棄していたと発表した。書類には氏名と住所が記載されていた。',
      '株式会社ハヤテ運輸は5月18日、社内のパソコン1台がマルウェアに感染し、取引先の氏名やメールアドレスが窃取された可能性があると発表した。',
    ].join('\n');
    expect(headings(text)).toEqual(['株式会社ノースリンク', '湊川市', '株式会社ハヤテ運輸']);
  });

  it('does not split one story whose paragraphs its names lead, nor a titled item', () => {
    const story = [
      '株式会社ミドリ商事は5月9日、同社のサーバーが不正アクセスを受け、顧客の個人情報約1万3000件が流出した可能性があると発表した。',
      '株式会社ミドリ商事は5月20日、調査の結果、流出した情報は約9000件に絞り込まれたと発表した。氏名と住所が含まれるという。',
    ].join('\n');
    expect(segmentPage(story)).toHaveLength(1);
    const titled = `■ミドリ商事――顧客情報が流出\n${story.replace('株式会社ミドリ商事は5月20日', '警視庁は5月20日')}`;
    expect(segmentPage(titled)).toHaveLength(1);
  });

  it('splits a titled roundup of stories (主な3件を紹介する): a hook sentence before a lead, a name with its seat in brackets', () => {
    const text = [
      '【週刊】情報漏えいニュース 11月第4週：人材会社の共有設定ミス、大学HDDがオークションに',
      '2025年11月29日 07:00',
      'この1週間に公表された情報漏えい事案のうち、主な3件を紹介する。',
      'クラウドストレージの共有設定ミスで、登録スタッフの情報が閲覧できる状態になっていた――。人材派遣の株式会社グリーンフィールド人材(本社:東京都新宿区)は2025年11月25日、登録スタッフ7,450人分の個人情報が外部から閲覧可能な状態だったと発表した。',
      '国立大学法人北陸工科大学は11月26日、廃棄を委託したハードディスクがオークションに出品され、学生約2,900人分の成績が流出したと発表した。',
      '株式会社ときわ不動産(本社:横浜市中区)は11月28日、サーバーが不正アクセスを受け、入居申込者の個人情報最大1万2,004人分が流出した可能性があると発表した。',
    ].join('\n');
    expect(headings(text)).toEqual(['株式会社グリーンフィールド人材', '国立大学法人北陸工科大学', '株式会社ときわ不動産']);
  });

  it('splits one article telling two organisations\' incidents when it turns to the second (一方、…は20日、), each story with its paragraphs', () => {
    const text = [
      '【セキュリティ事件簿#2025-331】ボランティア名簿がネット上で閲覧可能に、合否連絡メールは宛先丸見え',
      '子どもの学習支援に取り組むNPO法人あおぞら学び舎(さいたま市)は8月19日、ボランティア登録者の名簿がインターネット上で誰でも閲覧できる状態になっていたと発表した。',
      '閲覧可能になっていたのは、登録した大学生や社会人計612人分の氏名と電話番号。',
      '一方、専門学校を運営する学校法人駿河みらい学園(静岡市)は20日、受験生にメールを誤送信し、メールアドレスが流出したと発表した。',
      '同学園によると、受験生98人に一斉送信した際、アドレスを「BCC」欄に入力すべきところ、誤って「宛先」欄に入力した。',
      '出典:ボランティア612人の名簿、ネットで閲覧可能に/看護学校が受験生98人のアドレス流出',
    ].join('\n');
    expect(headings(text)).toEqual(['NPO法人あおぞら学び舎', '学校法人駿河みらい学園']);
    const [a, b] = extractIncidents({ text });
    expect([a!.total_affected, b!.total_affected]).toEqual([612, 98]);
  });

  it('does not split one titled notice whose paragraphs two names lead, with no turn and no word of several stories', () => {
    const text = [
      '【セキュリティ事件簿#2025-101】委託先サーバーに不正アクセス、会員情報が流出',
      '株式会社ミドリ商事は5月9日、委託先のサーバーが不正アクセスを受け、会員の個人情報約1万3000件が流出した可能性があると発表した。',
      '株式会社アオバシステムは5月10日、同社が運用するサーバーへの不正アクセスについて、調査を進めていると発表した。',
    ].join('\n');
    expect(segmentPage(text)).toHaveLength(1);
  });

  it("ends a digest's last story at the month's trend section (5月の傾向)", () => {
    const text = [
      '2023年5月に公表された個人情報漏えい事故一覧',
      '株式会社ノースリンクは5月9日、同社のサーバーが不正アクセスを受け、取引先担当者の情報約1万3000件が流出した可能性があると発表した。',
      '福井県は5月26日、県のSNS公式アカウントが第三者に乗っ取られたと発表した。アカウントには個人情報は登録されておらず、情報流出はないとしている。',
      '5月の傾向',
      '5月は、書類の誤廃棄など人為的なミスによる事故が目立ちました。',
    ].join('\n');
    const segs = segmentPage(text);
    expect(segs.at(-1)!.end).toBeLessThanOrEqual(text.indexOf('5月の傾向'));
  });

  it('splits a news story of several incidents (…流出相次ぐ) at its marked heads, one with an incident word, one without', () => {
    const text = [
      '個人情報の流出相次ぐ 看護大でメール誤送信、茶販売会社はカード情報',
      ' 県内で個人情報の流出が相次いで明らかになった。',
      ' ■看護大、「BCC」でなく「CC」',
      ' 駿河看護大は9日、卒業生412人に案内メールを一斉送信した際、送信先のメールアドレスを「CC」欄に入力し、受信者全員が互いのアドレスを見られる状態になったと発表した。',
      ' ■富嶽園、最大1873件',
      ' 富嶽園は10日、通販サイトが不正アクセスを受け、クレジットカード情報最大1873件が流出した可能性があると発表した。',
    ].join('\n');
    expect(headings(text).map((h) => h?.trim())).toEqual(['■看護大、「BCC」でなく「CC」', '■富嶽園、最大1873件']);
    // Without a word of several stories, the head without an incident word is a section of one.
    expect(segmentPage(text.replace('個人情報の流出相次ぐ', '看護大でメール誤送信').replace('流出が相次いで明らかになった', '流出が明らかになった'))).toHaveLength(1);
  });

  it("splits a prefecture's press list at its 令和 date lines over notices' titles, other releases left to none", () => {
    const entry = (day: number, title: string, body: string) => `令和7年7月${day}日\n${title}\n健康福祉部 保健医療課\n概要：${body}`;
    const text = [
      '報道発表資料一覧(令和7年7月) - 岐阜県公式ホームページ',
      entry(16, '県が業務を委託する事業者のサーバーへの不正アクセスについて(第2報)', '委託先のサーバーが不正アクセスを受け、参加者1,312人分の氏名と住所が流出した可能性があることが判明しました。'),
      entry(10, '県立高等学校における個人情報を含む書類の紛失について', '県立高等学校において、教諭が生徒41名分の氏名と生年月日が記載された書類を紛失しました。'),
    ].join('\n');
    expect(headings(text)).toEqual(['県が業務を委託する事業者のサーバーへの不正アクセスについて(第2報)', '県立高等学校における個人情報を含む書類の紛失について'].map((t) => t.slice(0, 24)));
  });

  it("splits a table rendered one cell a line at its rows' numbers over their dates, and counts a row's people under its data", () => {
    const row = (n: string, day: number, dept: string, what: string, data: string, count: string) => `\n${n}\n令和6年6月${day}日\n${dept}\n${what}\n${data}\n${count}\n確認不足。手順を定めた。`;
    const text = [
      '個人情報の漏えい等事案の公表 / 岳南県',
      '番号\n公表日\n所属\n事案の概要\n漏えい等した個人情報\n対象人数\n原因・再発防止策',
      row('6-1', 5, '教育庁 県立岳南東高等学校', '保護者あてのメールに誤って成績一覧表を添付して送信した。', '生徒の氏名、クラス、各教科の成績', '78名'),
      row('6-2', 14, '健康福祉部 岳南中央保健所', '感染症発生届の写しを誤って市内の事業所にファクス送信した。', '患者の氏名、年齢、病名', '1名'),
      row('6-3', 27, '総務部 税務課', '職員が滞納者一覧を入れたかばんを飲食店に置き忘れ、紛失した。', '滞納者の氏名、住所、滞納税額', '23名'),
    ].join('\n');
    expect(headings(text)).toEqual(['6-1', '6-2', '6-3']);
    expect(extractIncidents({ text }).map((i) => [i.published, i.total_affected])).toEqual([['2024-06-05', 78], ['2024-06-14', 1], ['2024-06-27', 23]]);
  });

  it("ends a story of several at an expert's comment on them all, and reads a lead after what its subject runs (…を運営する株式会社…は)", () => {
    const text = [
      '個人情報の流出相次ぐ 病院で患者メモ紛失、塾でメール誤送信',
      '県内で個人情報の流出が相次いでいる。',
      '南川市立総合病院は10月9日、入院患者27人分の氏名や病名などを記したメモを紛失したと発表した。看護師が申し送りに使っていたという。',
      '学習塾「明星ゼミナール」を運営する株式会社明星エデュケーション(本社・東和市)は10月11日、保護者にメールを送る際に宛先を誤り、保護者214人のメールアドレスがほかの受信者に見える状態になったと発表した。',
      '情報セキュリティーに詳しい東和大学の宮下純一教授(情報工学)は「紙のメモの紛失やメールの誤送信は、どんな組織でも起こり得る」と話している。',
    ].join('\n');
    expect(headings(text)).toEqual(['南川市立総合病院', '株式会社明星エデュケーション']);
    expect(extractIncidents({ text }).map((i) => [i.cause, i.total_affected])).toEqual([['loss_theft', 27], ['misdelivery', 214]]);
  });

  it("ends a newsletter's last numbered item at its next section under a mark (■今週の脆弱性情報), and takes 侵入 as an incident's word", () => {
    const text = [
      '週刊セキュリティニュース 第212号',
      '1. 食品通販サイトに不正アクセス、カード情報最大2,871件流出の可能性(ミナトフーズ)',
      '株式会社ミナトフーズは8月20日、通販サイトが不正アクセスを受け、クレジットカード情報最大2,871件が流出した可能性があると発表した。',
      '2. VPN機器経由で社内ネットワークに侵入(東央精機)',
      '東央精機株式会社は8月21日、ネットワークが不正アクセスを受けたと公表した。個人情報の漏えいはないとしている。',
      '3. 元社員が保険契約者情報約1万2千件を持ち出し(アークライフ保険サービス)',
      '株式会社アークライフ保険サービスは8月23日、元社員が契約者約1万2千人分の氏名と住所を持ち出したと発表した。',
      '■今週の脆弱性情報',
      '・Webブラウザの緊急アップデートが公開、計7件の脆弱性を修正',
    ].join('\n');
    expect(segmentPage(text)).toHaveLength(3);
    expect(extractIncidents({ text }).map((i) => i.total_affected)).toEqual([2871, null, 12000]);
  });

  it("does not take a disclosure's own 第1報 title, repeated under its header block, for an earlier report reprinted", () => {
    const title = '当社連結子会社への不正アクセスに関するお知らせ(第1報)';
    const text = `${title} | ニュースリリース | 北辰ホールディングス株式会社\nホーム > ニュース\n${title}\n2025年6月2日\n会社名 北辰ホールディングス株式会社\n${title}\n当社の連結子会社において、第三者による不正アクセスを受けたことを確認いたしました。現在、外部専門機関と調査を進めております。\n個人情報の漏えいの有無については調査中です。`;
    expect(segmentPage(text)).toHaveLength(1);
  });

  it("takes no photo's caption under the lead for the article's title (ITmedia: 「スーパーの会員アプリに不正ログイン / お知らせの画面」)", () => {
    const text = [
      'スーパーの会員アプリに不正ログイン 4万3000件超で氏名や購入履歴が閲覧された可能性 リスト型攻撃か - ITmedia NEWS',
      'ITmedia NEWS',
      'ITmedia NEWS > セキュリティ > スーパーの会員アプリに不正ログイン',
      '2025年03月05日 12時40分 公開',
      '関東地方でスーパーマーケットを展開する東和ストア株式会社は3月4日、会員向けアプリに不正ログインがあり、会員4万3112件の氏名や購入履歴が閲覧された可能性があると発表した。',
      '',
      'スーパーの会員アプリに不正ログイン',
      'お知らせの画面',
      '東和ストアは都内と神奈川県、埼玉県で112店舗を運営。',
    ].join('\n');
    const [incident] = extractIncidents({ text });
    expect([incident!.org, incident!.published]).toEqual(['東和ストア株式会社', '2025-03-04']);
  });

  it("splits a board's list of its schools' notices at 「No.4」 over 「公表日」, each named by the listing body (…/北浜市)", () => {
    const item = (n: number, day: string, school: string, what: string) => `No.${n}\n公表日 ${day}\n学校名 北浜市立${school}\n事案の概要 ${what}\n原因 確認を怠ったため。`;
    const text = [
      '市立学校等における個人情報の漏えい等事案について/北浜市',
      '市立学校等における個人情報の漏えい等事案について',
      item(2, '令和8年7月3日', '桜台小学校', '同校の教諭が、児童32人分の氏名と成績を記録したUSBメモリを紛失しました。'),
      item(1, '令和8年5月15日', '東中学校', '同校の教諭が、保護者あてに案内メールを送信する際、誤って1学級31人分の生徒の氏名と1学期中間テストの得点を記載したファイルを添付して、保護者158人に送信しました。'),
    ].join('\n');
    expect(extractIncidents({ text }).map((i) => [i.org, i.published, i.cause])).toEqual([
      ['北浜市', '2026-07-03', 'loss_theft'],
      ['北浜市', '2026-05-15', 'misdelivery'],
    ]);
  });

  it("takes no regulator's news item (個人情報保護委員会、…状況を公表) of a newsletter for an incident", () => {
    const text = [
      '【1】返却したリースPCから住民情報 みやこ野町',
      'みやこ野町は11月5日、返却したリースPCから住民1,200人分の氏名と住所が流出した可能性があると発表しました。',
      '【2】模試申込サイトにSQLインジェクション 受験者情報が流出',
      '株式会社ミライ模試は11月7日、申込サイトがSQLインジェクション攻撃を受け、受験者3,418名分の氏名とメールアドレスが流出した可能性があると発表しました。',
      '【3】個人情報保護委員会、上半期の漏えい等報告の状況を公表',
      '個人情報保護委員会は10月下旬、上半期に事業者から受けた漏えい等報告の状況を公表しました。報告件数は7,412件で、このうち不正アクセスによるものは1,034件でした。',
    ].join('\n');
    expect(extractIncidents({ text }).map((i) => i.heading?.slice(0, 3))).toEqual(['【1】', '【2】']);
  });

  it("splits a weekly digest's one-line summaries over their links, each dated by its day's head (■6月16日(月)) or its own (17日発表)", () => {
    const text = [
      '週刊インシデントダイジェスト(2025年6月16日~6月20日) | セキュリティ・ウォッチャー',
      '2025.06.23(月) 編集部',
      '■6月16日(月)',
      '・旅行会社の株式会社ハルカゼトラベル、予約管理システムに不正アクセス 顧客の氏名など約1.8万件が流出の可能性(同日発表)',
      ' https://www.harukaze-travel.example.co.jp/news/2025/0616/',
      '■6月17日(火)',
      '・工作機械部品の東邦精機工業株式会社、ランサムウェア被害で一部工場の生産を停止 現時点で個人情報の外部流出は確認されていないと発表',
      ' https://www.toho-seiki.example.co.jp/ir/news/20250617.pdf',
      '・ポイントサイト「ためトク」を運営する株式会社ためトクネット、不正ログインを確認 1,486アカウントで氏名と住所が閲覧された可能性(17日発表)',
      ' https://www.tametoku.example.jp/info/20250617.html',
    ].join('\n');
    expect(extractIncidents({ text }).map((i) => [i.org, i.published, i.is_breach])).toEqual([
      ['株式会社ハルカゼトラベル', '2025-06-16', true],
      ['東邦精機工業株式会社', '2025-06-17', false],
      ['株式会社ためトクネット', '2025-06-17', true],
    ]);
  });

  it("splits a city's list of notices each led by its labelled date over its subject (公表日:… / 所属:… / 件名:…)", () => {
    const item = (day: number, title: string, what: string) => `公表日:令和7年6月${day}日\n所属:市民生活部 市民課\n件名:${title}\n概要:\n${what}\n原因:\n確認を怠ったため。`;
    const text = [
      '事務処理ミス等の公表(令和7年6月公表分) | 鶴ヶ丘市',
      item(4, '住民票の写しの誤交付について', '住民票の写しを別の方に誤って交付しました。誤交付した個人情報は、1人分の氏名、生年月日、住所です。'),
      item(12, '国民健康保険資格確認書の誤送付について', '資格確認書を別の世帯に誤って送付しました。被保険者112人分の氏名と住所が記載されていました。'),
    ].join('\n');
    expect(extractIncidents({ text }).map((i) => [i.published, i.total_affected])).toEqual([['2025-06-04', 1], ['2025-06-12', 112]]);
  });

  it("keeps a newsletter's numbered head missing between two items (3.個人情報保護委員会が…) from the item above, and takes it for none", () => {
    const text = [
      '1.医療法人のノートPCが車上荒らしで盗難、患者612名の情報',
      '医療法人社団清風会 みどりヶ丘病院は2025年6月11日、患者612名の氏名を保存したノートパソコンが盗まれたと発表しました。',
      '2.スポーツ用品ECサイトにSQLインジェクション、会員5万2,118名の情報が流出',
      '株式会社ラクーンスポーツは2025年6月13日、会員5万2,118名の氏名とメールアドレスが流出した可能性があると発表しました。',
      '3.個人情報保護委員会が令和6年度年次報告を公表',
      '個人情報保護委員会は6月に年次報告を公表しました。漏えい等報告は前年度比で増え、行政機関等からの報告は341件でした。',
      '4.廃棄を委託したHDDがフリマアプリで転売、財団の会員情報',
      '公益財団法人とうよう文化振興財団は2025年6月20日、廃棄を委託したハードディスクが転売され、会員約1,300人分の氏名が流出したと発表しました。',
    ].join('\n');
    expect(extractIncidents({ text }).map((i) => i.total_affected)).toEqual([612, 52118, 1300]);
  });

  it("splits a vendor's monthly summary at （N） headlines over their labelled dates, the item's organisation under its label, and ends the last at 3. 今月のポイント", () => {
    const item = (n: number, title: string, day: number, org: string, body: string) => `（${n}）${title}\n公表日：2025年9月${day}日\n組織：${org}\n${body}`;
    const text = [
      '2025年9月 国内セキュリティインシデントまとめ | セキュアリンクス ブログ',
      '2. 今月の主なインシデント',
      item(1, 'クラウドストレージの共有設定ミスで入居申込者情報 約7.2万件が閲覧可能に', 2, '株式会社ミナセ不動産ソリューションズ', '共有設定に不備があり、入居申込者の情報が閲覧可能でした。対象となったのは、入居を申し込んだ方の氏名、住所、電話番号などで、約7.2万件にのぼります。'),
      item(2, '通販サイトにパスワードリスト攻撃、1万2,480アカウントに不正ログイン', 9, '株式会社トライベリー', '第三者による不正ログインがあり、1万2,480アカウントの氏名と住所が閲覧された可能性があります。'),
      item(4, '利用者家族あてのメールに利用者情報のファイルを誤添付', 25, '社会福祉法人ひかり福祉会', '誤って添付されたファイルには、利用者58名分の氏名と既往歴が記載されていました。メールは利用者の家族112件のアドレスに送信されていました。'),
      '3. 今月のポイント',
      '・パスワードの使い回しを前提とした攻撃は依然として多く、多要素認証が有効です。',
      '株式会社セキュアリンクス',
    ].join('\n');
    expect(extractIncidents({ text }).map((i) => [i.org, i.published, i.total_affected])).toEqual([
      ['株式会社ミナセ不動産ソリューションズ', '2025-09-02', 72000],
      ['株式会社トライベリー', '2025-09-09', 12480],
      ['社会福祉法人ひかり福祉会', '2025-09-25', 58],
    ]);
  });

  it("splits a news story of two companies (2社で計…) at their kana-named leads, each named as the page writes it in full", () => {
    const text = [
      '旅行予約サイトに不正ログイン、2社で計1万6千件 会員情報閲覧の恐れ',
      '2026年11月25日 19時58分 (共同通信)',
      '国内旅行の予約サイトを運営する株式会社たびまど(東京)と、温泉宿の予約サイトを手がけるゆけむりネット株式会社(大分)は、それぞれ不正ログインがあったと発表した。',
      'たびまどは24日、海外のIPアドレスから約410万回のログインの試みがあり、うち9812件のアカウントで会員の氏名や住所が閲覧された可能性があると発表した。',
      'ゆけむりネットは25日、不正ログインされた会員が6175人に上ると明らかにした。氏名とメールアドレスが閲覧された可能性がある。',
    ].join('\n');
    expect(extractIncidents({ text }).map((i) => [i.org, i.total_affected])).toEqual([['株式会社たびまど', 9812], ['ゆけむりネット株式会社', 6175]]);
  });

  it("ends a roundup's last item at its tags (タグ / 情報漏えい / 紛失 …): their words are the site's, not the item's", () => {
    const text = [
      '■ピース旅行――予約システムに不正アクセス、予約者約6万1000人の情報流出の可能性',
      '株式会社ピース旅行は3日、予約システムが不正アクセスを受け、予約者約6万1000人分の氏名と住所が流出した可能性があると発表した。',
      '■日本地域看護研究学会――大会参加登録システムに不正アクセス',
      '一般社団法人日本地域看護研究学会は4日、参加登録システムが不正アクセスを受け、最大で2,031名の氏名とメールアドレスが流出した可能性があると発表した。',
      'タグ',
      '情報漏えい',
      '紛失',
    ].join('\n');
    expect(extractIncidents({ text }).map((i) => i.cause)).toEqual(['unauthorized_access', 'unauthorized_access']);
  });

  it('splits off an earlier report a later one reprints below itself, not a dated link to it', () => {
    const text = [
      'ランサムウェア被害による個人情報漏えいのおそれに関するお知らせ(第2報)',
      `当社は、2025年6月3日付「当社サーバーへの不正アクセスに関するお知らせ(第1報)」にてお知らせいたしました件について、調査結果をご報告いたします。${BODY}`,
      '当社サーバーへの不正アクセスに関するお知らせ(第1報) 2025年6月3日',
      'このたび、当社の一部サーバーが第三者による不正アクセスを受け、ランサムウェアによる被害が発生したことを確認いたしました。',
      '現時点において、個人情報を含む情報の外部への流出は確認されておりません。',
      'ニュース一覧',
      '2025年6月3日 当社サーバーへの不正アクセスに関するお知らせ(第1報)',
    ].join('\n');
    const segs = segmentPage(text);
    expect(segs.map((s) => s.reprint ?? false)).toEqual([false, true]);
    expect(text.slice(segs[1]!.heading!.start, segs[1]!.heading!.end)).toBe('当社サーバーへの不正アクセスに関するお知らせ(第1報) 2025年6月3日');
  });

  it('reads a notice\'s reports kept on its page (【第2報】…, 【第1報】…) as one item each, its title over the first', () => {
    const text = [
      '【第2報】水道料金Webサービスへの不正アクセスについて',
      `令和6年7月26日にお知らせした不正アクセスについて、調査の結果をお知らせします(第2報)。${BODY}`,
      '【第2報】令和6年8月2日',
      BODY,
      '【第1報】令和6年7月26日',
      BODY,
    ].join('\n');
    expect(headings(text)).toEqual(['【第2報】令和6年8月2日', '【第1報】令和6年7月26日']);
    expect(segmentPage(text)[0]!.start).toBe(0);
  });

  it('takes a ScanNet title over the site\'s topic tags (インシデント・事故 インシデント・情報漏えい)', () => {
    const text = `学内ポータルの共有フォルダに学生の成績情報、公開範囲の設定誤り(湊川大学) | ScanNetSecurity\n2024.09.10(火)\nインシデント・事故 インシデント・情報漏えい\n湊川大学は9月6日、学生の成績情報が学内の他の利用者から閲覧可能な状態だったと発表した。`;
    expect(headings(text)).toEqual(['学内ポータルの共有フォルダに学生の成績情報、公開']);
  });

  it('takes the <title> line repeated under a long menu as the title, over a menu entry with 情報', () => {
    const menu = ['ページの先頭です。', 'メニューを飛ばして本文へ', 'キーワードを入力してください', 'Foreign language', 'やさしい日本語', '組織から探す', 'くらし・環境', '健康・医療・福祉', '子育て・教育', '産業・労働', '観光・文化', '県政情報', '防災・安全', '本文'];
    const title = '委託事業者による受給者証更新案内の誤封入について';
    const text = [`${title} - 南陵県ホームページ`, ...menu, title, 'ページ番号:0618845', `県が発送業務を委託している事業者において、封入作業の誤りにより他の受給者の書類を同封していました。${BODY}`].join('\n');
    expect(headings(text)).toEqual([title.slice(0, 24)]);
  });

  it('splits a blog\'s cases named as incidents (…個人情報紛失事件) over their stories', () => {
    const text = [
      '紛失が原因の情報セキュリティ事件',
      '媒体や書類の紛失による事件は、不注意の最たるものです。最近の事件を紹介します。',
      '北浜台高校個人情報紛失事件',
      '2024年2月、北浜台高校の教員が、生徒の個人情報が保存された外付けディスクを電車内で紛失する事件が発生しました。',
      '同校によると、ディスクには在校生の氏名と成績が保存されていたとのことです。',
      '②白鷺市調査票誤送付事件',
      '白鷺市が、市民アンケートの調査票を別の世帯に誤って送付していたと発表しました。氏名と住所が記載されていました。',
    ].join('\n');
    expect(headings(text)).toEqual(['北浜台高校個人情報紛失事件', '②白鷺市調査票誤送付事件']);
  });

  it('leaves a roundup\'s closing section (■2月のまとめと対策のポイント) to no item, and takes 設定ミス items', () => {
    const text = `■不正ログイン:書店でリスト型攻撃\n${BODY}\n■設定ミス:学校の共有フォルダがリンクを知る全員に公開\n${BODY}\n■2月のまとめと対策のポイント\n2月は誤送信・設定ミスが目立ちました。`;
    const segs = segmentPage(text);
    expect(headings(text)).toEqual(['■不正ログイン:書店でリスト型攻撃', '■設定ミス:学校の共有フォルダがリンクを知る全員']);
    expect(text.slice(segs[1]!.start, segs[1]!.end)).not.toContain('まとめ');
  });

  it("leaves a digest's closing ranking of its items (漏えい件数ランキング(2025年2月)) to no item", () => {
    const text = `■不正ログイン:書店でリスト型攻撃\n${BODY}\n■設定ミス:学校の共有フォルダがリンクを知る全員に公開\n${BODY}\n漏えい件数ランキング(2025年2月)\n1位 株式会社グリーンフィールド 3,127件\n2位 株式会社ベルナール 2,446件`;
    const segs = segmentPage(text);
    expect(text.slice(segs[1]!.start, segs[1]!.end)).not.toContain('3,127件');
    const tally = `■不正ログイン:書店でリスト型攻撃\n${BODY}\n■設定ミス:学校の共有フォルダがリンクを知る全員に公開\n${BODY}\n9月の事故 原因別件数(編集部調べ)\n誤送信 5件(8月:3件)\n合計 14件(8月:9件)`;
    const tallied = segmentPage(tally);
    expect(tally.slice(tallied[1]!.start, tallied[1]!.end)).not.toContain('合計 14件');
    for (const head of ['8. 編集部より', '編集部のひとこと', 'まとめ:事故の多くは「人」と「設定」から', '━━━━━━━━━━━━━━━━━━━━━━━━━━━━', 'この記事をシェア　X　Facebook　LINE', 'この記事をシェアする']) {
      const closed = `■不正ログイン:書店でリスト型攻撃\n${BODY}\n■設定ミス:学校の共有フォルダがリンクを知る全員に公開\n${BODY}\n${head}\n誤送付・誤封入が3件でした。`;
      const segs2 = segmentPage(closed);
      expect(closed.slice(segs2[1]!.start, segs2[1]!.end), head).not.toContain('誤封入');
    }
  });

  it('gives reports kept under marks of their own (■第3報(…) / ■第2報(…)) their notice as issuer, not as date', () => {
    const report = (n: number, d: string) => `■第${n}報(${d})\n${BODY}\n当社の調査で個人情報の漏えいが確認されました。`;
    const text = `ランサムウェア被害に関するお知らせ(第3報)\n株式会社やまびこ健康堂\n\n${report(3, '2025年9月19日')}\n${report(2, '2025年8月29日')}`;
    const segs = segmentPage(text);
    expect(segs).toHaveLength(2);
    for (const seg of segs) {
      expect(seg.issuer && text.slice(seg.issuer.start, seg.issuer.end)).toBe('ランサムウェア被害に関するお知らせ(第3報)');
      expect(seg.notice).toBeUndefined();
    }
    expect(extractIncidents({ text }).map((i) => [i.org, i.published])).toEqual([
      ['株式会社やまびこ健康堂', '2025-09-19'],
      ['株式会社やまびこ健康堂', '2025-08-29'],
    ]);
  });

  it('ends an item titled by a mark at the next head with that mark, an incident or not (◆ …レポートを公開)', () => {
    const rule = '-'.repeat(40);
    const text = `${rule}\n◆ 静浦町、中学校教諭が成績データ入りUSBメモリを盗まれる\n${rule}\n${BODY}\n${rule}\n◆ ミナト商事の通販サイトに不正アクセス、カード情報が流出\n${rule}\n${BODY}\n${rule}\n◆ JPCERT/CC、2025年4~6月の報告対応レポートを公開\n${rule}\nJPCERT/CCは7月15日、報告対応レポートを公開しました。期間中の報告件数は1万8,537件でした。`;
    const segs = segmentPage(text);
    // The report's head is an item only if it tells a breach (breachOnly): it does not.
    expect(segs.filter((s) => !s.breachOnly)).toHaveLength(2);
    expect(text.slice(segs[1]!.start, segs[1]!.end)).not.toContain('1万8,537件');
    expect(extractIncidents({ text }).some((i) => i.heading?.includes('JPCERT'))).toBe(false);
    // A section head of the item (◆再発防止策について) is no sibling: the item goes on under it.
    const sectioned = `◆ 静浦町、中学校教諭が成績データ入りUSBメモリを盗まれる\n${BODY}\n◆ ミナト商事の通販サイトに不正アクセス、カード情報が流出\n${BODY}\n◆ 同社による今後の対応と再発防止策\n氏名、住所、電話番号 1,234件が対象です。`;
    const segs2 = segmentPage(sectioned);
    expect(sectioned.slice(segs2[1]!.start, segs2[1]!.end)).toContain('1,234件');
  });

  it('splits a digest at numbered headlines without a headline ending when a dated lead follows each', () => {
    const lead = (org: string) => `${org}は9月3日、市立小学校の教諭が児童の個人情報を保存したUSBメモリを紛失したと発表した。氏名と成績が保存されていた。`;
    const text = `(1)小学校教員が校務用USBメモリを紛失 児童34名分の通知表所見\n${lead('埼玉県川辺台市教育委員会')}\n(2)給食費の口座振替通知を誤送付、23世帯分の口座情報\n${lead('静岡県浜名台市')}`;
    expect(headings(text).map((h) => h?.slice(0, 3))).toEqual(['(1)', '(2)']);
    const notice = `個人情報の漏えいについて\n(1)不正アクセスを受けたサーバーの経緯について\n${lead('当社')}\n(2)漏えいした可能性のある個人情報の項目と件数\n氏名、住所、電話番号 1,234件。以上の情報が漏えいした可能性があります。本件について調査を続けております。`;
    expect(segmentPage(notice)).toHaveLength(1);
  });

  it("splits a weekly digest at items led by their day (9月9日(月)鳥羽丘市 …) over a dated lead, never a notice's timeline", () => {
    const text = `今週のインシデント\n9月9日(月)鳥羽丘市 ホームページにDDoS攻撃\n鳥羽丘市は9日、市の公式ホームページが同日午前10時頃から約3時間にわたり閲覧しにくい状態になったと発表した。個人情報の流出はない。\n9月13日(金)株式会社トレジャーフーズ 会員サイトに不正ログイン\n食品通販の株式会社トレジャーフーズは9月13日、同社の会員サイトに不正ログインがあったと発表した。氏名、住所が閲覧された。`;
    expect(headings(text).map((h) => h?.split(')')[0])).toEqual(['9月9日(月', '9月13日(金']);
    const notice = `不正アクセスに関するお知らせ\n${BODY}\n経緯\n9月10日(火) 当社サーバーへの不正アクセスを検知\n9月11日(水) 外部の調査会社に調査を依頼し、不正アクセスの範囲を確認\n9月13日(金) 個人情報保護委員会へ報告`;
    expect(segmentPage(notice)).toHaveLength(1);
  });

  it("splits a newsletter at circled-number headlines (①…が盗難) over a dated lead, never a notice's ① steps", () => {
    const lead = (org: string) => `${org}(富山県射水市)は、10月29日、同法人の職員が利用者の個人情報を記載した書類を紛失したと発表した。氏名と住所が記載されていた。`;
    const text = `1.今月のインシデント情報\n①福祉施設の職員が車上荒らしに遭い、利用者87名分の情報が盗難\n${lead('社会福祉法人ひだまり会')}\n②リース返却したHDDがフリマアプリに、住民約1.2万人分の税情報\n${lead('石川県高森市')}`;
    expect(headings(text).map((h) => h?.charAt(0))).toEqual(['①', '②']);
    const notice = `メール誤送信についてのお詫び\n${BODY}\n①外部業者において、来場促進メールを送信する際に誤って宛先を設定した。\n②エラーによる配信未完了の152件についてメールを再配信する際に、宛先の設定を誤った。`;
    expect(segmentPage(notice)).toHaveLength(1);
  });

  it("splits a notices page where a rule (────) closes one notice and another's title and date follow; a rule boxing a title splits nothing", () => {
    const text = `重要なお知らせ\n当社オンラインストアへの不正ログインの試行について\n2024年10月21日\n${BODY}\n────────────────────\nお客様の個人情報が閲覧可能な状態となっていたことに関するお詫び\n2024年11月8日\n${BODY}\n────────────────────\nお知らせ一覧`;
    expect(headings(text)).toEqual(['当社オンラインストアへの不正ログインの試行について', 'お客様の個人情報が閲覧可能な状態となっていたことに関するお詫び'].map((t) => t.slice(0, 24)));
    const boxed = `個人情報の取り扱いに関する事案について\n${BODY}\n━━━━━━━━━━━━━━━━━━━━\n業務用ノートパソコンの紛失\n━━━━━━━━━━━━━━━━━━━━\n2025年5月16日\n${BODY}`;
    expect(segmentPage(boxed)).toHaveLength(1);
  });

  it("splits a disclosures page at a rule over a dated head (2025/11/10 16:00 8617 ミナトヤ証券 東証スタンダード) and a title; ends the last at a ranking after a prefix (同期間のアクセスランキング)", () => {
    const head = (date: string, name: string, title: string) => `────────────────────\n${date} 16:00 8617 ${name} 東証スタンダード\n${title}\nPDF 2ページ | 閲覧 1,204回\n────────────────────\n`;
    const text = `情報セキュリティ・個人情報関連の適時開示(2025/11/10~11/14)\n期間中に開示された資料を、開示日時順に掲載しています。\n${head('2025/11/10', 'ミナトヤ証券', '取引残高報告書の誤送付に関するお詫びとお知らせ')}${BODY}\n${head('2025/11/12', 'ルミエール化粧品', '当社オンラインショップへの不正アクセスに関するお知らせ')}${BODY}\n────────────────────\n同期間のアクセスランキング\n1. 当社オンラインショップへの不正アクセスに関するお知らせ 4938`;
    const segs = segmentPage(text);
    expect(headings(text).slice(1)).toEqual(['取引残高報告書の誤送付に関するお詫びとお知らせ', '当社オンラインショップへの不正アクセスに関するお知らせ'].map((t) => t.slice(0, 24)));
    expect(text.slice(segs[1]!.start).startsWith('2025/11/10')).toBe(true);
    expect(text.slice(segs[2]!.start, segs[2]!.end)).not.toContain('ランキング');
  });

  it("splits a roundup at its organisations' names in brackets (【宮ノ森町教育委員会】) over a dated lead, each named by it", () => {
    const text = `個人情報漏えい・セキュリティ事故 週間まとめ(2025年6月2日〜6月8日)\n今週に公表された主な事故は以下の通り。\n\n【株式会社ミナトファーマシー】\n同社は6月2日、通販サイトが第三者による不正アクセスを受け、顧客2万1036人の氏名、住所、クレジットカード番号が流出した可能性があると発表した。\n\n【宮ノ森町教育委員会】\n北海道宮ノ森町教育委員会は6月3日、教諭が児童112人分の氏名と成績を保存したUSBメモリを紛失したと発表した。\n\n【関連記事】\n・週間まとめ(5月26日〜6月1日)`;
    expect(headings(text)).toEqual(['【株式会社ミナトファーマシー】', '【宮ノ森町教育委員会】']);
    expect(extractIncidents({ text }).filter((i) => i.is_breach).map((i) => i.org)).toEqual(['株式会社ミナトファーマシー', '宮ノ森町教育委員会']);
    const notice = `重要なお知らせ\n${BODY}\n【お問い合わせ先】\n当社は6月2日、専用窓口を設置いたしました。受付時間は平日の午前9時から午後6時までです。`;
    expect(segmentPage(notice)).toHaveLength(1);
  });

  it("takes a blog's numbered entry title (【セキュリティ事件簿#2026-034】…) for the title under its tagline's prose, and dates it by the quoted release under it", () => {
    const text = `ぼっちSEのセキュリティ備忘録\n報道発表やリリースで見かけたセキュリティ事故を、自分用の記録として淡々と残していくブログです。引用部分の文責は各組織にあります。\n\n2026年1月21日水曜日\n【セキュリティ事件簿#2026-034】生活協同組合コープあおば野 携帯端末の紛失について（お詫び）\n\n2026年1月16日\n\n組合員の皆さまへ\n生活協同組合コープあおば野\n\n${BODY}当生協の職員が組合員412名分の氏名、住所を保存した携帯端末を紛失しました。`;
    expect(headings(text)).toEqual(['【セキュリティ事件簿#2026-034】生活協同組合コープあおば野 携帯端末の紛失について（お詫び）'.slice(0, 24)]);
    expect(extractIncidents({ text }).map((i) => i.published)).toEqual(['2026-01-16']);
  });

  it("splits a newsletter's cause groups at items marked with their organisation and the day it announced (●湊川市(9月20日公表))", () => {
    const text = `IT安全だより 第87号\n2023年10月2日発行\n\n◆最近の情報漏えい事故(9月後半公表分)\n\n■誤送信\n\n●湊川市(9月20日公表)\nこども家庭課が子育て支援情報のメールを配信した際、BCCで送信すべきところを宛先に入力し、登録者246人のメールアドレスが流出した。\n\n●公益財団法人しらかば育英会(9月25日公表)\n奨学生の採用通知を郵送する際に封入を誤り、別の奨学生3名分の氏名、在籍する学校名が記載された書類を同封していた。\n\n■紛失\n\n●東台町(9月28日公表)\n9月15日に所在不明と公表していた住民基本台帳関係の書類つづり(住民約300人分)について、28日に庁舎内の書庫で見つかったと発表した。`;
    expect(headings(text)).toEqual(['●湊川市(9月20日公表)', '●公益財団法人しらかば育英会(9月25日公表)', '●東台町(9月28日公表)'].map((t) => t.slice(0, 24)));
    const got = extractIncidents({ text }).map((i) => [i.is_breach, i.org, i.published]);
    expect(got.filter(([b]) => b)).toEqual([
      [true, '湊川市', '2023-09-20'],
      [true, '公益財団法人しらかば育英会', '2023-09-25'],
    ]);
  });

  it("opens each item at its numbered head naming its organisation (■No.2 医療法人社団… / タイトル:… / 公表日:…), dated by the label", () => {
    const item = (n: number, org: string, title: string, day: number, body: string) => `■No.${n}\u3000${org}\nタイトル：${title}\n公表日：2024年6月${day}日\n引用：\n令和6年6月3日に発生した事案について、${body}\n`;
    const text = `今週のセキュリティ事件簿\n\n${item(1, '医療法人社団健和会 しらかば台病院', 'ランサムウェア被害による個人情報漏えいの可能性について', 18, '患者さま約5万3千人分の氏名、住所が漏えいした可能性があります。')}\n${item(2, '株式会社トラベルポケット', '会員アカウントへの不正ログインに関するお知らせ', 19, '会員1,204名のアカウントに不正ログインがあり、氏名、電話番号が閲覧された可能性があります。')}`;
    const got = extractIncidents({ text }).filter((i) => i.is_breach).map((i) => [i.org, i.published, text.slice(i.span[0], i.span[0] + 6)]);
    expect(got).toEqual([
      ['医療法人社団健和会 しらかば台病院', '2024-06-18', '■No.1　'],
      ['株式会社トラベルポケット', '2024-06-19', '■No.2　'],
    ]);
  });

  it("splits a digest at paragraphs led by the day in brackets (［6/3］…は、…) and a list at bullets of a name and its day (・三ツ瀬町(11月19日))", () => {
    const para = (day: string, lead: string) => `［${day}］${lead}は、委託先の誤りにより顧客約1,200人分の氏名、住所が記載された書類を別の顧客に誤って送付したと発表した。\n`;
    const digest = `週刊・個人情報漏えいダイジェスト(2026年6月1日〜6月7日)\n公開日:2026年6月8日\n\n${para('6/1', '株式会社ハルカゼ食品宅配(食材宅配)')}\n${para('6/3', '学習塾を運営する株式会社エムズ・ラーニング')}`;
    expect(extractIncidents({ text: digest }).filter((i) => i.is_breach).map((i) => [i.org, i.published])).toEqual([
      ['株式会社ハルカゼ食品宅配', '2026-06-01'],
      ['株式会社エムズ・ラーニング', '2026-06-03'],
    ]);
    const bullet = (name: string, day: string, body: string) => `・${name}(${day})\n\u3000${body}\n`;
    const list = `今週の情報漏えい事案まとめ\n2024年11月25日\n\n■ 自治体・公的機関\n\n${bullet('三ツ瀬町', '11月19日', '町ウェブサイトの「ふるさと納税寄附実績」ページに、本来は内部用の寄附者412人分の氏名、住所が閲覧できる状態で掲載されていた。')}\n${bullet('鶴見沢市', '11月21日', '市立ひばり保育園で、0〜2歳児クラスの園児28人分の健康調査票(氏名、生年月日、既往歴)を紛失した。')}`;
    expect(extractIncidents({ text: list }).filter((i) => i.is_breach).map((i) => [i.org, i.published])).toEqual([
      ['三ツ瀬町', '2024-11-19'],
      ['鶴見沢市', '2024-11-21'],
    ]);
  });

  it("splits a digest of one-line items of fields (2. 新宮原市(自治体)｜メール誤送信｜…63件) over link lines, dated by the link line's (6/9)", () => {
    const text = `【週刊】国内個人情報漏えいまとめ(2025/6/9〜6/15)\n2025.06.16 | NSラボ 脅威インテリジェンスチーム | 読了時間:約4分\n\n表記は「組織名(業種)｜原因｜件数」です。\n\n2. 新宮原市(自治体)｜メール誤送信(BCC漏れ)｜市民講座申込者のメールアドレス 63件\n\u3000└ 生涯学習講座申込者へのメール誤送信について(6/9) https://www.example.lg.jp/a\n\n3. みなと中央病院(医療)｜USBメモリ紛失｜患者の氏名・病名等 1,146人分\n\u3000└ 個人情報を含むUSBメモリの紛失に関するお詫び(6/11) https://www.example.or.jp/b\n`;
    expect(extractIncidents({ text }).filter((i) => i.is_breach).map((i) => [i.org, i.published, i.total_affected])).toEqual([
      ['新宮原市', '2025-06-09', 63],
      ['みなと中央病院', '2025-06-11', 1146],
    ]);
  });

  it("takes a notice's timeline (3.経緯 / 令和6年9月30日(月) / 当該教員が…フィッシングメールを受信し…) for no list of notices", () => {
    const text = `不正ログインによる個人情報漏えいの可能性について\n${BODY}\n3.経緯\n令和6年9月30日(月)\n 当該教員が情報基盤センターを装ったフィッシングメールを受信し、偽のログイン画面にIDとパスワードを入力\n10月2日(水)18時頃\n 当該アカウントから学外への大量のメール送信が始まる`;
    expect(segmentPage(text)).toHaveLength(1);
    const list = `報道発表一覧\n令和6年9月30日\n県立学校における個人情報を含むUSBメモリの紛失について\n${BODY}\n令和6年10月2日\n個人情報を含む書類の誤送付について\n${BODY}`;
    expect(headings(list)).toEqual(['県立学校における個人情報を含むUSBメモリの紛失について', '個人情報を含む書類の誤送付について'].map((t) => t.slice(0, 24)));
  });

  it('splits a notice updated in place at its report heads (■第1報(…) / ■【追記】第2報(…)), not at one mention', () => {
    const text = `ランサムウェア被害に関するお知らせ\n■第1報(令和7年3月4日)\n${BODY}\n■【追記】第2報(令和7年3月18日)\n${BODY}`;
    expect(headings(text)).toEqual(['■第1報(令和7年3月4日)', '■【追記】第2報(令和7年3月18日)']);
    const one = `ランサムウェア被害に関するお知らせ(第2報)\n${BODY}\n第1報でお知らせした件数を訂正します。\n${BODY}`;
    expect(segmentPage(one)).toHaveLength(1);
    const links = `[3] 旅行予約サイトに不正アクセス、会員情報流出を確認(第2報)\n${BODY}\n▼第1報(11月11日)\nhttps://travel.example.jp/info/1111.html\n▼第2報(11月14日)\nhttps://travel.example.jp/info/1114.html`;
    expect(segmentPage(links)).toHaveLength(1);
  });

  it("splits a disciplinary notice at its cases (1 … / 1)被処分者) and ends the last at its reason, before the notice's apology", () => {
    const kase = (n: number, title: string, summary: string) => `${n} ${title}\n1)被処分者\n市民生活部市民課 主事(20代・男性)\n2)処分の内容\n停職2月\n3)処分年月日\n令和7年3月27日\n4)処分事案の概要\n${summary}\n5)懲戒の理由\n地方公務員法第33条に違反し、同法第29条第1項第1号に該当するため。`;
    const text = `職員の懲戒処分について\n${kase(1, '住民情報の不正閲覧', '被処分者は、業務上の必要がないにもかかわらず、知人等11人の氏名、住所を閲覧した。')}\n${kase(2, '酒気帯び運転', '被処分者は、酒気を帯びた状態で自家用車を運転し、検挙された。')}\n職員が個人情報を外部に漏らしたほか、飲酒運転といった不祥事を起こしたことを深くお詫び申し上げます。`;
    const segs = segmentPage(text);
    expect(segs).toHaveLength(2);
    expect(text.slice(segs[1]!.start, segs[1]!.end)).not.toContain('お詫び');
    expect(segs[0]!.notice).toBeDefined();
  });

  it("splits a blog's notes at headlines over a dated lead (東雲町で住民票の写しを別人に誤交付 / 静岡県の東雲町が9月1日、…), not a single article", () => {
    const note = (title: string, lead: string) => `${title}\n${lead}\nソース:発表資料\n1人分とはいえ、家族の続柄まで載っているものなので嫌ですね。`;
    const text = `9月2日(火)\n${note('東雲町で住民票の写しを別人に誤交付', '静岡県の東雲町が9月1日、町民課の窓口で住民票の写しを別の人に渡してしまったと発表したらしい。')}\n9月4日(木)\n${note('北陸工芸大学の廃棄HDDがフリマアプリに', '北陸工芸大学が9月3日、廃棄を委託したはずのハードディスクがフリマアプリで売られていたと発表。')}`;
    expect(headings(text)).toEqual(['東雲町で住民票の写しを別人に誤交付', '北陸工芸大学の廃棄HDDがフリマアプリに']);
    const article = note('東雲町で住民票の写しを別人に誤交付', '静岡県の東雲町が9月1日、町民課の窓口で住民票の写しを別の人に渡してしまったと発表したらしい。');
    expect(segmentPage(article)).toHaveLength(1);
    const numbered = `1. 特養でランサムウェア被害\n${'社会福祉法人やまびこ会が10月8日、運営する特養のサーバーがランサムウェアに感染したと発表した。'}\n${BODY}\n2. 霧島台市の中学校で通知表の下書きを電車に置き忘れ\n霧島台市教育委員会が10月16日、教諭が生徒の個人情報が記載された書類を紛失したと発表した。\n${BODY}`;
    expect(segmentPage(numbered)).toHaveLength(2);
    const sections = `不正アクセスに関するお知らせ\n1. 不正アクセスの発覚\n当社は9月3日、サーバーへの不正アクセスを検知しました。\n${BODY}\n2. 漏えいした可能性のある情報\n当社は9月5日、氏名と住所が漏えいした可能性を確認しました。\n${BODY}`;
    expect(segmentPage(sections)).toHaveLength(1);
  });

  it("splits a digest's numbered one-line summaries over their links, under its own 今週のニュース一覧 (no furniture)", () => {
    const text = `今週のセキュリティニュース\nこんにちは、SOCチームです。今週公表された国内のセキュリティインシデントをまとめました。\n今週のニュース一覧\n1. 株式会社ミナトヤ商事の通販サイトに不正アクセス、クレジットカード情報2,446件が流出した可能性。\nhttps://www.minatoya.example.jp/news/20241111.html\n2. 北浜市教育委員会、教諭が児童118人分の成績を記録したUSBメモリを紛失。\nhttps://www.city.kitahama.example.lg.jp/kyoiku/1112.html\nSOCチームのひとこと\n今週は紛失が目立ちました。`;
    expect(segmentPage(text)).toHaveLength(2);
    const furniture = `${BODY}\nニュース一覧\n1. 株式会社Aの通販サイトに不正アクセス、カード情報が流出した可能性。\nhttps://a.example.jp/1\n2. B市教育委員会、教諭がUSBメモリを紛失。児童の成績を記録。\nhttps://b.example.jp/2`;
    expect(segmentPage(furniture)).toHaveLength(1);
  });

  it("splits a compilation at items headed by their organisation's name over a lead naming it (大和田市(子育て支援課) / 大和田市は4月11日、…)", () => {
    const text = `■誤送信・誤送付\n大和田市(子育て支援課)\n大和田市は4月11日、子育て支援課が主催する講座の参加者へのメールを誤って送信したと発表した。メールアドレス38件が流出した。\n株式会社さくら不動産管理\n賃貸住宅の管理を行う株式会社さくら不動産管理は3月21日、入居者の氏名などを記載した書類を別の入居者に誤送付したと発表した。\n■設定ミス・誤公開\n高知県\n高知県は令和7年3月25日、県のホームページに掲載した資料に事業者の個人情報が含まれていたと発表した。`;
    expect(headings(text)).toEqual(['大和田市(子育て支援課)', '株式会社さくら不動産管理', '高知県']);
    const notice = `株式会社さくら不動産管理\n当社は3月21日、入居者の氏名などを記載した書類を別の入居者に誤送付したことを確認いたしました。\n${BODY}`;
    expect(segmentPage(notice)).toHaveLength(1);
  });

  it('splits off a first report reprinted under a reference mark (【ご参考】第1報(…掲載)), its title, date and issuer over its prose', () => {
    const text = `ランサムウェア被害に関するお知らせ(第2報)\n令和6年9月13日\n${BODY}\n以上\n【ご参考】第1報(2024年9月2日掲載)\nランサムウェア被害に関するお知らせ\n令和6年9月2日\n株式会社北星ロジテック\n2024年9月1日、当社の一部サーバーが第三者による不正アクセスを受け、ランサムウェアに感染したことを確認いたしました。\n以上`;
    const segs = segmentPage(text);
    expect(segs).toHaveLength(2);
    expect(segs[1]!.reprint).toBe(true);
  });

  it("ends a compilation's item before the next cause group's head (■誤送信・誤送付), which heads the items after it", () => {
    const text = `■不正アクセス\n株式会社ミナトリビング(インテリア雑貨の通販サイト運営)\n株式会社ミナトリビングは4月3日、同社の通販サイトが不正アクセスを受け、カード情報が流出した可能性があると発表した。\n■誤送信・誤送付\n大和田市(子育て支援課)\n大和田市は4月11日、講座の参加者へのメールを誤って送信し、メールアドレス38件が流出したと発表した。`;
    const segs = segmentPage(text);
    expect(segs).toHaveLength(2);
    expect(text.slice(segs[0]!.start, segs[0]!.end)).not.toContain('誤送信');
  });

  it('splits a digest at numbered items led by an organisation and a colon (2. 北杜学院大学:…を誤添付), not at a notice\'s sections', () => {
    const text = `1. 株式会社ベルナール化粧品:公式通販サイトでカード情報2,446件が漏えいの可能性\n${BODY}\n2. 北杜学院大学:就職ガイダンスの案内メールに学生213名の成績一覧を誤添付\n${BODY}`;
    expect(segmentPage(text)).toHaveLength(2);
    const shops = `1. 株式会社はるかぜ珈琲「はるかぜ珈琲オンラインストア」\n公表日:2025年1月17日\n${BODY}\n2. 有限会社山里工房「山里工房 本店」\n公表日:2025年2月4日\n${BODY}`;
    expect(segmentPage(shops)).toHaveLength(2);
    const sections = `個人情報の漏えいについて\n1. 株式会社ミナト\n${BODY}\n2. 株式会社ミナト物流\n${BODY}`;
    expect(segmentPage(sections)).toHaveLength(1);
    for (const [a, b] of [['(1)自動車税種別割納税証明書の誤交付', '(2)講座参加者へのメールの誤送信'], ['① 2月26日 県ホームページへのDDoS攻撃について', '② 2月21日 移住ポータルへの不正アクセスについて'], ['件名 住民票の写しの誤交付', '件名 国民健康保険の通知の誤送付'], ['【事案3】学校給食費の口座振替日の誤りについて', '【事案4】通知表の取り違えについて']]) {
      const listed = `事務処理ミスの公表\n${a}\n公表日:令和6年11月27日\n担当課:総務部\n${BODY}\n${b}\n担当課:環境生活部\n${BODY}`;
      expect(segmentPage(listed), a).toHaveLength(2);
    }
    const city = `事務処理ミス等の公表\n1 住民票の写しの誤交付について\n公表日:令和6年10月8日\n${BODY}\n2 保育所入所申込書類の紛失について\n公表日:令和6年10月17日\n${BODY}`;
    expect(segmentPage(city)).toHaveLength(2);
    const barred = `3. 学校法人聖マリエ学園|合格者の受験番号と氏名をホームページに誤掲載(11月9日)\n${BODY}\n4. 東浜町|住民税の通知書を誤封入(11月15日)\n${BODY}`;
    expect(segmentPage(barred)).toHaveLength(2);
    const notice = `個人情報の漏えいについて\n1. 概要:当社サーバーが不正アクセスを受けました。\n${BODY}\n2. 原因:設定ミスにより外部から閲覧可能でした。\n${BODY}`;
    expect(segmentPage(notice)).toHaveLength(1);
  });

  it('splits a tag page of teasers, each headline over its date; not two such pairs alone', () => {
    const teaser = (title: string, date: string) => `${title}\n${date}\n${BODY}\n続きを読む`;
    const three = [teaser('伝票の控え約1,100件を紛失(大鷹運輸)', '2025.05.09(金)'), teaser('課税情報236人分をホームページに誤掲載(鳴瀬市)', '2025.05.08(木)'), teaser('予約サイトに不正アクセス、会員情報が流出', '2025.05.07(水)')].join('\n');
    expect(segmentPage(three)).toHaveLength(3);
    const two = [teaser('伝票の控え約1,100件を紛失(大鷹運輸)', '2025.05.09(金)'), teaser('課税情報236人分をホームページに誤掲載(鳴瀬市)', '2025.05.08(木)')].join('\n');
    expect(segmentPage(two)).toHaveLength(1);
  });

  it('splits a news list of headlines over meta lines led by a date or a section label and a bar; not a headline over prose', () => {
    const item = (title: string, meta: string) => `${title}\n${meta}\n${BODY}`;
    const search = [
      item('西浦市、介護保険の通知書2,113人分を誤送付 委託業者の封入ミス', '社会 | 2024年11月8日 05:00'),
      item('カード会社に不正アクセス、会員情報最大4万件流出の恐れ', '経済 | 2023年6月22日 05:00'),
      item('桜川台市民病院のサイバー攻撃、患者約8万3千人分が流出した可能性', '社会 | 2023年11月30日 05:00'),
    ].join('\n');
    expect(segmentPage(search)).toHaveLength(3);
    const portal = [
      item('元社員が顧客情報を転職先に持ち出し 不動産仲介会社が謝罪 約3,400人分', '2025/7/16(水) 11:05  配信元:首都圏ビジネス新報  コメント48'),
      item('人気ゲームアプリに不正ログイン 約2万1千アカウント', '2025/7/9(水) 12:00  配信元:テックニュース・ジャパン  コメント86'),
      item('小学校教諭が児童の顔写真入りタブレットを盗まれる 28人分', '2025/7/3(木) 07:45  配信元:みなみ海峡新聞  コメント31'),
    ].join('\n');
    expect(segmentPage(portal)).toHaveLength(3);
    // Under each headline a sentence that only starts with a date, or a label before a date in prose: one notice.
    const prose = [
      item('会員情報の流出について', '2024年11月8日に判明した事案の詳細は以下のとおりです。'),
      item('不正アクセスの経緯', '社会 | 2024年11月8日 05:00頃、当社のサーバーで不審な通信を検知し、調査を開始しました。'),
      item('漏えいした個人情報', '2024年11月9日、外部の専門機関による調査を開始しました。'),
    ].join('\n');
    expect(segmentPage(prose)).toHaveLength(1);
  });

  it('splits a reference list of dated lines, date - organisation - count - story, each line one incident; not a month without its day', () => {
    const list = [
      '2023年[編集]',
      '2023年2月8日 - 株式会社千歳フーズ(北海道千歳市) - 3,412件 - 自社通販サイトが第三者による不正アクセスを受け、カード情報が流出した可能性。',
      '2023年5月19日 - 蒼井市教育委員会(長野県) - 約1,900人分 - 市立中学校の教諭が、生徒の氏名と成績を保存したUSBメモリを紛失。',
      '2023年7月3日 - 北条記念病院 - 患者612人 - 看護師が電子カルテを不正に閲覧し、知人に患者の病名を漏らしていた。',
    ].join('\n');
    const incidents = extractIncidents({ text: list });
    expect(incidents.map((i) => i.org)).toEqual(['株式会社千歳フーズ', '蒼井市教育委員会', '北条記念病院']);
    expect(incidents.map((i) => i.published)).toEqual(['2023-02-08', '2023-05-19', '2023-07-03']);
    expect(incidents.map((i) => i.total_affected)).toEqual([3412, 1900, 612]);
    const months = ['2024年7月 - 株式会社ソラマチ放送の公式サイトがDDoS攻撃を受け、約9時間閲覧しづらい状態となった。', '2025年3月 - 県立高校の教員用メールサーバが不正に中継され、約4万通の迷惑メールが送信された。', '2025年4月 - 市の窓口で住民票の写しを誤って交付した。'].join('\n');
    expect(segmentPage(months)).toHaveLength(1);
  });

  it('splits a list at its numbered heads naming organisations (No.1 株式会社…(place/trade)), not at a field line repeated under each', () => {
    const item = (n: number, org: string, status: string) => `No.${n} ${org}(愛知県/製造業)\n\nグループ:Akira\n掲載日:2025/10/13\nステータス:【${status}】\n\n${BODY}`;
    const text = [item(1, '株式会社ミナセ精機', '被害組織が流出の可能性を公表'), item(2, '社会福祉法人さくら野福祉会', '公表なし'), item(3, '株式会社北斗ロジスティクス', '被害組織が流出を否定')].join('\n');
    expect(headings(text)).toEqual(['No.1 株式会社ミナセ精機(愛知県/製造業)', 'No.2 社会福祉法人さくら野福祉会(愛知県/製造業)', 'No.3 株式会社北斗ロジスティクス(愛知県/製造業)'].map((h) => h.slice(0, 24)));
    // A numbered line that names no organisation heads nothing.
    expect(segmentPage(`No.1 会議の議事録\n${BODY}\nNo.2 今後の予定\n${BODY}`)).toHaveLength(1);
  });

  it('splits roundups: bullets naming organisations over their stories, 【prefecture】-led paragraphs, day-led paragraphs and a ranking\'s lines of fields', () => {
    const story = '通販サイトが第三者による不正アクセスを受け、決済画面が改ざんされていたと発表した。顧客のクレジットカード情報が流出した可能性がある。';
    const bullets = `■3月3日\n\n・株式会社ミナトリビング(東京都港区)\n${story}\n\n・医療法人社団清和会 さくら台病院(千葉県)\n${story}\n\n■3月7日\n\n・青葉台市教育委員会\n${story}`;
    expect(headings(bullets)).toEqual(['・株式会社ミナトリビング(東京都港区)', '・医療法人社団清和会 さくら台病院(千葉県)', '・青葉台市教育委員会'].map((h) => h.slice(0, 24)));
    const prefectures = `まとめ\n\n【北海道】北見沢市は1月8日、特定健康診査の受診券を別の市民に誤って送付したと発表した。2人分の氏名と住所が記載されていた。\n\n【岩手県】遠野沢町教育委員会は1月10日、町立小学校の教諭が児童の個人情報を保存したUSBメモリを紛失したと発表した。`;
    expect(extractIncidents({ text: prefectures }).map((i) => [i.org, i.published])).toEqual([['北見沢市', null], ['遠野沢町教育委員会', null]]);
    const days = `クリップ\n2024年3月18日 公開\n\n3月5日、名古屋市に本社を置く株式会社マルナカ印刷は、同社のファイルサーバーがランサムウェアに感染し、取引先から預かった顧客情報約9万6千件が流出した可能性があると発表した。${'保存されていた情報の内訳は調査中としている。'.repeat(20)}\n\n3月8日、学校法人聖ミカエル学園は、教員が生徒318人分の成績を保存したノートパソコンを電車内に置き忘れ、紛失したと発表した。`;
    expect(extractIncidents({ text: days }).map((i) => [i.org, i.published])).toEqual([['株式会社マルナカ印刷', '2024-03-05'], ['学校法人聖ミカエル学園', '2024-03-08']]);
    const ranking = '■ 漏えい規模ランキング\n1位 株式会社ハルカゼ(通販サイト「ハルカゼマルシェ」)/約41万2,000件/SQLインジェクションによる不正アクセス/氏名・住所/9月6日公表\n2位 北条原市/6万2,310人/システムの設定ミスで外部から閲覧可能に/氏名・住所・生年月日/8月28日公表';
    expect(extractIncidents({ text: ranking }).map((i) => [i.org, i.total_affected])).toEqual([['株式会社ハルカゼ', 412000], ['北条原市', 62310]]);
    // A list of threats ranked with no fields is no list of incidents.
    expect(segmentPage('情報セキュリティ10大脅威\n1位 ランサムウェアによる被害\n2位 サプライチェーンの弱点を悪用した攻撃\n3位 内部不正による情報漏えい等の被害')).toHaveLength(1);
  });

  it('splits a flash list of time-led lines under their day, and a business paper\'s briefs (◇name(place)=day、…), naming each brief by its subject', () => {
    const flash = 'ニュース速報\n\n2026年2月10日(火)\n\n17:31 浜名台市 業務委託先のサーバーがランサムウェア被害 市民約1万2000人分の氏名・住所など流出の可能性\n14:02 清水港に大型クルーズ船が今年初寄港 乗客約2600人\n11:15 静岡市の食品通販会社「駿河フーズ」 運営サイトに不正ログイン 会員約500人の住所など閲覧された可能性';
    expect(extractIncidents({ text: flash }).filter((i) => i.is_breach).map((i) => [i.published, i.total_affected])).toEqual([['2026-02-10', 12000], ['2026-02-10', 500]]);
    const briefs = '企業短信\n\n◇北辰精機(東京都大田区)=2026年3月期の連結業績予想を上方修正した。売上高は従来予想比40億円増の1240億円。\n\n◇丸菱工業(大阪市)=18日、外部業者のサーバーがランサムウェアに感染し、取引先の担当者の氏名など最大で約4万2000件が流出した可能性があると発表した。\n\n◇グリーンポケット(福岡市)=18日、アプリで不正ログインがあり、会員約1300人の氏名が閲覧された可能性があると発表した。';
    expect(extractIncidents({ text: briefs }).filter((i) => i.is_breach).map((i) => [i.org, i.total_affected])).toEqual([['丸菱工業', 42000], ['グリーンポケット', 1300]]);
  });

  it('splits a story telling its cases by their ordinals (1件目は…, 2件目は…), each issued by the story\'s subject', () => {
    const text = '北浜県南浦市は、個人情報を含む文書の誤送付および所在不明が発生したと公表。\n市の説明によると、1件目は証明書の誤送付に関するものだったという。\n証明書を発送した際、相手を取り違えて送付し、氏名、住所、生年月日が流出した可能性があり、対象は2件とされている。\n2件目は、医療機関に送付した依頼文書の所在不明に関する事案。\n市が郵送した依頼文書が医療機関に届いておらず、患者1人の氏名が記載された文書が所在不明となっている。';
    expect(extractIncidents({ text }).filter((i) => i.is_breach).map((i) => [i.cause, i.total_affected])).toEqual([
      ['misdelivery', 2],
      ['loss_theft', 1],
    ]);
  });

  it('splits a monthly list of numbered, marked headlines with their dates (3.■北浜県 …USB紛失 北浜新聞 2017年7月25日) under a title of personal-data leaks, each a breach', () => {
    const text = '個人情報漏えい事件簿 :原因別 2017年7月\n\n紛失 メモリ等\n3.■北浜県 特別支援学校教諭 USB紛失 北浜新聞 2017年7月25日\n2.■南浦市 職員が委員会の名簿やUSBメモリなど紛失 北浜新聞 2017年7月5日\n1.■西浦市 養護教諭、生徒614人分の個人情報入りUSB紛失 西浦新聞 2017年7月8日\n';
    expect(extractIncidents({ text }).filter((i) => i.is_breach).map((i) => [i.org, i.published])).toEqual([
      ['北浜県', '2017-07-25'],
      ['南浦市', '2017-07-05'],
      ['西浦市', '2017-07-08'],
    ]);
  });

  it('splits a blog\'s roundup of headlines between wave dashes (~北浜大学で…を誤掲載~), each named by its subject', () => {
    const text = '『大学で起こる情報漏えい事故』\n最近大学で起きた情報漏えい事故をまとめてみた。\n~北浜大学で3120名の個人情報を誤掲載~\n北浜大学において教員のみが利用可能なシステム上に教員3120名分の氏名、住所、電話番号を誤って掲載する事案が発生した。\n~南浦教育大学で電子メールの誤設定~\n職員が自動転送設定を行った際に転送先のドメインを誤っていた。誤送信されたメールに含まれる個人情報は1,204件。該当する方に対して個別に連絡を行っている。\n';
    expect(extractIncidents({ text }).filter((i) => i.is_breach).map((i) => [i.org, i.total_affected])).toEqual([['北浜大学', 3120], ['南浦教育大学', 1204]]);
  });

  it("keeps a notice whole whose timeline under its 経緯 head is led by times (5月10日(木) / 16:34 事務局員が…)", () => {
    const text = 'メール誤送信に関するお詫びとご報告\n\nこのたび、当協会事務局において、注文者様の個人情報10名分を、注文者17名の方に誤送信してしまうというメール誤送信の事故が発生しました。\n\n1. 流出の対象となる方\n注文された方153名。\n\n2. 流出情報の種類\n・氏名\n・所属(登録されている場合)\n・住所\n\n3. 経緯\n5月10日(木)\n16:34 事務局員が宛名ラベルを印刷する作業を行おうとしたところ、操作ミスにより「メール一括送信」機能を誤って選択し、購入者の一部に他の購入者の住所、氏名等の個人情報を含むメールを送信しました。\n\n16:39 購入した方から、他人の個人情報を含むメールを受信したとの通知を受けました。';
    expect(extractIncidents({ text }).filter((i) => i.is_breach).map((i) => [i.heading, i.total_affected, i.cause, [...i.categories].sort()])).toEqual([
      ['メール誤送信に関するお詫びとご報告', 153, 'misdelivery', ['address', 'affiliation_occupation', 'name']],
    ]);
  });

  it('splits a list of numbered heads alone (【No.1】) over bulleted fields, each named by its 学校名 field and dated by its 公表 field; a field bullet heads nothing', () => {
    const item = (n: number, school: string, summary: string, count: string, published: string) =>
      `【No.${n}】\n・発生日 令和6年4月22日(月)\n・学校名 ${school}\n・概要 ${summary}\n・件数 ${count}\n・公表 ${published}`;
    const text = [
      '令和6年度 県立学校等における個人情報の漏えい等事案の発生状況について\n更新日:2025年4月25日\n\n■ 事案の概要\n',
      item(1, '県立瀬戸北高等学校', '担任教諭が保護者あての学年通信を電子メールで一斉送信する際、「BCC」欄に入力すべきメールアドレスを「宛先(TO)」欄に入力して送信したため、受信者間で互いのメールアドレスが閲覧できる状態となった。', '保護者のメールアドレス 112名分', '令和6年4月24日 報道提供済み'),
      item(2, '県立東浜工業高等学校', '教諭が、生徒の成績を保存したUSBメモリを帰宅途中に紛失した。', '第3学年生徒 156名分(氏名、各教科の成績)', '令和6年6月7日 報道提供済み'),
      '\n【No.3】\n・発生日 令和6年7月18日(木)\n・学校名 県立西ノ浦高等学校\n・概要 学校ホームページが改ざんされた。個人情報の漏えいは確認されなかった。\n・件数 ―(個人情報の漏えいなし)\n ※個人情報の漏えい等事案には該当しませんが、情報セキュリティ事案として参考に掲載しています。',
    ].join('\n');
    expect(extractIncidents({ text }).map((i) => [i.org, i.published, i.is_breach])).toEqual([
      ['県立瀬戸北高等学校', '2024-04-24', true],
      ['県立東浜工業高等学校', '2024-06-07', true],
      ['県立西ノ浦高等学校', null, false],
    ]);
  });

  it('splits a digest\'s marked items and the one-line bullet items among them (■… / story / ・清風館高等学校、…(19日)), each its own item', () => {
    const text = [
      '週刊セキュリティダイジェスト',
      '',
      '■大和田製菓の通販サイトにSQLインジェクション攻撃、会員情報最大5万3千件が流出の可能性(18日)',
      '',
      `洋菓子メーカーの大和田製菓株式会社は18日、通販サイトが不正アクセスを受け、会員の氏名や住所など最大5万3千件が流出した可能性があると発表した。${BODY}`,
      '',
      '・清風館高等学校、2年生238名分の氏名と定期考査の成績を保存したUSBメモリが所在不明に(19日)',
      '',
      '・NPO法人みらい子ども食堂ネット、ボランティア登録者87名の氏名と電話番号を記載した名簿を紛失(20日)',
      '',
      '■アオバ人材センター、応募者1万1452名の情報がクラウドで閲覧可能に(22日)',
      '',
      `人材紹介の株式会社アオバ人材センターは22日、応募者1万1452名の氏名や電話番号が閲覧可能な状態だったと発表した。${BODY}`,
    ].join('\n');
    expect(extractIncidents({ text }).filter((i) => i.is_breach).map((i) => i.total_affected)).toEqual([53000, 238, 87, 11452]);
    // A notice's own bullets (・氏名、住所) head nothing.
    expect(segmentPage(`■個人情報の漏えいについて\n${BODY}\n・氏名、住所、電話番号が流出した可能性があります\n・クレジットカード情報は含まれておりません\n■再発防止策\n${BODY}`).length).toBeLessThanOrEqual(1);
  });

  it('splits a newsletter at its [1] [2] items and a blog at 1. …(whose) headlines', () => {
    const mail = `━━━━\n[1] さくらトラベル、予約システムへの不正アクセスで顧客情報が流出\n━━━━\n${BODY}\n━━━━\n[2] 川霧町、児童手当の支給通知を別世帯に誤発送\n━━━━\n${BODY}`;
    expect(segmentPage(mail)).toHaveLength(2);
    const blog = `1. 化粧品通販のカード情報漏えい(株式会社グリーンリーフ)\n${BODY}\n2. 葉山台市の住民票の写し誤交付\n${BODY}`;
    expect(headings(blog)).toEqual(['1. 化粧品通販のカード情報漏えい(株式会社グリ', '2. 葉山台市の住民票の写し誤交付']);
  });

  it('splits off an earlier release an 事件簿 item reprints under its 【…リリース分】 marker, not a marker standing alone', () => {
    const item = (n: number, body: string) => `【セキュリティ事件簿#2025-${n}】株式会社ミナトヤ商会 不正アクセスによる個人情報漏えいに関するお詫び 2025/3/7\n${BODY}\n${body}`;
    const reprint = item(126, '【2025年2月14日リリース分】\nこのたび、弊社オンラインストアにおきまして、第三者による不正アクセスを受け、お客様の個人情報が漏えいした可能性があることが判明いたしました。\nリリース文アーカイブ');
    const text = `${reprint}\n${item(125, 'リリース文アーカイブ')}`;
    expect(segmentPage(text).map((s) => s.reprint ?? false)).toEqual([false, true, false]);
    const alone = `${item(126, '【2025年2月14日リリース分】\nリリース文アーカイブ')}\n${item(125, 'リリース文アーカイブ')}`;
    expect(segmentPage(alone)).toHaveLength(2);
  });

  it('does not split a single notice at short section marks', () => {
    const text = 'お客様情報の漏えいに関するお詫び\n■経緯\n5月に判明。\n■原因\n不正アクセス。\n◇対象\n氏名';
    expect(segmentPage(text)).toHaveLength(1);
  });

  it('cuts page furniture (rankings of other headlines) off a single article', () => {
    const text = seed('000_8dc4db11fc603a11.txt');
    const segs = segmentPage(text);
    expect(segs).toHaveLength(1);
    expect(text.slice(segs[0]!.start, segs[0]!.end)).not.toContain('東芝テック');
    expect(text.slice(segs[0]!.start, segs[0]!.end)).toContain('合計:2,446件');
  });

  it('finds every item of the seed compilations', () => {
    expect(segmentPage(seed('001_ad97ec18e55074ed.txt'))).toHaveLength(8);
    expect(segmentPage(seed('002_b36d7fc57bab2248.txt'))).toHaveLength(5);
    expect(headings(seed('003_1201b6f3a9578783.txt'))).toHaveLength(8);
    expect(segmentPage(seed('004_c4d5099f52cee4c3.txt'))).toHaveLength(7);
  });

  it('uses h2 blocks of an HTML page when they repeat', () => {
    const text = `ニュース一覧\nA社で個人情報が流出\n${BODY}\nB市でメール誤送信\n${BODY}`;
    const h = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, kind: 'h2' as const });
    const segs = segmentPage(text, [h('A社で個人情報が流出'), h('B市でメール誤送信')]);
    expect(segs).toHaveLength(2);
  });

  it('returns nothing for an empty page', () => {
    expect(segmentPage('  \n ')).toEqual([]);
  });
});

describe('segmentPage and headline lists', () => {
  it('does not take a list of other headlines (no body under them) for incidents', () => {
    const body = '本文。'.repeat(60);
    const text = `A社の個人情報漏えいについて\n${body}\n■B社で顧客情報が流出\n■C市でメール誤送信\n■D社に不正アクセス`;
    expect(segmentPage(text)).toHaveLength(1);
  });

  it.each(['＜関連記事＞', '【関連ニュース】', '■人気記事', '関連記事'])('cuts the page at furniture written %s', (mark) => {
    const text = foldWidth(`不正アクセスのお知らせ\n${BODY}\n${mark}\n・別の市で個人情報が流出（9月12日）`);
    const segs = segmentPage(text);
    expect(segs).toHaveLength(1);
    expect(text.slice(segs[0]!.start, segs[0]!.end)).not.toContain('別の市');
  });

  it('never takes a breadcrumb trail as a notice title', () => {
    const text = foldWidth(`ScanNetSecurity トップ ＞ インシデント・事故 ＞ 情報漏えい\n株式会社A、顧客情報が閲覧可能に\n${BODY}`);
    expect(headings(text)).toEqual(['株式会社A、顧客情報が閲覧可能に']);
  });

  it('never takes a site menu entry as a notice title', () => {
    const text = foldWidth(`・ホーム\n・事件・事故\n・警察署一覧\n\n捜査書類の紛失について\n\n${BODY}`);
    expect(headings(text)).toEqual(['捜査書類の紛失について']);
  });

  it("prefers a title with an incident's word to a site name with generic ones (情報, セキュリティ)", () => {
    const text = foldWidth(`ITセキュリティNEWS ｜ 企業と自治体の情報セキュリティ専門メディア\nホーム\u3000ニュース\nランサムウェア被害で顧客情報流出か - A社\n${BODY}`);
    expect(headings(text)).toEqual(['ランサムウェア被害で顧客情報流出か - A社'.slice(0, 24)]);
  });

  it('keeps a generic title when the page has no stronger one', () => {
    const text = foldWidth(`情報セキュリティに関するお知らせ\n\n${BODY}`);
    expect(headings(text)).toEqual(['情報セキュリティに関するお知らせ']);
  });

  it('never takes a keyword or tag line as a notice title', () => {
    const text = foldWidth(`関連キーワード：ランサムウェア\u3000個人情報漏えい\n${BODY}`);
    expect(headings(text)).not.toContain('関連キーワード：ランサムウェア　個人情報漏えい'.slice(0, 24));
  });

  it('takes a notice-form title (…について) with generic words only before a later stronger line', () => {
    const text = foldWidth(`従業員による顧客情報の取り扱いについて\n\n・流出した情報\n${BODY}`);
    expect(headings(text)).toEqual(['従業員による顧客情報の取り扱いについて']);
  });

  it('takes the title under the breadcrumb, not the site name over the menu', () => {
    const text = foldWidth(`事件簿ニュース ― 情報漏えい・セキュリティ事故の最新ニュース\nニュース インシデント 脆弱性 コラム メルマガ登録\nトップ ＞ インシデント ＞ 紛失・盗難\n保険代理店でノートPCが盗難\n${BODY}`);
    expect(headings(text)).toEqual(['保険代理店でノートPCが盗難']);
  });

  it("cuts a municipal site's page template (このページに関するお問い合わせ, よく見られているページ) off the notice", () => {
    for (const line of ['このページに関するお問い合わせ', 'このページの情報は役に立ちましたか？', 'よく見られているページ', 'この記事の関連ニュース', 'あなたにおすすめ', 'あなたにお薦め', 'オススメ記事', 'この連載の記事', '週間ランキングTOP10', '人気の投稿', 'このブログの人気の投稿', '前の記事', 'この記事をシェアする', '関連リンク', 'お知らせ一覧へ戻る', '■今週のアクセスランキング', '月間ランキング']) {
      const text = `個人情報の誤送信について\n${BODY}\n${line}\n・マイナンバーカードの申請\n`;
      const segs = segmentPage(text);
      expect(text.slice(segs[0]!.start, segs[0]!.end), line).not.toContain('マイナンバー');
    }
  });

  it("splits a digest at dated marks (■2024年5月13日) and takes the line under each as the item's title", () => {
    const text = `目次\n■2024年5月13日\nA大学、メールアカウントが乗っ取られる\n${BODY}\n■2024年5月14日\nB市のサイトにDDoS攻撃\n${BODY}`;
    expect(headings(text)).toEqual(['A大学、メールアカウントが乗っ取られる', 'B市のサイトにDDoS攻撃']);
    expect(segmentPage(text)[0]!.start).toBe(text.indexOf('■2024年5月13日'));
  });

  it("takes a <title> line repeating the notice's title (with the site's name) for the same notice", () => {
    const text = `【重要】お客様情報の表示に関するお詫び|ショップ\nHOME > お知らせ\nログイン マイページ お気に入り カート 会員登録 ご利用ガイド よくあるご質問 お問い合わせ\n【重要】お客様情報の表示に関するお詫び\n${BODY}`;
    expect(segmentPage(text)).toHaveLength(1);
  });

  it("finds the title under a vertical menu (one short entry a line)", () => {
    const menu = ['本文へ', '文字サイズ', '標準', '拡大', '背景色', 'サイトマップ', 'ホーム', '各種手続', '相談窓口', '安全・安心情報', '交通', '採用情報', '県警について'];
    const text = `水城県警察\n${menu.join('\n')}\nホーム ＞ お知らせ ＞ 捜査書類の紛失について\n捜査書類の紛失について\n${BODY}`;
    expect(headings(text)).toEqual(['捜査書類の紛失について']);
  });

  it('splits a numbered digest of one-line items (1. 組織名：概要…) and ends each item with its line', () => {
    const text = [
      '今月のピックアップ',
      '1. 株式会社A：2月4日公表。通販サイトが改ざんされ、カード番号が漏えいした可能性(3,412件)',
      '2. B市教育委員会：2月7日公表。教諭が児童の氏名を保存したUSBメモリを紛失(218名分)',
      'ひとこと',
      '2番のようなUSBメモリの紛失は毎月のようにあります。',
    ].join('\n');
    const segs = segmentPage(text);
    expect(segs).toHaveLength(2);
    expect(text.slice(segs[1]!.start, segs[1]!.end)).not.toContain('ひとこと');
  });

  it("does not end the article at a menu entry above it (ランキング in a site's menu)", () => {
    const text = `住民情報を不正閲覧、知人に転居先漏らす 潮見市の40代主事を停職6カ月(南総日報) - Yahoo!ニュース\nメインコンテンツに移動\nIDでもっと便利に新規取得\nトップ\n速報\nランキング\n地域\n住民情報を不正閲覧\n${BODY}`;
    const segs = segmentPage(text);
    expect(text.slice(segs[0]!.start, segs[0]!.end)).toContain(BODY);
  });

  it("takes the article's own title over the page's <title> line that repeats it with the site's name", () => {
    const text = `東和みらい証券、顧客情報入り端末を紛失 - 日本経済新聞\nログイン\nトップ\n速報\n東和みらい証券、顧客情報入り端末を紛失\n2025年9月4日 19:30\n${BODY}`;
    const seg = segmentPage(text)[0]!;
    expect(seg.heading!.start).toBe(text.indexOf('東和みらい証券、顧客情報入り端末を紛失\n2025'));
  });

  it("takes the entry's title over a blog's tagline that names the field (…のリリースと報道を記録しています)", () => {
    const text = `ITセキュリティ備忘録\n情報漏えい・サイバー攻撃のリリースと報道を記録しています\nホーム\n2024年8月22日木曜日\n【セキュリティ事件簿#2024-371】株式会社チケットリンクス 不正アクセスによる個人情報漏えいに関するお詫び 2024/8/21\n${BODY}\n会員の氏名が漏えいしました。`;
    const seg = segmentPage(text)[0]!;
    expect(text.slice(seg.heading!.start, seg.heading!.end)).toContain('#2024-371');
    expect(extractIncidents({ text })[0]!.published).toBe('2024-08-21');
  });

  it("takes a numbered entry's title over a tagline with the field's own words (情報セキュリティ・個人情報保護・…の記録)", () => {
    const text = `しなの路の備忘録\n情報セキュリティ・個人情報保護・資格学習の記録\n\nホーム\nセキュリティ事件簿\n書評\n\n2025年7月16日水曜日\n【セキュリティ事件簿#2025-287】高森野町 個人情報を含む書類の紛失について 2025/7/14\n${BODY}\n町民の氏名が記載された名簿を紛失しました。`;
    const seg = segmentPage(text)[0]!;
    expect(text.slice(seg.heading!.start, seg.heading!.end)).toContain('#2025-287');
    expect(extractIncidents({ text })[0]!.published).toBe('2025-07-14');
  });

  it("takes a <title> line's name after a slash (…について／久留川市) for the site's, and the title repeated under the menu for the notice's", () => {
    const text = `介護保険料額決定通知書の誤送付について／久留川市\n本文へ\\n文字サイズ・色合い変更\\nサイト内検索\\n久留川市\\nくらし・手続き\\n子育て・教育\\n健康・福祉\\n観光・文化・スポーツ\\n事業者向け\\n市政情報\\n現在の位置\\nホーム\\n>\\n市政情報\\n>\\n報道発表資料\n介護保険料額決定通知書の誤送付について\nページ番号1018342 更新日 令和6年7月19日\n\n令和6年7月19日\n久留川市 健康福祉部 介護保険課\n${BODY}\n別の方の氏名、住所、保険料額が記載された通知書を誤って26人に送付しました。`;
    const folded = foldWidth(text);
    const seg = segmentPage(folded)[0]!;
    expect(seg.heading!.start).toBe(folded.indexOf('介護保険料額決定通知書の誤送付について\nページ'));
    expect(extractIncidents({ text })[0]!.published).toBe('2024-07-19');
    // A date's slashes are no site's: 「…お詫び 2024/8/21」 keeps its date.
    const dated = `【セキュリティ事件簿#2024-371】株式会社チケットリンクス 個人情報漏えいに関するお詫び 2024/8/21\n${BODY}`;
    expect(extractIncidents({ text: dated })[0]!.published).toBe('2024-08-21');
  });

  it("splits a digest's bullets led by a day and an organisation before a colon (・10月7日 株式会社…:…), each dated by its day", () => {
    const text = `今月のインシデント(2025年10月)\n2025.11.05\n\n・10月3日 国立大学法人東陵大学:教員1名のメールアカウントが乗っ取られ、学生約480名の氏名及び学生番号が閲覧された可能性があると発表。\n・10月7日 株式会社ひより商会(小売業):通販サイトが不正アクセスを受け、2025年7月14日までに決済した顧客のカード情報5,621件が漏えいした可能性がある。\n・10月24日 大和川県:委託先事業者が、案内メールを送信する際、誤って別のイベントの参加者名簿(Excelファイル)を添付した。名簿には参加者143名の氏名が記載されていた。\n\n今月のポイント\n・氏名:漏えいの多いデータです。`;
    expect(extractIncidents({ text }).map((i) => [i.org, i.published, i.total_affected])).toEqual([
      ['国立大学法人東陵大学', '2025-10-03', 480],
      ['株式会社ひより商会', '2025-10-07', 5621],
      ['大和川県', '2025-10-24', 143],
    ]);
  });

  it("splits a page listing its issuer's notices under unmarked titles, each over 公表日 alone and its date on the next line", () => {
    const item = (title: string, date: string, body: string) => `${title}\n公表日\n${date}\n担当課\n総務部 総務課\n概要\n${body}`;
    const text = `事務処理ミス等の公表について(令和7年度) | 青葉台市ホームページ\n令和7年度の公表案件\n\n${item('保育所入所関係書類のファクス誤送信について', '令和7年8月1日', '職員が書類を誤った番号へファクスで送信しました。書類には児童2名分の氏名及び生年月日が記載されていました。')}\n\n${item('市民税・県民税 税額決定通知書の誤送付について', '令和7年4月18日', '封入作業の誤りにより、市民の方1名分の通知書を、別の市民の方に送付しました。通知書には氏名、住所、税額が記載されていました。')}`;
    expect(extractIncidents({ text }).map((i) => [i.org, i.published, i.total_affected])).toEqual([
      ['青葉台市', '2025-08-01', 2],
      ['青葉台市', '2025-04-18', 1],
    ]);
  });

  it('splits a page of two notices, each titled with the day it was announced (…について(令和7年1月17日発表))', () => {
    const text = `個人情報の取り扱いに関する事案について|東雲市\n本市において、事案が相次いで発生しました。\n\n介護保険料額決定通知書の誤送付について(令和7年1月17日発表)\n事案の概要\n${BODY}\n他の方の封筒に誤って封入された通知書は37通(37名分)でした。氏名、住所、保険料額が記載されていました。\n\n市立図書館の予約者情報が閲覧可能となっていた事案について(令和7年1月24日発表)\n事案の概要\n${BODY}\n最大で3,904人分の氏名、利用者カード番号が外部から閲覧可能な状態となっていました。`;
    expect(extractIncidents({ text }).map((i) => [i.org, i.published, i.total_affected])).toEqual([
      ['東雲市', '2025-01-17', 37],
      ['東雲市', '2025-01-24', 3904],
    ]);
  });

  it("takes a head with the items' mark but no incident word as an item when it tells a breach, and ends an item at a cause group's head (■メール・郵便物の誤送信・誤送付)", () => {
    const text = `12月の個人情報漏えい事故まとめ\n■不正アクセス・サイバー攻撃\n●ミヤビ化粧品――通販サイトにSQLインジェクション攻撃、会員の情報流出の可能性\n株式会社ミヤビ化粧品は12月2日、通販サイトが不正アクセスを受け、会員3万6108名の氏名、住所が流出した可能性があると発表した。\n●ひかり文化振興財団――ホール予約システムに不正アクセス\n公益財団法人ひかり文化振興財団は12月5日、予約システムが不正アクセスを受けたと発表した。調査の結果、個人情報の流出はなかったとしている。\n■メール・郵便物の誤送信・誤送付\n■その他\n●オオトリ不動産――データ消去されないまま中古PCが流通、顧客約2100人分\n株式会社オオトリ不動産は12月18日、返却したパソコンのデータが消去されないまま中古パソコンとして販売されていたと発表した。パソコンには約2,100人分の氏名、住所、電話番号が保存されていた。\n●北斗リサーチ――年次レポートを公開\n株式会社北斗リサーチは12月20日、年次の市場動向レポートを公開した。国内の企業500社を対象に調査したもの。`;
    expect(extractIncidents({ text }).map((i) => [i.org, i.is_breach, i.cause])).toEqual([
      ['株式会社ミヤビ化粧品', true, 'unauthorized_access'],
      ['公益財団法人ひかり文化振興財団', false, 'unauthorized_access'],
      ['株式会社オオトリ不動産', true, 'improper_disposal'],
    ]);
  });

  it("ends the article at its share line or its neighbours' links (前の記事 / 次の記事), whose titles are other incidents", () => {
    const text = `【セキュリティ事件簿#2024-455】みなと中央病院 ランサムウェア被害について\n${BODY}\nランサムウェアにより電子カルテのデータが暗号化され、患者の氏名が流出した可能性があります。\nこの記事をシェアする\nX\n前の記事\n【セキュリティ事件簿#2024-454】西浦市 選挙人名簿抄本の紛失について 2024/9/19`;
    const incidents = extractIncidents({ text });
    expect(incidents.map((i) => i.cause)).toEqual(['malware_ransomware']);
  });

  it("splits a digest's bullets told as news leads (・10月3日、株式会社…が、…), the organisation in the subject", () => {
    const text = `サイバーセキュリティ月次レポート\n2026年11月5日\n先月の主なインシデント\n\n・10月3日、株式会社トーヨー物流サービスが、委託先のクラウドストレージの設定不備により、顧客1万4,530件の氏名と住所が外部から閲覧可能な状態だったと公表しました。\n\n・10月27日、コーヒー豆の通販サイトを運営する株式会社ビーンズ珈琲が、決済画面が改ざんされ、クレジットカード情報最大で3,310件が漏えいした可能性があると公表しました。\n\n・VPN機器のファームウェアを最新版に更新する`;
    expect(extractIncidents({ text }).map((i) => [i.org, i.published?.slice(5), i.total_affected])).toEqual([
      ['株式会社トーヨー物流サービス', '10-03', 14530],
      ['株式会社ビーンズ珈琲', '10-27', 3310],
    ]);
  });

  it("takes a listing page's issuer from its <title>'s site name after a space (… 川瀬市ホームページ)", () => {
    const item = (title: string, date: string, body: string) => `${title}\n公表日\n${date}\n概要\n${body}`;
    const text = `事務処理ミスの公表(令和8年度) 川瀬市ホームページ\n\n${item('特別徴収税額決定通知書の誤送付について', '令和8年10月2日', '封入作業の誤りにより、3名分の通知書を別の事業所に送付しました。通知書には氏名、住所、税額が記載されていました。')}\n\n${item('図書館利用者カード申込書の紛失について', '令和8年10月23日', '申込書27名分を紛失しました。申込書には氏名、住所、電話番号が記載されていました。')}`;
    expect(extractIncidents({ text }).map((i) => i.org)).toEqual(['川瀬市', '川瀬市']);
  });

  it("takes the post's title over its meta line (投稿日: … 投稿者: … カテゴリー: …), which is no menu", () => {
    const text = `Cyber Incident Clip\nホーム » セキュリティ事件簿 » 【セキュリティ事件簿#2024-289】湖東みらい信用金庫 お客さま情報の誤送付について 2024/6/20\n\n【セキュリティ事件簿#2024-289】湖東みらい信用金庫 お客さま情報の誤送付について 2024/6/20\n投稿日: 2024年6月21日 投稿者: clip_admin カテゴリー: セキュリティ事件簿, 金融機関, 誤送信・誤送付\n${BODY}\n別のお客さま63名分の氏名、住所が記載されたご案内を誤って同封して送付しました。`;
    expect(extractIncidents({ text }).map((i) => [i.org, i.published])).toEqual([['湖東みらい信用金庫', '2024-06-20']]);
  });

  it('splits a list of notices numbered by a label (番号 6 / 公表日:… / 件名:…), each dated by its 公表日', () => {
    const item = (n: number, date: string, subject: string, leak: string) => `番号 ${n}\n公表日:${date}\n件名:${subject}\n担当所属:総務部\n概要:\n${BODY}\n${leak}`;
    const text = `個人情報の漏えい等事案の公表について(令和6年度) | 北陽県\n\n${item(6, '令和7年2月18日', '納税通知書の誤送付について', '漏えいした個人情報:納税者2名の氏名、住所、税額')}\n\n${item(5, '令和7年1月24日', 'USBメモリの紛失について', '漏えいのおそれのある個人情報:生徒46名分の氏名、緊急連絡先')}`;
    expect(extractIncidents({ text }).map((i) => [i.org, i.published, i.total_affected])).toEqual([
      ['北陽県', '2025-02-18', 2],
      ['北陽県', '2025-01-24', 46],
    ]);
  });

  it("splits a notice's latest report from the earlier ones kept below it, a category label (お知らせ) between its date and title", () => {
    const report = (date: string, n: number, count: string) => `${date}\nお知らせ\nランサムウェア被害に関するお知らせ(第${n}報)\n${BODY}\n取引先担当者${count}の氏名、電話番号が流出したことを確認いたしました。`;
    const text = `${report('2024年7月19日', 3, '31,208名')}\n以下、過去のお知らせを掲載しております。\n${report('2024年7月5日', 2, '約2万9千名')}`;
    expect(extractIncidents({ text }).map((i) => [i.published, i.total_affected])).toEqual([
      ['2024-07-19', 31208],
      ['2024-07-05', 29000],
    ]);
  });

  it('takes no entry of a vertical menu (ホーム / セキュリティ事件簿 / 脆弱性 / ツール) for a title', () => {
    const text = `セキュリティ雑記帳\nホーム\nセキュリティ事件簿\n脆弱性\nツール\nこのブログについて\n2025年4月19日土曜日\n【セキュリティ事件簿#2025-151】富山県教育委員会 USBメモリの紛失について 2025/4/18\n${BODY}\n生徒312名分の氏名と成績を保存したUSBメモリを紛失しました。`;
    const seg = segmentPage(text)[0]!;
    expect(text.slice(seg.heading!.start, seg.heading!.end)).toContain('#2025-151');
    expect(extractIncidents({ text })[0]!.published).toBe('2025-04-18');
  });

  it('splits a notice reporting several cases (事案1, 事案2) and keeps its title for their issuer and date', () => {
    const text = `個人情報の取り扱いに関する事案について(2件)\n2025.05.30\n${BODY}\n事案1 業務用ノートパソコンの紛失\n${BODY}\n事案2 見積書のメール誤送信\n${BODY}`;
    const segs = segmentPage(text);
    expect(segs).toHaveLength(2);
    expect(segs.every((s) => s.notice && text.slice(s.notice.start, s.notice.end) === '個人情報の取り扱いに関する事案について(2件)')).toBe(true);
  });

  it('splits a ranking (第N位, 番外編) and ends its last item at a closing section (まとめ)', () => {
    const text = `第1位 株式会社A――不正ログインで会員情報が流出\n${BODY}\n第2位 B病院――ランサムウェア感染で患者情報が流出\n${BODY}\nまとめ\n11月は合計約25万人分が影響を受けました。`;
    const segs = segmentPage(text);
    expect(segs).toHaveLength(2);
    expect(text.slice(segs[1]!.start, segs[1]!.end)).not.toContain('まとめ');
  });

  it("splits a digest at numbered headlines ((1) …流出か) but never a notice at its own section heads", () => {
    const digest = `(1) 委託先への不正アクセスで家電量販店の顧客情報8万件超が流出か\n${BODY}\n(2) 小学校教諭のノートパソコンが車上荒らしで盗難\n${BODY}`;
    expect(segmentPage(digest)).toHaveLength(2);
    const notice = `不正アクセスに関するお詫び\n${BODY}\n(1)個人情報漏えいの可能性があるお客様の範囲\n${BODY}\n(2)クレジットカード情報漏えいの可能性があるお客様\n${BODY}`;
    expect(segmentPage(notice)).toHaveLength(1);
  });

  it('splits a dated blog (a date alone over each title) and curated headlines over 出典: lines', () => {
    const blog = `2024.09.30\nA社、予約サイトにSQLインジェクション 会員情報が流出\n${BODY}\n2024.09.24\nB市の職員、住民情報を私的に閲覧して懲戒処分\n${BODY}`;
    expect(headings(blog)).toEqual(['A社、予約サイトにSQLインジェクション 会員情報'.slice(0, 24), 'B市の職員、住民情報を私的に閲覧して懲戒処分'.slice(0, 24)]);
    const curated = `給食のアレルギー情報を保護者全員にメール誤送信\n出典:みなと日報(2025年4月8日)\n${BODY}\n患者情報を名簿業者に売却か 元職員を逮捕\n出典:東邦新聞(2025年4月9日)\n${BODY}`;
    expect(segmentPage(curated)).toHaveLength(2);
  });

  it('splits a roundup at numbered headlines with a dot (1. …、…), its table of contents aside, never a notice at 2.漏えいした情報', () => {
    const toc = '1. 青葉台学院高校、進路希望調査の集計ファイルが閲覧可能に\n2. 海鳴総合病院にランサムウェア攻撃、患者の情報流出の可能性';
    const text = `${toc}\n\n${toc.split('\n')[0]}\n${BODY}\n${toc.split('\n')[1]}\n${BODY}`;
    expect(segmentPage(text)).toHaveLength(2);
    const notice = `不正アクセスに関するお詫び\n${BODY}\n1.経緯と原因について\n${BODY}\n2.漏えいした可能性のある個人情報\n${BODY}`;
    expect(segmentPage(notice)).toHaveLength(1);
  });
});
