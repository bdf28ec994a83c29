// The date each incident was announced: rows of short pages with the date the engine must (or must not) give.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/pipeline';

const article = (body: string, byline: string) =>
  `通販サイトに不正アクセス - 顧客情報流出の可能性\n\n${body}顧客の氏名、住所、電話番号が流出した可能性がある。\n\n${byline}\n`;

describe('published', () => {
  const rows: Array<[string, string, string | null]> = [
    [
      'a news byline in brackets with share buttons after it',
      article('同サイトを運営するハーベストリンクが6月5日に発表したもの。', '(Security NEXT - 2024/06/07 ) このエントリーをはてなブックマークに追加'),
      '2024-06-05',
    ],
    [
      'a sentence opening with the day it was announced',
      article('同大は8月6日に同サイトを停止し、個人情報保護委員会へ報告した。8月20日に発表を行い、対象者に謝罪した。', '(Security NEXT - 2024/08/22 )'),
      '2024-08-20',
    ],
    [
      'not the day of another act in a chain (停止し、…へ報告)',
      article('同大は8月6日に同サイトを停止し、個人情報保護委員会へ報告した。', '(Security NEXT - 2024/08/22 )'),
      '2024-08-22',
    ],
    [
      'not a later report\'s reference back to the first (公表いたしました、…につきまして)',
      article('同社は8月30日、2024年8月5日に公表いたしました、当社サーバーへの不正アクセスにつきまして続報を発表した。', '(Security NEXT - 2024/09/02 )'),
      '2024-08-30',
    ],
  ];
  it.each(rows)('%s', (_label, page, iso) => {
    expect(extractIncidents({ text: page })[0]?.published ?? null).toBe(iso);
  });
});
