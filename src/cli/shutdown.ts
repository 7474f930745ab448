/** Closes once on SIGINT or SIGTERM (or when the returned function is called), then exits. */
export function onShutdown(close: () => Promise<void>): (why: string) => void {
  let closing = false;
  const shutdown = (why: string) => {
    if (closing) return;
    closing = true;
    console.log(`${why}, closing`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT received'));
  process.on('SIGTERM', () => shutdown('SIGTERM received'));
  return shutdown;
}
