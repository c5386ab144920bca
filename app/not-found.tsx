import Link from "next/link";

export const metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        That article or group does not exist (it may have been re-analysed). <Link href="/">Back to the story</Link>.
      </p>
    </>
  );
}
