#include "CustomerFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace CareDesk::Crm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Crm::CustomerFile)
};

QStringList listOf(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u';', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

QStringList listOf(const QJsonValue &value)
{
    if (value.isString())
        return listOf(value.toString());
    QStringList items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString() && !item.toString().trimmed().isEmpty())
            items.append(item.toString().trimmed());
    }
    return items;
}

// The fields of one CSV record (RFC 4180: quotes, doubled quotes, line breaks inside quotes).
// `at` moves past the record; `line` counts the lines it spans.
QStringList csvRecord(const QString &text, qsizetype &at, int &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (quoted) {
            if (c == u'"' && at + 1 < text.size() && text.at(at + 1) == u'"') {
                field += u'"';
                ++at;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else if (c == u'\n') {
            ++at;
            ++line;
            break;
        } else if (c != u'\r') {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

// Checks a customer read from line `line` and adds it, or says why not.
void take(Core::CrmRecord customer, int line, CustomerFileRead &read, QSet<QString> &ids)
{
    customer.id = customer.id.trimmed();
    if (customer.id.isEmpty()) {
        read.problems.append(Tr::tr("line %1: a customer needs an id").arg(line));
        return;
    }
    if (ids.contains(customer.id)) {
        read.problems.append(
            Tr::tr("line %1: the id \"%2\" is used twice").arg(line).arg(customer.id));
        return;
    }
    ids.insert(customer.id);
    read.customers.append(customer);
}

void parseCsv(const QString &text, CustomerFileRead &read)
{
    qsizetype at = 0;
    int line = 1;
    const QStringList header = csvRecord(text, at, line);
    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i)
        columns.insert(header.at(i).trimmed().toLower(), i);
    if (!columns.contains(QStringLiteral("id"))) {
        read.problems.append(Tr::tr("line 1: the header names no \"id\" column"));
        return;
    }
    QSet<QString> ids;
    while (at < text.size()) {
        const int first = line;
        const QStringList fields = csvRecord(text, at, line);
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // a blank line
        const auto field = [&](const char *name) {
            const int column = columns.value(QLatin1String(name), -1);
            return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
        };
        Core::CrmRecord customer;
        customer.id = field("id");
        customer.name = field("name");
        customer.company = field("company");
        customer.emails = listOf(field("emails"));
        customer.phones = listOf(field("phones"));
        customer.handles = listOf(field("handles"));
        customer.tier = field("tier");
        customer.notes = field("notes");
        bool numeric = true;
        if (!field("value").isEmpty())
            customer.value = field("value").toDouble(&numeric);
        if (!numeric) {
            read.problems.append(
                Tr::tr("line %1: the value \"%2\" is not a number").arg(first).arg(field("value")));
            continue;
        }
        take(customer, first, read, ids);
    }
}

void parseJsonLines(const QByteArray &contents, CustomerFileRead &read)
{
    QSet<QString> ids;
    int line = 0;
    for (const QByteArray &raw : contents.split('\n')) {
        ++line;
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
        if (!document.isObject()) {
            read.problems.append(
                Tr::tr("line %1: not a JSON object (%2)").arg(line).arg(error.errorString()));
            continue;
        }
        const QJsonObject object = document.object();
        const QJsonValue value = object.value(QLatin1String("value"));
        if (!value.isUndefined() && !value.isNull() && !value.isDouble()) {
            read.problems.append(Tr::tr("line %1: \"value\" must be a number").arg(line));
            continue;
        }
        Core::CrmRecord customer;
        const QJsonValue id = object.value(QLatin1String("id"));
        customer.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
        customer.name = object.value(QLatin1String("name")).toString().trimmed();
        customer.company = object.value(QLatin1String("company")).toString().trimmed();
        customer.emails = listOf(object.value(QLatin1String("emails")));
        customer.phones = listOf(object.value(QLatin1String("phones")));
        customer.handles = listOf(object.value(QLatin1String("handles")));
        customer.tier = object.value(QLatin1String("tier")).toString().trimmed();
        customer.notes = object.value(QLatin1String("notes")).toString();
        customer.value = value.toDouble();
        take(customer, line, read, ids);
    }
}

} // namespace

CustomerFileRead CustomerFile::parse(const QByteArray &contents)
{
    CustomerFileRead read;
    QByteArray text = contents;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // a byte-order mark from a spreadsheet
    if (text.trimmed().startsWith('{'))
        parseJsonLines(text, read);
    else
        parseCsv(QString::fromUtf8(text), read);
    return read;
}

Core::Result<CustomerFileRead> CustomerFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::Error{Tr::tr("The customer file %1 could not be read.").arg(path),
                           file.errorString()};
    if (file.size() > MAX_BYTES)
        return Core::Error{Tr::tr("The customer file %1 is too large (at most 256 MB).").arg(path),
                           QString::number(file.size())};
    return parse(file.readAll());
}

} // namespace CareDesk::Crm
