"use client";

export default function ErrorPage({ reset }: { reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>
        Nothing stored was changed. <button onClick={reset}>Try again</button>
      </p>
    </>
  );
}
