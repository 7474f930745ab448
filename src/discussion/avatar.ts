/**
 * A 5×5 mirrored identicon drawn from an avatar key (hex). Pure: the same key always
 * gives the same picture, so the response can be cached for good.
 */
export function identiconSvg(key: string): string {
  const bytes = Buffer.from(key.padEnd(32, '0').slice(0, 32), 'hex');
  const hue = ((bytes[0]! << 8) | bytes[1]!) % 360;
  // Lightness 38% on the pale background keeps the shapes at a contrast above 3:1.
  const fill = `hsl(${hue} 55% 38%)`;
  const cells: string[] = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 3; col++) {
      // 15 cells from bytes 2–16 of a 16-byte key: the last one wraps round to byte 0.
      const bit = bytes[(2 + row * 3 + col) % 16]! & 1;
      if (!bit) continue;
      cells.push(cell(col, row));
      if (col < 2) cells.push(cell(4 - col, row));
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 70 70" width="70" height="70">` +
    `<rect width="70" height="70" fill="hsl(${hue} 40% 94%)"/>` +
    `<g fill="${fill}">${cells.join('')}</g></svg>`
  );
}

function cell(col: number, row: number): string {
  return `<rect x="${10 + col * 10}" y="${10 + row * 10}" width="10" height="10"/>`;
}

export const avatarKeyPattern = /^[0-9a-f]{32}$/;
