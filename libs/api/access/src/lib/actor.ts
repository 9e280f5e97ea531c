import { Role } from '@tdkt/shared/contracts';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

/** The signed-in user a request acts for, as the auth guard resolved it from the token and the database. */
export interface Actor {
  userId: string;
  username: string;
  roles: readonly Role[];
  /** The staff role's province; null when the user has none. */
  provinceId: string | null;
  /** The chair role's cluster; null when the user has none. */
  clusterId: string | null;
  sessionId: string;
  /** Client address, for the audit trail. */
  address: string | null;
}

/** Who acts when nobody signed in does: seeds and command-line tools. */
export const SYSTEM_ACTOR: Actor = {
  userId: '',
  username: 'system',
  roles: [],
  provinceId: null,
  clusterId: null,
  sessionId: '',
  address: null,
};

export interface ActorRequest {
  actor?: Actor;
}

/** The request's actor; the guard has refused the request already if there is none. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<ActorRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a public route');
  return actor;
});

export const IS_PUBLIC = 'tdkt:isPublic';

/** Marks a route that answers without a token (login, refresh, health). Everything else needs one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}

export const WITHOUT_SCOPE = 'tdkt:withoutScope';

/** Marks a route that a signed-in user without any province or cluster may still call (sign-out). */
export const AllowWithoutScope = () => SetMetadata(WITHOUT_SCOPE, true);

/** Whether the user holds a role they can act in: staff need their province, chairs their cluster. */
export function hasUsableScope(actor: Pick<Actor, 'roles' | 'provinceId' | 'clusterId'>): boolean {
  return (
    hasRole(actor as Actor, Role.ADMIN, Role.COUNCIL_REVIEWER) ||
    (actor.roles.includes(Role.PROVINCE_STAFF) && actor.provinceId !== null) ||
    (actor.roles.includes(Role.CLUSTER_CHAIR) && actor.clusterId !== null)
  );
}
