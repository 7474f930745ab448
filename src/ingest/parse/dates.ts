/**
 * Feed dates as publishers actually write them: RFC 822/1123 with its usual mistakes,
 * ISO 8601 / RFC 3339, and plain Unix timestamps. Anything else is null, never a guess.
 */

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Named zones, in minutes east of UTC. */
const zoneOffsets: Record<string, number> = {
  GMT: 0, UT: 0, UTC: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600,
  CET: 60, CEST: 120, MET: 60, MEST: 120, BST: 60, WEST: 60, EET: 120, EEST: 180, MSK: 180, JST: 540,
};

const isoPattern =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?$/i;

// [weekday[,]] day month year [time] [zone] [anything]
const rfcPattern =
  /^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s\-/]*([A-Za-z]{3,9})\.?,?[\s\-/]*(\d{2,4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:([AaPp])\.?[Mm]\.?)?)?\s*([A-Za-z]{1,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{1,2}(?::?\d{2})?)?(.*)$/;

// [weekday] month day[,] year [time] [zone] — the order JavaScript's Date#toString and some US sites use.
const monthFirstPattern =
  /^(?:[A-Za-z]+\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:([AaPp])\.?[Mm]\.?)?)?\s*([A-Za-z]{1,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{1,2}(?::?\d{2})?)?(.*)$/;

export function parseFeedDate(text: string | null | undefined): Date | null {
  if (typeof text !== 'string') return null;
  const value = text.trim().replace(/\s+/g, ' ');
  if (value === '' || value.length > 100) return null;

  if (/^(?:\d{9,10}|\d{12,13})(?:\.\d+)?$/.test(value)) return fromTimestamp(value);

  const iso = isoPattern.exec(value);
  if (iso) {
    const offset = iso[8] ? zoneOffset(iso[8]) : 0;
    if (offset === null) return null;
    return build(+iso[1]!, +iso[2]!, +iso[3]!, iso[4] ? +iso[4] : 0, iso[5] ? +iso[5] : 0, iso[6] ? +iso[6] : 0, fraction(iso[7]), offset);
  }

  const rfc = rfcPattern.exec(value);
  if (rfc) return fromParts(rfc[2]!, rfc[1]!, rfc[3]!, rfc[4], rfc[5], rfc[6], rfc[7], rfc[8], rfc[9]!);
  const monthFirst = monthFirstPattern.exec(value);
  if (monthFirst) return fromParts(monthFirst[1]!, monthFirst[2]!, monthFirst[3]!, monthFirst[4], monthFirst[5], monthFirst[6], monthFirst[7], monthFirst[8], monthFirst[9]!);
  return null;
}

/**
 * The date to show for an item: its own, unless it has none or claims to be from the future
 * (a wrong clock or time zone at the publisher), in which case when the desk first saw it.
 */
export function clampToSeen(date: Date | null, firstSeen: Date): Date {
  if (date === null || Number.isNaN(date.getTime()) || date.getTime() > firstSeen.getTime()) return firstSeen;
  return date;
}

function fromTimestamp(value: string): Date | null {
  const number = Number(value);
  // Nine or ten digits are seconds (1973–2286); twelve or thirteen are milliseconds.
  const ms = value.split('.')[0]!.length >= 12 ? number : number * 1000;
  const date = new Date(Math.round(ms));
  return Number.isNaN(date.getTime()) ? null : date;
}

function fromParts(
  monthName: string, day: string, yearText: string,
  hour: string | undefined, minute: string | undefined, second: string | undefined,
  meridiem: string | undefined, zone: string | undefined, rest: string,
): Date | null {
  const month = monthNumber(monthName);
  if (month === null) return null;
  // Trailing junk is tolerated only after something that is clearly a date and time, and only
  // when it does not start with a digit (which would mean we misread the fields).
  if (/^\s*\d/.test(rest)) return null;
  let year = +yearText;
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yearText.length === 3) year += 1900;
  let h = hour ? +hour : 0;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  let offset = 0;
  if (zone) {
    const parsed = zoneOffset(zone);
    // An unknown zone name is junk: read the time as UTC rather than lose the date. An
    // impossible numeric offset is not junk but a broken date.
    if (parsed === null && /\d/.test(zone)) return null;
    offset = parsed ?? 0;
  }
  return build(year, month, +day, h, minute ? +minute : 0, second ? +second : 0, 0, offset);
}

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = monthNames.findIndex((full) => full.startsWith(lower.slice(0, 3)));
  if (index === -1) return null;
  const full = monthNames[index]!;
  // "Sep", "Sept", "September" are fine; "Septembre" or "Junk" are not.
  if (!(full.startsWith(lower) || (lower === 'sept' && index === 8))) return null;
  return index + 1;
}

/** Minutes east of UTC for "Z", "GMT", "PDT", "+0200", "-05:30", "GMT+2", "UTC+05:30"; null when unreadable. */
function zoneOffset(zone: string): number | null {
  const compact = zone.replace(/\s+/g, '').toUpperCase();
  const match = /^([A-Z]*)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(compact);
  if (!match) return null;
  const [, name = '', sign, hours, minutes] = match;
  let base = 0;
  if (name !== '') {
    const named = zoneOffsets[name];
    if (named !== undefined) base = named;
    // RFC 2822 §4.3: other single-letter military zones carry no reliable meaning; read as UTC.
    else if (name.length === 1 && name !== 'J') base = 0;
    else return null;
  }
  if (!sign) return name === '' ? null : base;
  const h = +hours!;
  const m = minutes ? +minutes : 0;
  if (h > 14 || m > 59) return null;
  const offset = h * 60 + m;
  return base + (sign === '-' ? -offset : offset);
}

function fraction(digits: string | undefined): number {
  return digits ? Math.round(Number(`0.${digits}`) * 1000) : 0;
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): Date | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms) - offsetMinutes * 60_000;
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) ? null : date;
}
