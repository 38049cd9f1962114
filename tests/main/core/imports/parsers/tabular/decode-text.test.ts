import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, guessLegacyEncoding, UnknownEncodingError } from '../../../../../../src/main/core/imports/parsers/tabular/decode-text';
import { readFixture } from '../collecting-sink';

const chinese = '店铺,指标,日期,数值\n深圳跨境旗舰店,订单缺陷率,2026年10月31日,0.85%\n杭州优选店,迟发率,2026年10月30日,1.2%\n';
const japanese = 'ストア,指標,日付,値\n東京本店,注文不良率,2026年10月31日,0.85%\n大阪支店,出荷遅延率,2026年10月30日,1.2%\n';
const kanjiOnly = '店舗,指標\n東京本店,注文不良率\n大阪支店,出荷遅延率\n';

describe('decodeText', () => {
  it('strips a UTF-8 byte order mark', () => {
    expect(decodeText(Buffer.from('\ufeffstore,date', 'utf8'))).toEqual({ text: 'store,date', encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian by their byte order marks', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('店铺,date', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(le)).toEqual({ text: '店铺,date', encoding: 'utf-16le' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: '店铺,date', encoding: 'utf-16be' });
  });

  it('takes valid UTF-8 without a byte order mark as UTF-8, even when it is Japanese', () => {
    expect(decodeText(Buffer.from(japanese, 'utf8'))).toEqual({ text: japanese, encoding: 'utf-8' });
  });

  it('recognises GBK-encoded Chinese and decodes it as GB18030', () => {
    expect(decodeText(iconv.encode(chinese, 'gbk'))).toEqual({ text: chinese, encoding: 'gb18030' });
  });

  it('recognises Shift_JIS Japanese, with kana or with kanji only', () => {
    expect(decodeText(iconv.encode(japanese, 'shift_jis'))).toEqual({ text: japanese, encoding: 'shift_jis' });
    expect(decodeText(iconv.encode(kanjiOnly, 'shift_jis'))).toEqual({ text: kanjiOnly, encoding: 'shift_jis' });
  });

  it('recognises the committed GBK and Shift_JIS fixtures', () => {
    expect(decodeText(readFixture('wide-gbk.csv')).text).toContain('深圳跨境旗舰店');
    expect(decodeText(readFixture('wide-shift-jis.csv')).text).toContain('東京本店');
  });

  it('falls back to windows-1252 for Western text that is neither', () => {
    expect(guessLegacyEncoding(iconv.encode('Händler;Umsatz\nMüller GmbH;1.234,56 €\n', 'windows-1252'))).toBe('windows-1252');
  });

  it('obeys an explicit encoding over any guess', () => {
    const bytes = iconv.encode(japanese, 'shift_jis');
    expect(decodeText(bytes, 'gb18030').encoding).toBe('gb18030');
    expect(decodeText(bytes, 'Shift_JIS').text).toBe(japanese);
  });

  it('rejects an encoding it does not know, naming it', () => {
    expect(() => decodeText(Buffer.from('a'), 'klingon')).toThrow(new UnknownEncodingError('Unknown text encoding "klingon"; use e.g. utf-8, gb18030, shift_jis or windows-1252.', { encoding: 'klingon' }));
  });
});
