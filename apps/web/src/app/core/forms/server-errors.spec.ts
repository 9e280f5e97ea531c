import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { ApiError } from '../http/api-error';
import { applyServerErrors, serverErrorOf } from './server-errors';

function refused(errors: { field: string; message: string }[], message: string | null = null): ApiError {
  return new ApiError(
    'badRequest',
    400,
    message,
    null,
    errors.map((e) => ({ ...e, code: 'x' })),
  );
}

describe('applyServerErrors', () => {
  const form = () =>
    new FormGroup({
      recipientName: new FormControl('An'),
      decision: new FormGroup({ number: new FormControl('12/QĐ') }),
      criteria: new FormArray([new FormGroup({ code: new FormControl('') })]),
    });

  it('puts each message on the control it names, without the field prefix, and marks it touched', () => {
    const f = form();
    const rest = applyServerErrors(f, refused([{ field: 'recipientName', message: 'recipientName: không được để trống' }]));
    expect(rest).toEqual([]);
    expect(serverErrorOf(f.get('recipientName'))).toBe('không được để trống');
    expect(f.get('recipientName')!.touched).toBe(true);
    expect(f.invalid).toBe(true);
  });

  it('follows dotted paths into groups and arrays, and honours aliases', () => {
    const f = form();
    applyServerErrors(
      f,
      refused([
        { field: 'criteria.0.code', message: 'mã trùng' },
        { field: 'decisionNumber', message: 'số quyết định sai' },
      ]),
      { decisionNumber: 'decision.number' },
    );
    expect(serverErrorOf(f.get('criteria.0.code'))).toBe('mã trùng');
    expect(serverErrorOf(f.get('decision.number'))).toBe('số quyết định sai');
  });

  it('returns what no control can show, and the server message when no field is named', () => {
    const f = form();
    expect(applyServerErrors(f, refused([{ field: 'unknownField', message: 'lạ' }]))).toEqual(['lạ']);
    expect(applyServerErrors(f, refused([], 'Kỳ đã khóa'))).toEqual(['Kỳ đã khóa']);
  });

  it('a new value clears the server error like any other validation', () => {
    const f = form();
    applyServerErrors(f, refused([{ field: 'recipientName', message: 'sai' }]));
    f.get('recipientName')!.setValue('Bình');
    expect(serverErrorOf(f.get('recipientName'))).toBeNull();
  });
});
