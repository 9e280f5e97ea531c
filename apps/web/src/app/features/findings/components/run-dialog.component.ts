import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ClusterView, RunFindingsResult } from '@tdkt/shared/contracts';
import { concatMap, from, toArray } from 'rxjs';
import { applyServerErrors, serverErrorOf } from '../../../core/forms/server-errors';
import { toApiError } from '../../../core/http/api-error';
import { FindingsService } from '../data/findings.service';
import { sumRunResults } from '../data/run-results';

export interface RunDialogData {
  readonly clusters: readonly ClusterView[];
  readonly clusterCode: string | null;
  readonly year: number;
  readonly years: readonly number[];
}

/** Every cluster of the year, one after another (the API runs one cluster-year at a time). */
export const ALL_CLUSTERS = '*';

/** The bulk run: choose the cluster and year, confirm, then read what changed. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DecimalPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  selector: 'tdkt-run-dialog',
  styles: `
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      margin-top: 8px;
    }
    .cluster {
      flex: 1 1 320px;
    }
    .year {
      flex: 0 0 140px;
    }
    .warning,
    .banner {
      max-width: 60ch;
    }
    .banner {
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    dl {
      display: grid;
      grid-template-columns: auto auto;
      gap: 6px 24px;
      margin: 0;
    }
    dd {
      margin: 0;
      text-align: right;
      font-variant-numeric: tabular-nums;
      font-weight: 500;
    }
  `,
  template: `
    <h2 mat-dialog-title>{{ 'findings.run.title' | transloco }}</h2>
    @if (result(); as r) {
      <mat-dialog-content>
        <p role="status">{{ 'findings.run.done' | transloco: { scope: scopeLabel(), year: form.controls.year.value } }}</p>
        <dl>
          <dt>{{ 'findings.run.result.checked' | transloco }}</dt>
          <dd>{{ r.checked | number }}</dd>
          <dt>{{ 'findings.run.result.opened' | transloco }}</dt>
          <dd>{{ r.opened | number }}</dd>
          <dt>{{ 'findings.run.result.updated' | transloco }}</dt>
          <dd>{{ r.updated | number }}</dd>
          <dt>{{ 'findings.run.result.cleared' | transloco }}</dt>
          <dd>{{ r.cleared | number }}</dd>
          <dt>{{ 'findings.run.result.open' | transloco }}</dt>
          <dd>{{ r.open | number }}</dd>
        </dl>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" [mat-dialog-close]="r">{{ 'findings.run.close' | transloco }}</button>
      </mat-dialog-actions>
    } @else {
      <form [formGroup]="form" (ngSubmit)="run()" novalidate>
        <mat-dialog-content>
          <p class="warning">{{ 'findings.run.explain' | transloco }}</p>
          @for (message of banner(); track $index) {
            <p class="banner" role="alert">{{ message }}</p>
          }
          <div class="fields">
            <mat-form-field class="cluster">
              <mat-label>{{ 'findings.run.cluster' | transloco }}</mat-label>
              <mat-select formControlName="clusterCode" data-field="clusterCode">
                <mat-option [value]="all">{{ 'findings.run.allClusters' | transloco }}</mat-option>
                @for (c of data.clusters; track c.code) {
                  <mat-option [value]="c.code">{{ c.name }}</mat-option>
                }
              </mat-select>
              @if (serverErrorOf(form.controls.clusterCode); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field class="year">
              <mat-label>{{ 'findings.run.year' | transloco }}</mat-label>
              <mat-select formControlName="year" data-field="year">
                @for (y of data.years; track y) {
                  <mat-option [value]="y">{{ y }}</mat-option>
                }
              </mat-select>
              @if (serverErrorOf(form.controls.year); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
          </div>
          @if (running()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'findings.run.running' | transloco" />
            <p role="status">{{ 'findings.run.running' | transloco }}</p>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close [disabled]="running()">{{ 'findings.run.cancel' | transloco }}</button>
          <button mat-flat-button type="submit" [disabled]="running()">{{ 'findings.run.confirm' | transloco }}</button>
        </mat-dialog-actions>
      </form>
    }
  `,
})
export class RunDialog {
  protected readonly data = inject<RunDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(FindingsService);
  private readonly transloco = inject(TranslocoService);

  protected readonly all = ALL_CLUSTERS;
  protected readonly serverErrorOf = serverErrorOf;
  protected readonly form = new FormGroup({
    clusterCode: new FormControl(this.data.clusterCode ?? ALL_CLUSTERS, { nonNullable: true, validators: Validators.required }),
    year: new FormControl(this.data.year, { nonNullable: true, validators: Validators.required }),
  });
  protected readonly running = signal(false);
  protected readonly banner = signal<string[]>([]);
  protected readonly result = signal<RunFindingsResult | null>(null);

  protected scopeLabel(): string {
    const code = this.form.controls.clusterCode.value;
    return code === ALL_CLUSTERS
      ? this.transloco.translate('findings.run.allClusters')
      : (this.data.clusters.find((c) => c.code === code)?.name ?? code);
  }

  protected run(): void {
    if (this.form.invalid || this.running()) return;
    const { clusterCode, year } = this.form.getRawValue();
    const codes = clusterCode === ALL_CLUSTERS ? this.data.clusters.map((c) => c.code) : [clusterCode];
    this.running.set(true);
    this.banner.set([]);
    this.form.disable();
    from(codes)
      .pipe(
        concatMap((code) => this.api.run({ clusterCode: code, year })),
        toArray(),
      )
      .subscribe({
        next: (results) => {
          this.running.set(false);
          this.result.set(sumRunResults(results));
        },
        error: (error: unknown) => {
          this.running.set(false);
          this.form.enable();
          const apiError = toApiError(error);
          const unplaced = applyServerErrors(this.form, apiError);
          const fallback = apiError.fieldErrors.length ? [] : [this.transloco.translate(apiError.messageKey, { status: apiError.status })];
          this.banner.set(unplaced.length ? unplaced : fallback);
        },
      });
  }
}
