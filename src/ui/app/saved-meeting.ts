/**
 * Recognising a saved meeting without loading the engine: the Start screen uses this to offer "Resume meeting",
 * and the session refuses what does not pass it.
 */

/** Thrown when a saved snapshot cannot be turned back into a meeting. */
export class RestoreError extends Error {}

/** Whether a stored value looks like an active meeting of this scenario (worth offering to resume). */
export function looksLikeSnapshot(value: unknown, scenarioId: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const snap = value as { status?: unknown; value?: unknown; context?: { scenario?: { id?: unknown }; transcript?: unknown } };
  return (
    snap.status === 'active' &&
    snap.value !== undefined &&
    snap.context?.scenario?.id === scenarioId &&
    Array.isArray(snap.context.transcript)
  );
}
