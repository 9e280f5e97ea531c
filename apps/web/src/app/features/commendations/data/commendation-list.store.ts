import { Injectable, computed, inject, signal } from '@angular/core';
import type { CommendationView, Page } from '@tdkt/shared/contracts';
import { todayInVietnam } from '@tdkt/shared/util-text';
import { map } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { CommendationsService } from './commendations.service';
import { DEFAULT_CRITERIA, ListCriteria, criteriaToHttpParams } from './list-criteria';
import { AwardGroup, ProvinceOption, groupByLevel, memberOptions, provinceOptions } from './reference-options';

type ProvinceSource = { readonly kind: 'all' } | { readonly kind: 'cluster'; readonly code: string; readonly year: number };

/** The commendation list: the criteria come from the address bar, the page from the API. */
@Injectable()
export class CommendationListStore {
  private readonly api = inject(CommendationsService);
  private readonly auth = inject(AuthService);
  private readonly attempt = signal(0);

  readonly criteria = signal<ListCriteria>(DEFAULT_CRITERIA);
  readonly currentYear = Number(todayInVietnam().slice(0, 4));

  private readonly request = computed(() => ({ criteria: this.criteria(), attempt: this.attempt() }));
  private readonly loaded = loadOnChange(this.request, ({ criteria }) => this.api.list(criteriaToHttpParams(criteria)));
  readonly state = computed<LoadState<Page<CommendationView>>>(() => this.loaded() ?? LOADING);

  private readonly awardTypes = loadOnChange(signal(true), () => this.api.awardTypes());
  readonly awardGroups = computed<AwardGroup[]>(() => groupByLevel(dataOf(this.awardTypes()) ?? []));

  /** Reviewers see every province; a chair the members of their cluster in the chosen year; staff only their own (no filter). */
  private readonly provinceSource = computed<ProvinceSource | null>(
    () => {
      const roles = this.auth.roles();
      if (roles.includes('COUNCIL_REVIEWER') || roles.includes('ADMIN')) return { kind: 'all' };
      const cluster = this.auth.user()?.clusterCode;
      if (roles.includes('CLUSTER_CHAIR') && cluster)
        return { kind: 'cluster', code: cluster, year: this.criteria().year ?? this.currentYear };
      return null;
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  private readonly provinces = loadOnChange(this.provinceSource, (source) =>
    source.kind === 'all'
      ? this.api.provinces().pipe(map(provinceOptions))
      : this.api.clusterMembers(source.code, source.year).pipe(map(memberOptions)),
  );
  readonly provinceOptions = computed<ProvinceOption[]>(() => dataOf(this.provinces()) ?? []);
  readonly canFilterProvince = computed(() => this.provinceSource() !== null);

  readonly canCreate = computed(() => this.auth.roles().includes('PROVINCE_STAFF'));

  /** This year back ten years, and any other year the address asks for. */
  readonly years = computed(() => {
    const years = Array.from({ length: 11 }, (_, i) => this.currentYear - i);
    const chosen = this.criteria().year;
    return chosen && !years.includes(chosen) ? [...years, chosen].sort((a, b) => b - a) : years;
  });

  retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
