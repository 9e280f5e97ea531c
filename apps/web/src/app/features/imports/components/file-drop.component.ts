import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { XLSX_MIME, formatFileSize } from '../data/file-check';

/** Where the workbook is chosen: a file picker, or a file dragged from the desktop onto the zone. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, MatButtonModule, MatIconModule, TranslocoPipe],
  selector: 'tdkt-file-drop',
  styles: `
    .zone {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px 16px;
      padding: 20px;
      border: 2px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-lowest);
      transition:
        background-color 120ms,
        border-color 120ms;
    }
    .zone.over {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
    }
    .zone.disabled {
      opacity: 0.6;
    }
    .big {
      flex: none;
      width: 40px;
      height: 40px;
      color: var(--mat-sys-primary);
    }
    .text {
      flex: 1 1 240px;
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .text p {
      margin: 0;
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .chosen {
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
      pointer-events: none;
    }
  `,
  template: `
    <div
      class="zone"
      [class.over]="over()"
      [class.disabled]="disabled()"
      (dragenter)="dragOver($event)"
      (dragover)="dragOver($event)"
      (dragleave)="over.set(false)"
      (drop)="drop($event)"
    >
      <mat-icon class="big" svgIcon="excel" aria-hidden="true" />
      <div class="text">
        @if (over()) {
          <p>{{ 'imports.check.dropHere' | transloco }}</p>
        } @else if (file(); as chosen) {
          <p>
            {{ 'imports.check.chosen' | transloco }} <span class="chosen">{{ chosen.name }}</span> ({{
              'imports.check.size' | transloco: { value: size().value | number: '1.0-1', unit: size().unit }
            }})
          </p>
          <p class="hint">{{ 'imports.check.hint' | transloco }}</p>
        } @else {
          <p>{{ 'imports.check.dropLabel' | transloco }}</p>
          <p class="hint">{{ 'imports.check.hint' | transloco }}</p>
        }
      </div>
      <button mat-stroked-button type="button" [disabled]="disabled()" (click)="picker.click()">
        <mat-icon svgIcon="upload" aria-hidden="true" />
        {{ (file() ? 'imports.check.chooseOther' : 'imports.check.choose') | transloco }}
      </button>
      <input
        #picker
        type="file"
        tabindex="-1"
        aria-hidden="true"
        data-field="file"
        [accept]="accept"
        [disabled]="disabled()"
        (change)="picked($event)"
      />
    </div>
  `,
})
export class FileDrop {
  readonly file = input<File | null>(null);
  readonly disabled = input(false);
  readonly chosen = output<File>();

  protected readonly accept = `.xlsx,${XLSX_MIME}`;
  protected readonly over = signal(false);
  protected readonly size = computed(() => formatFileSize(this.file()?.size ?? 0));

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.disabled() ? 'none' : 'copy';
    if (!this.disabled()) this.over.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    const file = event.dataTransfer?.files.item(0);
    if (file && !this.disabled()) this.chosen.emit(file);
  }

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.item(0);
    // Cleared, so choosing the same file again after fixing it still fires a change.
    input.value = '';
    if (file) this.chosen.emit(file);
  }
}
