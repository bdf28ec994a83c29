// What the UI needs from the browser besides messages: the active tab, opening pages, downloads.
// Components get a Host through context; browser-host.ts is the real one, tests pass a fake.

export interface ActiveTab {
  id: number;
  url: string;
}

export interface DownloadFile {
  filename: string;
  mime: string;
  content: string;
}

export interface Host {
  /** The tab the popup was opened on (null when there is none or the APIs are missing). */
  activeTab(): Promise<ActiveTab | null>;
  /** Open the library page in a new tab, optionally showing one record. */
  openLibrary(recordId?: string): void;
  /** Save a file through a Blob and an <a download>. */
  download(file: DownloadFile): void;
}

/** Hostname of a URL for web pages ('' for chrome://, file:, about: or unparsable URLs). */
export function webHostname(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}
