#pragma once

#include "ui/training/ScenarioColumns.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace CareDesk::Gui {

class ScenarioTable;

// The scenario file as the scenario editor reads and writes it: the file itself, and each of its
// lists as a table. Numbers that are not numbers are written as text, for the check to point at;
// a customer's text is kept exactly.
class ScenarioJson final
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Gui::ScenarioJson)

public:
    // The JSON of a scenario file of format version 1; nullopt with the reason in `error` when the
    // file cannot be read or is not such a scenario (not JSON, another format or version).
    static std::optional<QJsonObject> readFile(const QString &path, QString *error);
    // Writes the whole file or nothing.
    static bool writeFile(const QString &path, const QByteArray &json, QString *error);

    // Fills `table` with `items`, one row each.
    static void loadTable(const QJsonArray &items, ScenarioTable &table);
    // The items `table` holds, in row order.
    static QJsonArray tableItems(const ScenarioTable &table);

private:
    // A value of the file as a cell shows it: lists joined by commas, whole numbers without a
    // decimal point.
    static QString cellText(const QJsonValue &value);
};

} // namespace CareDesk::Gui
