// A screen nobody configured: when the generic detector is sure enough that a frame holds an order
// grid, its proposal runs as a provisional adapter. It never claims a patient: without an identifier
// it found on screen there are no ids, so no prior result is ever applied (the panel says why), and
// the background treats such screens as advice only (no forced choice, no blocking).
import type { ScreenAdapter } from '../adapters/adapter-schema.ts';
import { GENERIC_ADAPTER_ID } from '../adapters/generic-adapter-id.ts';
import type { GenericDetection } from './generic-detector.ts';
import { DETECTOR_TEXT } from '../ui-text.ts';

/** The detector's proposal, with how sure it is (told to the doctor with every warning). */
export type GenericScreenAdapter = ScreenAdapter & { detectionConfidence: number };

export function adapterFromDetection(detection: GenericDetection, url: string): GenericScreenAdapter | undefined {
  const grid = detection.orderGrid;
  if (!grid) return undefined;
  const first = detection.patient.sources[0];
  const sameFrame = first ? detection.patient.sources.filter((source) => JSON.stringify(source.frame) === JSON.stringify(first.frame)) : [];
  return {
    id: GENERIC_ADAPTER_ID,
    name: DETECTOR_TEXT.adapterName(grid.confidence),
    urlPatterns: [url],
    patient: { frame: first?.frame ?? 'self', ids: sameFrame.map(({ kind, source }) => ({ kind, source })) },
    orders: grid.orders,
    detectionConfidence: grid.confidence,
  };
}
