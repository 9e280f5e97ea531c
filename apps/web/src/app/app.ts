import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterOutlet } from '@angular/router';

interface Health {
  database: string;
  engine: string;
  status: string;
  version: string;
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatToolbarModule, RouterOutlet],
  selector: 'tdkt-root',
  styleUrl: './app.scss',
  templateUrl: './app.html',
})
export class App {
  private readonly http = inject(HttpClient);
  protected readonly health = signal<Health | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    this.http.get<Health>('/api/v1/health').subscribe({
      next: (h) => this.health.set(h),
      error: () => this.failed.set(true),
    });
  }
}
