import { Injectable, computed, inject, signal } from '@angular/core';
import { LOADING, loadOnChange } from '../../../core/data/load-state';
import { HealthService } from './health.service';

/** The system status shown on the home page; asked again on demand. */
@Injectable()
export class HealthStore {
  private readonly api = inject(HealthService);
  private readonly attempt = signal(0);
  private readonly loaded = loadOnChange(this.attempt, () => this.api.get());

  readonly state = computed(() => this.loaded() ?? LOADING);

  refresh(): void {
    this.attempt.update((n) => n + 1);
  }
}
