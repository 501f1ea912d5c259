#pragma once

#include "Result.h"

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

// A reply a team writes once and agents adapt each time: one text per language, with
// variables such as {customer.name} or {order} that are filled in when it is used.
struct CannedResponse
{
    qint64 id = 0; // 0: not saved yet
    QString title;
    QString shortcut;                       // typed in the composer, e.g. "/refund"; empty: none
    QString category;                       // triage category it suits; empty: any
    QHash<QString, QString> textByLanguage; // ISO 639-1 -> text

    // The text in `language`, else English, else any; empty when there is none.
    QString textFor(const QString &language) const;
    // The variable names used in any language variant, sorted.
    QStringList variables() const;
};

// Fills {name} variables from `values`. A variable without a value stays visible as {name},
// so the agent sees what is left to fill in before sending.
QString fillVariables(const QString &text, const QHash<QString, QString> &values);
// The {name} variables in a text, each once, in the order they first appear.
QStringList variablesIn(const QString &text);

class CannedResponses final
{
public:
    explicit CannedResponses(QSqlDatabase db);

    // Creates or replaces (by id) a response and all its language variants. Shortcuts are
    // unique in a workspace.
    Core::Result<qint64> save(const CannedResponse &response, const QDateTime &now);
    Core::Result<void> remove(qint64 id);
    // By title; `category` narrows to responses for that category or for any.
    Core::Result<QList<CannedResponse>> list(const QString &category = QString());
    Core::Result<std::optional<CannedResponse>> byShortcut(const QString &shortcut);

private:
    Core::Result<QList<CannedResponse>> load(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace CareDesk::Storage

Q_DECLARE_METATYPE(CareDesk::Storage::CannedResponse)
