import { hasForbiddenCharacter, inputProblemMessage, inspectInput, isCodeField, normalizeInput, normalizeInputText, stripInvisible } from './input-text.js';

describe('input text rules', () => {
  it('refuses NUL and the other control characters, but keeps tab and line breaks in free text', () => {
    for (const bad of ['\u0000', 'a\u0000b', '\u0001', '\u0008', '\u000b', '\u000c', '\u001f', '\u007f', '\u0085', '\u009f']) {
      expect(hasForbiddenCharacter(bad)).toBe(true);
    }
    for (const fine of ['王建国', 'GJ17-0001', '第一行\n第二行', 'a\tb', 'a\r\nb', '😀', '']) expect(hasForbiddenCharacter(fine)).toBe(false);
    // In a path or query nothing below U+0020 belongs.
    expect(hasForbiddenCharacter('a\nb', 'url')).toBe(true);
    expect(hasForbiddenCharacter('a\tb', 'url')).toBe(true);
  });

  it('refuses half of a surrogate pair (UTF-8 cannot encode it)', () => {
    expect(hasForbiddenCharacter('a\ud800')).toBe(true);
    expect(hasForbiddenCharacter('\udc00b')).toBe(true);
    expect(hasForbiddenCharacter('\ud83d\ude00')).toBe(false);
  });

  it('removes zero-width and direction-control characters, so what looks equal is equal', () => {
    expect(stripInvisible('GJ17-\u200b9999')).toBe('GJ17-9999');
    expect(stripInvisible('\u202e王建国\u202c')).toBe('王建国');
    expect(stripInvisible('\u200b\u200c\u200d\u2060\ufeff')).toBe('');
    for (const c of ['\u00ad', '\u061c', '\u180e', '\u200e', '\u200f', '\u202a', '\u202b', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(stripInvisible(`a${c}b`)).toBe('ab');
    }
    const plain = '徐泾镇二联村';
    expect(stripInvisible(plain)).toBe(plain);
  });

  it('folds codes with NFKC and leaves other text its characters', () => {
    expect(normalizeInputText('ＧＪ１７－０１', 'code')).toBe('GJ17－01'.normalize('NFKC'));
    expect(normalizeInputText('ＧＪ１７', 'code')).toBe('GJ17');
    expect(normalizeInputText('备注（一）', 'text')).toBe('备注（一）');
    expect(['code', 'projectCode', 'parcelCode', 'householdCode'].every(isCodeField)).toBe(true);
    expect(['codes', 'name', 'Code', 'remarks', 'encode'].some(isCodeField)).toBe(false);
  });

  it('normalises every string of a body by its key, keeps passwords as typed and returns the same object when nothing changes', () => {
    const body = { code: 'ＧＪ\u200b１７', name: '\u202e王', nested: [{ projectCode: '① ' }], password: 'Pa\u200bss', n: 1 };
    expect(normalizeInput(body)).toEqual({ code: 'GJ17', name: '王', nested: [{ projectCode: '1 ' }], password: 'Pa\u200bss', n: 1 });
    const clean = { code: 'GJ17', list: ['a', 'b'], deep: { x: null } };
    expect(normalizeInput(clean)).toBe(clean);
    expect(body.code).toBe('ＧＪ\u200b１７'); // never mutated
    const query = Object.assign(Object.create(null) as Record<string, string>, { q: 'a\u200b' });
    const normalised = normalizeInput(query);
    expect(Object.getPrototypeOf(normalised)).toBeNull();
    expect(normalised.q).toBe('a');
  });

  it('finds a forbidden character anywhere, naming the field but never quoting it', () => {
    expect(inspectInput({ a: { b: ['x', 'y\u0000'] } })).toEqual({ kind: 'character', field: 'a.b[1]' });
    expect(inspectInput({ 'k\u0000': 1 })).toEqual({ kind: 'character', field: '字段名' });
    expect(inspectInput('GJ\u000017', undefined, 'url')).toEqual({ kind: 'character', field: '请求内容' });
    expect(inspectInput({ remarks: '第一行\n第二行' })).toBeUndefined();
    expect(inputProblemMessage({ kind: 'character', field: 'remarks' })).toBe('remarks 含有不允许的控制字符');
  });

  it('bounds the depth and the number of values without recursing (10 000 levels do not overflow)', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i += 1) deep = { a: deep };
    expect(inspectInput(deep)).toEqual({ kind: 'depth' });
    let ok: unknown = 'x';
    for (let i = 0; i < 16; i += 1) ok = [ok];
    expect(inspectInput(ok)).toBeUndefined();
    expect(inspectInput([ok])).toEqual({ kind: 'depth' });
    expect(inspectInput({ ids: Array.from({ length: 60_000 }, (_, i) => i) })).toEqual({ kind: 'size' });
    expect(inputProblemMessage({ kind: 'depth' })).toMatch(/嵌套层级过深/);
  });
});
