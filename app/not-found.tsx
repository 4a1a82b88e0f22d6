import Link from "next/link";

export default function NotFoundPage() {
  return (
    <div className="narrow-page">
      <h1>Not found</h1>
      <p>This page does not exist, or you do not have access to it.</p>
      <p>
        <Link href="/assignments">Back to your assignments</Link>
      </p>
    </div>
  );
}
