// The library page's component tree: the localized root around LibraryApp. Tests render it with fakes.
import type { LibraryApi } from '../../lib/ui/api';
import type { Host } from '../../lib/ui/host';
import type { MessageSource } from '../../lib/ui/i18n';
import { LocalizedRoot } from '../../lib/ui/language';
import { LibraryApp } from '../../lib/ui/library/LibraryApp';

export function App(props: {
  api: LibraryApi;
  host: Host;
  browserSource: MessageSource | null;
  navigatorLanguage?: string;
  initialId?: string | null;
}) {
  return (
    <LocalizedRoot {...props}>
      <LibraryApp initialId={props.initialId} />
    </LocalizedRoot>
  );
}
