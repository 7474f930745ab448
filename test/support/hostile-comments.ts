/*
 * Comment bodies made to stall a naive spam check or Markdown renderer: long runs of digits and
 * separators, repeated words, deeply nested Markdown, long addresses, mixed scripts, emoji and
 * whitespace. Shared by the linear-work tests and bench/comment-stall.ts.
 */

/** `unit` repeated to exactly `length` characters (cut inside the last repetition). */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Each hostile body as a function of its length, so the same shape can be measured at two sizes. */
export const hostileBodies: Record<string, (length: number) => string> = {
  'digit run': (n) => repeatTo('1', n),
  'zero run': (n) => repeatTo('0', n),
  '1,1,1,': (n) => repeatTo('1,', n),
  '1.1.1.': (n) => repeatTo('1.', n),
  '$1,1,1,': (n) => `$${repeatTo('1,', n - 1)}`,
  '1-1-1-': (n) => repeatTo('1-', n),
  '1 1 1 ': (n) => repeatTo('1 ', n),
  '1% 1%': (n) => repeatTo('1%', n),
  '+1 (1) 1': (n) => repeatTo('+1 (1) 1 ', n),
  'a.a.a.': (n) => repeatTo('a.', n),
  'a-a-a-': (n) => repeatTo('a-', n),
  "a'a'a'": (n) => repeatTo("a'", n),
  'one long word': (n) => repeatTo('a', n),
  'repeated words': (n) => repeatTo('buy cheap now ', n),
  'repeated capitalised names': (n) => repeatTo('I am Mr Ab Cd ', n),
  'i put in 1': (n) => repeatTo('i put in 1', n),
  '@a.a.': (n) => repeatTo('@a.', n),
  'a@a-a-': (n) => repeatTo('a@a-', n),
  'search "': (n) => repeatTo('search "', n),
  'nested quotes >>>>': (n) => repeatTo('>', n),
  'nested quotes > > >': (n) => repeatTo('> ', n),
  'nested lists': (n) => repeatTo('> - ', n),
  'brackets [[[[': (n) => repeatTo('[', n),
  'parentheses ((((': (n) => repeatTo('(', n),
  'emphasis *_*_': (n) => repeatTo('*_', n),
  'stars ****': (n) => repeatTo('*', n),
  'backticks ````': (n) => repeatTo('`', n),
  'Markdown links': (n) => repeatTo('[a](b)', n),
  'one long URL': (n) => `https://example.com/${repeatTo('a', n - 20)}`,
  'many URLs': (n) => repeatTo('http://a.com/ ', n),
  'www.www.': (n) => repeatTo('www.', n),
  'typed HTML links': (n) => repeatTo('<a href=', n),
  'entities &#': (n) => repeatTo('&#', n),
  'mixed scripts': (n) => repeatTo('aб中ا1 ', n),
  emoji: (n) => repeatTo('😀', n),
  'whitespace runs': (n) => repeatTo(' \n', n),
  'spaces then text': (n) => `${repeatTo(' ', n - 10)}daily of 1`,
};
