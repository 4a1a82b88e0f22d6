// The framework's own ceiling for the benchmark: a Next.js route handler that only parses
// the JSON body and echoes it, with no session, no validation and no database.
export async function POST(request) {
  return Response.json(await request.json(), { status: 201 });
}
