// Incidents detected on the active tab: org, total, categories, cause and save state, each with a
// 保存/Save button until saved, and "save all on this page".
import { useState } from 'preact/hooks';
import type { TabIncident } from '../../messaging/protocol';
import { errorText } from '../api';
import { CategoryChips } from '../components/Chips';
import { useUi } from '../context';
import { formatTotal, isApproxTotal } from '../format';
import { causeLabel } from '../labels';

/** An incident's key in the list: its frame and its index there. */
function keyOf(index: number, frameId: number | undefined): string {
  return `${frameId ?? 0}:${index}`;
}

export function TabIncidents(props: {
  tabId: number;
  incidents: readonly TabIncident[];
  /** Called after a save so the parent refreshes the tab state and the recent list. */
  onSaved: (savedId: string | null, index: number | null, frameId?: number) => void;
  onStatus: (message: string) => void;
}) {
  const { api, t, lang } = useUi();
  // Incidents come from every frame of the tab: an index is only unique within its frame.
  const [busy, setBusy] = useState<string | 'all' | null>(null);
  const [errors, setErrors] = useState<ReadonlyMap<string | 'all', string>>(new Map());
  const shown = props.incidents.filter((x) => !x.dismissed);
  const unsaved = shown.filter((x) => x.savedId === null).length;

  const fail = (key: string | 'all', error: unknown) => setErrors((m) => new Map(m).set(key, errorText(error, t)));
  const clear = (key: string | 'all') => setErrors((m) => {
    const next = new Map(m);
    next.delete(key);
    return next;
  });

  const saveOne = async (index: number, frameId: number | undefined) => {
    const key = keyOf(index, frameId);
    setBusy(key);
    clear(key);
    try {
      const { record } = await api.saveOnTab(frameId === undefined ? { tabId: props.tabId, index } : { tabId: props.tabId, index, frameId });
      props.onStatus(t('saved_one', record.org ?? t('org_unknown')));
      props.onSaved(record.id, index, frameId);
    } catch (error) {
      fail(key, error);
    } finally {
      setBusy(null);
    }
  };
  const saveAll = async () => {
    setBusy('all');
    clear('all');
    try {
      const { saved } = await api.saveAllOnTab({ tabId: props.tabId });
      props.onStatus(t('saved_n', saved));
      props.onSaved(null, null);
    } catch (error) {
      fail('all', error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="panel" aria-labelledby="tab-title">
      <div class="panel-head">
        <h2 id="tab-title">{t('on_this_page', shown.length)}</h2>
        {shown.length > 0 && (
          <button type="button" class="primary small" disabled={!unsaved || busy !== null} onClick={() => void saveAll()}>
            {busy === 'all' ? t('saving') : t('save_all')}
          </button>
        )}
      </div>
      {errors.get('all') && (
        <p class="error-text" role="alert">
          {errors.get('all')}
        </p>
      )}
      {shown.length === 0 ? (
        <p class="muted">{t('nothing_detected')}</p>
      ) : (
        <ul class="incident-list">
          {shown.map(({ index, incident, savedId, frameId }) => {
            const key = keyOf(index, frameId);
            const approx = isApproxTotal(incident.counts, incident.total_affected);
            const org = incident.org ?? t('org_unknown');
            return (
              <li class="incident" key={key}>
                <div class="incident-main">
                  <strong class="org">{org}</strong>
                  <span class="total" title={t('col_total')}>
                    {formatTotal(incident.total_affected, approx, lang)}
                  </span>
                </div>
                <CategoryChips categories={incident.categories} max={4} />
                <div class="incident-foot">
                  <span class="cause">{causeLabel(incident.cause, t)}</span>
                  {!incident.is_breach && <span class="chip chip-warn">{t('not_a_breach')}</span>}
                  {savedId !== null ? (
                    <span class="saved" aria-label={t('saved_state_of', org)}>
                      ✓ {t('saved')}
                    </span>
                  ) : (
                    <button
                      type="button"
                      class="small"
                      disabled={busy !== null}
                      aria-label={t('save_incident_of', org)}
                      onClick={() => void saveOne(index, frameId)}
                    >
                      {busy === key ? t('saving') : t('save')}
                    </button>
                  )}
                </div>
                {errors.get(key) && (
                  <p class="error-text" role="alert">
                    {errors.get(key)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
