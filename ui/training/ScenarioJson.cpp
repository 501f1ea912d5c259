#include "ScenarioJson.h"

#include "ui/training/ScenarioTable.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace CareDesk::Gui {

std::optional<QJsonObject> ScenarioJson::readFile(const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray json = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto line = json.left(parseError.offset).count('\n') + 1;
        return fail(tr("%1 is not a scenario file: line %2: %3")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(line)
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() ||
        root.value(QLatin1String("format")).toString() != u"caredesk-scenario" ||
        root.value(QLatin1String("version")).toInt(-1) != 1)
        return fail(tr("%1 is not a CareDesk scenario of format version 1.")
                        .arg(QDir::toNativeSeparators(path)));
    return root;
}

bool ScenarioJson::writeFile(const QString &path, const QByteArray &json, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ScenarioJson::loadTable(const QJsonArray &items, ScenarioTable &table)
{
    const auto columns = ScenarioColumns::columnsOf(table.which());
    table.resetRows(static_cast<int>(items.size()));
    for (int row = 0; row < table.rowCount(); ++row) {
        const QJsonObject object = items.at(row).toObject();
        for (std::size_t column = 0; column < columns.size(); ++column) {
            const QJsonValue value = object.value(QLatin1String(columns[column].key));
            table.setCell(row, static_cast<int>(column), cellText(value), value.toBool());
        }
    }
    table.fitColumns();
}

QJsonArray ScenarioJson::tableItems(const ScenarioTable &table)
{
    using Cell = ScenarioColumns::Cell;
    const auto columns = ScenarioColumns::columnsOf(table.which());
    QJsonArray items;
    for (int row = 0; row < table.rowCount(); ++row) {
        QJsonObject object;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const ScenarioColumns::Column &column = columns[i];
            const QString key = QLatin1String(column.key);
            const QString raw = table.cellText(row, static_cast<int>(i));
            const QString text = ScenarioColumns::keepsSpaces(column) ? raw : raw.trimmed();
            switch (column.type) {
            case Cell::Check:
                if (table.isChecked(row, static_cast<int>(i)))
                    object.insert(key, true);
                break;
            case Cell::Integer:
                if (!text.isEmpty()) {
                    bool ok = false;
                    const qint64 number = text.toLongLong(&ok);
                    object.insert(key, ok ? QJsonValue(number) : QJsonValue(text));
                }
                break;
            case Cell::Words:
                if (!text.isEmpty()) {
                    QJsonArray words;
                    for (const QString &word : text.split(QLatin1Char(',')))
                        words.append(word.trimmed());
                    object.insert(key, words);
                }
                break;
            default:
                if (column.required || !text.trimmed().isEmpty())
                    object.insert(key, text);
                break;
            }
        }
        items.append(object);
    }
    return items;
}

QString ScenarioJson::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const qint64 whole = value.toInteger(0);
        if (whole != 0 || value.toDouble() == 0.0)
            return QString::number(whole);
        return QString::number(value.toDouble());
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray partList = value.toArray();
        for (const QJsonValue &part : partList)
            parts.append(cellText(part));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

} // namespace CareDesk::Gui
