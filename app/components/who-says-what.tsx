import Link from "next/link";
import type { WhoSaysWhat } from "@/server/who-says-what";

const origins = (n: number) => `${n} independent origin${n === 1 ? "" : "s"}`;

/** "label: North Wire, East Post: “grave threat” · South Gazette: “rival”", each value a link to its words. */
export function WhoSaysWhatLine({ line }: { line: WhoSaysWhat }) {
  return (
    <p className="who">
      <span className="who-what">{line.what}</span>{" "}
      {line.sides.map((s, i) => (
        <span key={s.value} className="who-side">
          {i > 0 && <span aria-hidden="true"> · </span>}
          <em>{s.outlets.join(", ")}</em>
          <span className="visually-hidden"> says</span>
          {s.origins !== null && <span className="who-origins"> ({origins(s.origins)})</span>}:{" "}
          {s.href ? (
            <Link href={s.href}>
              <strong>{s.value}</strong>
            </Link>
          ) : (
            <strong>{s.value}</strong>
          )}
          {i < line.sides.length - 1 && <span className="visually-hidden">; </span>}
        </span>
      ))}
    </p>
  );
}
