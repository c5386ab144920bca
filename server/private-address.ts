import net from "node:net";

// Addresses a fetch on an editor's behalf must not reach unless CROSSCHECK_FETCH_ALLOW_PRIVATE=1: the machine itself,
// its private networks and link-local (cloud metadata) ranges.
const PRIVATE_V4: [string, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];
const PRIVATE_V6: [string, number][] = [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
];

const blocked = new net.BlockList();
for (const [address, prefix] of PRIVATE_V4) blocked.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of PRIVATE_V6) blocked.addSubnet(address, prefix, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return blocked.check(mapped, "ipv4");
  return blocked.check(address, net.isIPv6(address) ? "ipv6" : "ipv4");
}
