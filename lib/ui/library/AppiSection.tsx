// APPI (個人情報保護法) view of one incident: which mandatory-report triggers apply and why, and,
// once the discovery date is known, the 速報 window (3–5 days) and the 確報 due date (30 days,
// 60 when 不正の目的 applies), from appiView in the store.
import type { ComponentChildren } from 'preact';
import { appiView, type IncidentRecord } from '../../store';
import type { PpcTrigger } from '../../types';
import { CATEGORIES, UNLAWFUL_PURPOSE_CAUSES } from '../../vocabulary';
import { useUi } from '../context';
import { formatNumber, todayIso } from '../format';
import type { Lang, T } from '../i18n';
import { categoryLabel, causeLabel } from '../labels';

/** Why a trigger applies, in the UI language. */
export function triggerReason(record: IncidentRecord, trigger: PpcTrigger, t: T, lang: Lang): string {
  if (record.corrected.ppc_triggers) return t('appi_reason_user');
  if (trigger === 'sensitive' || trigger === 'financial_harm') {
    const cats = record.categories.filter((c) => CATEGORIES[c]?.ppc_trigger === trigger);
    if (cats.length) return t('appi_reason_categories', cats.map((c) => categoryLabel(c, t)).join(', '));
  } else if (trigger === 'unlawful_purpose') {
    if (record.cause && UNLAWFUL_PURPOSE_CAUSES.has(record.cause)) return t('appi_reason_cause', causeLabel(record.cause, t));
  } else if (record.total_affected !== null && record.total_affected > 1000) {
    return t('appi_reason_total', formatNumber(record.total_affected, lang));
  }
  return t('appi_reason_engine');
}

export function AppiSection(props: { record: IncidentRecord; today?: string; discoveredEditor: ComponentChildren }) {
  const { t, lang } = useUi();
  const { record } = props;
  const view = appiView(record);
  const today = props.today ?? todayIso();
  const overdue = (date: string) => (today > date ? <strong class="overdue"> {t('appi_overdue')}</strong> : null);
  return (
    <section class="appi" aria-labelledby="appi-title">
      <h3 id="appi-title">{t('appi_title')}</h3>
      {!view.reportable && <p class="muted">{t('appi_not_reportable')}</p>}
      {view.reportable && (
        <>
          <p>{t('appi_reportable')}</p>
          <ul class="appi-triggers">
            {view.triggers.map((x) => (
              <li key={x.trigger}>
                <strong>{t(`appi_trigger_${x.trigger}`)}</strong>
                <span class="muted"> — {triggerReason(record, x.trigger, t, lang)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="appi-discovered">{props.discoveredEditor}</div>
      {view.reportable && view.preliminary && view.final && (
        <dl class="appi-deadlines">
          <dt>{t('appi_preliminary')}</dt>
          <dd>
            {t('appi_preliminary_window', view.preliminary.from, view.preliminary.to)}
            {overdue(view.preliminary.to)}
          </dd>
          <dt>{t('appi_final')}</dt>
          <dd>
            {t('appi_final_due', view.final.due, view.final.days)}
            {overdue(view.final.due)}
          </dd>
        </dl>
      )}
      {view.reportable && !view.preliminary && <p class="muted">{t('appi_need_discovered')}</p>}
    </section>
  );
}
