import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { MembershipYearsView } from '@tdkt/shared/contracts';
import { currentYearInVietnam } from '@tdkt/shared/util-text';
import { API_BASE_URL } from '../http/api-base-url';

/**
 * `GET /api/v1/clusters/latest-year`, asked once per session: every year picker opens on the latest year that has
 * members, not on the calendar year (in December 2026 that is still 2024 until someone carries the membership forward).
 */
@Injectable({ providedIn: 'root' })
export class MembershipYears {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);
  private readonly answer = signal<MembershipYearsView | null>(null);
  private readonly settled = signal(false);
  private requested = false;

  /** The calendar year in Vietnam, for pickers that also offer years without members. */
  readonly calendarYear = currentYearInVietnam();
  /** Whether the answer (or a failure) has arrived: pages wait for it before loading a year. */
  readonly ready = computed(() => {
    this.load();
    return this.settled();
  });
  /** The years that have members, newest first. */
  readonly years = computed(() => this.answer()?.years ?? []);
  /** The year pages open on: the latest with members; the calendar year before any membership (or if the answer failed). */
  readonly defaultYear = computed(() => this.answer()?.latest ?? this.calendarYear);

  hasMembers(year: number): boolean {
    return this.years().includes(year);
  }

  /** Asks again (after an admin created a year's membership). */
  refresh(): void {
    this.requested = false;
    this.load();
  }

  private load(): void {
    if (this.requested) return;
    this.requested = true;
    this.http.get<MembershipYearsView>(`${this.base}/clusters/latest-year`).subscribe({
      next: (answer) => {
        this.answer.set(answer);
        this.settled.set(true);
      },
      error: () => this.settled.set(true),
    });
  }
}

/** The years a picker offers, newest first: the calendar year back `count` years, the years with members, the chosen one. */
export function yearOptions(calendarYear: number, withMembers: readonly number[], chosen: number, count = 6): number[] {
  const years = new Set([...Array.from({ length: count }, (_, i) => calendarYear - i), ...withMembers, chosen]);
  return [...years].sort((a, b) => b - a);
}
