export function VerdictBadge({ verdict }: { verdict: string }) {
  return <span className={`verdict verdict-${verdict}`}>{verdict}</span>;
}
