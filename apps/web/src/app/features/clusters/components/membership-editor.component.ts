import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ClusterMemberView, ProvinceView } from '@tdkt/shared/contracts';
import { LOADING, LoadState, toLoadState } from '../../../core/data/load-state';
import { errorMessage, toApiError } from '../../../core/http/api-error';
import { ApiErrorMessage } from '../../../ui/api-error-message.component';
import { StateMessage } from '../../../ui/state-message.component';
import { MembershipRoleCode, sortMembers } from '../data/cluster-members';
import { ClusterAdminService } from '../data/cluster-admin.service';
import { ClustersService } from '../data/clusters.service';
import {
  DraftMember,
  addMember,
  bodyOf,
  draftOf,
  removeMember,
  sameMembership,
  setRole,
  splitMemberErrors,
} from '../data/membership-draft';

const ROLES: readonly MembershipRoleCode[] = ['CHAIR', 'VICE_CHAIR', 'MEMBER'];

/** An administrator edits one year's membership of a cluster as a whole and saves it in one go. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ApiErrorMessage, MatButtonModule, MatFormFieldModule, MatIconModule, MatSelectModule, StateMessage, TranslocoPipe],
  selector: 'tdkt-membership-editor',
  styles: `
    :host {
      display: block;
    }
    .hint {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
      max-width: 70ch;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
      min-width: 520px;
      border-collapse: collapse;
      margin-bottom: 16px;
    }
    th,
    td {
      padding: 4px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: middle;
    }
    thead th {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .code {
      width: 64px;
      font-variant-numeric: tabular-nums;
    }
    .role-cell {
      width: 200px;
    }
    .role-cell mat-form-field {
      width: 180px;
    }
    .remove {
      width: 150px;
      text-align: right;
      white-space: nowrap;
    }
    .row-error {
      display: block;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin-bottom: 16px;
    }
    .add mat-form-field {
      flex: 1 1 280px;
      max-width: 420px;
    }
    .warn {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface);
    }
    .banner {
      margin: 0 0 12px;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  template: `
    <p class="hint">{{ 'clusterAdmin.hint' | transloco: { year: year() } }}</p>
    @for (message of banner(); track $index) {
      <p class="banner" role="alert">{{ message }}</p>
    }
    @if (draft().length) {
      <div class="scroll">
        <table [attr.aria-label]="'clusterAdmin.tableLabel' | transloco: { name: clusterName(), year: year() }">
          <thead>
            <tr>
              <th scope="col" class="code">{{ 'clusterAdmin.columns.code' | transloco }}</th>
              <th scope="col">{{ 'clusterAdmin.columns.province' | transloco }}</th>
              <th scope="col" class="role-cell">{{ 'clusterAdmin.columns.role' | transloco }}</th>
              <th scope="col" class="remove">
                <span class="tdkt-visually-hidden">{{ 'clusterAdmin.columns.actions' | transloco }}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            @for (m of draft(); track m.provinceCode) {
              <tr>
                <td class="code">{{ m.provinceCode }}</td>
                <td>
                  {{ m.provinceName }}
                  @if (rowErrors().get(m.provinceCode); as message) {
                    <span class="row-error" role="alert">{{ message }}</span>
                  }
                </td>
                <td class="role-cell">
                  <mat-form-field subscriptSizing="dynamic">
                    <!-- The column header names the field; the select carries the province in its name. -->
                    <mat-select
                      [value]="m.role"
                      (selectionChange)="changeRole(m, $event.value)"
                      [attr.data-role-of]="m.provinceCode"
                      [aria-label]="'clusterAdmin.roleOf' | transloco: { name: m.provinceName }"
                    >
                      @for (role of roles; track role) {
                        <mat-option [value]="role">{{ 'clusters.role.' + role | transloco }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                </td>
                <td class="remove">
                  <button
                    mat-button
                    type="button"
                    (click)="remove(m)"
                    [attr.aria-label]="'clusterAdmin.removeLabel' | transloco: { name: m.provinceName }"
                  >
                    <mat-icon svgIcon="delete" aria-hidden="true" />
                    {{ 'clusterAdmin.remove' | transloco }}
                  </button>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <tdkt-state-message kind="empty" [message]="'clusterAdmin.emptyDraft' | transloco: { year: year() }" />
    }

    @let provinces = provincesState();
    @switch (provinces.status) {
      @case ('loading') {
        <tdkt-state-message kind="loading" [message]="'clusterAdmin.provincesLoading' | transloco" />
      }
      @case ('error') {
        <tdkt-api-error-message [error]="provinces.error" (retry)="loadProvinces()" />
      }
      @case ('ready') {
        <div class="add">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'clusterAdmin.addLabel' | transloco }}</mat-label>
            <mat-select [value]="toAdd()" (selectionChange)="toAdd.set($event.value)" data-field="addProvince">
              @for (p of addable(); track p.code) {
                <mat-option [value]="p.code">{{ p.name }} ({{ p.code }})</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <button mat-stroked-button type="button" (click)="add()" [disabled]="!toAdd()">
            <mat-icon svgIcon="add" aria-hidden="true" />
            {{ 'clusterAdmin.add' | transloco }}
          </button>
          @if (!draft().length) {
            <button mat-button type="button" (click)="copyPreviousYear()" [disabled]="copying()">
              {{ 'clusterAdmin.copyPrevious' | transloco: { year: year() - 1 } }}
            </button>
          }
        </div>
      }
    }

    @if (draft().length && !hasChair()) {
      <p class="warn" role="status">{{ 'clusterAdmin.noChair' | transloco }}</p>
    }
    <div class="actions">
      <button mat-flat-button type="button" (click)="save()" [disabled]="saving() || !changed()">
        <mat-icon svgIcon="save" aria-hidden="true" />
        {{ 'clusterAdmin.save' | transloco: { year: year() } }}
      </button>
      <button mat-button type="button" (click)="cancelled.emit()" [disabled]="saving()">{{ 'clusterAdmin.cancel' | transloco }}</button>
    </div>
  `,
})
export class MembershipEditor {
  readonly clusterCode = input.required<string>();
  readonly clusterName = input.required<string>();
  readonly year = input.required<number>();
  readonly members = input.required<readonly ClusterMemberView[]>();
  readonly saved = output<ClusterMemberView[]>();
  readonly cancelled = output<void>();

  private readonly admin = inject(ClusterAdminService);
  private readonly clusters = inject(ClustersService);
  private readonly transloco = inject(TranslocoService);

  protected readonly roles = ROLES;
  /** The membership being edited, cluster and year: new inputs start the edit again from the given members. */
  private readonly edited = computed(() => ({ code: this.clusterCode(), year: this.year(), members: this.members() }));
  protected readonly draft = linkedSignal<DraftMember[]>(() => draftOf(this.edited().members));
  protected readonly provincesState = signal<LoadState<ProvinceView[]>>(LOADING);
  private readonly provincesAttempt = signal(0);
  protected readonly toAdd = linkedSignal({ source: this.edited, computation: (): string | null => null });
  protected readonly saving = signal(false);
  protected readonly copying = signal(false);
  protected readonly banner = linkedSignal({ source: this.edited, computation: (): string[] => [] });
  protected readonly rowErrors = linkedSignal({ source: this.edited, computation: () => new Map<string, string>() });

  protected readonly hasChair = computed(() => this.draft().some((m) => m.role === 'CHAIR'));
  protected readonly changed = computed(() => !sameMembership(this.draft(), draftOf(this.members())));
  protected readonly addable = computed(() => {
    const state = this.provincesState();
    const taken = new Set(this.draft().map((m) => m.provinceCode));
    return state.status === 'ready' ? state.data.filter((p) => !taken.has(p.code)).sort((a, b) => a.name.localeCompare(b.name, 'vi')) : [];
  });

  constructor() {
    // The choices are the provinces of the year shown: another year loads them again, cancelling the old request.
    effect((onCleanup) => {
      const year = this.year();
      this.provincesAttempt();
      const subscription = untracked(() => toLoadState(this.admin.provincesOfYear(year)).subscribe((s) => this.provincesState.set(s)));
      onCleanup(() => subscription.unsubscribe());
    });
  }

  loadProvinces(): void {
    this.provincesAttempt.update((n) => n + 1);
  }

  protected add(): void {
    const code = this.toAdd();
    const province = this.addable().find((p) => p.code === code);
    if (!province) return;
    this.draft.update((d) => addMember(d, province.code, province.name));
    this.toAdd.set(null);
  }

  protected remove(member: DraftMember): void {
    this.draft.update((d) => removeMember(d, member.provinceCode));
  }

  protected changeRole(member: DraftMember, role: MembershipRoleCode): void {
    this.draft.update((d) => setRole(d, member.provinceCode, role));
  }

  protected copyPreviousYear(): void {
    const edited = this.edited();
    this.copying.set(true);
    this.clusters.members(edited.code, edited.year - 1).subscribe({
      next: (members) => {
        this.copying.set(false);
        // The editor moved on to another cluster or year meanwhile: that year's members are not this one's.
        if (this.edited() !== edited) return;
        const state = this.provincesState();
        const known = new Set((state.status === 'ready' ? state.data : []).map((p) => p.code));
        // A province merged away since then cannot be a member this year: only the ones that still exist are copied.
        this.draft.set(draftOf(sortMembers(members)).filter((m) => known.size === 0 || known.has(m.provinceCode)));
      },
      error: (error: unknown) => {
        this.copying.set(false);
        if (this.edited() === edited) this.banner.set([this.messageOf(error)]);
      },
    });
  }

  protected save(): void {
    const draft = this.draft();
    this.saving.set(true);
    this.banner.set([]);
    this.rowErrors.set(new Map());
    this.admin.replaceMembers(this.clusterCode(), this.year(), bodyOf(draft)).subscribe({
      next: (members) => {
        this.saving.set(false);
        this.saved.emit(members);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        const { rows, general } = splitMemberErrors(apiError.fieldErrors, draft);
        this.rowErrors.set(rows);
        this.banner.set(general.length || rows.size ? general : [this.messageOf(error)]);
      },
    });
  }

  private messageOf(error: unknown): string {
    return errorMessage(toApiError(error), this.transloco);
  }
}
