import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatChipListboxChange, MatChipsModule } from '@angular/material/chips';
import { TranslocoPipe } from '@jsverse/transloco';
import { AWARD_LEVELS, AwardLevelCode } from '../data/award-catalogue';

/** Filter chips, one per award level; none selected shows every level. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatChipsModule, TranslocoPipe],
  selector: 'tdkt-award-level-filter',
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .legend {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  template: `
    <span class="legend" id="award-level-legend">{{ 'awardTypes.filter.label' | transloco }}</span>
    <mat-chip-listbox multiple aria-labelledby="award-level-legend" [value]="selected()" (change)="changed($event)">
      @for (level of levels; track level) {
        <mat-chip-option [value]="level" [attr.data-level]="level">{{ 'awardTypes.level.' + level | transloco }}</mat-chip-option>
      }
    </mat-chip-listbox>
  `,
})
export class AwardLevelFilter {
  readonly selected = input.required<readonly AwardLevelCode[]>();
  readonly selectedChange = output<AwardLevelCode[]>();
  protected readonly levels = AWARD_LEVELS;

  protected changed(change: MatChipListboxChange): void {
    this.selectedChange.emit([...((change.value as AwardLevelCode[] | null) ?? [])]);
  }
}
