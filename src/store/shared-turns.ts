/**
 * Wraps a check so that callers share its runs without ever sharing one that began before they
 * called: a caller arriving while a run is under way waits for the next run, which starts when
 * that one ends and serves every caller that arrived meanwhile. For checks of "everything
 * committed before I asked" (the page changes, a notification round trip), where one run per
 * burst of requests is as good as one per request.
 */
export function sharedTurns<T>(run: () => Promise<T>): () => Promise<T> {
  let underWay: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const turn = (): Promise<T> => {
    if (!underWay) {
      const current = run().finally(() => {
        if (underWay === current) underWay = null;
      });
      underWay = current;
      return current;
    }
    queued ??= underWay.then(
      () => {
        queued = null;
        return turn();
      },
      () => {
        queued = null;
        return turn();
      },
    );
    return queued;
  };
  return turn;
}
