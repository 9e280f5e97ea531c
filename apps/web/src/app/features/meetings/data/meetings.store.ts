import { Injectable, computed, inject, signal } from '@angular/core';
import type { MeetingView } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { AuthService } from '../../../core/auth/auth.service';
import { loadOnChange } from '../../../core/data/load-state';
import { MeetingsService } from './meetings.service';

/** The meetings list (filtered by year) and the meeting just recorded, shared by the list and the form. */
@Injectable()
export class MeetingsStore {
  private readonly api = inject(MeetingsService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);

  readonly currentYear = Number(todayInVietnam().slice(0, 4));
  /** Null: every year. */
  readonly year = signal<number | null>(null);
  /** The chair records meetings of their own cluster. */
  readonly clusterCode = computed(() => (this.auth.hasRole('CLUSTER_CHAIR') ? (this.auth.user()?.clusterCode ?? null) : null));
  readonly canCreate = computed(() => this.clusterCode() !== null);
  /** The chair corrects the meetings of their own cluster (the server checks it again). */
  readonly canEdit = (meeting: Pick<MeetingView, 'clusterCode'>): boolean => meeting.clusterCode === this.clusterCode();
  /** The meeting saved last, to confirm it on the list. */
  readonly saved = signal<MeetingView | null>(null);

  /** The list loads only once a page shows it, not behind the form. */
  private readonly listed = signal(false);
  private readonly query = computed(() =>
    this.listed() ? { clusterCode: this.clusterCode(), year: this.year(), attempt: this.attempt() } : null,
  );
  readonly meetings = loadOnChange(this.query, ({ clusterCode, year }) => this.api.list(clusterCode, year));

  showList(): void {
    this.listed.set(true);
  }

  chooseYear(year: number | null): void {
    this.year.set(year);
  }

  retry(): void {
    this.attempt.update((n) => n + 1);
  }

  /** After a save: show the list again, fresh from the server. */
  recorded(meeting: MeetingView): void {
    this.saved.set(meeting);
    this.retry();
  }
}
