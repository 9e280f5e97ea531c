import { Injectable, computed, inject, signal } from '@angular/core';
import type { AwardTypeView } from '@tdkt/shared/contracts';
import { LOADING, LoadState, dataOf, loadOnChange } from '../../../core/data/load-state';
import { AwardGroup, AwardLevelCode, groupAwardTypes } from './award-catalogue';
import { AwardTypesService } from './award-types.service';

/** The award catalogue and the levels the user filters it by. */
@Injectable()
export class AwardTypesStore {
  private readonly api = inject(AwardTypesService);
  private readonly attempt = signal(0);
  private readonly loaded = loadOnChange(this.attempt, () => this.api.list());

  /** Levels to show; empty means every level. */
  readonly levels = signal<readonly AwardLevelCode[]>([]);
  readonly state = computed<LoadState<AwardTypeView[]>>(() => this.loaded() ?? LOADING);
  readonly groups = computed<AwardGroup[]>(() => groupAwardTypes(dataOf(this.state()) ?? [], this.levels()));
  readonly total = computed(() => dataOf(this.state())?.length ?? 0);
  readonly shown = computed(() => this.groups().reduce((n, g) => n + g.items.length, 0));

  retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
