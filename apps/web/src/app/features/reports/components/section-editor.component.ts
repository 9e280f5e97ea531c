import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReportSection } from '@tdkt/shared/contracts';
import { serverErrorOf } from '../../../core/forms/server-errors';

export type SectionForm = FormGroup<{ text: FormControl<string> }>;

/** Longest text the API accepts for one section. */
export const SECTION_MAX_LENGTH = 50000;

/** One narrative section: its text as paragraphs, or, for the chair of a draft, a textarea saved on its own. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CdkTextareaAutosize, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  selector: 'tdkt-section-editor',
  styleUrl: './section-editor.component.scss',
  template: `
    @let s = section();
    <div class="head">
      <h3 [id]="headingId()">{{ s.title }}</h3>
      @if (unsaved()) {
        <span class="tag unsaved">{{ 'reports.sections.unsaved' | transloco }}</span>
      } @else if (s.edited) {
        <span class="tag edited">{{ 'reports.sections.edited' | transloco }}</span>
      } @else {
        <span class="tag drafted">{{ 'reports.sections.drafted' | transloco }}</span>
      }
    </div>
    @if (editable()) {
      @if (errors().length) {
        <div class="banner" role="alert">
          <p>{{ 'reports.sections.failed' | transloco }}</p>
          <ul>
            @for (m of errors(); track m) {
              <li>{{ m }}</li>
            }
          </ul>
        </div>
      }
      <form [formGroup]="form()" (ngSubmit)="save.emit()" novalidate>
        <mat-form-field class="text">
          <mat-label>{{ 'reports.sections.text' | transloco }}</mat-label>
          <!-- Named by the section's heading: every textarea's label reads the same. -->
          <textarea
            matInput
            cdkTextareaAutosize
            cdkAutosizeMinRows="6"
            cdkAutosizeMaxRows="30"
            formControlName="text"
            [attr.aria-labelledby]="headingId()"
            [attr.data-section]="s.key"
          ></textarea>
          <mat-hint>{{ 'reports.sections.hint' | transloco }}</mat-hint>
          @if (form().controls.text.hasError('maxlength')) {
            <mat-error>{{ 'reports.sections.tooLong' | transloco: { max: maxLength } }}</mat-error>
          } @else if (serverError(); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="saving() || !unsaved()">
            <mat-icon svgIcon="save" aria-hidden="true" />
            {{ (saving() ? 'reports.sections.saving' : 'reports.sections.save') | transloco }}
          </button>
          @if (unsaved()) {
            <button mat-button type="button" (click)="undo.emit()" [disabled]="saving()">
              <mat-icon svgIcon="undo" aria-hidden="true" />
              {{ 'reports.sections.undo' | transloco }}
            </button>
          }
        </div>
      </form>
    } @else {
      @for (p of paragraphs(); track $index) {
        <p class="para">{{ p }}</p>
      } @empty {
        <p class="para muted">{{ 'reports.sections.empty' | transloco }}</p>
      }
    }
  `,
})
export class SectionEditor {
  readonly section = input.required<ReportSection>();
  readonly form = input.required<SectionForm>();
  readonly editable = input(false);
  /** The text differs from what the server holds. */
  readonly unsaved = input(false);
  readonly saving = input(false);
  /** Messages of a refused save that belong to no field. */
  readonly errors = input<readonly string[]>([]);
  /** Bumped by the page whenever the control's errors may have changed. */
  readonly revision = input(0);
  readonly save = output<void>();
  readonly undo = output<void>();

  protected readonly maxLength = SECTION_MAX_LENGTH;
  protected readonly headingId = computed(() => `section-${this.section().key.replace('.', '-')}`);
  protected readonly paragraphs = computed(() =>
    this.section()
      .text.split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  protected readonly serverError = computed(() => {
    this.revision();
    return serverErrorOf(this.form().controls.text);
  });
}
