// Breadcrumb navigation lines (「ホーム ＞ ニュースリリース ＞ 2024年」「北浦市トップページ > くらし・手続き >
// 介護保険」): page furniture, never a notice's title nor the name of the organisation.

/**
 * Two or more steps joined by >, ＞, », › or / between spaces, or a home step and one more. Must match
 * the lines above, 「ScanNetSecurity トップ ＞ インシデント・事故 ＞ 情報漏えい」 and 「ひかり台総合病院 ホーム ＞
 * お知らせ一覧」. Must not match a title with one arrow
 * (「旧システム > 新システムへ移行」) or a date (2024/10/17).
 */
const BREADCRUMB = /^[^>＞»›\n]{1,40}(?:[ \u3000]*[>＞»›][ \u3000]*[^>＞»›\n]{1,40}){2,}$|^[^/\n]{1,40}(?:[ \u3000]+\/[ \u3000]+[^/\n]{1,40}){2,}$|^(?:ホーム|トップ(?:ページ)?|TOP|Top|HOME|Home)[ \u3000]+\/[ \u3000]+\S|(?:ホーム|トップ(?:ページ)?|TOP|Top|HOME|Home)[ \u3000]*[>＞»›]/u;

/** Is the line a breadcrumb trail? */
export function isBreadcrumb(line: string): boolean {
  // Most lines hold no step mark at all: one quick look rules them out before the pattern runs.
  return STEP_MARK.test(line) && BREADCRUMB.test(line.trim());
}

/** The marks between steps: every breadcrumb holds one. */
const STEP_MARK = /[>＞»›/]/;
