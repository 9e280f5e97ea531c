import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { auditDiff } from '../data/audit-diff';
import { AuditEntryView } from '../data/audit-entry';
import { formatAuditValue, formatInstant } from '../data/audit-format';

const LONG_TEXT = 280;
const PREVIEW = 160;

/** One change: who, when, what, and the fields it changed (a created or deleted record in full). */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, TranslocoPipe],
  selector: 'tdkt-audit-entry',
  styles: `
    :host {
      display: block;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 16px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .meta {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .action {
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
    }
    table {
      width: 100%;
      margin-top: 12px;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 6px 8px;
      border-top: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    th[scope='row'] {
      width: 28%;
      font-weight: 500;
    }
    del {
      color: var(--mat-sys-error);
    }
    ins {
      text-decoration: none;
      color: var(--mat-sys-on-surface);
      font-weight: 500;
    }
    details {
      display: inline;
    }
    summary {
      cursor: pointer;
    }
    .more {
      color: var(--mat-sys-primary);
      text-decoration: underline;
      white-space: nowrap;
    }
    .full {
      display: block;
      margin-top: 4px;
      white-space: pre-line;
    }
    .none {
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .id {
      font-family: monospace;
      font-size: 0.9em;
    }
  `,
  template: `
    @let e = entry();
    <header>
      <span class="action">{{ label('actions', e.action) }}</span>
      <h2>
        {{ label('entities', e.entity) }}
        @if (e.entityId) {
          <span class="id">· {{ e.entityId }}</span>
        }
      </h2>
    </header>
    <p class="meta">
      {{ 'audit.entry.by' | transloco: { who: e.actorUsername ?? ('audit.entry.system' | transloco), when: when() } }}
      @if (e.address) {
        · {{ 'audit.entry.address' | transloco: { address: e.address } }}
      }
      @if (recordLink(); as link) {
        · <a [routerLink]="link">{{ 'audit.entry.openRecord' | transloco }}</a>
      }
    </p>
    @let d = diff();
    @if (d.rows.length) {
      <table [attr.aria-label]="'audit.diff.' + d.kind | transloco">
        <thead>
          <tr>
            <th scope="col">{{ 'audit.diff.field' | transloco }}</th>
            <th scope="col">
              {{
                (d.kind === 'deleted' ? 'audit.diff.removedValue' : d.kind === 'created' ? 'audit.diff.createdValue' : 'audit.diff.change')
                  | transloco
              }}
            </th>
          </tr>
        </thead>
        <tbody>
          @for (row of d.rows; track row.path) {
            <tr>
              <th scope="row">{{ fieldLabel(row.path) }}</th>
              <td>
                @switch (d.kind) {
                  @case ('created') {
                    <ng-container *ngTemplateOutlet="text; context: { $implicit: value(row.after) }" />
                  }
                  @case ('deleted') {
                    <ng-container *ngTemplateOutlet="text; context: { $implicit: value(row.before) }" />
                  }
                  @default {
                    <del
                      ><span class="tdkt-visually-hidden">{{ 'audit.diff.oldValue' | transloco }} </span
                      ><ng-container *ngTemplateOutlet="text; context: { $implicit: value(row.before) }"
                    /></del>
                    <span aria-hidden="true"> → </span>
                    <ins
                      ><span class="tdkt-visually-hidden">{{ 'audit.diff.newValue' | transloco }} </span
                      ><ng-container *ngTemplateOutlet="text; context: { $implicit: value(row.after) }"
                    /></ins>
                  }
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="none">{{ 'audit.diff.nothing' | transloco }}</p>
    }
    <ng-template #text let-t>
      @if (isLong(t)) {
        <details>
          <summary>
            {{ preview(t) }} <span class="more">{{ 'audit.diff.showAll' | transloco }}</span>
          </summary>
          <span class="full">{{ t }}</span>
        </details>
      } @else {
        {{ t }}
      }
    </ng-template>
  `,
})
export class AuditEntry {
  readonly entry = input.required<AuditEntryView>();

  private readonly transloco = inject(TranslocoService);

  protected readonly diff = computed(() => auditDiff(this.entry().before, this.entry().after));
  protected readonly when = computed(() => formatInstant(this.entry().at));
  protected readonly recordLink = computed(() => {
    const e = this.entry();
    return e.entity === 'commendation' && e.entityId && e.action !== 'DELETE' ? ['/commendations', e.entityId] : null;
  });

  /** A known code in words; an unknown one (a newer server) as the code itself. */
  protected label(group: 'actions' | 'entities', code: string): string {
    return this.lookup(`audit.${group}.${code}`, code);
  }

  /** "sections.results.pledge.text" reads "Các phần báo cáo › results › pledge › Nội dung": known parts in words. */
  protected fieldLabel(path: string): string {
    const fields = this.group('audit.fields');
    return path
      .split('.')
      .map((part) => fields[part] || part)
      .join(' › ');
  }

  /** Long texts (report sections, citations) fold away so one entry does not fill the screen. */
  protected isLong(text: string): boolean {
    return text.length > LONG_TEXT;
  }

  protected preview(text: string): string {
    return `${text.slice(0, PREVIEW)}…`;
  }

  protected value(value: unknown): string {
    return formatAuditValue(value, {
      empty: this.transloco.translate('audit.value.empty'),
      yes: this.transloco.translate('audit.value.yes'),
      no: this.transloco.translate('audit.value.no'),
      codes: this.group('audit.codes'),
    });
  }

  /** Reads the whole group, so an unknown code falls back quietly instead of logging a missing key. */
  private lookup(key: string, fallback: string): string {
    const text = this.group(key.slice(0, key.lastIndexOf('.')))[fallback];
    return typeof text === 'string' && text ? text : fallback;
  }

  private group(key: string): Record<string, string> {
    const words: unknown = this.transloco.translateObject(key);
    return words && typeof words === 'object' ? (words as Record<string, string>) : {};
  }
}
