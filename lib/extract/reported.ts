// How many facts of each kind an incident lists. A hostile page (「紛失」 a million times) would otherwise give one incident
// millions of mentions, each a highlight to send to the page and to paint, and part of a record to store.

/**
 * The most counts, data mentions and cause mentions an incident lists of each, in page order. The fixtures' largest are 50,
 * 35 and 18. An incident's figures are still computed from all of them (total_affected from every count, the categories and
 * the cause from every mention).
 */
export const MAX_REPORTED = 200;

/** The first MAX_REPORTED of `items` (the same array when there are no more). */
export function reported<T>(items: T[]): T[] {
  return items.length > MAX_REPORTED ? items.slice(0, MAX_REPORTED) : items;
}
