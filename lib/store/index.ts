// The library store: records, the IndexedDB database (owned by the background script), search,
// export/import and the APPI view. Import from here rather than from the individual modules.
export { appiView, addDays, APPI_LABELS, type AppiTrigger, type AppiView } from './appi';
export { DEFAULT_LIBRARY_NAME, Library, openLibrary, openLibraryReader } from './db';
export { findLikelyDuplicates, rankDuplicates, scoreDuplicate, type DuplicateCandidate } from './duplicates';
export { isErrorNamed, StoreError, toStoreError, type StoreErrorCode } from './errors';
export { CSV_COLUMNS, toCsv, toJson, toVeris, type LibraryExport } from './export';
export type { VerisIncident } from './veris';
export { checkImportSize, importRecords, MAX_IMPORT_BYTES, parseImport, type ImportResult, type ParseResult } from './import';
export { combineRecords, mergeRecords, type MergeResult } from './merge';
export { foldText, normalizeOrg, normalizeQuote, normalizeUrl } from './normalize';
export { count, get, getAll, MAX_PAGE, mostRecent, readPage, remove, restore, update } from './operations';
export {
  applyEdit,
  EDITABLE_FIELDS,
  mergeReextraction,
  RECORD_SCHEMA_VERSION,
  recordFromIncident,
  type EditableField,
  type IncidentRecord,
  type RecordPatch,
  type StoredCount,
} from './record';
export { saveIncident, type SaveResult } from './save';
export { DB_VERSION } from './schema';
export { buildSearchIndex, filterRecords, isRecentQuery, sortIndex, type SearchIndex, type SearchQuery, type SortKey, type SortOrder } from './search';
export { QUOTE_CONTEXT, isPageUrl, sourceFromPage, type PageMeta, type Source, type TextPosition, type TextQuote } from './source';
