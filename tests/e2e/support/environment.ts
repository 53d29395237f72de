import { launchWithExtension, type ExtensionSession } from '../../../scripts/lib/chromium';
import { startServer, type StaticServer } from '../../../scripts/lib/server';

/** The static page server and a Chromium with the built extension, as every E2E file needs. */
export interface ExtensionEnvironment {
  server: StaticServer;
  session: ExtensionSession;
}

export async function openEnvironment(locale?: string): Promise<ExtensionEnvironment> {
  const server = await startServer();
  return { server, session: await launchWithExtension(locale) };
}

/** Closes what `openEnvironment` opened (parts may be missing if it failed half-way). */
export async function closeEnvironment(env: Partial<ExtensionEnvironment>): Promise<void> {
  await env.session?.close();
  await env.server?.close();
}
