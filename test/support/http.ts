/** A tiny cookie-keeping client over fetch, enough to act like one browser. */
export class Browserish {
  private readonly cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  async get(path: string): Promise<{ status: number; html: string; headers: Headers }> {
    const response = await fetch(this.baseUrl + path, { headers: this.cookieHeader(), redirect: 'manual' });
    this.keep(response);
    return { status: response.status, html: await response.text(), headers: response.headers };
  }

  async post(path: string, fields: Record<string, string>, extraHeaders: Record<string, string> = {}): Promise<{ status: number; html: string; location: string | null }> {
    const response = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...this.cookieHeader(), ...extraHeaders },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    this.keep(response);
    return { status: response.status, html: await response.text(), location: response.headers.get('location') };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Sets a cookie as if a response had (a returning reader's saved details, say). */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  private cookieHeader(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  }

  private keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The value of a hidden or text input in a rendered page. */
export function inputValue(html: string, name: string): string {
  const match = html.match(new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`)) ?? html.match(new RegExp(`<input[^>]*value="([^"]*)"[^>]*name="${name}"`));
  return match ? decodeEntities(match[1]!) : '';
}

export function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
