#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace CareDesk::Core {

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

} // namespace CareDesk::Core

Q_DECLARE_METATYPE(CareDesk::Core::CannedResponse)
