import { MAX_PAGE_SIZE } from '@tdkt/shared/contracts';
import type { ValidationError } from '@nestjs/common';
import { pageWindow } from './pagination';
import { flattenValidationErrors, rawInputProblems } from './validation-pipe';

describe('pageWindow', () => {
  it('turns a page and size into an offset, clamping both to sane values', () => {
    expect(pageWindow()).toEqual({ page: 1, pageSize: 20, offset: 0 });
    expect(pageWindow(3, 50)).toEqual({ page: 3, pageSize: 50, offset: 100 });
    expect(pageWindow(0, 0)).toEqual({ page: 1, pageSize: 1, offset: 0 });
    expect(pageWindow(2, MAX_PAGE_SIZE + 1)).toEqual({ page: 2, pageSize: MAX_PAGE_SIZE, offset: MAX_PAGE_SIZE });
  });
});

describe('flattenValidationErrors', () => {
  it('lists every problem depth first with dotted paths, in Vietnamese where a message exists', () => {
    const error = (e: Partial<ValidationError>) => ({ children: [], ...e }) as ValidationError;
    const errors = [
      error({
        property: 'criteria',
        constraints: {},
        children: [
          error({
            property: '0',
            children: [error({ property: 'code', constraints: { isNotEmpty: 'code should not be empty' } })],
          }),
        ],
      }),
      error({ property: 'year', constraints: { someUnknownRule: 'year is odd' } }),
    ];
    const flat = flattenValidationErrors(errors);
    expect(flat.map((e) => [e.field, e.code])).toEqual([
      ['criteria.0.code', 'isNotEmpty'],
      ['year', 'someUnknownRule'],
    ]);
    expect(flat[0].message).not.toBe('code should not be empty');
    expect(flat[1].message).toBe('year is odd');
  });
});

describe('rawInputProblems', () => {
  it('finds NUL characters and prototype-named keys at any depth, and nothing in clean input', () => {
    expect(rawInputProblems({ name: 'Nguyễn Thị Hằng', criteria: [{ code: 'TC1' }] })).toEqual([]);
    const problems = rawInputProblems(JSON.parse('{"name":"a\\u0000b","criteria":[{"constructor":1}],"__proto__":{"x":1}}'));
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['name', 'noNulCharacter'],
      ['criteria.0.constructor', 'whitelistValidation'],
      ['__proto__', 'whitelistValidation'],
    ]);
  });
});
