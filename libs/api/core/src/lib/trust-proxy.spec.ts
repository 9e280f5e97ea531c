import { loadSettings } from './settings';
import { DEFAULT_TRUST_PROXY, parseTrustProxy } from './trust-proxy';

describe('parseTrustProxy (Express trust proxy semantics)', () => {
  it('unset or blank: loopback proxies only', () => {
    expect(parseTrustProxy(undefined)).toEqual(DEFAULT_TRUST_PROXY);
    expect(parseTrustProxy('  ')).toEqual(['loopback']);
  });

  it('true, false and a hop count', () => {
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('0')).toBe(0);
  });

  it('a comma-separated list of addresses, subnets and range names', () => {
    expect(parseTrustProxy('10.0.0.0/8, 172.16.0.0/12 ,::1,fd00::/8,loopback,uniquelocal,192.168.0.0/255.255.0.0')).toEqual([
      '10.0.0.0/8',
      '172.16.0.0/12',
      '::1',
      'fd00::/8',
      'loopback',
      'uniquelocal',
      '192.168.0.0/255.255.0.0',
    ]);
  });

  it.each(['yes', '10.0.0.0/33', '10.0.0', 'proxy.example', '::1/129', '10.0.0.1/8/1', '1.2.3.4, nonsense', '101', ','])(
    'refuses %p, naming it',
    (value) => {
      expect(() => parseTrustProxy(value)).toThrow(/TRUST_PROXY/);
    },
  );

  it('loadSettings validates TRUST_PROXY at boot', () => {
    expect(loadSettings({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadSettings({}).trustProxy).toEqual(['loopback']);
    expect(() => loadSettings({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/Invalid environment:\n {2}TRUST_PROXY: .*10\.0\.0\.0\/99/);
  });

  it('loadSettings reads AUDIT_KEY (32+ characters) and DATABASE_OWNER_URL', () => {
    expect(() => loadSettings({ AUDIT_KEY: 'short' })).toThrow(/AUDIT_KEY must have at least 32 characters/);
    const s = loadSettings({ AUDIT_KEY: 'k'.repeat(32), DATABASE_OWNER_URL: 'postgres://owner@db/tdkt' });
    expect(s.auditKey).toBe('k'.repeat(32));
    expect(s.databaseOwnerUrl).toBe('postgres://owner@db/tdkt');
    expect(() => loadSettings({ DATABASE_OWNER_URL: 'mysql://x' })).toThrow(/DATABASE_OWNER_URL must be a postgres/);
  });
});
