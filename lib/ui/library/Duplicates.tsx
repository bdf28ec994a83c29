// Likely duplicates of one incident (findDuplicates), each with a merge into this one; merging
// keeps every source of every record (the background's mergeRecords).
import { useEffect, useState } from 'preact/hooks';
import type { BackgroundProtocol } from '../../messaging/protocol';
import type { IncidentRecord } from '../../store';
import { errorText } from '../api';
import { useUi } from '../context';
import { formatTotal, hostnameOf, isApproxTotal } from '../format';

type Candidate = BackgroundProtocol['findDuplicates']['res']['candidates'][number];

export function Duplicates(props: { record: IncidentRecord; onMerge: (otherIds: string[]) => Promise<boolean> }) {
  const { api, t, lang } = useUi();
  const { record } = props;
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    setCandidates(null);
    setError(null);
    api.findDuplicates({ id: record.id }).then(
      (res) => live && setCandidates(res.candidates),
      (e) => live && setError(errorText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [api, t, record.id, round]);

  const merge = async (ids: string[]) => {
    setBusy(true);
    const ok = await props.onMerge(ids);
    setBusy(false);
    if (ok) setRound((n) => n + 1);
  };

  return (
    <section class="duplicates" aria-labelledby="dup-title" aria-busy={candidates === null && !error}>
      <h3 id="dup-title">{t('duplicates_title')}</h3>
      {error && <p class="error-text">{error}</p>}
      {!error && candidates === null && <p class="muted">{t('loading')}</p>}
      {candidates?.length === 0 && <p class="muted">{t('duplicates_none')}</p>}
      {candidates && candidates.length > 0 && (
        <>
          <ul class="dup-list">
            {candidates.map((c) => (
              <li key={c.record.id}>
                <div>
                  <strong>{c.record.org ?? t('org_unknown')}</strong>{' '}
                  <span class="muted">
                    {[
                      c.record.published ?? '—',
                      formatTotal(c.record.total_affected, isApproxTotal(c.record.counts, c.record.total_affected), lang),
                      c.record.sources[0] ? hostnameOf(c.record.sources[0].url) : '',
                      t('duplicate_score', Math.round(c.score * 100)),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </div>
                <div class="muted small" lang="en">
                  {c.reason}
                </div>
                <button type="button" class="small" disabled={busy} onClick={() => merge([c.record.id])}>
                  {t('merge_into_this')}
                </button>
              </li>
            ))}
          </ul>
          {candidates.length > 1 && (
            <button type="button" disabled={busy} onClick={() => merge(candidates.map((c) => c.record.id))}>
              {t('merge_all', candidates.length)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
