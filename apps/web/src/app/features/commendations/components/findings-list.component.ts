import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FindingView } from '@tdkt/shared/contracts';

/** The eligibility rules' findings on one record: severity, rule, the Vietnamese explanation and the reviewer's word. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatIconModule, TranslocoPipe],
  selector: 'tdkt-findings-list',
  styles: `
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    li {
      display: flex;
      gap: 12px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    li.ERROR {
      border-left: 4px solid var(--mat-sys-error);
    }
    li.WARNING {
      border-left: 4px solid #b26a00;
    }
    li.ERROR mat-icon {
      color: var(--mat-sys-error);
    }
    li.WARNING mat-icon {
      color: #8a5200;
    }
    .body {
      flex: 1;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: baseline;
    }
    .severity {
      font-weight: 600;
    }
    .rule {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .explanation,
    .comment,
    .basis {
      margin: 0;
    }
    .basis,
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .cleared {
      opacity: 0.8;
    }
  `,
  template: `
    <ul>
      @for (finding of findings(); track finding.id) {
        <li [class]="finding.severity" [class.cleared]="finding.status === 'CLEARED'" [attr.data-rule]="finding.ruleId">
          <mat-icon [svgIcon]="finding.severity === 'ERROR' ? 'error' : 'warning'" aria-hidden="true" />
          <div class="body">
            <div class="head">
              <span class="severity">{{ 'commendations.findings.severity.' + finding.severity | transloco }}</span>
              <span>{{ finding.ruleTitle }}</span>
              <span class="rule">{{ finding.ruleId }}</span>
              <span class="rule">· {{ 'commendations.findings.status.' + finding.status | transloco }}</span>
            </div>
            <p class="explanation">{{ finding.explanation }}</p>
            @if (finding.ruleBasis) {
              <p class="basis">{{ 'commendations.findings.basis' | transloco: { basis: finding.ruleBasis } }}</p>
            }
            @if (finding.comment) {
              <p class="comment">{{ 'commendations.findings.comment' | transloco: { comment: finding.comment } }}</p>
            }
            <span class="meta">{{
              'commendations.findings.lastRun' | transloco: { date: (finding.lastRunAt | date: 'dd/MM/yyyy HH:mm' : '+0700') }
            }}</span>
          </div>
        </li>
      }
    </ul>
  `,
})
export class FindingsList {
  readonly findings = input.required<readonly FindingView[]>();
}
