// The people by id for My workbook's islands that name people (steps 5 and 6): one map per version
// of the list, built by the first island that asks.
import { indexById } from '../workbook/lookups';
import type { Contact } from '../workbook/model';

const byIdCache = new WeakMap<readonly Contact[], Map<string, Contact>>();

/** The people by id: one map per version of the list, shared by the islands that name people. */
export function peopleById(contacts: readonly Contact[]): Map<string, Contact> {
  let map = byIdCache.get(contacts);
  if (!map) {
    map = indexById(contacts);
    byIdCache.set(contacts, map);
  }
  return map;
}
