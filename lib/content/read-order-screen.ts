// One reading of an order screen through an adapter, without watching it: the patient and the
// order rows as the session would see them now. Used to check an adapter against a screen (the
// adapter tests' cross matrix, a department trying its adapter on a saved page).
import type { ScreenAdapter } from '../adapters/adapter-schema.ts';
import type { ScreenSnapshot } from '../messaging/protocol.ts';
import { watchOrderGrid } from './order-row-watcher.ts';
import { readPatient } from './read-patient.ts';

export interface OrderScreenReading {
  patient: ScreenSnapshot['patient'];
  /** Whether any element matches the adapter's order container. */
  gridFound: boolean;
  /** Item names of the order rows, in document order. */
  items: string[];
}

export function readOrderScreen(win: Window, adapter: ScreenAdapter): OrderScreenReading {
  const doc = win.document;
  const watcher = watchOrderGrid(doc, adapter.orders, () => undefined);
  try {
    return {
      patient: readPatient(win, adapter),
      gridFound: doc.querySelector(adapter.orders.container) !== null,
      items: watcher.rows().map((row) => row.name),
    };
  } finally {
    watcher.disconnect();
  }
}

/** An adapter fits a screen when it finds order rows and at least one patient identifier there. */
export function adapterFitsScreen(reading: OrderScreenReading): boolean {
  return reading.items.length > 0 && Object.keys(reading.patient.ids).length > 0;
}
