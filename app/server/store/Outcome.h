#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace CareDesk::Server {

// Why a write did not happen, in terms an API maps to a status code.
struct Refusal
{
    enum class Kind { NotFound, Forbidden, Conflict, Stale, Invalid } kind = Kind::Conflict;
    QString message;
    QJsonObject detail; // e.g. the current holder
};

// The outcome of a write that may be refused for a reason the caller should show.
template<typename T> struct Outcome
{
    std::optional<T> value;
    std::optional<Refusal> refusal;
    static Outcome refused(Refusal::Kind kind, QString message, QJsonObject detail = {})
    {
        return {std::nullopt, Refusal{kind, std::move(message), std::move(detail)}};
    }
};

} // namespace CareDesk::Server
