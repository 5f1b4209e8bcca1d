// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isIpv4Cidr, parseCpu, parseMemoryGi } from './quantities';

describe('Kubernetes quantities', () => {
  it('reads CPU in cores and millicores', () => {
    expect(parseCpu('0.5')).toBe(0.5);
    expect(parseCpu('2')).toBe(2);
    expect(parseCpu('250m')).toBe(0.25);
    expect(parseCpu('two')).toBeNull();
    expect(parseCpu('-1')).toBeNull();
  });

  it('reads binary memory units in GiB', () => {
    expect(parseMemoryGi('1Gi')).toBe(1);
    expect(parseMemoryGi('512Mi')).toBe(0.5);
    expect(parseMemoryGi('1Ti')).toBe(1024);
    expect(parseMemoryGi('1G')).toBeNull();
    expect(parseMemoryGi('1')).toBeNull();
  });

  it('checks IPv4 CIDR ranges', () => {
    expect(isIpv4Cidr('10.0.0.0/16')).toBe(true);
    expect(isIpv4Cidr('203.0.113.7/32')).toBe(true);
    expect(isIpv4Cidr('256.0.0.0/8')).toBe(false);
    expect(isIpv4Cidr('10.0.0.0/33')).toBe(false);
    expect(isIpv4Cidr('10.0.0.0')).toBe(false);
  });
});
