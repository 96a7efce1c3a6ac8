import os from 'node:os';

/**
 * The address other devices should use to reach Mesa, for the projector's QR code and join
 * text: PUBLIC_URL when set; else, when listening on all interfaces, the first LAN IPv4
 * address; else null (the browser then uses its own address). A projector opened on the
 * facilitator's laptop at "localhost" must still show phones an address they can reach.
 */
export function joinBaseUrl(publicUrl: string | null, host: string, port: number): string | null {
  if (publicUrl) return publicUrl;
  if (host !== '0.0.0.0' && host !== '::') return null;
  const lan = lanIPv4Addresses()[0];
  return lan ? `http://${lan}:${port}` : null;
}

export function lanIPv4Addresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a): a is os.NetworkInterfaceInfo => !!a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}
