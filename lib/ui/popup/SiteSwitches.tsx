// The global pause and "off on this site" switches (settings owned by the background).
import type { Settings } from '../../messaging/protocol';
import { Switch } from '../components/Switch';
import { useUi } from '../context';

export function SiteSwitches(props: {
  settings: Settings | null;
  hostname: string;
  onChange: (patch: Partial<Settings>) => void;
}) {
  const { t } = useUi();
  const s = props.settings;
  const offHere = Boolean(s && props.hostname && s.disabledSites.includes(props.hostname));
  return (
    <div class="switches" role="group" aria-label={t('switches')}>
      <Switch label={t('pause_all')} checked={s?.paused ?? false} disabled={!s} onChange={(paused) => props.onChange({ paused })} />
      <Switch
        label={props.hostname ? t('off_on_site', props.hostname) : t('off_on_site_none')}
        checked={offHere}
        disabled={!s || !props.hostname}
        onChange={(off) => {
          if (!s) return;
          const others = s.disabledSites.filter((h) => h !== props.hostname);
          props.onChange({ disabledSites: off ? [...others, props.hostname] : others });
        }}
      />
    </div>
  );
}
