// A Next.js app with one empty route, built and started by `npm run bench` beside Slant.
const config = { distDir: "../../../.next-bench-empty", typescript: { ignoreBuildErrors: true } };
export default config;
