import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FindingView } from '@tdkt/shared/contracts';
import { RecipientMatches } from './recipient-matches.component';

/** One finding: what the rule found, on which legal basis, from which records, and the reviewer's decision. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, RecipientMatches, RouterLink, TranslocoPipe],
  selector: 'tdkt-finding-card',
  styles: `
    :host {
      display: block;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-left-width: 6px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface);
    }
    :host(.ERROR) {
      border-left-color: var(--mat-sys-error);
    }
    :host(.WARNING) {
      border-left-color: #b26a00;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 8px;
    }
    .tag {
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .tag.ERROR {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .tag.WARNING {
      background: #ffe8c2;
      color: #4a2c00;
    }
    .tag.CONFIRMED {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
    .tag.CLEARED {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .subject {
      margin: 4px 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .explanation {
      margin: 0 0 8px;
      font: var(--mat-sys-body-large);
      max-width: 80ch;
    }
    dl {
      display: grid;
      grid-template-columns: minmax(120px, max-content) 1fr;
      gap: 4px 16px;
      margin: 0 0 12px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .links a + a {
      margin-left: 12px;
    }
    .review {
      margin: 0 0 12px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-low);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
    tdkt-recipient-matches {
      margin-top: 12px;
    }
  `,
  host: { '[class]': 'finding().severity' },
  template: `
    @let f = finding();
    <div class="tags">
      <span class="tag" [class]="f.severity">{{ 'findings.severity.' + f.severity | transloco }}</span>
      <span class="tag" [class]="f.status">{{ 'findings.status.' + f.status | transloco }}</span>
      @if (f.year) {
        <span class="tag">{{ 'findings.card.year' | transloco: { year: f.year } }}</span>
      }
    </div>
    <h2 [id]="'finding-' + f.id">{{ f.ruleTitle }}</h2>
    <p class="subject">
      <a [routerLink]="['/commendations', f.commendationId]">{{ f.recipientName }}</a>
      — {{ awardNames().get(f.awardTypeCode) ?? f.awardTypeCode }} · {{ provinceLabel() }}
    </p>
    <p class="explanation">{{ f.explanation }}</p>
    <dl>
      <dt>{{ 'findings.card.basis' | transloco }}</dt>
      <dd>{{ f.ruleBasis || ('findings.card.noBasis' | transloco) }}</dd>
      @if (f.evidenceIds.length) {
        <dt>{{ 'findings.card.evidence' | transloco }}</dt>
        <dd class="links">
          @for (id of f.evidenceIds; track id; let i = $index) {
            <a [routerLink]="['/commendations', id]">
              {{ (id === f.commendationId ? 'findings.card.evidenceSelf' : 'findings.card.evidenceLink') | transloco: { n: i + 1 } }}
            </a>
          }
        </dd>
      }
      @if (f.evidenceNeeded.length) {
        <dt>{{ 'findings.card.needed' | transloco }}</dt>
        <dd>{{ f.evidenceNeeded.join('; ') }}</dd>
      }
      <dt>{{ 'findings.card.rule' | transloco }}</dt>
      <dd>{{ f.ruleId }} ({{ 'findings.card.ruleVersion' | transloco: { version: f.ruleVersion } }})</dd>
    </dl>
    @if (f.status !== 'OPEN' && f.comment) {
      <p class="review">
        <strong>{{ 'findings.card.reviewComment' | transloco }}</strong>
        {{ f.comment }}
      </p>
    }
    <div class="actions" role="group" [attr.aria-labelledby]="'finding-' + f.id">
      @if (canReview()) {
        @if (f.status !== 'CONFIRMED') {
          <button mat-flat-button type="button" class="danger" (click)="review.emit('CONFIRMED')">
            <mat-icon svgIcon="warning" aria-hidden="true" />
            {{ 'findings.card.confirm' | transloco }}
          </button>
        }
        @if (f.status !== 'CLEARED') {
          <button mat-stroked-button type="button" (click)="review.emit('CLEARED')">
            <mat-icon svgIcon="check" aria-hidden="true" />
            {{ 'findings.card.clear' | transloco }}
          </button>
        }
      }
      <button mat-button type="button" [attr.aria-expanded]="showMatches()" (click)="showMatches.set(!showMatches())">
        <mat-icon svgIcon="users" aria-hidden="true" />
        {{ (showMatches() ? 'findings.card.hideMatches' : 'findings.card.showMatches') | transloco }}
      </button>
      <a mat-button [routerLink]="['/audit']" [queryParams]="{ entity: 'finding', entityId: f.id }">
        <mat-icon svgIcon="history" aria-hidden="true" />
        {{ 'findings.card.history' | transloco }}
      </a>
    </div>
    @if (showMatches()) {
      <tdkt-recipient-matches
        [commendationId]="f.commendationId"
        [recipientName]="f.recipientName"
        [awardNames]="awardNames()"
        [canDecide]="canReview()"
        (decided)="matchDecided.emit()"
      />
    }
  `,
})
export class FindingCard {
  readonly finding = input.required<FindingView>();
  readonly awardNames = input<ReadonlyMap<string, string>>(new Map());
  readonly provinceLabel = input<string>('');
  readonly canReview = input(false);
  readonly review = output<'CONFIRMED' | 'CLEARED'>();
  readonly matchDecided = output<void>();

  protected readonly showMatches = signal(false);
}
