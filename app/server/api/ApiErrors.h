#pragma once

#include "server/http/HttpResponse.h"
#include "server/store/Outcome.h"

namespace CareDesk::Server::ApiErrors {

// Answers the API gives in several places, in its one error shape.

// 403: the caller's role does not allow this.
HttpResponse forbidden();
// A write the store refused, as its status: 404, 403, 409 conflict or stale, 422.
HttpResponse refused(const Refusal &refusal);

} // namespace CareDesk::Server::ApiErrors
