// The user's language override (settings.language): follow the browser, or force 日本語/English.
import { errorText } from '../api';
import { useUi } from '../context';
import { useLanguage } from '../language';
import type { Notify } from './ExportImport';

export function LanguageSelect(props: { notify: Notify }) {
  const { api, t } = useUi();
  const { language, setLanguage } = useLanguage();
  const change = async (value: 'auto' | 'ja' | 'en') => {
    try {
      const { settings } = await api.setSettings({ patch: { language: value } });
      setLanguage(settings.language);
    } catch (error) {
      props.notify.error(errorText(error, t));
    }
  };
  return (
    <label class="language">
      <span class="visually-hidden">{t('language')}</span>
      <select
        value={language}
        onChange={(e) => void change((e.currentTarget as HTMLSelectElement).value as 'auto' | 'ja' | 'en')}
      >
        <option value="auto">{t('language_auto')}</option>
        <option value="ja">日本語</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
