// Search box and filters of the library (category, cause, published range, breaches only, tag).
import { useUi } from '../context';
import { formatNumber } from '../format';
import { labelledCategories, labelledCauses } from '../labels';
import type { LoadProgress } from './useLibraryData';

export interface FilterState {
  text: string;
  category: string;
  cause: string;
  from: string;
  to: string;
  breachesOnly: boolean;
  tag: string;
}

export const NO_FILTERS: FilterState = { text: '', category: '', cause: '', from: '', to: '', breachesOnly: false, tag: '' };

export function Filters(props: {
  value: FilterState;
  onChange: (next: FilterState) => void;
  tags: readonly string[];
  shown: number;
  total: number;
  /** The library is still loading: how far it got. */
  loading?: LoadProgress | null;
}) {
  const { t, lang } = useUi();
  const v = props.value;
  const set = <K extends keyof FilterState>(key: K, value: FilterState[K]) => props.onChange({ ...v, [key]: value });
  const str = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const active = JSON.stringify(v) !== JSON.stringify(NO_FILTERS);
  return (
    <div role="search" class="filters" aria-label={t('filters')}>
      <label class="search-field">
        <span class="visually-hidden">{t('search')}</span>
        <input type="search" value={v.text} placeholder={t('search_placeholder')} onInput={(e) => set('text', str(e))} />
      </label>
      <KeySelect label={t('col_categories')} any={t('any')} value={v.category} options={labelledCategories(t)} onChange={(x) => set('category', x)} />
      <KeySelect label={t('col_cause')} any={t('any')} value={v.cause} options={labelledCauses(t)} onChange={(x) => set('cause', x)} />
      <label>
        <span>{t('published_from')}</span>
        <input type="date" value={v.from} onInput={(e) => set('from', str(e))} />
      </label>
      <label>
        <span>{t('published_to')}</span>
        <input type="date" value={v.to} onInput={(e) => set('to', str(e))} />
      </label>
      <label>
        <span>{t('col_tags')}</span>
        <select value={v.tag} onChange={(e) => set('tag', str(e))} disabled={!props.tags.length && !v.tag}>
          <option value="">{t('any')}</option>
          {props.tags.map((tag) => (
            <option value={tag} key={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" checked={v.breachesOnly} onChange={(e) => set('breachesOnly', (e.currentTarget as HTMLInputElement).checked)} />
        {t('breaches_only')}
      </label>
      {active && (
        <button type="button" class="link-button" onClick={() => props.onChange(NO_FILTERS)}>
          {t('clear_filters')}
        </button>
      )}
      <span class="result-count" role="status">
        {props.loading?.total === null
          ? t('loading')
          : t('shown_of_total', formatNumber(props.shown, lang), formatNumber(props.total, lang))}
        {props.loading && props.loading.total !== null && (
          <span class="load-progress">
            {' · '}
            {t('loading')} {formatNumber(props.loading.loaded, lang)}/{formatNumber(props.loading.total, lang)}
          </span>
        )}
      </span>
    </div>
  );
}

/** A labelled select over vocabulary keys, with an "any" first option. */
function KeySelect(props: {
  label: string;
  any: string;
  value: string;
  options: ReadonlyArray<{ key: string; label: string }>;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{props.any}</option>
        {props.options.map((c) => (
          <option value={c.key} key={c.key}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
