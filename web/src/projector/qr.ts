/**
 * An SVG QR code as a data: URI (the CSP allows data: images, not inline scripts).
 * `qrcode` is loaded on demand so participants' phones never download it.
 */
export async function qrDataUri(text: string): Promise<string> {
  const { toString: toSvg } = await import('qrcode');
  const svg = await toSvg(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#0b2545', light: '#ffffff' } });
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
