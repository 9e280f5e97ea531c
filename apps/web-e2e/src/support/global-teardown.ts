/** Stops the app the setup started (none when E2E_BASE_URL named a running one). */
export default async function globalTeardown(): Promise<void> {
  const child = globalThis.__E2E_SERVER__;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 10_000).unref();
  });
}
