// The one error type the store throws, so callers (background messaging, UI) can switch on a code
// instead of parsing DOMException names.

export type StoreErrorCode =
  /** The browser's storage quota is exhausted; the write was rolled back. */
  | 'quota'
  /** No record with the given id. */
  | 'not_found'
  /** A value failed validation (bad edit, bad import). */
  | 'invalid'
  /** The database on disk was created by a newer leakmark. */
  | 'version'
  /** The database could not be opened or was closed and could not be reopened. */
  | 'unavailable'
  | 'unknown';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  override readonly cause: unknown;

  constructor(code: StoreErrorCode, message: string, cause?: unknown) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.cause = cause;
  }
}

export const QUOTA_MESSAGE =
  'The leakmark library is full: the browser refused to store more data (storage quota exceeded). ' +
  'This change was not saved and nothing already in the library was lost. ' +
  'Export the library, remove incidents you no longer need or free disk space, then try again.';

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return '';
}

/** True for a DOMException (or any error object) with the given name. */
export function isErrorNamed(error: unknown, name: string): boolean {
  return errorName(error) === name;
}

/** Map anything a store operation threw to a StoreError (StoreErrors pass through unchanged). */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = errorName(error);
  const detail = error instanceof Error || (error && typeof error === 'object' && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);
  switch (name) {
    case 'QuotaExceededError':
      return new StoreError('quota', QUOTA_MESSAGE, error);
    case 'VersionError':
      return new StoreError(
        'version',
        'The library was created by a newer version of leakmark; update the extension to open it.',
        error,
      );
    case 'InvalidStateError':
    case 'UnknownError':
      return new StoreError('unavailable', `The library database is not available: ${detail}`, error);
    case 'DataError':
    case 'DataCloneError':
    case 'ConstraintError':
      return new StoreError('invalid', `The library refused the data: ${detail}`, error);
    default:
      return new StoreError('unknown', `Library operation failed: ${detail}`, error);
  }
}
