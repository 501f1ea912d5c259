#include "CannedResponses.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace CareDesk::Storage {

using Core::CannedResponse;
using Core::Error;
using Core::Result;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Storage::CannedResponses)
};

// QtSql binds a null QString as NULL; these columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

CannedResponses::CannedResponses(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<qint64> CannedResponses::save(const CannedResponse &response, const QDateTime &now)
{
    const auto failed = [&](QSqlQuery &query) {
        const QSqlError error = query.lastError();
        query.finish();
        m_db.rollback();
        const bool duplicateShortcut =
            error.text().contains(QLatin1String("canned_responses.shortcut"));
        return Error{duplicateShortcut
                         ? Tr::tr("Another canned response already uses the shortcut %1.")
                               .arg(response.shortcut)
                         : Tr::tr("The canned response could not be saved."),
                     error.text()};
    };
    if (!m_db.transaction())
        return Error{Tr::tr("The canned response could not be saved."), m_db.lastError().text()};
    QSqlQuery query(m_db);
    qint64 id = response.id;
    if (id == 0) {
        query.prepare(QStringLiteral(
            "INSERT INTO canned_responses(title, shortcut, category, created_at, updated_at)"
            " VALUES(?, ?, ?, ?, ?)"));
        query.addBindValue(notNull(response.title));
        query.addBindValue(response.shortcut.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                       : QVariant(response.shortcut));
        query.addBindValue(notNull(response.category));
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(now.toMSecsSinceEpoch());
        if (!query.exec())
            return failed(query);
        id = query.lastInsertId().toLongLong();
    } else {
        query.prepare(QStringLiteral(
            "UPDATE canned_responses SET title = ?, shortcut = ?, category = ?, updated_at = ?"
            " WHERE id = ?"));
        query.addBindValue(notNull(response.title));
        query.addBindValue(response.shortcut.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                       : QVariant(response.shortcut));
        query.addBindValue(notNull(response.category));
        query.addBindValue(now.toMSecsSinceEpoch());
        query.addBindValue(id);
        if (!query.exec())
            return failed(query);
        query.prepare(QStringLiteral("DELETE FROM canned_variants WHERE response_id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return failed(query);
    }
    query.prepare(
        QStringLiteral("INSERT INTO canned_variants(response_id, language, text) VALUES(?, ?, ?)"));
    for (auto it = response.textByLanguage.cbegin(); it != response.textByLanguage.cend(); ++it) {
        query.addBindValue(id);
        query.addBindValue(it.key());
        query.addBindValue(notNull(it.value()));
        if (!query.exec())
            return failed(query);
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return Error{Tr::tr("The canned response could not be saved."), detail};
    }
    return id;
}

Result<void> CannedResponses::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM canned_variants WHERE response_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Error{Tr::tr("The canned response could not be removed."), query.lastError().text()};
    query.prepare(QStringLiteral("DELETE FROM canned_responses WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Error{Tr::tr("The canned response could not be removed."), query.lastError().text()};
    return {};
}

Result<QList<CannedResponse>> CannedResponses::list(const QString &category)
{
    if (category.isEmpty())
        return load(QString(), {});
    return load(QStringLiteral("WHERE r.category = '' OR r.category = ?"), {category});
}

Result<std::optional<CannedResponse>> CannedResponses::byShortcut(const QString &shortcut)
{
    auto found = load(QStringLiteral("WHERE r.shortcut = ?"), {shortcut});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<CannedResponse>();
    return std::optional<CannedResponse>(found.value().first());
}

Result<QList<CannedResponse>> CannedResponses::load(const QString &where,
                                                    const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral(
            "SELECT r.id, r.title, COALESCE(r.shortcut, ''), r.category, v.language, v.text"
            " FROM canned_responses r LEFT JOIN canned_variants v ON v.response_id = r.id ") +
        where + QStringLiteral(" ORDER BY r.title COLLATE NOCASE, r.id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{Tr::tr("The canned responses could not be read."), query.lastError().text()};
    QList<CannedResponse> responses;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (responses.isEmpty() || responses.last().id != id)
            responses.append({id,
                              query.value(1).toString(),
                              query.value(2).toString(),
                              query.value(3).toString(),
                              {}});
        if (!query.value(4).isNull())
            responses.last().textByLanguage.insert(query.value(4).toString(),
                                                   query.value(5).toString());
    }
    return responses;
}

} // namespace CareDesk::Storage
