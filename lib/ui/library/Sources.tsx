// What the detail panel shows of a record's provenance: the counts read in the notice, and every
// source with its quote (context dimmed) and a link that scrolls to the quote (text fragment).
import type { IncidentRecord } from '../../store';
import { useUi } from '../context';
import { formatDateTime, hostnameOf, sourceHref } from '../format';

/** Characters of a quote shown (the link goes to the whole of it). */
const QUOTE_SHOWN = 280;

export function Counts(props: { record: IncidentRecord }) {
  const { t } = useUi();
  const counts = props.record.counts;
  if (!counts.length) return null;
  return (
    <section aria-labelledby="counts-title">
      <h3 id="counts-title">{t('counts_title')}</h3>
      <ul class="counts">
        {counts.map((c, i) => (
          <li key={i} class={c.victim ? undefined : 'muted'}>
            {c.text}
            {c.total && <span class="chip">{t('count_total')}</span>}
            {c.numeric_approx && <span class="chip">{t('count_approx')}</span>}
            {c.hedged && <span class="chip">{t('count_hedged')}</span>}
            {!c.victim && <span class="chip">{t('count_not_victims')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Sources(props: { record: IncidentRecord }) {
  const { t } = useUi();
  const { sources } = props.record;
  return (
    <section aria-labelledby="sources-title">
      <h3 id="sources-title">{t('sources_title', sources.length)}</h3>
      <ol class="sources">
        {sources.map((s, i) => {
          const exact = s.quote.exact.length > QUOTE_SHOWN ? `${s.quote.exact.slice(0, QUOTE_SHOWN)}…` : s.quote.exact;
          const href = sourceHref(s.url, s.quote.exact);
          return (
            <li key={`${s.url}-${i}`}>
              <strong class="source-title">{s.title || s.url}</strong>
              <div class="muted small">
                {hostnameOf(s.url)} · {t('saved_on', formatDateTime(s.savedAt))}
              </div>
              <blockquote class="quote">
                {s.quote.prefix && <span class="muted">…{s.quote.prefix}</span>}
                <mark>{exact}</mark>
                {s.quote.suffix && <span class="muted">{s.quote.suffix}…</span>}
              </blockquote>
              {href === null ? (
                <span class="small muted">{s.url}</span>
              ) : (
                <a class="small" href={href} target="_blank" rel="noopener noreferrer">
                  {t('open_source_page')} ↗
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
