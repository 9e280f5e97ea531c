import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { resetSession, signIn } from '../../../testing/test-session';
import { provideAppTesting } from '../../../testing/test-providers';
import { authGuard, guestGuard } from './auth.guards';

@Component({ selector: 'tdkt-stub', template: '<p>page</p>' })
class Stub {}

@Component({ selector: 'tdkt-sign-in-stub', template: '<p>sign-in</p>' })
class SignInStub {}

describe('authGuard and guestGuard', () => {
  beforeEach(() => {
    resetSession();
    TestBed.configureTestingModule({
      providers: [
        ...provideAppTesting(),
        provideRouter([
          { path: 'login', canActivate: [guestGuard], component: SignInStub },
          { path: '', pathMatch: 'full', canActivate: [authGuard], component: Stub },
          { path: 'provinces', canActivate: [authGuard], component: Stub },
          { path: '**', canActivate: [authGuard], component: Stub },
        ]),
      ],
    });
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    resetSession();
  });

  it('sends a signed-out user to sign in, remembering the page asked for', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/provinces?q=tuyen%20quang');
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fprovinces%3Fq%3Dtuyen%2520quang');
    expect(harness.routeNativeElement?.textContent).toBe('sign-in');
  });

  it('sends a signed-out user from the home page to sign in without a return address', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/');
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('guards unknown addresses too, so they reveal nothing to a signed-out user', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/audit');
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Faudit');
  });

  it('lets a signed-in user in', async () => {
    await signIn();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/provinces');
    expect(TestBed.inject(Router).url).toBe('/provinces');
  });

  it('sends a signed-in user away from the sign-in page: to the return address, or home', async () => {
    await signIn();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/login?returnUrl=%2Fprovinces');
    expect(TestBed.inject(Router).url).toBe('/provinces');
    await harness.navigateByUrl('/login');
    expect(TestBed.inject(Router).url).toBe('/');
    await harness.navigateByUrl('/login?returnUrl=https%3A%2F%2Fexample.com');
    expect(TestBed.inject(Router).url).toBe('/');
  });
});
