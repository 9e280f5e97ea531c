import { CanDeactivateFn } from '@angular/router';
import { Observable } from 'rxjs';

/** A page that may hold edits not yet sent to the server. */
export interface LeavesSafely {
  canLeave(): boolean | Observable<boolean>;
}

/** Asks before leaving a report whose edited sections are not saved. */
export const unsavedSectionsGuard: CanDeactivateFn<LeavesSafely> = (page) => page.canLeave();
