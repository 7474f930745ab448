import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes, MAX_INPUT_CHARS, type Quote } from '../../src/analysis/quotes/index.js';

/* Who said what (issue 12): each pattern on small examples written for these tests. */

const pairs = (quotes: readonly Quote[]) => quotes.map((q) => [q.text, q.speaker]);

describe('cue after the quote', () => {
  test('"…," Surname said. resolves to the full name given earlier', () => {
    const text = 'Harbour master Luis Ortega closed the port on Monday.\n"We will open the gates again at dawn," Ortega said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['We will open the gates again at dawn,', 'Luis Ortega']]);
  });

  test('"…," said Full Name, the … (verb first, with a comma phrase)', () => {
    const text = '"The budget will balance by the spring," said Mira Kolb, the council treasurer.';
    assert.deepEqual(pairs(extractQuotes(text)), [['The budget will balance by the spring,', 'Mira Kolb']]);
  });

  test('"…," said the role, Full Name: the name beside the role is the speaker', () => {
    const text = '"The tide tables were wrong by an hour," said the harbour pilot, Sven Aalto.';
    assert.deepEqual(pairs(extractQuotes(text)), [['The tide tables were wrong by an hour,', 'Sven Aalto']]);
  });

  test('"…," Full Name, the …, said.', () => {
    const text = '"Nobody will lose a pension," Mira Kolb, the council treasurer, said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['Nobody will lose a pension,', 'Mira Kolb']]);
  });

  test('a second quoted sentence right after the cue sentence keeps the speaker', () => {
    const text = 'Mira Kolb chairs the board.\n"We were late," Kolb said on Friday. "We will not be late again."';
    assert.deepEqual(pairs(extractQuotes(text)), [['We were late,', 'Mira Kolb'], ['We will not be late again.', 'Mira Kolb']]);
  });

  test('a sentence that starts after a quote ending in a period is not its cue', () => {
    const text = 'Mira Kolb and Sven Aalto met. A banner read "Open the harbour to everyone now." Kolb said the banner was fair.';
    assert.deepEqual(pairs(extractQuotes(text)), [['Open the harbour to everyone now.', null]]);
  });
});

describe('cue before the quote', () => {
  test('Surname told reporters: "…"', () => {
    const text = 'Mayor Irena Sobol spoke after the vote.\nSobol told reporters: "The bridge will carry buses by June."';
    assert.deepEqual(pairs(extractQuotes(text)), [['The bridge will carry buses by June.', 'Irena Sobol']]);
  });

  test('Surname described that "…"', () => {
    const text = 'Engineer Tomas Rieck inspected the dam. Rieck described that "the cracks are old and they are not growing."';
    assert.deepEqual(pairs(extractQuotes(text)), [['the cracks are old and they are not growing.', 'Tomas Rieck']]);
  });

  test('According to Surname, "…"', () => {
    const text = 'The survey was led by Anouk Verbeek.\nAccording to Verbeek, "one in three nests was empty this spring."';
    assert.deepEqual(pairs(extractQuotes(text)), [['one in three nests was empty this spring.', 'Anouk Verbeek']]);
  });
});

describe('one quote in several pieces', () => {
  test('"…," she said, "…" is one quote, whose offsets run from the first piece to the last', () => {
    const text = '"The road is closed," said Irena Sobol, "and it will stay closed until the spring thaw."';
    const quotes = extractQuotes(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.text, 'The road is closed, and it will stay closed until the spring thaw.');
    assert.equal(quotes[0]!.speaker, 'Irena Sobol');
    assert.equal(text.slice(quotes[0]!.start, quotes[0]!.end).startsWith('The road is closed,'), true);
    assert.equal(text.slice(quotes[0]!.start, quotes[0]!.end).endsWith('spring thaw.'), true);
  });

  test('a quote over several paragraphs: an open quote goes on where the next paragraph reopens', () => {
    const text = [
      'Fisherman Ewan Baird has worked the bay for forty years.',
      '“The herring left first. Then the mackerel.',
      '“Now even the gulls look hungry,” Baird said.',
    ].join('\n');
    const quotes = extractQuotes(text);
    assert.deepEqual(pairs(quotes), [['The herring left first. Then the mackerel. Now even the gulls look hungry,', 'Ewan Baird']]);
    assert.equal(quotes[0]!.paragraph, 1);
  });

  test('an open quote whose next paragraph does not reopen is dropped, not run on', () => {
    const text = 'Ewan Baird said "the herring left first.\nThe council met on Tuesday and said nothing about fish.';
    assert.deepEqual(extractQuotes(text), []);
  });
});

describe('quotation marks', () => {
  for (const [name, open, close] of [['straight', '"', '"'], ['curly', '“', '”'], ['guillemets', '«', '»']] as const) {
    test(`${name} marks`, () => {
      const text = `Ana Ferro runs the ferry. ${open}We sail whatever the weather,${close} Ferro said.`;
      assert.deepEqual(pairs(extractQuotes(text)), [['We sail whatever the weather,', 'Ana Ferro']]);
    });
  }

  test('the offsets of a one-piece quote cut its text out of the input', () => {
    const text = 'Ana Ferro runs the ferry.\n“We sail whatever the weather,” Ferro said.';
    const [quote] = extractQuotes(text);
    assert.equal(text.slice(quote!.start, quote!.end), quote!.text);
  });
});

describe('resolving the speaker', () => {
  test('a title and surname resolve to the full name', () => {
    const text = 'Dr. Hedda Lind leads the clinic.\n"We need two more nurses by winter," Dr. Lind said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['We need two more nurses by winter,', 'Hedda Lind']]);
  });

  test('"the minister said" resolves when exactly one earlier person is a minister', () => {
    const text = 'Finance Minister Jonas Brekke presented the budget.\n"There is no money for new roads this year," the minister said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['There is no money for new roads this year,', 'Jonas Brekke']]);
  });

  test('"the minister said" with two ministers named earlier has no speaker', () => {
    const text = 'Finance Minister Jonas Brekke met Health Minister Oda Strand.\n"There is no money for new clinics this year," the minister said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['There is no money for new clinics this year,', null]]);
  });

  test('"the airline said" resolves to the one name set right after "the airline" earlier', () => {
    const text = 'The airline Brightwing cut its winter flights.\n"The route lost money for five winters," the airline said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['The route lost money for five winters,', 'Brightwing']]);
  });

  test('a surname two earlier people share has no speaker', () => {
    const text = 'Karin Holm and her brother Erik Holm run the mill.\n"We grind on Tuesdays only," Holm said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['We grind on Tuesdays only,', null]]);
  });

  test('a pronoun resolves when one person of its kind is in the recent paragraphs', () => {
    const text = 'Ms. Karin Holm and Erik Dahl run the mill.\n"We grind on Tuesdays only," she said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['We grind on Tuesdays only,', 'Karin Holm']]);
  });

  test('a pronoun with two people of the same kind in the recent paragraphs has no speaker', () => {
    const text = 'Ms. Karin Holm met Ms. Lotte Berg at the mill.\nThey talked for an hour.\n"We grind on Tuesdays only," she said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['We grind on Tuesdays only,', null]]);
  });

  test('a pronoun with nobody named nearby has no speaker', () => {
    const text = 'Ms. Karin Holm opened the mill in 1990.\nThe river rose.\nThe wheel broke.\nThe roof fell in.\n"We grind on Tuesdays only," she said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['We grind on Tuesdays only,', null]]);
  });

  test('an unnamed speaker ("a spokeswoman said") gives the quote and no speaker', () => {
    const text = 'Karin Holm owns the mill.\n"The mill will reopen in May," a spokeswoman for the mill said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['The mill will reopen in May,', null]]);
  });

  test('names known to an entity tagger resolve their aliases to the full name', () => {
    const quotes = extractQuotes('Chancellor Teo Vance spoke.\n"We will appeal the ruling," Vance said.', {
      knownNames: [{ name: 'Teodora Vance', aliases: ['Teo Vance', 'Vance'] }],
    });
    assert.deepEqual(pairs(quotes), [['We will appeal the ruling,', 'Teodora Vance']]);
    const untagged = extractQuotes('Chancellor Teo Vance spoke.\n"We will appeal the ruling," Vance said.');
    assert.deepEqual(pairs(untagged), [['We will appeal the ruling,', 'Teo Vance']]);
  });
});

describe('what is not a quotation', () => {
  test('scare quotes and short titles without a cue are not quotes', () => {
    const text = 'The so-called "reform" stalled. Her novel "Salt and Iron" sold well. The film "A Long Night in Varno" opens Friday.';
    assert.deepEqual(extractQuotes(text), []);
  });

  test('"called" names a thing when the quote follows it at once, and quotes a person when an object stands between', () => {
    const text = 'Irena Sobol leads a group called "Friends of the Old Harbour Wall" in Varno. Sobol called the plan "a slow way to lose the harbour."';
    assert.deepEqual(pairs(extractQuotes(text)), [['a slow way to lose the harbour.', 'Irena Sobol']]);
  });

  test('a short quote with a cue is a quote', () => {
    const text = 'Ana Ferro was asked whether the ferry would run. "No," Ferro said.';
    assert.deepEqual(pairs(extractQuotes(text)), [['No,', 'Ana Ferro']]);
  });

  test('a long quoted sentence without a cue is a quote without a speaker', () => {
    const text = 'A notice on the door read: "Closed until further notice, with our thanks to every customer."';
    assert.deepEqual(pairs(extractQuotes(text)), [['Closed until further notice, with our thanks to every customer.', null]]);
  });

  test('text with no marks, stray marks or only an opening mark gives nothing and does not throw', () => {
    for (const text of ['', 'No quotes here at all.', '"', '”', '"unclosed and never closed', '«»', '"" said nobody.']) {
      assert.deepEqual(extractQuotes(text), [], JSON.stringify(text));
    }
  });
});

test('input past MAX_INPUT_CHARS is not read', () => {
  const filler = 'x'.repeat(MAX_INPUT_CHARS);
  const text = `${filler}\nAna Ferro runs the ferry. "We sail whatever the weather," Ferro said.`;
  assert.deepEqual(extractQuotes(text), []);
  assert.equal(extractQuotes(text.slice(MAX_INPUT_CHARS)).length, 1);
});

test('on random mixtures of marks, names, cues and breaks, every quote lies inside the text and begins and ends where its offsets say', () => {
  const parts = ['"', '“', '”', '«', '»', ' ', '\n', ',', '.', ':', 'said', 'she', 'he', 'the minister', 'Ana Holm', 'Holm', 'Dr.', 'According to', 'we', 'will', 'go', "'s", '-'];
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  let quotesSeen = 0;
  for (let round = 0; round < 2000; round++) {
    let text = '';
    const length = 5 + Math.floor(random() * 60);
    for (let i = 0; i < length; i++) text += parts[Math.floor(random() * parts.length)]! + (random() < 0.5 ? ' ' : '');
    for (const quote of extractQuotes(text)) {
      quotesSeen++;
      assert.ok(quote.start >= 0 && quote.start < quote.end && quote.end <= text.length, JSON.stringify({ text, quote }));
      // One piece or several: the quote's text begins where it starts and ends where it ends.
      const edge = Math.min(8, quote.end - quote.start);
      assert.ok(text.startsWith(quote.text.slice(0, edge), quote.start), JSON.stringify({ text, quote }));
      assert.ok(quote.text.endsWith(text.slice(quote.end - edge, quote.end)), JSON.stringify({ text, quote }));
    }
  }
  assert.ok(quotesSeen > 50, `the random texts produced ${quotesSeen} quotes`);
});
