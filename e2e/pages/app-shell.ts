import path from 'node:path';
import type { Browser, BrowserContext, Route } from 'playwright-core';
import { launchBrowser } from '../browser.js';

/**
 * Stands in for a cached copy of the web app while the browser is offline. Mesa has no service
 * worker (on a venue's plain-http LAN address a browser will not register one), so a phone with
 * no network at all cannot load the page again by itself; this serves the page and its
 * hashed assets from the build folder, as a cache would, while the API and the WebSocket stay
 * cut off. Returns a function that removes the stand-in.
 */
export async function serveAppShellFromDisk(context: BrowserContext, baseUrl: string, webDir: string): Promise<() => Promise<void>> {
  const origin = new URL(baseUrl).origin;
  const matcher = (url: URL) => url.origin === origin && !url.pathname.startsWith('/api/') && url.pathname !== '/ws';
  const handler = async (route: Route) => {
    const { pathname } = new URL(route.request().url());
    const file = pathname.startsWith('/assets/') ? path.join(webDir, path.normalize(pathname)) : path.join(webDir, 'index.html');
    await route.fulfill({ path: file });
  };
  await context.route(matcher, handler);
  return () => context.unroute(matcher, handler);
}

/**
 * Chromium as e2e/browser.ts launches it, plus one flag the stand-in needs: a page fulfilled by
 * Playwright has no network address, so Chromium's Local Network Access checks take it for a
 * public site and block its WebSocket to the loopback server (net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS).
 * A page from a real cache keeps the address it was loaded from and is not affected.
 */
export function launchBrowserForAppShell(): Promise<Browser> {
  return launchBrowser(['--disable-features=LocalNetworkAccessChecks']);
}
