import Link from "next/link";
import type { WhoSaysWhat } from "@/server/who-says-what";

const origins = (n: number) => `${n} independent origin${n === 1 ? "" : "s"}`;

/** "label: North Wire, East Post: “grave threat” · South Gazette: “rival”", each value a link to its words. */
export function WhoSaysWhatLine({ line }: { line: WhoSaysWhat }) {
  return (
    <p className="who">
      <span className="who-what">{line.what}</span>{" "}
      {line.sides.map((s, i) => (
        <span key={s.href} className="who-side">
          {i > 0 && <span aria-hidden="true"> · </span>}
          <em>{s.outlets.join(", ")}</em>
          <span className="visually-hidden"> says</span> <span className="who-origins">({origins(s.origins)})</span>:{" "}
          <Link href={s.href}>
            <strong>{s.value}</strong>
          </Link>
          {i < line.sides.length - 1 && <span className="visually-hidden">; </span>}
        </span>
      ))}
    </p>
  );
}
