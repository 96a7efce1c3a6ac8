import { describe, expect, it } from 'vitest';
import { joinBaseUrl, lanIPv4Addresses } from './join-base.js';

describe('joinBaseUrl', () => {
  it('prefers PUBLIC_URL, then a LAN address when listening everywhere, else nothing', () => {
    expect(joinBaseUrl('https://mesa.example.org', '0.0.0.0', 8080)).toBe('https://mesa.example.org');
    expect(joinBaseUrl(null, '127.0.0.1', 8080)).toBeNull();
    const lan = lanIPv4Addresses()[0];
    expect(joinBaseUrl(null, '0.0.0.0', 8080)).toBe(lan ? `http://${lan}:8080` : null);
  });
});
