#include "ApiErrors.h"

#include <QCoreApplication>

namespace CareDesk::Server::ApiErrors {

namespace {

// The catalogs know these messages under the context of the server as one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Server::TeamServer)
};

} // namespace

HttpResponse forbidden()
{
    return HttpResponse::error(403, QStringLiteral("forbidden"),
                               Tr::tr("Your role does not allow this."));
}

HttpResponse refused(const Refusal &refusal)
{
    switch (refusal.kind) {
    case Refusal::Kind::NotFound:
        return HttpResponse::error(404, QStringLiteral("not_found"), refusal.message,
                                   refusal.detail);
    case Refusal::Kind::Forbidden:
        return HttpResponse::error(403, QStringLiteral("forbidden"), refusal.message,
                                   refusal.detail);
    case Refusal::Kind::Conflict:
        return HttpResponse::error(409, QStringLiteral("conflict"), refusal.message,
                                   refusal.detail);
    case Refusal::Kind::Stale:
        return HttpResponse::error(409, QStringLiteral("stale"), refusal.message, refusal.detail);
    case Refusal::Kind::Invalid:
        return HttpResponse::error(422, QStringLiteral("invalid"), refusal.message, refusal.detail);
    }
    return HttpResponse::error(409, QStringLiteral("conflict"), refusal.message);
}

} // namespace CareDesk::Server::ApiErrors
