import { HttpClient, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  YEAR_END_PATHS,
  type AwardTypeView,
  type CastBallotDto,
  type ClusterMemberView,
  type ClusterView,
  type MeetingView,
  type CreateVoteDto,
  type NominationsView,
  type PledgeView,
  type ProvinceView,
  type PutScoreSheetDto,
  type PutScoresDto,
  type RankingRow,
  type ScoreCardView,
  type ScoreSheetView,
  type VoteView,
} from '@tdkt/shared/contracts';
import { Observable, map } from 'rxjs';
import { API_BASE_URL } from '../../../core/http/api-base-url';
import { fileNameFromDisposition } from '../../../core/http/file-download';

/** The year-end API (spec §6): score sheet, scores, ranking, votes, ballots, minutes and nominations. */
@Injectable({ providedIn: 'root' })
export class YearEndService {
  private readonly base = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  private url(path: string): string {
    return `${this.base}/${path}`;
  }

  members(clusterCode: string, year: number): Observable<ClusterMemberView[]> {
    return this.http.get<ClusterMemberView[]>(this.url(`clusters/${encodeURIComponent(clusterCode)}/members`), {
      params: new HttpParams().set('year', year),
    });
  }

  /** Every province, past and present, with its successor: a merged province's staff speak for its predecessors too. */
  provinces(): Observable<ProvinceView[]> {
    return this.http.get<ProvinceView[]>(this.url('provinces'));
  }

  clusters(): Observable<ClusterView[]> {
    return this.http.get<ClusterView[]>(this.url('clusters'));
  }

  meetings(clusterCode: string, year: number): Observable<MeetingView[]> {
    return this.http.get<MeetingView[]>(this.url('meetings'), {
      params: new HttpParams().set('clusterCode', clusterCode).set('year', year),
    });
  }

  sheet(clusterCode: string, year: number): Observable<ScoreSheetView> {
    return this.http.get<ScoreSheetView>(this.url(YEAR_END_PATHS.scoreSheet(clusterCode, year)));
  }

  saveSheet(clusterCode: string, year: number, body: PutScoreSheetDto): Observable<ScoreSheetView> {
    return this.http.put<ScoreSheetView>(this.url(YEAR_END_PATHS.scoreSheet(clusterCode, year)), body);
  }

  copySheet(clusterCode: string, year: number): Observable<ScoreSheetView> {
    return this.http.post<ScoreSheetView>(this.url(YEAR_END_PATHS.copyScoreSheet(clusterCode, year)), {});
  }

  openSheet(clusterCode: string, year: number, version: number): Observable<ScoreSheetView> {
    return this.http.post<ScoreSheetView>(this.url(YEAR_END_PATHS.openScoreSheet(clusterCode, year)), { version });
  }

  closeSheet(clusterCode: string, year: number, version: number): Observable<ScoreSheetView> {
    return this.http.post<ScoreSheetView>(this.url(YEAR_END_PATHS.closeScoreSheet(clusterCode, year)), { version });
  }

  scores(clusterCode: string, year: number, provinceCode: string): Observable<ScoreCardView> {
    return this.http.get<ScoreCardView>(this.url(YEAR_END_PATHS.scores(clusterCode, year, provinceCode)));
  }

  saveScores(clusterCode: string, year: number, provinceCode: string, body: PutScoresDto): Observable<ScoreCardView> {
    return this.http.put<ScoreCardView>(this.url(YEAR_END_PATHS.scores(clusterCode, year, provinceCode)), body);
  }

  ranking(clusterCode: string, year: number): Observable<RankingRow[]> {
    return this.http.get<RankingRow[]>(this.url(YEAR_END_PATHS.ranking(clusterCode, year)));
  }

  pledges(clusterCode: string, year: number): Observable<PledgeView[]> {
    return this.http.get<PledgeView[]>(this.url('pledges'), { params: new HttpParams().set('clusterCode', clusterCode).set('year', year) });
  }

  awardTypes(): Observable<AwardTypeView[]> {
    return this.http.get<AwardTypeView[]>(this.url('award-types'));
  }

  votes(clusterCode: string, year: number): Observable<VoteView[]> {
    return this.http.get<VoteView[]>(this.url(YEAR_END_PATHS.votes), {
      params: new HttpParams().set('clusterCode', clusterCode).set('year', year),
    });
  }

  vote(id: string): Observable<VoteView> {
    return this.http.get<VoteView>(this.url(YEAR_END_PATHS.vote(encodeURIComponent(id))));
  }

  createVote(body: CreateVoteDto): Observable<VoteView> {
    return this.http.post<VoteView>(this.url(YEAR_END_PATHS.votes), body);
  }

  openVote(id: string): Observable<VoteView> {
    return this.http.post<VoteView>(this.url(YEAR_END_PATHS.openVote(encodeURIComponent(id))), {});
  }

  closeVote(id: string): Observable<VoteView> {
    return this.http.post<VoteView>(this.url(YEAR_END_PATHS.closeVote(encodeURIComponent(id))), {});
  }

  castBallot(voteId: string, body: CastBallotDto): Observable<VoteView> {
    return this.http.post<VoteView>(this.url(YEAR_END_PATHS.ballots(encodeURIComponent(voteId))), body);
  }

  /** The minutes as a blob: the endpoint needs the bearer token, so a plain link would be refused. */
  minutes(voteId: string, fallbackName: string): Observable<{ blob: Blob; fileName: string }> {
    return this.http.get(this.url(YEAR_END_PATHS.minutes(encodeURIComponent(voteId))), { observe: 'response', responseType: 'blob' }).pipe(
      map((response: HttpResponse<Blob>) => ({
        blob: response.body ?? new Blob([]),
        fileName: fileNameFromDisposition(response.headers.get('Content-Disposition'), fallbackName),
      })),
    );
  }

  nominate(voteId: string): Observable<NominationsView> {
    return this.http.post<NominationsView>(this.url(YEAR_END_PATHS.nominations(encodeURIComponent(voteId))), {});
  }
}
