import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { VoteCandidateView, VoteRegisterRow } from '@tdkt/shared/contracts';
import { ballotProblem } from '@tdkt/shared/domain';

export interface BallotChoice {
  /** Set for a paper ballot entered by the chair. */
  readonly provinceCode?: string;
  readonly choices: string[];
}

/**
 * A ballot: tick up to `seats` candidates (none is a blank ballot). For a paper ballot the chair first picks the
 * member whose ballot it is, among those that have not voted.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatSelectModule, TranslocoPipe],
  selector: 'tdkt-ballot-form',
  styles: `
    :host {
      display: block;
    }
    fieldset {
      display: flex;
      flex-direction: column;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      padding: 8px 16px;
      margin: 8px 0;
    }
    legend {
      font: var(--mat-sys-title-small);
    }
    .problem {
      color: var(--mat-sys-error);
      font: var(--mat-sys-label-large);
    }
    .province {
      min-width: 260px;
      max-width: 100%;
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <form
      (submit)="submit($event)"
      novalidate
      [attr.aria-label]="(paper() ? 'yearEnd.ballot.paperTitle' : 'yearEnd.ballot.formLabel') | transloco"
    >
      @if (paper()) {
        <mat-form-field class="province" subscriptSizing="dynamic">
          <mat-label>{{ 'yearEnd.ballot.province' | transloco }}</mat-label>
          <mat-select [value]="province()" (valueChange)="province.set($event)" data-field="ballot-province" required>
            @for (row of waiting(); track row.provinceCode) {
              <mat-option [value]="row.provinceCode">{{ row.provinceName }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      <fieldset>
        <legend>{{ 'yearEnd.ballot.choose' | transloco: { seats: seats() } }}</legend>
        @for (c of candidates(); track c.provinceCode) {
          <mat-checkbox
            [checked]="chosen().includes(c.provinceCode)"
            (change)="toggle(c.provinceCode, $event.checked)"
            [attr.data-choice]="c.provinceCode"
          >
            {{ c.provinceName }}
          </mat-checkbox>
        }
      </fieldset>
      <p class="hint" aria-live="polite">
        {{ (chosen().length ? 'yearEnd.ballot.chosen' : 'yearEnd.ballot.blank') | transloco: { count: chosen().length, seats: seats() } }}
      </p>
      @if (problem(); as key) {
        <p class="problem" role="alert">{{ key | transloco: { seats: seats() } }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="busy()" [attr.data-action]="paper() ? 'enter-paper-ballot' : 'cast-ballot'">
        <mat-icon svgIcon="send" aria-hidden="true" />{{ (paper() ? 'yearEnd.ballot.enter' : 'yearEnd.ballot.cast') | transloco }}
      </button>
    </form>
  `,
})
export class BallotForm {
  readonly candidates = input.required<readonly VoteCandidateView[]>();
  readonly seats = input.required<number>();
  /** The chair enters a member's paper ballot. */
  readonly paper = input(false);
  readonly register = input<readonly VoteRegisterRow[]>([]);
  readonly busy = input(false);
  readonly cast = output<BallotChoice>();

  protected readonly chosen = signal<string[]>([]);
  protected readonly province = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly waiting = computed(() => this.register().filter((r) => !r.voted));

  protected toggle(code: string, checked: boolean): void {
    const next = checked ? [...this.chosen(), code] : this.chosen().filter((c) => c !== code);
    this.chosen.set(
      this.candidates()
        .map((c) => c.provinceCode)
        .filter((c) => next.includes(c)),
    );
    this.problem.set(next.length > this.seats() ? 'yearEnd.ballot.errors.tooManyChoices' : null);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    const why = ballotProblem(
      this.chosen(),
      this.candidates().map((c) => c.provinceCode),
      this.seats(),
    );
    if (why) {
      this.problem.set(`yearEnd.ballot.errors.${why}`);
      return;
    }
    const province = this.province();
    if (this.paper() && !province) {
      this.problem.set('yearEnd.ballot.errors.province');
      return;
    }
    this.problem.set(null);
    this.cast.emit(this.paper() && province ? { provinceCode: province, choices: this.chosen() } : { choices: this.chosen() });
  }

  /** After a ballot was accepted: a clean form for the next paper ballot. */
  reset(): void {
    this.chosen.set([]);
    this.province.set(null);
    this.problem.set(null);
  }
}
