// The popup's library box: the last 5 saved incidents, or, while the user types, the top matches
// of a library search (listRecords with a query and a limit). Each opens the library page on it.
import { useEffect, useState } from 'preact/hooks';
import type { IncidentRecord } from '../../store';
import { errorText } from '../api';
import { useUi } from '../context';
import { useDebounced } from '../hooks';
import { formatTotal, isApproxTotal } from '../format';

export const RECENT_COUNT = 5;
export const RESULT_COUNT = 5;
export const POPUP_SEARCH_DEBOUNCE_MS = 200;

export function LibrarySearch(props: { refresh: number; onError: (message: string) => void }) {
  const { api, host, t, lang } = useUi();
  const { onError } = props;
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), POPUP_SEARCH_DEBOUNCE_MS);
  const [list, setList] = useState<{ records: IncidentRecord[]; total: number } | null>(null);

  useEffect(() => {
    let live = true;
    const request = query
      ? api.listRecords({ query: { text: query, sort: 'savedAt', order: 'desc' }, limit: RESULT_COUNT })
      : api.listRecords({ query: { sort: 'savedAt', order: 'desc' }, limit: RECENT_COUNT });
    request.then(
      (res) => live && setList(res),
      (e) => live && onError(errorText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [api, t, query, props.refresh, onError]);

  return (
    <section class="panel" aria-labelledby="library-title">
      <h2 id="library-title">{query ? t('search_results', list?.total ?? 0) : t('recently_saved')}</h2>
      <label class="search-field">
        <span class="visually-hidden">{t('search_library')}</span>
        <input type="search" value={text} placeholder={t('search_library')} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {list && list.records.length === 0 && <p class="muted">{query ? t('no_matches') : t('library_empty')}</p>}
      {list && list.records.length > 0 && (
        <ul class="record-list">
          {list.records.map((r) => (
            <li key={r.id}>
              <button type="button" class="record-link" onClick={() => host.openLibrary(r.id)}>
                <span class="org">{r.org ?? t('org_unknown')}</span>
                <span class="muted">
                  {[r.published ?? '', formatTotal(r.total_affected, isApproxTotal(r.counts, r.total_affected), lang)]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
