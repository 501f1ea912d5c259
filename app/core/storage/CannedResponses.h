#pragma once

#include "Result.h"
#include "model/CannedResponse.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace CareDesk::Storage {

class CannedResponses final
{
public:
    explicit CannedResponses(QSqlDatabase db);

    // Creates or replaces (by id) a response and all its language variants. Shortcuts are
    // unique in a workspace.
    Core::Result<qint64> save(const Core::CannedResponse &response, const QDateTime &now);
    Core::Result<void> remove(qint64 id);
    // By title; `category` narrows to responses for that category or for any.
    Core::Result<QList<Core::CannedResponse>> list(const QString &category = QString());
    Core::Result<std::optional<Core::CannedResponse>> byShortcut(const QString &shortcut);

private:
    Core::Result<QList<Core::CannedResponse>> load(const QString &where,
                                                   const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage
