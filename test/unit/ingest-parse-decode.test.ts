import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeDocument, encodingForLabel } from '../../src/ingest/parse/decode.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));

const german = 'Grüße aus Köln: Straße, Maß & Bäckerei';
const russian = 'Привет из Москвы: новости дня';

function titleOf(text: string): string {
  return /<title>([^<]*)<\/title>/.exec(text)?.[1]?.replace(/&amp;/g, '&') ?? '';
}

describe('decodeDocument: byte order marks', () => {
  test('a UTF-8 BOM wins and is stripped from the text', () => {
    const { text, encoding } = decodeDocument(fixture('utf8-bom.xml'), 'application/rss+xml; charset=windows-1251');
    assert.equal(encoding, 'utf-8');
    assert.equal(text.charCodeAt(0), '<'.charCodeAt(0));
    assert.equal(titleOf(text), german);
  });

  test('UTF-16LE with a BOM', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>${russian}</title></channel></rss>`;
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const { text, encoding } = decodeDocument(body, 'text/xml; charset=iso-8859-1');
    assert.equal(encoding, 'utf-16le');
    assert.equal(text, xml);
  });

  test('UTF-16BE with a BOM', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><feed><title>${german}</title></feed>`;
    const le = Buffer.from(xml, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    const { text, encoding } = decodeDocument(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), null);
    assert.equal(encoding, 'utf-16be');
    assert.equal(text, xml);
  });

  test('UTF-16LE without a BOM is recognised from "<?" in two-byte form', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><rss><channel><title>Ω</title></channel></rss>';
    const { text, encoding } = decodeDocument(Buffer.from(xml, 'utf16le'), null);
    assert.equal(encoding, 'utf-16le');
    assert.equal(text, xml);
  });
});

describe('decodeDocument: declarations', () => {
  test('ISO-8859-1 declared only in the prolog decodes German text (as windows-1252)', () => {
    const { text, encoding } = decodeDocument(fixture('latin1-prolog.xml'), 'application/rss+xml');
    assert.equal(encoding, 'windows-1252');
    assert.equal(titleOf(text), german);
  });

  test('windows-1251 declared only in the Content-Type header decodes Cyrillic text', () => {
    const { text, encoding } = decodeDocument(fixture('windows-1251-header.xml'), 'application/rss+xml; charset=windows-1251');
    assert.equal(encoding, 'windows-1251');
    assert.equal(titleOf(text), russian);
  });

  test('when header and prolog disagree, the header wins', () => {
    const body = fixture('header-prolog-disagree.xml');
    assert.match(body.toString('latin1', 0, 60), /encoding="ISO-8859-1"/);
    const { text, encoding } = decodeDocument(body, 'text/xml; charset="Windows-1251"');
    assert.equal(encoding, 'windows-1251');
    assert.equal(titleOf(text), russian);
  });

  test('without the header, the same bytes follow the prolog', () => {
    const { encoding } = decodeDocument(fixture('header-prolog-disagree.xml'), null);
    assert.equal(encoding, 'windows-1252');
  });

  test('nothing declared means UTF-8', () => {
    const { text, encoding } = decodeDocument(Buffer.from('<rss><channel><title>naïve café</title></channel></rss>'), 'application/xml');
    assert.equal(encoding, 'utf-8');
    assert.equal(titleOf(text), 'naïve café');
  });

  test('an HTML page is read by its <meta charset>', () => {
    const head = '<!doctype html><html><head><meta charset="windows-1251"><title>';
    const body = Buffer.concat([Buffer.from(head), Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), Buffer.from('</title></head></html>')]);
    const { text, encoding } = decodeDocument(body, 'text/html');
    assert.equal(encoding, 'windows-1251');
    assert.equal(titleOf(text), 'Привет');
  });

  test('an HTML page is read by its http-equiv Content-Type', () => {
    const head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"><title>';
    const body = Buffer.concat([Buffer.from(head), Buffer.from([0xa3, 0xf3, 0xbf, 0xea, 0x6b]), Buffer.from('</title></head></html>')]);
    const { text, encoding } = decodeDocument(body, null);
    assert.equal(encoding, 'iso-8859-2');
    assert.equal(titleOf(text), 'Łóżęk');
  });

  test('a prolog that claims UTF-16 in ASCII-readable bytes is read as UTF-8', () => {
    const { text, encoding } = decodeDocument(Buffer.from('<?xml version="1.0" encoding="utf-16"?><rss><channel><title>Ä</title></channel></rss>'), null);
    assert.equal(encoding, 'utf-8');
    assert.equal(titleOf(text), 'Ä');
  });

  test('unknown labels fall back to UTF-8 without throwing', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="x-klingon-9"?><rss><channel><title>Öl</title></channel></rss>');
    assert.equal(decodeDocument(body, 'text/xml; charset=bogus').encoding, 'utf-8');
    assert.equal(titleOf(decodeDocument(body, 'text/xml; charset=bogus').text), 'Öl');
    assert.equal(decodeDocument(Buffer.from('<rss/>'), 'text/xml; charset=iso-2022-kr').encoding, 'utf-8');
  });
});

describe('decodeDocument: the wild case (ISO-8859-1 claimed, UTF-8 sent)', () => {
  test('valid multi-byte UTF-8 under an ISO-8859-1 prolog is read as UTF-8', () => {
    const { text, encoding } = decodeDocument(fixture('latin1-claimed-utf8-bytes.xml'), null);
    assert.equal(encoding, 'utf-8');
    assert.equal(titleOf(text), german);
  });

  test('valid UTF-8 under a charset=ISO-8859-1 header is read as UTF-8', () => {
    const { text, encoding } = decodeDocument(Buffer.from(`<rss><channel><title>${german}</title></channel></rss>`), 'text/xml; charset=ISO-8859-1');
    assert.equal(encoding, 'utf-8');
    assert.equal(titleOf(text), german);
  });

  test('real Latin-1 bytes (not valid UTF-8) keep the declared encoding', () => {
    const { text, encoding } = decodeDocument(Buffer.from([...Buffer.from('<t>'), 0xc4, 0x20, 0xe9, 0x80, ...Buffer.from('</t>')]), 'text/xml; charset=latin1');
    assert.equal(encoding, 'windows-1252');
    assert.equal(text, '<t>Ä é€</t>');
  });

  test('the rescue is only for the Latin-1 family: declared windows-1251 stays windows-1251', () => {
    const { encoding } = decodeDocument(Buffer.from('<t>Grüße</t>'), 'text/xml; charset=windows-1251');
    assert.equal(encoding, 'windows-1251');
  });
});

describe('encodingForLabel', () => {
  test('maps labels per WHATWG', () => {
    assert.equal(encodingForLabel('ISO-8859-1'), 'windows-1252');
    assert.equal(encodingForLabel('latin1'), 'windows-1252');
    assert.equal(encodingForLabel('US-ASCII'), 'windows-1252');
    assert.equal(encodingForLabel(' utf8 '), 'utf-8');
    assert.equal(encodingForLabel('cp1251'), 'windows-1251');
    assert.equal(encodingForLabel('gb2312'), 'gbk');
    assert.equal(encodingForLabel('koi8-r'), 'koi8-r');
    assert.equal(encodingForLabel('no-such-thing'), null);
    assert.equal(encodingForLabel(''), null);
  });
});
