import { DestroyRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Observable, Subject, of, throwError } from 'rxjs';
import { ApiError } from '../http/api-error';
import { VersionedEdit } from './versioned-edit';

interface Doc {
  id: string;
  version: number;
  title: string;
}

describe('VersionedEdit', () => {
  function setUp(fetch: (id: string) => Observable<Doc>) {
    const filled: Doc[] = [];
    const busy = signal(false);
    const events: string[] = [];
    const edit = TestBed.runInInjectionContext(
      () =>
        new VersionedEdit<Doc>({
          fetch,
          fill: (d) => filled.push(d),
          busy,
          resolved: () => events.push('resolved'),
          failed: (e) => events.push(`failed ${e.status}`),
          destroyRef: TestBed.inject(DestroyRef),
        }),
    );
    return { edit, filled, busy, events };
  }

  it('"reload" replaces the typed values with the newer record', () => {
    const { edit, filled, events } = setUp(() => of({ id: 'a', version: 3, title: 'mới' }));
    edit.load({ id: 'a', version: 2, title: 'cũ' });
    edit.reloadLatest();
    expect(filled.map((d) => d.version)).toEqual([2, 3]);
    expect([edit.record()?.version, edit.overwriting(), events]).toEqual([3, false, ['resolved']]);
  });

  it('"keep mine" takes the newer version without touching the form, and says the next save overwrites', () => {
    const { edit, filled } = setUp(() => of({ id: 'a', version: 3, title: 'mới' }));
    edit.load({ id: 'a', version: 2, title: 'cũ' });
    edit.keepMine();
    expect(filled.map((d) => d.version)).toEqual([2]);
    expect([edit.record()?.version, edit.overwriting()]).toEqual([3, true]);
  });

  it('is busy while reading, and reports a failed read', () => {
    const answer = new Subject<Doc>();
    const { edit, busy, events } = setUp(() => answer);
    edit.load({ id: 'a', version: 2, title: 'cũ' });
    edit.reloadLatest();
    expect(busy()).toBe(true);
    answer.error(new ApiError('notFound', 404, 'Không tìm thấy'));
    expect([busy(), events]).toEqual([false, ['failed 404']]);
  });

  it('does nothing for a new record', () => {
    const fetch = jest.fn(() => throwError(() => new Error('not called')));
    const { edit } = setUp(fetch);
    edit.reloadLatest();
    expect(fetch).not.toHaveBeenCalled();
  });
});
