// Keyboard shortcut (manifest `commands`): Alt+Shift+S saves every breach incident on the current tab,
// through the tab's content script (it holds the page text the saved sources quote).
import type { SendToTab } from './handlers';

export const SAVE_ALL_COMMAND = 'save-all';

export interface CommandDeps {
  sendToTab: SendToTab;
  /** The active tab of the focused window, when the browser did not pass the tab. */
  activeTabId: () => Promise<number | undefined>;
}

export async function runCommand(deps: CommandDeps, command: string, tab?: { id?: number }): Promise<number> {
  if (command !== SAVE_ALL_COMMAND) return 0;
  const tabId = tab?.id ?? (await deps.activeTabId());
  if (tabId === undefined) return 0;
  const { saved } = await deps.sendToTab(tabId, 'saveAll', {});
  return saved;
}
