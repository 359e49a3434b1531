/**
 * Stops the service on SIGTERM/SIGINT, and also when the supervisor that started it (the platform's
 * start command, through an IPC channel) goes away for whatever reason: no orphaned services.
 */
export function stopOn(stop: () => Promise<void>): void {
  let stopping = false;
  const once = () => {
    if (stopping) return;
    stopping = true;
    void stop()
      .catch((err) => console.error('fel vid avstängning', err))
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', once);
  process.once('SIGINT', once);
  if (process.send) process.once('disconnect', once);
}
