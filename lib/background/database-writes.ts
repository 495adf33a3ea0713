// Tells the background whenever the database's content may have changed, for what it keeps in memory
// (lib/background/read-cache.ts): every write any context of the extension commits — this worker's
// own and another page's (an import in the options page) — and the connection closing (the database
// deleted, or upgraded by another connection).
import Dexie from 'dexie';
import type { HrDatabase } from '../store/hr-database.ts';

export function watchWrites(db: HrDatabase, onWrite: () => void): void {
  // Dexie fires this in the writing context as the transaction commits, before the write's promise
  // resolves (so a decision just recorded is read back by the re-evaluation it triggers), and posts
  // it to the origin's other contexts (BroadcastChannel).
  Dexie.on('storagemutated', () => onWrite());
  db.on('close', () => onWrite());
}
