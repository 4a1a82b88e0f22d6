// A module resolve hook for the front door's process: lib/ modules mark themselves
// `import "server-only"`, which throws unless loaded under React's server condition, as
// Next.js's bundles are. The front door loads some of them itself (the save lane, outside
// Next.js), so there the marker is an empty module, as under that condition.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return nextResolve(specifier, context);
}
