// The popup's component tree: the localized root around PopupApp. Tests render it with fakes.
import type { LibraryApi } from '../../lib/ui/api';
import type { Host } from '../../lib/ui/host';
import type { MessageSource } from '../../lib/ui/i18n';
import { LocalizedRoot } from '../../lib/ui/language';
import { PopupApp } from '../../lib/ui/popup/PopupApp';

export function App(props: { api: LibraryApi; host: Host; browserSource: MessageSource | null; navigatorLanguage?: string }) {
  return (
    <LocalizedRoot {...props}>
      <PopupApp />
    </LocalizedRoot>
  );
}
