import { describe, expect, it } from 'vitest';
import { isBreadcrumb } from '../../../lib/text/breadcrumb';

describe('isBreadcrumb', () => {
  it.each([
    'ホーム ＞ ニュースリリース ＞ 2024年',
    '北浦市トップページ > くらし・手続き > 介護保険 > お知らせ',
    'ScanNetSecurity トップ ＞ インシデント・事故 ＞ 情報漏えい',
    'ひかり台総合病院　ホーム ＞ お知らせ一覧',
    'TOP > お知らせ',
    'ニュース / 2024年 / 個人情報の取扱いについて',
    'HOME / NEWS / 弊社が運営する「ミナト珈琲 オンラインストア」への不正アクセスによる個人情報漏えいに関するお詫びとお知らせ',
  ])('is a breadcrumb: %s', (line) => expect(isBreadcrumb(line)).toBe(true));
  it.each([
    '旧システム > 新システムへの移行に伴う個人情報の漏えいについて',
    '2024/10/17',
    'HOME/OFFICE兼用ルーターの脆弱性について',
    '個人情報漏えいに関するお詫び | 株式会社サンプル',
    '株式会社トラベルウィング 予約システムへの不正アクセスについて 2024/10/2',
  ])('is not: %s', (line) => expect(isBreadcrumb(line)).toBe(false));
});
