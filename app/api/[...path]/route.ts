import { NotFound } from "@/lib/errors";
import { errorResponse } from "@/lib/http/error-response";

// Unknown API paths answer in the API's JSON error shape, not with the HTML 404 page.
const notFound = async (): Promise<Response> => errorResponse(new NotFound("This API route"));

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
