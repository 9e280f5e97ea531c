import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { VOTE_DEFAULTS, type CreateVoteDto, type RankingRow } from '@tdkt/shared/contracts';
import { countNeeded } from '@tdkt/shared/domain';
import { formatScore, parseScore } from './score-grid';

/** The award a cluster's vote is for by default: the Government's emulation flag (Law Art. 25.2). */
export const DEFAULT_VOTE_AWARD = 'CO_THI_DUA_CHINH_PHU';

export type VoteForm = FormGroup<{
  title: FormControl<string>;
  awardTypeCode: FormControl<string>;
  seats: FormControl<number>;
  candidates: FormControl<string[]>;
  quorum: FormControl<string>;
  threshold: FormControl<string>;
  meetingId: FormControl<string>;
}>;

/** A share typed as a percentage ("66,67"), 0.01–100 with two decimals. */
const percentValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = parseScore(control.value);
  if (value === null) return { required: true };
  if (Number.isNaN(value)) return { number: true };
  if (/[.,]\d{3,}$/.test(control.value.trim())) return { decimals: true };
  if (value <= 0 || value > 100) return { range: true };
  return null;
};

/** Between one candidate and the number of members. */
const candidatesValidator: ValidatorFn = (control: AbstractControl<string[]>): ValidationErrors | null =>
  control.value.length ? null : { required: true };

/** The share as stored (4 decimals) from a typed percentage: 66,67 % → 0.6667. */
export function shareFromPercent(text: string): number {
  return Math.round((parseScore(text) ?? 0) * 100) / 10_000;
}

export function percentText(share: number): string {
  return formatScore(Math.round(share * 10_000) / 100);
}

export function buildVoteForm(title: string): VoteForm {
  return new FormGroup({
    title: new FormControl(title, { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
    awardTypeCode: new FormControl(DEFAULT_VOTE_AWARD, { nonNullable: true, validators: Validators.required }),
    seats: new FormControl<number>(VOTE_DEFAULTS.seats, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(1), Validators.max(20)],
    }),
    candidates: new FormControl<string[]>([], { nonNullable: true, validators: candidatesValidator }),
    quorum: new FormControl(percentText(VOTE_DEFAULTS.quorum), { nonNullable: true, validators: percentValidator }),
    threshold: new FormControl(percentText(VOTE_DEFAULTS.threshold), { nonNullable: true, validators: percentValidator }),
    meetingId: new FormControl('', { nonNullable: true }),
  });
}

/** The candidates offered by default: the top of the ranking, rank ≤ seats + 2, ties included (as the server does). */
export function defaultCandidates(ranking: readonly RankingRow[], seats: number): string[] {
  return ranking.filter((r) => r.rank <= seats + 2).map((r) => r.provinceCode);
}

/** Ballots and votes the typed shares mean for this many members, as the server will count them. */
export function neededCounts(form: VoteForm, eligible: number): { quorum: number | null; threshold: number | null } {
  const share = (c: FormControl<string>): number | null => (c.valid ? shareFromPercent(c.value) : null);
  const quorum = share(form.controls.quorum);
  const threshold = share(form.controls.threshold);
  return {
    quorum: quorum === null ? null : countNeeded(quorum, eligible),
    threshold: threshold === null ? null : Math.max(1, countNeeded(threshold, eligible)),
  };
}

export function toCreateVoteDto(form: VoteForm, clusterCode: string, year: number): CreateVoteDto {
  const v = form.getRawValue();
  return {
    awardTypeCode: v.awardTypeCode,
    candidates: v.candidates,
    clusterCode,
    meetingId: v.meetingId || null,
    quorum: shareFromPercent(v.quorum),
    seats: v.seats,
    threshold: shareFromPercent(v.threshold),
    title: v.title.trim(),
    year,
  };
}

/** The first error of a control, as a key under `yearEnd.voteForm.errors`. */
export function voteErrorKey(control: AbstractControl): string | null {
  const errors = control.errors;
  if (!errors) return null;
  return ['server', 'required', 'maxlength', 'number', 'decimals', 'range', 'min', 'max'].find((k) => k in errors) ?? null;
}
