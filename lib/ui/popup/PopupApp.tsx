// The toolbar popup (~380 px): what was found on this tab, switches, recent saves and a library
// search, and the way to the full library page.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, TabIncident } from '../../messaging/protocol';
import { errorText } from '../api';
import { useUi } from '../context';
import { webHostname, type ActiveTab } from '../host';
import { LibrarySearch } from './LibrarySearch';
import { SiteSwitches } from './SiteSwitches';
import { TabIncidents } from './TabIncidents';

export function PopupApp() {
  const { api, host, t } = useUi();
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [incidents, setIncidents] = useState<TabIncident[] | null>(null);
  /** The page's URL as its content script reported it (tab.url needs the "tabs" permission). */
  const [pageUrl, setPageUrl] = useState('');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [refresh, setRefresh] = useState(0);

  const loadTab = useCallback(
    async (current: ActiveTab) => {
      try {
        const res = await api.tabState({ tabId: current.id });
        setIncidents(res.incidents);
        setPageUrl(res.page?.url ?? '');
      } catch (e) {
        setIncidents([]);
        setError(errorText(e, t));
      }
    },
    [api, t],
  );

  useEffect(() => {
    host.activeTab().then(
      (current) => {
        setTab(current);
        if (current) void loadTab(current);
        else setIncidents([]);
      },
      (e) => {
        setTab(null);
        setIncidents([]);
        setError(errorText(e, t));
      },
    );
    api.getSettings({}).then(
      (res) => setSettings(res.settings),
      (e) => setError(errorText(e, t)),
    );
  }, [api, host, t, loadTab]);

  const changeSettings = async (patch: Partial<Settings>) => {
    try {
      const res = await api.setSettings({ patch });
      setSettings(res.settings);
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  const hostname = tab ? webHostname(tab.url || pageUrl) : '';
  return (
    <div class="popup">
      <header class="popup-head">
        <h1>leakmark</h1>
        <button type="button" class="link-button" onClick={() => host.openLibrary()}>
          {t('open_library')} ↗
        </button>
      </header>
      {error && (
        <div class="banner error" role="alert">
          {error}
        </div>
      )}
      <SiteSwitches settings={settings} hostname={hostname} onChange={(patch) => void changeSettings(patch)} />
      {settings?.paused && <p class="banner info">{t('paused_note')}</p>}
      {tab && incidents !== null ? (
        <TabIncidents
          tabId={tab.id}
          incidents={incidents}
          onStatus={setStatus}
          onSaved={(savedId, index, frameId) => {
            if (savedId && index !== null) {
              // An index is unique within its frame only.
              const same = (x: TabIncident) => x.index === index && (x.frameId ?? 0) === (frameId ?? 0);
              setIncidents((list) => list && list.map((x) => (same(x) ? { ...x, savedId } : x)));
            }
            void loadTab(tab);
            setRefresh((n) => n + 1);
          }}
        />
      ) : (
        tab === undefined && <p class="muted" role="status">{t('loading')}</p>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <LibrarySearch refresh={refresh} onError={setError} />
    </div>
  );
}
