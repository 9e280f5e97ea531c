import { isIP } from 'node:net';
import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

/** Express's `trust proxy` value: a hop count, all or nothing, or the proxies' addresses and subnets. */
export type TrustProxy = boolean | number | string[];

/** The names Express (proxy-addr) knows for address ranges. */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** Without TRUST_PROXY only a proxy on the same machine is believed, as before. */
export const DEFAULT_TRUST_PROXY: TrustProxy = ['loopback'];

function isAddressOrSubnet(item: string): boolean {
  if (RANGE_NAMES.includes(item)) return true;
  const [address, prefix, ...rest] = item.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  if (/^\d{1,3}$/.test(prefix)) return Number(prefix) <= (family === 4 ? 32 : 128);
  // IPv4 netmask form (10.0.0.0/255.0.0.0), as proxy-addr accepts.
  return family === 4 && isIP(prefix) === 4;
}

/**
 * Reads TRUST_PROXY: `true`/`false`, a hop count (`1` = the nearest proxy), or a comma-separated list of
 * addresses, CIDR subnets and the names loopback, linklocal, uniquelocal. Throws on anything else.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim();
  if (!text) return DEFAULT_TRUST_PROXY;
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 100) throw new Error(`TRUST_PROXY: ${text} hops is not a plausible number of proxies`);
    return hops;
  }
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.filter((i) => !isAddressOrSubnet(i));
  if (!items.length || bad.length) {
    throw new Error(
      `TRUST_PROXY: ${bad.join(', ') || text} is not an address, a subnet (10.0.0.0/8), loopback, linklocal or uniquelocal; use true, false, a hop count or a comma-separated list`,
    );
  }
  return items;
}

@ValidatorConstraint({ name: 'trustProxy' })
export class TrustProxyConstraint implements ValidatorConstraintInterface {
  private problem = '';

  validate(value: unknown): boolean {
    try {
      parseTrustProxy(String(value));
      return true;
    } catch (err) {
      this.problem = (err as Error).message;
      return false;
    }
  }

  defaultMessage(): string {
    return this.problem || 'TRUST_PROXY: true, false, a hop count, or a comma-separated list of addresses and subnets';
  }
}
