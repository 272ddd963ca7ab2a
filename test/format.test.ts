import { expect } from '@open-wc/testing';
import { decimalsOf, formatCompact, formatNumber, formatPercent, formatPercentValue, formatSigned, withUnit } from '../src/core/format.js';
import { parseLocaleNumber } from '../src/core/table-read.js';
import { checkTotal } from '../src/core/total.js';
import { wrapText, textWidth } from '../src/core/measure.js';
import { fill, registerLanguage, uiStrings } from '../src/core/i18n.js';
import { safeUrl, pickText } from '../src/core/text.js';

const NBSP = '\u00a0';

describe('core/format', () => {
  it('formats numbers the Vietnamese and the English way', () => {
    expect(formatNumber(2526, 'vi')).to.equal('2.526');
    expect(formatNumber(2526, 'en')).to.equal('2,526');
    expect(formatNumber(3.93, 'vi')).to.equal('3,93');
    expect(formatNumber(3.93, 'en')).to.equal('3.93');
    expect(formatNumber(226.9, 'vi')).to.equal('226,9');
    expect(formatNumber(1234567.5, 'vi')).to.equal('1.234.567,5');
  });

  it('keeps every decimal it was given and adds none', () => {
    expect(formatNumber(179.05, 'en')).to.equal('179.05');
    expect(formatNumber(0.125, 'vi')).to.equal('0,125');
    expect(formatNumber(270, 'en')).to.equal('270');
    expect(decimalsOf(0.1 + 0.2)).to.equal(1);
  });

  it('formats shares and percentages', () => {
    expect(formatPercent(2041 / 2526, 'vi')).to.equal('80,8%');
    expect(formatPercent(2041 / 2526, 'en')).to.equal('80.8%');
    expect(formatPercent(1 / 33, 'en')).to.equal('3.0%');
    expect(formatPercentValue(3.93, 'vi', true)).to.equal('+3,93%');
    expect(formatPercentValue(3.93, 'en', true)).to.equal('+3.93%');
    expect(formatPercentValue(2, 'en', true)).to.equal('+2%');
    expect(formatSigned(-1.5, 'vi')).to.equal('-1,5');
  });

  it('writes compact numbers with words', () => {
    expect(formatCompact(22900, 'vi')).to.equal('22,9 nghìn');
    expect(formatCompact(22900, 'en')).to.equal('22.9 thousand');
    expect(formatCompact(226.9e12, 'vi')).to.equal('226,9 nghìn tỷ');
    expect(formatCompact(226.9e12, 'en')).to.equal('226.9 trillion');
    expect(formatCompact(2.526e9, 'vi')).to.equal('2,526 tỷ');
    expect(formatCompact(2.526e9, 'en')).to.equal('2.526 billion');
    expect(formatCompact(15e6, 'vi')).to.equal('15 triệu');
    expect(formatCompact(999, 'en')).to.equal('999');
  });

  it('keeps unit words as data', () => {
    expect(withUnit(formatNumber(2526, 'vi'), 'triệu USD')).to.equal(`2.526${NBSP}triệu USD`);
    expect(withUnit(formatNumber(2526, 'en'), 'million USD')).to.equal(`2,526${NBSP}million USD`);
  });

  it('parses numbers as written in each language', () => {
    expect(parseLocaleNumber('2.526', 'vi')).to.equal(2526);
    expect(parseLocaleNumber('3,93', 'vi')).to.equal(3.93);
    expect(parseLocaleNumber('2,526', 'en')).to.equal(2526);
    expect(parseLocaleNumber('3.93', 'en')).to.equal(3.93);
    expect(parseLocaleNumber('1.234.567,5', 'vi')).to.equal(1234567.5);
    expect(parseLocaleNumber('abc', 'vi')).to.be.NaN;
    expect(parseLocaleNumber('12 sản phẩm', 'vi')).to.be.NaN;
    expect(parseLocaleNumber('2.52', 'vi')).to.be.NaN; // a group of two digits is not a number in vi
  });
});

describe('core/total', () => {
  it('is quiet within the rounding of the shown digits', () => {
    const c = checkTotal([100.02, 79.03], 179.04);
    expect(c.sum).to.equal(179.05);
    expect(c.mismatch).to.equal(false);
  });
  it('flags a total the parts do not reach, without rescaling', () => {
    const c = checkTotal([270, 215, 2000], 2526);
    expect(c.mismatch).to.equal(true);
    expect(c.sum).to.equal(2485);
    expect(c.stated).to.equal(2526);
  });
  it('accepts the Hanoi FDI parts exactly', () => {
    expect(checkTotal([270, 215, 2041], 2526).mismatch).to.equal(false);
  });
});

describe('core/measure, text, i18n', () => {
  it('wraps long Vietnamese labels at spaces within the width', () => {
    const lines = wrapText('Hóa chất, cao su, nhựa, dược phẩm', 150, 14);
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.join(' ')).to.equal('Hóa chất, cao su, nhựa, dược phẩm');
    for (const l of lines) expect(textWidth(l, 14)).to.be.at.most(150);
  });
  it('splits a word longer than the line', () => {
    const lines = wrapText('x'.repeat(60), 100, 14);
    expect(lines.length).to.be.greaterThan(1);
    for (const l of lines) expect(textWidth(l, 14)).to.be.at.most(100);
  });
  it('only lets http(s) and same-site links through', () => {
    expect(safeUrl('https://hanoi.gov.vn/a')).to.equal('https://hanoi.gov.vn/a');
    expect(safeUrl('/data.json')).to.equal('/data.json');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl(' JavaScript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,x')).to.equal(undefined);
  });
  it('picks the text of the language, else falls back', () => {
    expect(pickText({ vi: 'Khác', en: 'Other' }, 'en')).to.equal('Other');
    expect(pickText({ vi: 'Khác' }, 'en')).to.equal('Khác');
    expect(pickText('Plain', 'vi')).to.equal('Plain');
  });
  it('lets a language be added', () => {
    registerLanguage('fr', { ...uiStrings('en'), intlLocale: 'fr-FR', source: 'Source', missing: 'pas de données' });
    expect(uiStrings('fr-FR').missing).to.equal('pas de données');
    expect(formatNumber(2526.5, 'fr')).to.equal(`2${'\u202f'}526,5`);
    expect(fill('{a} and {b}', { a: 1, b: '<b>' })).to.equal('1 and <b>');
  });
});
